import { useCallback, useEffect, useMemo, useState } from "react";
import {
  fetchFilterOptions,
  fetchNeighbourhood,
  fetchStartView,
  type FilterOptions,
  type NeighbourhoodPage,
} from "./explorer-api";
import type { Graph } from "./graph-model";
import type { ViewState } from "./view-state";

interface Request {
  key: string;
  id: string;
  relationshipType: string | null;
  depth: 1 | 2;
  limit: number;
}

export function requestsOf(view: ViewState): Request[] {
  if (view.focus) {
    const { id, depth } = view.focus;
    const limit = view.expanded.find((e) => e.id === id && e.relationshipType === null)?.limit ?? 100;
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

/** Fetches what the view needs (start view, expansions, focus) and keeps it by request. */
export function useExplorerData(view: ViewState) {
  const [start, setStart] = useState<Graph | null>(null);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [pages, setPages] = useState<Map<string, NeighbourhoodPage>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const requests = useMemo(() => requestsOf(view), [view]);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([fetchStartView(controller.signal), fetchFilterOptions(controller.signal)])
      .then(([graph, filterOptions]) => {
        setStart(graph);
        setOptions(filterOptions);
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError((e as Error).message);
      });
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    const missing = requests.filter((r) => !pages.has(r.key));
    if (missing.length === 0) return;
    const controller = new AbortController();
    Promise.all(
      missing.map((r) =>
        fetchNeighbourhood(r.id, r.relationshipType, r.depth, r.limit, controller.signal).then(
          (p) => [r.key, p] as const,
        ),
      ),
    )
      .then((loaded) => setPages((old) => new Map([...old, ...loaded])))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError((e as Error).message);
      });
    return () => controller.abort();
  }, [requests, pages, attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  const loaded = requests.map((r) => pages.get(r.key)).filter((p): p is NeighbourhoodPage => p !== undefined);
  const loading = start === null || loaded.length < requests.length;
  const totals = new Map(requests.map((r) => [r.key, pages.get(r.key)?.total ?? 0]));
  return { start, options, pages: loaded, requests, totals, loading, error, retry };
}
