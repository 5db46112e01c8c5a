/**
 * GET /healthz: is the knowledge loaded, is the store reachable, is anything stuck in the
 * outbox? 200 when all is well, 503 otherwise, with the same JSON either way so a person
 * reading it sees what is wrong. Counts only: no escalation content.
 */
import type { Backlog } from '../escalation/index.ts';
import { sendJson } from './body.ts';
import type { HttpRoute } from './platform.ts';

export interface HealthSources {
  policies(): number;
  backlog(): Promise<Backlog>;
  clock?: () => Date;
}

export interface Health {
  status: 'ok' | 'degraded' | 'error';
  knowledge: { policies: number };
  store: 'ok' | 'error';
  outbox: { pending: number; failed: number; stuck: number; oldestPendingSeconds: number };
}

export async function checkHealth(sources: HealthSources): Promise<Health> {
  const policies = sources.policies();
  const now = (sources.clock?.() ?? new Date()).getTime();
  let backlog: Backlog | undefined;
  try {
    backlog = await sources.backlog();
  } catch {
    backlog = undefined;
  }
  const failed = backlog?.failed.length ?? 0;
  const oldest = backlog?.oldestUndeliveredAt ? Math.max(0, Math.round((now - Date.parse(backlog.oldestUndeliveredAt)) / 1000)) : 0;
  const outbox = { pending: backlog ? backlog.undelivered - failed : 0, failed, stuck: backlog?.stuck.length ?? 0, oldestPendingSeconds: oldest };
  const status = policies === 0 || !backlog ? 'error' : outbox.stuck > 0 ? 'degraded' : 'ok';
  return { status, knowledge: { policies }, store: backlog ? 'ok' : 'error', outbox };
}

export function healthRoute(sources: HealthSources): HttpRoute {
  return {
    method: 'GET',
    path: '/healthz',
    async handle(_req, res) {
      const health = await checkHealth(sources);
      sendJson(res, health.status === 'ok' ? 200 : 503, health);
    },
  };
}
