// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { replyToCard, sltCard, askerAnswerCard, receiptCard, escapeMarkdown, MAX_CARD_BYTES } from '../../adapters/teams/card/index.ts';
import type { Escalation } from '../../src/escalation/types.ts';
import { cardSize, renderCard, schemaErrors } from './card-check.ts';
import { ALL_FIXTURES, HOSTILE, clarifyReply, hostileReply, hugeReply, safeguardingReply, answerReply } from './replies.ts';

const TEAMS_LIMIT = 28 * 1024;

/** Every TextBlock text in a card, show-cards included: what Teams treats as markdown. */
function markdownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(markdownTexts);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'TextBlock' && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.values(o).flatMap(markdownTexts)];
}

function expectNoInjection(card: unknown): void {
  const texts = markdownTexts(card).join('\n');
  expect(texts).toContain('click me');
  expect(texts).not.toMatch(/(^|[^\\])\[click me/);
  expect(texts).not.toMatch(/(^|[^\\])<at>/);
  expect(texts).not.toMatch(/(^|[^\\])\*\*loud/);
  expect(texts).not.toMatch(/(^|[^\\])\{\{DATE/);
  expect(texts).not.toMatch(/(^|\n)- a list/);
}

function checkCard(card: unknown): void {
  expect(schemaErrors(card)).toEqual([]);
  const { problems, element } = renderCard(card);
  expect(problems).toEqual([]);
  expect(element?.tagName).toBe('DIV');
  expect(cardSize(card)).toBeLessThan(TEAMS_LIMIT);
}

describe('replyToCard', () => {
  test.each(ALL_FIXTURES)('%s: valid Adaptive Card 1.5, renders cleanly, under the size limit', (_name, reply) => {
    checkCard(replyToCard(reply));
  });

  test('the schema check is real: a card with a misspelt property fails it', () => {
    const card = { ...replyToCard(answerReply()), colour: 'red' };
    expect(schemaErrors(card).length).toBeGreaterThan(0);
    expect(renderCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Texblock', text: 'x' }] }).problems.length).toBeGreaterThan(0);
  });

  test('safeguarding banner comes first, in an attention container', () => {
    const card = replyToCard(safeguardingReply());
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(JSON.stringify(card.body[0])).toContain('Designated Safeguarding Lead');
  });

  test('review-date warning, clause numbers and headings, and the whole clause behind a toggle', () => {
    const card = replyToCard(answerReply());
    const json = JSON.stringify(card);
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(json).toContain('**7.3** Use of digital images');
    expect(json).toContain('"clause-0-full"');
    expect(json).toContain('Action.ToggleVisibility');
    const { element } = renderCard(card);
    expect(element?.textContent).toContain('7.3');
  });

  test('tree choices are Action.Submit buttons whose data is an object carrying the payload', () => {
    const reply = clarifyReply();
    const card = replyToCard(reply);
    const submits = JSON.stringify(card).match(/"Action\.Submit"/g) ?? [];
    expect(submits.length).toBe(reply.choices.length + 1); // + the Ask form's send button
    for (const c of reply.choices) expect(JSON.stringify(card)).toContain(JSON.stringify({ policybot: c.payload }));
  });

  test('Ask the <role> is a form with an optional note; no Share button (Teams has no private replies)', () => {
    const card = replyToCard(answerReply());
    expect(card.actions?.[0]).toMatchObject({ type: 'Action.ShowCard', title: 'Ask the Headteacher' });
    expect(JSON.stringify(card)).toContain('"Input.Text"');
    expect(JSON.stringify(card)).not.toContain('Share in channel');
  });

  test('user text cannot become a link, a mention or formatting', () => {
    expectNoInjection(replyToCard(hostileReply()));
    expect(escapeMarkdown(HOSTILE)).toContain('\\[click me\\]\\(https://evil.example\\)');
    expect(escapeMarkdown('- a\n1. b')).toBe('\\- a\n\n1\\. b');
  });

  test('a reply too big for Teams sheds hidden full texts, then clauses, and fits', () => {
    const card = replyToCard(hugeReply());
    expect(cardSize(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(JSON.stringify(card)).toContain('**1.1**');
  });
});

describe('escalation cards', () => {
  const base: Escalation = {
    id: 42, ref: 'ESC-0042', policyId: 'quorn-hall',
    asker: { platform: 'teams', userId: 'aad-1', displayName: HOSTILE },
    question: HOSTILE, shownClauses: ['7.3'], note: HOSTILE, urgent: true, safeguarding: true,
    state: 'open', createdAt: '2026-11-22T02:00:00.000Z', updatedAt: '2026-11-22T02:00:00.000Z',
  };
  const states: Escalation[] = [
    base,
    { ...base, state: 'taken', takenBy: { platform: 'teams', userId: 'slt', displayName: 'Ms Head' } },
    { ...base, state: 'answered', answer: HOSTILE, answeredBy: { platform: 'teams', userId: 'slt', displayName: 'Ms Head' } },
    { ...base, state: 'closed', closedBy: { platform: 'teams', userId: 'slt', displayName: 'Ms Head' } },
  ];
  test.each(states.map((e) => [e.state, e] as const))('SLT card when %s is valid and renders', (_s, e) => {
    checkCard(sltCard(e, 'Quorn Hall School'));
    expectNoInjection(sltCard(e));
  });
  test('buttons follow the state: open offers Take/Reply/Close, closed offers none', () => {
    expect(sltCard(states[0]!).actions?.map((a) => a.title)).toEqual(['Take', 'Reply', 'Close']);
    expect(sltCard(states[3]!).actions).toBeUndefined();
  });
  test('answer and receipt cards are valid', () => {
    checkCard(askerAnswerCard(states[2]!));
    expectNoInjection(askerAnswerCard(states[2]!));
    checkCard(receiptCard(base, 'Headteacher'));
  });
});
