import { useEffect, useState } from "react";
import { fetchPartnerOverlay, fetchPaths, fetchSynergyOverlay, pathsToGraph } from "./analysis-api";
import type { Graph } from "./graph-model";
import type { AnalysisState } from "./view-state";

/** What the open analysis asks to draw: a synergy's shared neighbours, what justifies a partner, a path. */
export function overlayKey(a: AnalysisState): string | null {
  if (a.tab === "synergies" && a.pair) return `synergy|${a.pair.join("|")}`;
  if (a.tab === "partners" && a.seeker && a.candidate)
    return `partner|${a.seeker}|${a.candidate}|${a.filterKind ?? ""}|${a.filterValue ?? ""}`;
  if (a.tab === "paths" && a.from && a.to && a.from !== a.to) return `path|${a.from}|${a.to}`;
  return null;
}

export function useAnalysisOverlay(
  analysis: AnalysisState,
  onError: (message: string) => void,
): { key: string | null; graph: Graph | null } {
  const key = overlayKey(analysis);
  const [loaded, setLoaded] = useState<{ key: string; graph: Graph } | null>(null);
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const [kind, first = "", second = ""] = key.split("|");
    const request =
      kind === "synergy"
        ? fetchSynergyOverlay(first, second, controller.signal)
        : kind === "partner"
          ? fetchPartnerOverlay(first, second, analysis.filterKind, analysis.filterValue, controller.signal)
          : fetchPaths(first, second, 4, controller.signal).then(pathsToGraph);
    request
      .then((graph) => setLoaded({ key, graph }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) onError((e as Error).message);
      });
    return () => controller.abort();
    // The key names everything the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { key, graph: key && loaded?.key === key ? loaded.graph : null };
}
