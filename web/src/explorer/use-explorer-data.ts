import { useMemo } from "react";
import { useQueries } from "@tanstack/react-query";
import { fetchFilterOptions, fetchNeighbourhood, fetchStartView, type NeighbourhoodPage } from "../api/explorer-api";
import { GraphQLRequestError } from "../api/graphql-client";
import { failureOf } from "../shared/error-message";
import { queryClient } from "../shared/query-client";
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

/** A neighbourhood page as loaded; `gone` names a node no longer in the graph. */
interface LoadedPage {
  page: NeighbourhoodPage;
  gone?: string;
}

const EMPTY_PAGE: NeighbourhoodPage = { nodes: [], edges: [], total: 0 };

function loadPage(r: NeighbourhoodRequest, signal: AbortSignal): Promise<LoadedPage> {
  return fetchNeighbourhood(r.id, r.relationshipType, r.depth, r.limit, signal).then(
    (page) => ({ page }),
    // An edit or an undo removed the node: an empty page, and the view lets it go.
    (e: unknown) => {
      if (!(e instanceof GraphQLRequestError) || !e.message.startsWith("No node has the id")) throw e;
      return { page: EMPTY_PAGE, gone: r.id };
    },
  );
}

/**
 * Fetches what the view needs (start view, filter options, expansions, focus): each neighbourhood
 * page is a query of its own in the page's cache, so an expansion asks only for what it adds, and a
 * change to the graph (a mutation invalidates every query) reads what is shown again.
 */
export function useExplorerData(view: { expanded: Expansion[]; focus: Focus | null }) {
  const requests = useMemo(() => requestsOf(view), [view]);
  // After an edit the start view is read again; the one shown stays until the new one is in.
  const start = useQuery(
    "start",
    (signal) =>
      Promise.all([fetchStartView(signal), fetchFilterOptions(signal)]).then(([graph, options]) => ({
        graph,
        options,
      })),
    { keepPrevious: true },
  );
  const pages = useQueries(
    {
      queries: requests.map((r) => ({
        queryKey: ["neighbourhood", r.key],
        queryFn: ({ signal }: { signal: AbortSignal }) => loadPage(r, signal),
      })),
    },
    queryClient,
  );
  const loaded = pages.map((p) => p.data?.page).filter((p): p is NeighbourhoodPage => p !== undefined);
  const failed = pages.find((p) => p.isError && !p.isFetching);
  return {
    start: start.data?.graph ?? null,
    options: start.data?.options ?? null,
    pages: loaded,
    requests,
    totals: new Map(requests.map((r, i) => [r.key, pages[i]?.data?.page.total ?? 0])),
    loading: start.data === null || loaded.length < requests.length,
    /** Ids of expanded or focused nodes that are no longer in the graph. */
    gone: pages.flatMap((p) => (p.data?.gone ? [p.data.gone] : [])),
    error: start.error ?? (failed ? failureOf(failed.error) : null),
    retry: () => {
      if (start.error) start.retry();
      for (const p of pages) if (p.isError) void p.refetch();
    },
  };
}
