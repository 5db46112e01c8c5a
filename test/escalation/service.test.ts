import { afterEach, describe, expect, it } from 'vitest';
import { EscalationStateError } from '../../src/escalation/index.ts';
import { ForbiddenError, NotFoundError, UsageError } from '../../src/errors.ts';
import { deputy, head, newEscalation, QUESTION, setup, teacher } from './helpers.ts';

let env: ReturnType<typeof setup>;
afterEach(async () => env?.store.close());

/** Everything a refused or invalid action must leave untouched. */
async function snapshot(ref: string) {
  const e = await env.service.get(ref);
  return { e, events: await env.service.events(ref), outbox: await env.store.outboxFor(e!.id) };
}

describe('creating an escalation', () => {
  it('commits it, its created event and its SLT message together, and gives a zero-padded reference', async () => {
    env = setup();
    const e = await env.service.create(newEscalation());
    expect(e.ref).toBe('ESC-0001');
    expect(e).toMatchObject({ state: 'open', policyId: 'quorn-hall', question: QUESTION, shownClauses: ['7.3', '7.4'], urgent: false });
    expect(e.createdAt).toBe('2026-01-05T09:00:00.000Z');
    const events = await env.service.events(e.ref);
    expect(events.map((x) => [x.type, x.actor?.userId])).toEqual([['created', 'UTEACH']]);
    const outbox = await env.store.outboxFor(e.id);
    expect(outbox.map((r) => [r.kind, r.idempotencyKey, r.deliveredAt])).toEqual([['slt-new', `ESC-0001/slt-new/${events[0]!.id}`, undefined]]);
    expect(env.slack.calls).toBe(0); // stored first; delivery is the worker's job
    expect((await env.service.create(newEscalation())).ref).toBe('ESC-0002');
  });

  it('makes a safeguarding escalation urgent even when urgent was not asked for', async () => {
    env = setup();
    const e = await env.service.create(newEscalation({ safeguarding: true, urgent: false }));
    expect(e).toMatchObject({ urgent: true, safeguarding: true });
  });

  it('refuses an empty question and an over-long note, storing nothing', async () => {
    env = setup();
    await expect(env.service.create(newEscalation({ question: '   ' }))).rejects.toThrow(UsageError);
    await expect(env.service.create(newEscalation({ note: 'x'.repeat(3001) }))).rejects.toThrow(/3001 characters long; the limit is 3000/);
    expect(await env.service.list()).toEqual([]);
    expect(await env.store.undeliveredOutbox()).toEqual([]);
  });
});

describe('SLT acting on it', () => {
  it('takes, answers and closes, recording who and when for each step and queuing the messages', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    env.clock.advance(60_000);
    const taken = await env.service.take(ref, deputy);
    expect(taken).toMatchObject({ state: 'taken', takenBy: deputy, updatedAt: '2026-01-05T09:01:00.000Z' });
    env.clock.advance(60_000);
    const answered = await env.service.answer(ref, head, '  Yes, once they are over 18 — but keep it professional.  ');
    expect(answered).toMatchObject({ state: 'answered', answer: 'Yes, once they are over 18 — but keep it professional.', answeredBy: head, takenBy: deputy });
    env.clock.advance(60_000);
    const closed = await env.service.close(ref, head);
    expect(closed).toMatchObject({ state: 'closed', closedBy: head });

    const trail = (await env.service.events(ref)).map((x) => [x.type, x.actor?.displayName, x.at]);
    expect(trail).toEqual([
      ['created', 'Ms Teacher', '2026-01-05T09:00:00.000Z'],
      ['taken', 'Mr Deputy', '2026-01-05T09:01:00.000Z'],
      ['answered', 'Mrs Head', '2026-01-05T09:02:00.000Z'],
      ['closed', 'Mrs Head', '2026-01-05T09:03:00.000Z'],
    ]);
    const kinds = (await env.store.outboxFor(taken.id)).map((r) => r.kind);
    expect(kinds).toEqual(['slt-new', 'slt-update', 'asker-answer', 'slt-update', 'slt-update']);
    const keys = (await env.store.outboxFor(taken.id)).map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets SLT answer straight from open, which also records them as having taken it', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    expect(await env.service.answer(ref, head, 'No.')).toMatchObject({ state: 'answered', takenBy: head, answeredBy: head });
  });

  it('treats a second Take by the same person as done, without a second event', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    await env.service.take(ref, head);
    expect(await env.service.take(ref, head)).toMatchObject({ state: 'taken', takenBy: head });
    expect((await env.service.events(ref)).length).toBe(2);
  });

  it.each([
    ['take', (ref: string) => env.service.take(ref, teacher)],
    ['answer', (ref: string) => env.service.answer(ref, teacher, 'Sure, go ahead')],
    ['close', (ref: string) => env.service.close(ref, teacher)],
  ])('refuses %s to someone who is not SLT, politely, and changes nothing', async (verb, act) => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    const before = await snapshot(ref);
    const err = await act(ref).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((err as Error).message).toMatch(new RegExp(`^Sorry, only the senior leadership team of quorn-hall can ${verb} escalations, so ${ref} has not been changed`));
    expect(await snapshot(ref)).toEqual(before);
  });

  it('refuses SLT of another platform identity and of another school', async () => {
    env = setup();
    const other = await env.service.create(newEscalation({ policyId: 'wycliffe-primary' }));
    await expect(env.service.take(other.ref, head)).rejects.toThrow(ForbiddenError);
    const { ref } = await env.service.create(newEscalation());
    await expect(env.service.take(ref, { platform: 'teams', userId: 'UHEAD', displayName: 'Mrs Head' })).rejects.toThrow(ForbiddenError);
  });

  it('refuses invalid transitions with a message saying the state, and changes nothing', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    await env.service.take(ref, deputy);
    await expect(env.service.take(ref, head)).rejects.toThrow(`${ref} has been taken by Mr Deputy, so it cannot be taken`);
    await env.service.close(ref, head);
    const before = await snapshot(ref);
    await expect(env.service.answer(ref, head, 'Late answer')).rejects.toThrow(EscalationStateError);
    await expect(env.service.answer(ref, head, 'Late answer')).rejects.toThrow(`${ref} is closed, so it cannot be answered again`);
    await expect(env.service.close(ref, head)).rejects.toThrow(`${ref} is already closed`);
    await expect(env.service.take(ref, head)).rejects.toThrow(EscalationStateError);
    expect(await snapshot(ref)).toEqual(before);
  });

  it('lets only one of two SLT members who click Take at the same moment have it', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    const results = await Promise.allSettled([env.service.take(ref, head), env.service.take(ref, deputy)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(((results[1] as PromiseRejectedResult).reason as Error).message).toBe(
      `${ref} changed while you were acting on it: it has been taken by Mrs Head. Nothing has been changed.`,
    );
    expect((await env.service.events(ref)).map((x) => x.type)).toEqual(['created', 'taken']);
  });

  it('refuses an answer over 3,000 characters, and an empty one, changing nothing', async () => {
    env = setup();
    const { ref } = await env.service.create(newEscalation());
    const before = await snapshot(ref);
    await expect(env.service.answer(ref, head, 'a'.repeat(3001))).rejects.toThrow(/limit is 3000. Shorten it by 1 characters/);
    await expect(env.service.answer(ref, head, '\n ')).rejects.toThrow(/answer is empty/);
    expect(await snapshot(ref)).toEqual(before);
    expect((await env.service.answer(ref, head, 'a'.repeat(3000))).state).toBe('answered');
  });

  it('says plainly when a reference does not exist', async () => {
    env = setup();
    await expect(env.service.take('ESC-0099', head)).rejects.toThrow(NotFoundError);
    await expect(env.service.take('banana', head)).rejects.toThrow(/References look like ESC-0042/);
    expect(await env.service.get('ESC-0099')).toBeUndefined();
  });
});

describe('listing', () => {
  it('filters by school and state; "active" means open or taken; newest first', async () => {
    env = setup();
    const a = await env.service.create(newEscalation());
    const b = await env.service.create(newEscalation());
    const c = await env.service.create(newEscalation({ policyId: 'wycliffe-primary' }));
    await env.service.take(b.ref, head);
    await env.service.close(a.ref, head);
    expect((await env.service.list()).map((e) => e.ref)).toEqual([c.ref, b.ref, a.ref]);
    expect((await env.service.list({ state: 'active' })).map((e) => e.ref)).toEqual([c.ref, b.ref]);
    expect((await env.service.list({ state: 'closed' })).map((e) => e.ref)).toEqual([a.ref]);
    expect((await env.service.list({ policyId: 'quorn-hall', state: 'active' })).map((e) => e.ref)).toEqual([b.ref]);
  });
});
