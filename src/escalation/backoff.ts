/**
 * When to try a failed delivery again: exponential with jitter (so a burst of failures after
 * an outage does not retry in lockstep), capped, and never sooner than the platform's
 * Retry-After.
 */
export interface BackoffPolicy {
  /** Delay after the first failure. */
  baseMs: number;
  factor: number;
  maxDelayMs: number;
  /** 0.2 ⇒ each delay is scaled by a random factor in [0.8, 1.2]. */
  jitter: number;
  /** Attempts before a row that keeps throwing ordinary errors is marked failed. */
  maxAttempts: number;
  /** Attempts before a row that keeps throwing RetryableDeliveryError (429, 5xx) is marked failed. */
  maxRetryableAttempts: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = Object.freeze({
  baseMs: 2_000,
  factor: 2,
  maxDelayMs: 15 * 60_000,
  jitter: 0.2,
  maxAttempts: 6,
  // With the 15-minute cap, about a day of retries through a platform outage.
  maxRetryableAttempts: 100,
});

/** Delay before attempt `attempts + 1`, after `attempts` failures (attempts ≥ 1). */
export function retryDelayMs(policy: BackoffPolicy, attempts: number, random: () => number, retryAfterMs?: number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseMs * policy.factor ** Math.max(0, attempts - 1));
  const jittered = Math.round(exponential * (1 - policy.jitter + 2 * policy.jitter * random()));
  // The platform said when: that is exactly when, neither sooner (it would refuse again) nor later.
  return retryAfterMs !== undefined && retryAfterMs > 0 ? Math.ceil(retryAfterMs) : jittered;
}
