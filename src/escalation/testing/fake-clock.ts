import type { Clock } from '../clock.ts';

/** A clock that moves only when told: retries and retention are tested without sleeping. */
export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(date: Date | string): void;
}

export function createFakeClock(start: Date | string = '2026-01-05T09:00:00.000Z'): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => void (t += ms),
    set: (d) => void (t = new Date(d).getTime()),
  };
}
