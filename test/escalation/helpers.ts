import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEscalationService,
  createOutboxWorker,
  openSqliteEscalationStore,
  type Logger,
  type NewEscalation,
  type OutboxWorkerDeps,
  type Person,
} from '../../src/escalation/index.ts';
import { createFakeClock, RecordingNotifier, staticDirectory } from '../../src/escalation/testing/index.ts';

export const head: Person = { platform: 'slack', userId: 'UHEAD', displayName: 'Mrs Head' };
export const deputy: Person = { platform: 'slack', userId: 'UDEP', displayName: 'Mr Deputy' };
export const teacher: Person = { platform: 'slack', userId: 'UTEACH', displayName: 'Ms Teacher' };

export const QUESTION = 'Can I accept a friend request from a former pupil who left in 2019?';

export function newEscalation(over: Partial<NewEscalation> = {}): NewEscalation {
  return {
    policyId: 'quorn-hall',
    asker: teacher,
    askerAddress: { platform: 'slack', address: 'D123' },
    question: QUESTION,
    shownClauses: ['7.3', '7.4'],
    urgent: false,
    ...over,
  };
}

/** A logger that keeps every line, to check nothing private was written. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const put = (obj: Record<string, unknown>, msg: string): void => void lines.push(`${msg} ${JSON.stringify(obj)}`);
  return { lines, info: put, warn: put, error: put };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'policybot-esc-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Everything wired together on an in-memory database, with a fake clock and no jitter. */
export function setup(over: Partial<OutboxWorkerDeps> & { file?: string } = {}) {
  const clock = createFakeClock();
  const store = openSqliteEscalationStore({ file: over.file ?? ':memory:', clock });
  const slack = new RecordingNotifier('slack');
  const teams = new RecordingNotifier('teams');
  const logger = memoryLogger();
  const worker = createOutboxWorker({ store, notifiers: [slack, teams], clock, logger, random: () => 0.5, ...over });
  const directory = staticDirectory({ 'quorn-hall': ['slack:UHEAD', 'slack:UDEP', 'teams:aad-head'] });
  const service = createEscalationService({ store, directory, clock, logger });
  return { clock, store, slack, teams, logger, worker, service, directory };
}
