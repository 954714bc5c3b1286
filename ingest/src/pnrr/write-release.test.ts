import type { Tx } from "@lombardy-kg/write";
import { describe, expect, it } from "vitest";
import { sendInTurn } from "./write-release";

describe("statements sent in turn", () => {
  it("keeps at most three unanswered, sends in order, and goes on after a failure", async () => {
    const tx = {} as Tx;
    const started: number[] = [];
    const answers: ((ok: boolean) => void)[] = [];
    const send = (n: number) =>
      sendInTurn(tx, () => {
        started.push(n);
        return new Promise<number>((resolve, reject) => {
          answers[n] = (ok) => (ok ? resolve(n) : reject(new Error(`statement ${n} failed`)));
        });
      });
    const results = [0, 1, 2, 3, 4].map((n) => send(n).catch((e: Error) => e.message));
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    answers[0]?.(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2, 3]);
    answers[1]?.(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    for (const n of [2, 3, 4]) answers[n]?.(true);
    expect(await Promise.all(results)).toEqual(["statement 0 failed", 1, 2, 3, 4]);
  });
});
