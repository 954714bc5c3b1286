import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "./error-message";

export interface QueryState<T> {
  /** The answer for the current key; with `keepPrevious`, the last answer until the new one arrives. */
  data: T | null;
  /** Why the current key failed; null while loading or after success. */
  error: string | null;
  loading: boolean;
  /** Asks again for the current key (after an error, or to refresh). */
  retry: () => void;
}

type Settled<T> = { key: string; attempt: number } & ({ ok: true; value: T } | { ok: false; error: string });

/**
 * Runs `fetcher` once per key (null: nothing to ask), aborting the previous request when the key
 * changes or the component goes away, so a late answer never overwrites a newer one. The key must
 * name everything the fetcher depends on. `fetcher` gets the previous answer, for requests that
 * add to what is already loaded.
 */
export function useQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal, previous: T | null) => Promise<T>,
  options: { keepPrevious?: boolean } = {},
): QueryState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [lastValue, setLastValue] = useState<T | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    fetcher(controller.signal, lastValue).then(
      (value) => {
        if (controller.signal.aborted) return;
        setSettled({ key, attempt, ok: true, value });
        setLastValue(value);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, ok: false, error: errorMessage(e) });
      },
    );
    return () => controller.abort();
    // The key names everything the fetch depends on; the previous answer is an input, not a trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled !== null && settled.key === key && settled.attempt === attempt ? settled : null;
  const fresh = current?.ok ? current.value : null;
  return {
    data: fresh ?? (options.keepPrevious ? lastValue : null),
    error: current && !current.ok ? current.error : null,
    loading: key !== null && current === null,
    retry,
  };
}
