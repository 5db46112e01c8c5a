/** Time, passed in so tests can move it by hand instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** ISO-8601 UTC text: sorts as it reads, and Postgres and SQLite both compare it correctly. */
export function iso(date: Date): string {
  return date.toISOString();
}
