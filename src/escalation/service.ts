/**
 * The escalation service: the only way escalations change. Each change is one store
 * transaction holding the new state, its audit event and the messages to deliver, so the
 * outbox worker, not this code, talks to Slack or Teams; this code only kicks it.
 */
import type { EscalationFilter, EscalationService, SchoolDirectory } from '../core/ports.ts';
import { ForbiddenError, NotFoundError, UsageError } from '../errors.ts';
import { iso, systemClock, type Clock } from './clock.ts';
import { EscalationStateError } from './errors.ts';
import { ESCALATION_LIMITS } from './limits.ts';
import { silentLogger, type Logger } from './logger.ts';
import { parseRef } from './ref.ts';
import { retentionCutoff } from './retention.ts';
import type { EscalationStore, PurgeResult } from './store.ts';
import { describeState, type Transition, transitions } from './transitions.ts';
import type { Escalation, EscalationEvent, NewEscalation, Person } from './types.ts';

export interface EscalationServiceDeps {
  store: EscalationStore;
  directory: SchoolDirectory;
  clock?: Clock;
  /** The outbox worker (or anything with kick): told as soon as there is something to deliver. */
  outbox?: { kick(): void };
  logger?: Logger;
  limits?: Partial<typeof ESCALATION_LIMITS>;
}

export interface ManagedEscalationService extends EscalationService {
  /** Retention (GDPR): see EscalationStore.purgeOlderThan. `days` must be at least 1. */
  purgeOlderThan(days: number): Promise<PurgeResult>;
}

export function createEscalationService(deps: EscalationServiceDeps): ManagedEscalationService {
  const { store, directory } = deps;
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const limits = { ...ESCALATION_LIMITS, ...deps.limits };

  const find = async (ref: string): Promise<Escalation> => {
    const id = parseRef(ref);
    const found = id === undefined ? undefined : await store.getEscalation(id);
    if (!found) throw new NotFoundError(`There is no escalation "${ref}". References look like ESC-0042; \`policybot escalations\` lists them.`);
    return found;
  };

  const change = async (ref: string, actor: Person, transition: Transition, text?: string): Promise<Escalation> => {
    const before = await find(ref);
    if (!directory.isSlt(before.policyId, actor)) {
      logger.warn({ ref: before.ref, action: transition.verb, platform: actor.platform, userId: actor.userId }, 'escalation action refused: not SLT');
      throw new ForbiddenError(
        `Sorry, only the senior leadership team of ${before.policyId} can ${transition.verb} escalations, so ${before.ref} has not been changed. ` +
          'If you should be able to, ask whoever runs policybot to add you to SLACK_SLT_USERS or TEAMS_SLT_USERS.',
      );
    }
    const checked = text === undefined ? undefined : checkText(text, 'answer', limits.answerChars);
    const plan = transition.plan(before, actor);
    if (plan === 'unchanged') return before;
    if (typeof plan === 'string') throw new EscalationStateError(plan);
    const at = iso(clock.now());
    const after = await store.updateEscalation(before.id, {
      fromStates: transition.from,
      set: { ...plan.set, ...(checked !== undefined ? { answer: checked } : {}) },
      event: { type: plan.event, actor, at },
      outbox: plan.outbox,
    });
    if (!after) {
      // Someone else changed it between our read and our write: explain the state it is in now.
      const now = await find(ref);
      throw new EscalationStateError(`${now.ref} changed while you were acting on it: it ${describeState(now)}. Nothing has been changed.`);
    }
    logger.info({ ref: after.ref, state: after.state, policyId: after.policyId }, `escalation ${plan.event}`);
    if (plan.outbox.length) deps.outbox?.kick();
    return after;
  };

  return {
    async create(input: NewEscalation) {
      if (!input.policyId?.trim()) throw new UsageError('An escalation needs a policyId (the school it belongs to).');
      if (!input.asker?.userId?.trim()) throw new UsageError('An escalation needs the asker\'s user id (asker.userId).');
      const question = checkText(input.question, 'question', limits.questionChars);
      const note = input.note === undefined || input.note.trim() === '' ? undefined : checkText(input.note, 'note', limits.noteChars);
      const safeguarding = input.safeguarding === true;
      const created = await store.createEscalation(
        { ...input, shownClauses: input.shownClauses ?? [], question, note, urgent: input.urgent === true || safeguarding, safeguarding },
        iso(clock.now()),
        ['slt-new'],
      );
      logger.info({ ref: created.ref, policyId: created.policyId, urgent: created.urgent }, 'escalation created');
      deps.outbox?.kick();
      return created;
    },
    take: (ref, actor) => change(ref, actor, transitions.take),
    answer: (ref, actor, text) => change(ref, actor, transitions.answer, text),
    close: (ref, actor) => change(ref, actor, transitions.close),
    async get(ref: string) {
      const id = parseRef(ref);
      return id === undefined ? undefined : store.getEscalation(id);
    },
    list: (filter?: EscalationFilter) => store.listEscalations(filter),
    async events(ref: string): Promise<EscalationEvent[]> {
      return store.listEvents((await find(ref)).id);
    },
    async purgeOlderThan(days: number) {
      if (!Number.isFinite(days) || days < 1) throw new UsageError(`Retention must be at least 1 day (got ${days}); set RETENTION_DAYS to a whole number of days.`);
      const cutoff = retentionCutoff(clock, days);
      const result = await store.purgeOlderThan(cutoff);
      logger.info({ ...result, days }, 'escalation retention purge');
      return result;
    },
  };
}

/** Trimmed text, refused when empty or longer than the limit (the message says by how much). */
function checkText(text: string, field: string, max: number): string {
  const t = typeof text === 'string' ? text.trim() : '';
  if (!t) throw new UsageError(`The ${field} is empty: write something before sending.`);
  if (t.length > max) {
    throw new UsageError(`The ${field} is ${t.length} characters long; the limit is ${max}. Shorten it by ${t.length - max} characters and send it again.`);
  }
  return t;
}
