import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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

describe("useQuery", () => {
  it("aborts the request of a key left behind, and never shows its late answer", async () => {
    const { calls, fetcher } = controlledFetch<string>();
    const { result, rerender } = renderHook(({ key }) => useQuery(key, fetcher), { initialProps: { key: "a" } });
    rerender({ key: "b" });
    expect(calls[0]?.signal.aborted).toBe(true);
    await act(async () => calls[0]?.resolve("answer for a"));
    expect(result.current).toMatchObject({ data: null, loading: true });
    await act(async () => calls[1]?.resolve("answer for b"));
    expect(result.current).toMatchObject({ data: "answer for b", loading: false, error: null });
  });

  it("reports an error with its message, and retry asks again", async () => {
    const { calls, fetcher } = controlledFetch<string>();
    const { result } = renderHook(() => useQuery("k", fetcher));
    await act(async () => calls[0]?.reject(new Error("The API could not be reached")));
    expect(result.current).toMatchObject({ data: null, loading: false, error: "The API could not be reached" });
    act(() => result.current.retry());
    expect(result.current).toMatchObject({ loading: true, error: null });
    await act(async () => calls[1]?.resolve("second time"));
    expect(result.current.data).toBe("second time");
  });

  it("asks nothing for a null key, and keeps the last answer while the next loads when asked to", async () => {
    const { calls, fetcher } = controlledFetch<number>();
    const { result, rerender } = renderHook(({ key }) => useQuery(key, fetcher, { keepPrevious: true }), {
      initialProps: { key: null as string | null },
    });
    expect(calls).toHaveLength(0);
    expect(result.current).toMatchObject({ data: null, loading: false });
    rerender({ key: "1" });
    await act(async () => calls[0]?.resolve(1));
    rerender({ key: "2" });
    expect(result.current).toMatchObject({ data: 1, loading: true });
    await act(async () => calls[1]?.resolve(2));
    await waitFor(() => expect(result.current.data).toBe(2));
  });
});
