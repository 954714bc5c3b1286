/**
 * Counts failed logins per account name and per client address over a window: past the limit,
 * logins are refused until the window moves on, whether the password is right or not (so a
 * guesser learns nothing from a refusal).
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until a login for this name from this client may be tried again; 0 when it may now. */
  retryAfter(name: string, client: string): number {
    const blocked = [`name:${name.toLowerCase()}`, `client:${client}`]
      .map((k) => this.recent(k))
      .filter((times) => times.length >= this.maxFailures);
    if (!blocked.length) return 0;
    const oldest = Math.max(...blocked.map((times) => times[times.length - this.maxFailures]!));
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  fail(name: string, client: string): void {
    for (const key of [`name:${name.toLowerCase()}`, `client:${client}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  succeed(name: string): void {
    this.failures.delete(`name:${name.toLowerCase()}`);
  }
}
