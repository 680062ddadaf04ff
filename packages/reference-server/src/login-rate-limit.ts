/**
 * Counts failed sign-ins per client address in a sliding window. Once an address reaches the
 * limit, every attempt from it (right or wrong) is refused until its oldest failure leaves the
 * window, so guessing cannot continue behind the 429s.
 *
 * @example
 * const limiter = new LoginRateLimiter({ failures: 10, windowSeconds: 60 });
 * if (limiter.retryAfterSeconds(address) > 0) return tooMany();
 * if (!valid) limiter.fail(address);
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  // Bounds the memory a flood of spoofed or rotating addresses can take.
  private static readonly MAX_ADDRESSES = 10_000;

  constructor(
    private readonly limit: { failures: number; windowSeconds: number },
    private readonly now: () => number = Date.now
  ) {}

  /** Seconds until `address` may try again; 0 when it may try now. */
  retryAfterSeconds(address: string): number {
    const recent = this.recent(address);
    if (recent.length < this.limit.failures) return 0;
    const oldest = recent[recent.length - this.limit.failures]!;
    return Math.max(1, Math.ceil((oldest + this.windowMs() - this.now()) / 1000));
  }

  fail(address: string): void {
    if (!this.failures.has(address) && this.failures.size >= LoginRateLimiter.MAX_ADDRESSES)
      this.prune();
    this.failures.set(address, [...this.recent(address), this.now()]);
  }

  private windowMs(): number {
    return this.limit.windowSeconds * 1000;
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs();
    return (this.failures.get(address) ?? []).filter((at) => at > since);
  }

  private prune(): void {
    for (const address of this.failures.keys()) {
      if (this.recent(address).length === 0) this.failures.delete(address);
    }
    if (this.failures.size >= LoginRateLimiter.MAX_ADDRESSES)
      this.failures.delete(this.failures.keys().next().value as string);
  }
}
