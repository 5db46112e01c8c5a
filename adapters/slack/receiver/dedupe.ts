/**
 * Remembers event ids for a while, so an event Slack delivers again (X-Slack-Retry-Num, or the
 * same event_id over Socket Mode) is answered once. Bounded both in time and in size.
 */
export class TtlSet {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxSize: number,
    private readonly now: () => number,
  ) {}

  /** True the first time a key is offered within the TTL; false for a repeat. */
  firstTime(key: string): boolean {
    const t = this.now();
    this.evict(t);
    const at = this.seen.get(key);
    if (at !== undefined && t - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, t);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(t: number): void {
    // Insertion order is age order, so the oldest are first.
    for (const [key, at] of this.seen) {
      if (t - at < this.ttlMs && this.seen.size < this.maxSize) break;
      this.seen.delete(key);
    }
  }
}
