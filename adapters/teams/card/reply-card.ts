/**
 * The Reply model as an Adaptive Card (1.5), a pure function. Order is deliberate: the
 * safeguarding route first, then the review-date warning, the summary, the verdict, the
 * clauses in the policy's own words, the tree's choices, and Ask the <role>.
 *
 * Tree choices are Action.Submit buttons carrying `{ policybot: payload }`; the adapter answers
 * them by updating this card in place (updateActivity on the card's message), so a tree reads
 * as one card that moves on rather than a pile of cards.
 */
import type { Citation, Reply, ReplyAction, Verdict } from '../../../src/dialog/reply.ts';
import { escapeMarkdown, plainLine } from './escape.ts';
import { card, text, type AdaptiveCard, type CardAction, type CardElement, type ContainerStyle } from './types.ts';

/** Teams refuses messages over ~28 KB; stay well under it, leaving room for the activity around the card. */
export const MAX_CARD_BYTES = 20_000;
/** Button titles longer than this are cut by Teams anyway; the tree lint keeps labels ≤ 75. */
const MAX_BUTTON = 75;
const MAX_NOTE = 1000;

const VERDICT: Record<Verdict['outcome'], { title: (v: Verdict) => string; style: ContainerStyle }> = {
  allowed: { title: () => 'Allowed', style: 'good' },
  'not-allowed': { title: () => 'Not allowed', style: 'attention' },
  'ask-first': { title: (v) => (v.whom ? `Ask first: ${v.whom}` : 'Ask first'), style: 'warning' },
  'not-covered': { title: () => 'The policy does not say', style: 'emphasis' },
};

function banner(reply: Reply): CardElement[] {
  const b = reply.banner;
  if (!b) return [];
  const items: CardElement[] = [text(escapeMarkdown(b.title), { weight: 'bolder', size: 'medium', style: 'heading' })];
  for (const line of b.lines) items.push(text(escapeMarkdown(line), { spacing: 'small' }));
  if (b.clauses.length) items.push(text(`Clauses ${escapeMarkdown(b.clauses.join(', '))}`, { isSubtle: true, spacing: 'small' }));
  return [{ type: 'Container', style: 'attention', items }];
}

function notices(reply: Reply): CardElement[] {
  return reply.notices.map((n) =>
    n.kind === 'review-overdue'
      ? { type: 'Container', style: 'warning', items: [text(escapeMarkdown(n.text), { size: 'small' })] }
      : text(escapeMarkdown(n.text), { isSubtle: true, size: 'small' }),
  );
}

function verdict(v: Verdict | undefined): CardElement[] {
  if (!v) return [];
  const look = VERDICT[v.outcome];
  return [{
    type: 'Container',
    style: look.style,
    items: [text(escapeMarkdown(look.title(v)), { weight: 'bolder' }), text(escapeMarkdown(v.text), { spacing: 'small' })],
  }];
}

function citation(c: Citation, i: number, withFull: boolean): CardElement[] {
  const heading = c.heading ? `**${escapeMarkdown(c.clause)}** ${escapeMarkdown(c.heading)}` : `**${escapeMarkdown(c.clause)}**`;
  const out: CardElement[] = [text(heading, { separator: true, spacing: 'medium' })];
  if (c.fullText && withFull) {
    const shortId = `clause-${i}-short`;
    const fullId = `clause-${i}-full`;
    out.push(text(escapeMarkdown(c.text), { id: shortId, spacing: 'small' }));
    out.push(text(escapeMarkdown(c.fullText), { id: fullId, isVisible: false, spacing: 'small' }));
    out.push({
      type: 'ActionSet',
      spacing: 'none',
      actions: [{ type: 'Action.ToggleVisibility', title: `Whole clause ${plainLine(c.clause, 24)}`, targetElements: [shortId, fullId] }],
    });
  } else {
    out.push(text(escapeMarkdown(c.text), { spacing: 'small' }));
  }
  return out;
}

/** One button per row: tree answers are sentences, and a row of them gets cut off in Teams. */
function choices(reply: Reply): CardElement[] {
  const out: CardElement[] = [];
  if (reply.prompt) out.push(text(escapeMarkdown(reply.prompt), { weight: 'bolder', separator: true, spacing: 'medium' }));
  for (const c of reply.choices) {
    out.push({ type: 'ActionSet', spacing: 'small', actions: [{ type: 'Action.Submit', title: plainLine(c.label, MAX_BUTTON), data: { policybot: c.payload } }] });
  }
  return out;
}

/** Ask the <role>: a small form inside the card (optional note), sent with one press. */
export function escalateAction(action: Extract<ReplyAction, { type: 'escalate' }>, to: string): CardAction {
  return {
    type: 'Action.ShowCard',
    title: plainLine(action.label, MAX_BUTTON),
    card: {
      type: 'AdaptiveCard',
      body: [
        text(escapeMarkdown(`Your question and the clauses shown here go to the ${to}. You will get a reference now and their reply in your chat with policybot.`), { size: 'small' }),
        { type: 'Input.Text', id: 'note', label: 'Anything to add? (optional)', isMultiline: true, maxLength: MAX_NOTE },
      ],
      actions: [{ type: 'Action.Submit', title: plainLine(`Send to the ${to}`, MAX_BUTTON), style: 'positive', data: { policybot: action.payload } }],
    },
  };
}

function build(reply: Reply, withFull: boolean, citations: Citation[]): AdaptiveCard {
  const body: CardElement[] = [
    ...banner(reply),
    ...notices(reply),
    text(escapeMarkdown(reply.text), reply.kind === 'no-match' ? { weight: 'bolder' } : {}),
    ...verdict(reply.verdict),
    ...citations.flatMap((c, i) => citation(c, i, withFull)),
    ...choices(reply),
    text(escapeMarkdown(`${reply.policy.name} social media policy`), { isSubtle: true, size: 'small', separator: true }),
  ];
  const actions: CardAction[] = [];
  const escalate = reply.actions.find((a): a is Extract<ReplyAction, { type: 'escalate' }> => a.type === 'escalate');
  // Share is not offered: Teams has no private replies, so an answer in a channel is already shared.
  if (reply.escalation.available && escalate) actions.push(escalateAction(escalate, reply.escalation.to));
  return card(body, actions, escapeMarkdown(reply.text));
}

export const cardBytes = (c: AdaptiveCard): number => Buffer.byteLength(JSON.stringify(c), 'utf8');

/**
 * The card for a reply. Long replies shed weight until they fit: first the hidden whole-clause
 * texts (the shortened clause stays, with its number to look up), then the lowest-ranked clauses.
 */
export function replyToCard(reply: Reply): AdaptiveCard {
  let c = build(reply, true, reply.citations);
  if (cardBytes(c) <= MAX_CARD_BYTES) return c;
  let cites = reply.citations;
  c = build(reply, false, cites);
  while (cardBytes(c) > MAX_CARD_BYTES && cites.length > 1) {
    cites = cites.slice(0, -1);
    c = build(reply, false, cites);
  }
  return c;
}
