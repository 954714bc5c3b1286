import { act, renderHook, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { queryClient } from "./query-client";
import { useQuery } from "./use-query";

/** A fetch whose answers the test releases, one per call, recording the signal it was given. */
function controlledFetch<T>() {
  const calls: { signal: AbortSignal; resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const fetcher = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
    });
  return { calls, fetcher };
}

beforeEach(() => queryClient.clear());

describe("useQuery (over the page's TanStack Query cache)", () => {
  it("aborts the request of a key left behind, and never shows its late answer", async () => {
    const { calls, fetcher } = controlledFetch<string>();
    const { result, rerender } = renderHook(({ key }) => useQuery(key, fetcher), { initialProps: { key: "a" } });
    await waitFor(() => expect(calls).toHaveLength(1));
    rerender({ key: "b" });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.signal.aborted).toBe(true);
    await act(async () => calls[0]?.resolve("answer for a"));
    expect(result.current).toMatchObject({ data: null, loading: true });
    await act(async () => calls[1]?.resolve("answer for b"));
    await waitFor(() => expect(result.current).toMatchObject({ data: "answer for b", loading: false, error: null }));
  });

  it("reports an error with its code and message, and retry asks again", async () => {
    const { calls, fetcher } = controlledFetch<string>();
    const { result } = renderHook(() => useQuery("k", fetcher));
    await waitFor(() => expect(calls).toHaveLength(1));
    const failure = Object.assign(new Error("limit must be at most 50"), { code: "BAD_USER_INPUT" });
    await act(async () => calls[0]?.reject(failure));
    await waitFor(() =>
      expect(result.current).toMatchObject({
        data: null,
        loading: false,
        error: { code: "BAD_USER_INPUT", message: "limit must be at most 50" },
      }),
    );
    // Not a transient failure: asked once, not again behind the user's back.
    expect(calls).toHaveLength(1);
    act(() => result.current.retry());
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1]?.resolve("second time"));
    await waitFor(() => expect(result.current.data).toBe("second time"));
  });

  it("tries a transient failure once more before showing it", async () => {
    const { calls, fetcher } = controlledFetch<string>();
    const { result } = renderHook(() => useQuery("transient", fetcher));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.reject(Object.assign(new Error("down"), { code: "DATABASE_UNAVAILABLE" })));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.error).toBeNull();
    await act(async () => calls[1]?.resolve("back"));
    await waitFor(() => expect(result.current.data).toBe("back"));
  });

  it("answers a key asked before from the cache, and asks again once a change invalidates it", async () => {
    const { calls, fetcher } = controlledFetch<number>();
    const first = renderHook(() => useQuery("cached", fetcher));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.resolve(1));
    await waitFor(() => expect(first.result.current.data).toBe(1));
    first.unmount();
    const again = renderHook(() => useQuery("cached", fetcher));
    expect(again.result.current).toMatchObject({ data: 1, loading: false });
    expect(calls).toHaveLength(1);
    await act(async () => void queryClient.invalidateQueries());
    await waitFor(() => expect(calls).toHaveLength(2));
    // While it is read again the answer shown stays.
    expect(again.result.current.data).toBe(1);
    await act(async () => calls[1]?.resolve(2));
    await waitFor(() => expect(again.result.current.data).toBe(2));
  });

  it("asks nothing for a null key, and keeps the last answer while the next loads when asked to", async () => {
    const { calls, fetcher } = controlledFetch<number>();
    const { result, rerender } = renderHook(({ key }) => useQuery(key, fetcher, { keepPrevious: true }), {
      initialProps: { key: null as string | null },
    });
    expect(calls).toHaveLength(0);
    expect(result.current).toMatchObject({ data: null, loading: false });
    rerender({ key: "1" });
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () => calls[0]?.resolve(1));
    await waitFor(() => expect(result.current.data).toBe(1));
    rerender({ key: "2" });
    expect(result.current).toMatchObject({ data: 1, loading: true });
    await waitFor(() => expect(calls).toHaveLength(2));
    await act(async () => calls[1]?.resolve(2));
    await waitFor(() => expect(result.current.data).toBe(2));
  });
});
