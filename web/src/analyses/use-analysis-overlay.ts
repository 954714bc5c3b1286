import { fetchPartnerOverlay, fetchPaths, fetchSynergyOverlay, pathsToGraph } from "../api/analysis-api";
import { fetchNeighbourhood } from "../api/explorer-api";
import type { Graph } from "../graph/graph-model";
import { useQuery, type QueryState } from "../shared/use-query";
import type { AnalysisState } from "./analysis-state";

/** What the open analysis asks to draw: a synergy's shared neighbours, what justifies a partner, a path. */
export function overlayKey(a: AnalysisState): string | null {
  if (a.tab === "synergies" && a.pair) return `synergy|${a.pair.join("|")}`;
  if (a.tab === "partners" && a.seeker && a.candidate)
    return `partner|${a.seeker}|${a.candidate}|${a.filterKind ?? ""}|${a.filterValue ?? ""}`;
  if (a.tab === "paths" && a.from && a.to && a.from !== a.to)
    return `path|${a.from}|${a.to}|${a.avoidHubs ? "avoid" : ""}`;
  if (a.tab === "pnrr" && a.pnrrProject) return `pnrr|${a.pnrrProject}`;
  return null;
}

/** The graph an analysis draws instead of the explored one; `key` is null when it draws nothing. */
export function useAnalysisOverlay(analysis: AnalysisState): QueryState<Graph> & { key: string | null } {
  const key = overlayKey(analysis);
  const query = useQuery(key, (signal) => {
    const [kind, first = "", second = ""] = (key ?? "").split("|");
    if (kind === "synergy") return fetchSynergyOverlay(first, second, signal);
    if (kind === "pnrr") return fetchNeighbourhood(first, null, 1, 50, signal);
    if (kind === "partner")
      return fetchPartnerOverlay(first, second, analysis.filterKind, analysis.filterValue, signal);
    return fetchPaths(first, second, 4, analysis.avoidHubs, signal).then(pathsToGraph);
  });
  return { ...query, key };
}
