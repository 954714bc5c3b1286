import { useMemo } from "react";
import { fetchFilterOptions, fetchNeighbourhood, fetchStartView, type NeighbourhoodPage } from "../api/explorer-api";
import { GraphQLRequestError } from "../api/graphql-client";
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

/** A neighbourhood page as loaded for one version of the graph; `gone` names a node no longer in it. */
interface LoadedPage {
  version: number;
  page: NeighbourhoodPage;
  gone?: string;
}

/**
 * Fetches what the view needs (start view, filter options, expansions, focus), keeping pages by
 * request. A new `version` (the graph was edited) asks for all of it again.
 */
export function useExplorerData(view: { expanded: Expansion[]; focus: Focus | null }, version = 0) {
  const requests = useMemo(() => requestsOf(view), [view]);
  // After an edit the start view is read again; the one shown stays until the new one is in.
  const start = useQuery(
    `start:${version}`,
    (signal) =>
      Promise.all([fetchStartView(signal), fetchFilterOptions(signal)]).then(([graph, options]) => ({
        graph,
        options,
      })),
    { keepPrevious: true },
  );
  const wanted = requests.map((r) => r.key).join(",");
  // Pages already loaded are kept: an expansion asks only for what it adds.
  const pages = useQuery<Map<string, LoadedPage>>(
    requests.length ? `${wanted}:${version}` : null,
    async (signal, previous) => {
      const kept = new Map([...(previous ?? [])].filter(([, p]) => p.version === version));
      const missing = requests.filter((r) => !kept.has(r.key));
      const loaded = await Promise.all(
        missing.map((r) =>
          fetchNeighbourhood(r.id, r.relationshipType, r.depth, r.limit, signal).then(
            (page): [string, LoadedPage] => [r.key, { version, page }],
            // An edit or an undo removed the node: an empty page, and the view lets it go.
            (e: unknown): [string, LoadedPage] => {
              if (!(e instanceof GraphQLRequestError) || !e.message.startsWith("No node has the id")) throw e;
              return [r.key, { version, page: { nodes: [], edges: [], total: 0 }, gone: r.id }];
            },
          ),
        ),
      );
      return new Map([...kept, ...loaded]);
    },
    { keepPrevious: true },
  );

  const cached = new Map([...(pages.data ?? [])].map(([key, p]) => [key, p.page]));
  const loaded = requests.map((r) => cached.get(r.key)).filter((p): p is NeighbourhoodPage => p !== undefined);
  return {
    start: start.data?.graph ?? null,
    options: start.data?.options ?? null,
    pages: loaded,
    requests,
    totals: new Map(requests.map((r) => [r.key, cached.get(r.key)?.total ?? 0])),
    loading: start.data === null || loaded.length < requests.length,
    /** Ids of expanded or focused nodes that are no longer in the graph. */
    gone: [...(pages.data?.values() ?? [])].flatMap((p) => (p.gone ? [p.gone] : [])),
    error: start.error ?? pages.error,
    retry: () => {
      if (start.error) start.retry();
      if (pages.error) pages.retry();
    },
  };
}
