import { useMemo } from "react";
import { fetchFilterOptions, fetchNeighbourhood, fetchStartView, type NeighbourhoodPage } from "../api/explorer-api";
import { useQuery } from "../shared/use-query";
import { FOCUS_PAGE } from "./focus-bar";

/** Neighbours brought into view a page at a time; "show N more" adds a page. */
export const PAGE_SIZE = 50;

/** One node's neighbours brought into view: all, or one relationship type; `limit` grows with "show more". */
export interface Expansion {
  id: string;
  relationshipType: string | null;
  limit: number;
}

/** The neighbourhood of one node shown alone, at depth 1 or 2. */
export interface Focus {
  id: string;
  depth: 1 | 2;
}

export interface NeighbourhoodRequest {
  key: string;
  id: string;
  relationshipType: string | null;
  depth: 1 | 2;
  limit: number;
}

/** Without a focus, what the view expands; with one, its neighbourhood only. */
export function requestsOf(view: { expanded: Expansion[]; focus: Focus | null }): NeighbourhoodRequest[] {
  if (view.focus) {
    const { id, depth } = view.focus;
    const limit = view.expanded.find((e) => e.id === id && e.relationshipType === null)?.limit ?? FOCUS_PAGE;
    return [{ key: `${id}|*|${depth}|${limit}`, id, relationshipType: null, depth, limit }];
  }
  return view.expanded.map((e) => ({
    key: `${e.id}|${e.relationshipType ?? "*"}|1|${e.limit}`,
    id: e.id,
    relationshipType: e.relationshipType,
    depth: 1,
    limit: e.limit,
  }));
}

/** Fetches what the view needs (start view, filter options, expansions, focus), keeping pages by request. */
export function useExplorerData(view: { expanded: Expansion[]; focus: Focus | null }) {
  const requests = useMemo(() => requestsOf(view), [view]);
  const start = useQuery("start", (signal) =>
    Promise.all([fetchStartView(signal), fetchFilterOptions(signal)]).then(([graph, options]) => ({
      graph,
      options,
    })),
  );
  const wanted = requests.map((r) => r.key).join(",");
  // Pages already loaded are kept: an expansion asks only for what it adds.
  const pages = useQuery<Map<string, NeighbourhoodPage>>(
    requests.length ? wanted : null,
    async (signal, previous) => {
      const missing = requests.filter((r) => !previous?.has(r.key));
      const loaded = await Promise.all(
        missing.map((r) =>
          fetchNeighbourhood(r.id, r.relationshipType, r.depth, r.limit, signal).then((p) => [r.key, p] as const),
        ),
      );
      return new Map([...(previous ?? []), ...loaded]);
    },
    { keepPrevious: true },
  );

  const cached = pages.data ?? new Map<string, NeighbourhoodPage>();
  const loaded = requests.map((r) => cached.get(r.key)).filter((p): p is NeighbourhoodPage => p !== undefined);
  return {
    start: start.data?.graph ?? null,
    options: start.data?.options ?? null,
    pages: loaded,
    requests,
    totals: new Map(requests.map((r) => [r.key, cached.get(r.key)?.total ?? 0])),
    loading: start.data === null || loaded.length < requests.length,
    error: start.error ?? pages.error,
    retry: () => {
      if (start.error) start.retry();
      if (pages.error) pages.retry();
    },
  };
}
