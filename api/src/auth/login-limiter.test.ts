import { describe, expect, it } from "vitest";
import { LoginLimiter } from "./login-limiter";

describe("LoginLimiter", () => {
  it("refuses a name after its failures, from any address, until the window moves on", () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    for (const client of ["a", "b", "c"]) limiter.fail("Anna", client);
    expect(limiter.retryAfter("anna", "d")).toBe(60);
    now = 30_000;
    expect(limiter.retryAfter("anna", "d")).toBe(30);
    now = 60_001;
    expect(limiter.retryAfter("anna", "d")).toBe(0);
  });

  it("refuses an address that tries many names, and forgets a name's failures on success", () => {
    const limiter = new LoginLimiter(2, 60_000, () => 0);
    limiter.fail("x", "10.0.0.1");
    limiter.fail("y", "10.0.0.1");
    expect(limiter.retryAfter("z", "10.0.0.1")).toBeGreaterThan(0);
    expect(limiter.retryAfter("z", "10.0.0.2")).toBe(0);
    limiter.fail("anna", "10.0.0.3");
    limiter.succeed("anna");
    limiter.fail("anna", "10.0.0.4");
    expect(limiter.retryAfter("anna", "10.0.0.5")).toBe(0);
  });
});
