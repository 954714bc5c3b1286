import { keepPreviousData, useQuery as useTanStackQuery } from "@tanstack/react-query";
import { failureOf, type Failure } from "./error-message";
import { queryClient } from "./query-client";

export interface QueryState<T> {
  /** The answer for the current key; with `keepPrevious`, the last answer until the new one arrives. */
  data: T | null;
  /** Why the current key failed; null while loading or after success. */
  error: Failure | null;
  loading: boolean;
  /** Asks again for the current key (after an error, or to refresh). */
  retry: () => void;
}

/**
 * One server answer per key (null: nothing to ask), through the page's TanStack Query cache: a key
 * asked before is answered from the cache, the request of a key left behind is aborted, and a
 * mutation invalidates what it changed. The key must name everything the fetcher depends on.
 */
export function useQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  options: { keepPrevious?: boolean } = {},
): QueryState<T> {
  const query = useTanStackQuery(
    {
      queryKey: [key],
      queryFn: ({ signal }) => fetcher(signal),
      enabled: key !== null,
      ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    },
    queryClient,
  );
  const failed = query.isError && !query.isFetching;
  return {
    data: query.data ?? null,
    error: failed ? failureOf(query.error) : null,
    loading: key !== null && (query.isPending || query.isPlaceholderData) && !failed,
    retry: () => void query.refetch(),
  };
}
