import { describe, expect, it } from "vitest";
import { LoginLimiter, MemoryFailureStore } from "./login-limiter";

describe("LoginLimiter", () => {
  it("refuses an account from the address that failed, until the window moves on, and nowhere else", async () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(new MemoryFailureStore(), 3, 60_000, () => now);
    for (let i = 0; i < 3; i++) await limiter.fail("Anna", "10.0.0.1");
    expect((await limiter.check("anna", "10.0.0.1")).retryAfter).toBe(60);
    // The admin at another address is not locked out by someone else's guesses.
    expect((await limiter.check("anna", "10.0.0.2")).retryAfter).toBe(0);
    now += 30_000;
    expect((await limiter.check("anna", "10.0.0.1")).retryAfter).toBe(30);
    now += 30_001;
    expect((await limiter.check("anna", "10.0.0.1")).retryAfter).toBe(0);
  });

  it("refuses an address that tries many accounts, and slows an account guessed from everywhere", async () => {
    const limiter = new LoginLimiter(new MemoryFailureStore(), 2, 60_000, () => 1_000_000);
    for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"]) await limiter.fail(name, "10.0.0.9");
    expect((await limiter.check("z", "10.0.0.9")).retryAfter).toBeGreaterThan(0);
    expect((await limiter.check("z", "10.0.0.8")).retryAfter).toBe(0);

    for (let i = 0; i < 5; i++) await limiter.fail("boss", `10.1.0.${i}`);
    const verdict = await limiter.check("boss", "10.2.0.1");
    expect(verdict.retryAfter).toBe(0);
    expect(verdict.delayMs).toBe(8_000);
    await limiter.succeed("boss", "10.2.0.1");
    expect((await limiter.check("boss", "10.2.0.1")).delayMs).toBe(0);
  });
});
