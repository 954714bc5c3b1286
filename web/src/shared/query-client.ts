import { QueryClient } from "@tanstack/react-query";
import { failureOf } from "./error-message";

/** Failures worth one more try on their own: the API or its database did not answer this time. */
const TRANSIENT = new Set(["API_UNREACHABLE", "DATABASE_UNAVAILABLE"]);

/**
 * The page's one cache of server answers (TanStack Query). The graph changes only through this
 * page's mutations or another person's, so answers stay fresh until a mutation or a sign-in
 * invalidates them; a transient failure is tried once more before it is shown with a Retry.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      gcTime: 10 * 60_000,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      retry: (failures, error) => failures < 1 && TRANSIENT.has(failureOf(error).code ?? ""),
      retryDelay: 300,
    },
  },
});
