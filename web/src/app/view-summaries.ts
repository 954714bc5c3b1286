import type { NeighbourhoodPage } from "../api/explorer-api";
import type { NeighbourhoodRequest } from "../explorer/use-explorer-data";
import { nodeLabel } from "../graph/graph-model";
import type { Lang } from "../shared/i18n";
import type { ViewState } from "./view-state";

export interface FocusSummary {
  depth: 1 | 2;
  name: string;
  /** Neighbours shown (the focused node left out). */
  shown: number;
  total: number;
  limit: number;
}

/** What a focus shows of the neighbourhood it asked for, for the bar that says so; null until it is in. */
export function focusSummary(
  view: Pick<ViewState, "focus">,
  requests: NeighbourhoodRequest[],
  pages: NeighbourhoodPage[],
  lang: Lang,
): FocusSummary | null {
  const request = view.focus ? requests[0] : undefined;
  const page = view.focus ? pages[0] : undefined;
  const center = page?.nodes.find((n) => n.id === view.focus?.id);
  if (!view.focus || !request || !page || !center) return null;
  return {
    depth: view.focus.depth,
    name: nodeLabel(center, lang),
    shown: new Set(page.nodes.map((n) => n.id).filter((id) => id !== center.id)).size,
    total: page.total,
    limit: request.limit,
  };
}

/** How many of the selected node's neighbours are in view, of how many, when all of them were asked for. */
export function expandedTotal(
  view: Pick<ViewState, "selected" | "expanded">,
  requests: NeighbourhoodRequest[],
  totals: Map<string, number>,
): { loaded: number; total: number; limit: number } | null {
  const expansion = view.selected
    ? view.expanded.find((e) => e.id === view.selected && e.relationshipType === null)
    : undefined;
  const request = requests.find((r) => r.id === view.selected && r.relationshipType === null);
  if (!expansion || !request) return null;
  const total = totals.get(request.key) ?? 0;
  return { loaded: Math.min(expansion.limit, total), total, limit: expansion.limit };
}
