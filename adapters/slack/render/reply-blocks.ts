/**
 * The Reply model as a Block Kit message: a pure function, no I/O. Order: safeguarding banner,
 * review-date warning, summary, tree prompt and choices, verdict, cited clauses, then the
 * Ask / Share buttons. Every string from a person or a policy file is escaped, and every
 * Block Kit limit is respected by shortening or dropping the least important part.
 */
import type { types } from '@slack/bolt';
import type { Citation, Reply, ReplyAction, Verdict } from '../../../src/dialog/reply.ts';
import { escapeMrkdwn, mrkdwn, shorten } from './escape.ts';
import { BLOCK_LIMITS as L } from './limits.ts';

type Block = types.KnownBlock;
type Button = types.Button;

export interface RenderContext {
  /** Only the asker sees it (slash command in a channel): offer "Share in channel". */
  ephemeral: boolean;
  /** Slack user id of whoever shared it into the channel. */
  sharedBy?: string;
}

export interface SlackMessage {
  /** Fallback for notifications and screen readers. */
  text: string;
  blocks: Block[];
}

/** action_id prefixes the app listens for. */
export const ACTION_IDS = Object.freeze({ choice: 'choose_', escalate: 'escalate', share: 'share' });

const OUTCOME: Record<Verdict['outcome'], string> = {
  allowed: ':white_check_mark: *Allowed*',
  'not-allowed': ':no_entry: *Not allowed*',
  'ask-first': ':raised_hand: *Ask first*',
  'not-covered': ':grey_question: *The policy does not say*',
};

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: shorten(text, L.sectionText) } };
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: shorten(text, L.contextText) }] };
}

/** A button, or undefined when its payload cannot fit (a cut payload would only fail later). */
export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): Button | undefined {
  if (value.length > L.buttonValue || actionId.length > L.actionId) return undefined;
  const b: Button = { type: 'button', action_id: actionId, text: { type: 'plain_text', text: shorten(label, L.buttonText), emoji: true }, value };
  if (style) b.style = style;
  return b;
}

function citationBlock(c: Citation): Block {
  const head = c.heading ? `*${mrkdwn(c.clause, 40)}  ${mrkdwn(c.heading, 200)}*` : `*${mrkdwn(c.clause, 40)}*`;
  const quoted = escapeMrkdwn(c.text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
  return section(`${head}\n${quoted}`);
}

function verdictText(v: Verdict): string {
  const whom = v.outcome === 'ask-first' && v.whom ? ` (${mrkdwn(v.whom, 100)})` : '';
  return `${OUTCOME[v.outcome]}${whom}\n${escapeMrkdwn(v.text)}`;
}

/** Tree choices, 25 to an actions block; the index keeps action_ids unique in the message. */
function choiceBlocks(reply: Reply): Block[] {
  const buttons = reply.choices
    .map((c, i) => button(`${ACTION_IDS.choice}${i}`, c.label, c.payload))
    .filter((b): b is Button => b !== undefined);
  const blocks: Block[] = [];
  for (let i = 0; i < buttons.length; i += L.elementsPerActions) {
    blocks.push({ type: 'actions', block_id: `choices_${i}`, elements: buttons.slice(i, i + L.elementsPerActions) });
  }
  return blocks;
}

function actionButtons(reply: Reply, ctx: RenderContext): Button[] {
  const out: Button[] = [];
  const find = (type: ReplyAction['type']) => reply.actions.find((a) => a.type === type);
  const escalate = find('escalate');
  if (escalate && reply.escalation.available) {
    const b = button(ACTION_IDS.escalate, `Ask the ${reply.escalation.to}`, escalate.payload, reply.safeguarding ? 'danger' : undefined);
    if (b) out.push(b);
  }
  const share = find('share');
  if (share && ctx.ephemeral) {
    const b = button(ACTION_IDS.share, share.label || 'Share in channel', share.payload);
    if (b) out.push(b);
  }
  return out;
}

export function replyToBlocks(reply: Reply, ctx: RenderContext): SlackMessage {
  const head: Block[] = [];
  if (reply.banner) {
    const lines = reply.banner.lines.map((l) => `• ${escapeMrkdwn(l)}`).join('\n');
    const cites = reply.banner.clauses.length ? `\n_Clauses ${escapeMrkdwn(reply.banner.clauses.join(', '))}_` : '';
    head.push(section(`:rotating_light: *${escapeMrkdwn(reply.banner.title)}*\n${lines}${cites}`));
  }
  for (const n of reply.notices) {
    const icon = n.kind === 'review-overdue' ? ':warning:' : ':information_source:';
    head.push(context(`${icon} ${escapeMrkdwn(n.text)}`));
  }
  if (reply.question) head.push(context(`You asked: ${mrkdwn(reply.question, 1500)}`));
  if (ctx.sharedBy && USER_ID.test(ctx.sharedBy)) head.push(context(`Shared by <@${ctx.sharedBy}>`));
  if (reply.verdict) {
    // The summary usually repeats the verdict after its label; show only what follows it (the answers given).
    head.push(section(verdictText(reply.verdict)));
    const at = reply.text.indexOf(reply.verdict.text);
    const after = at >= 0 ? reply.text.slice(at + reply.verdict.text.length).trim() : reply.text;
    if (after) head.push(at >= 0 ? context(escapeMrkdwn(after)) : section(escapeMrkdwn(after)));
  } else if (reply.text) head.push(section(escapeMrkdwn(reply.text)));
  if (reply.prompt) head.push(section(`*${escapeMrkdwn(reply.prompt)}*`));
  const choices = choiceBlocks(reply);

  const buttons = actionButtons(reply, ctx);
  const tail: Block[] = [];
  if (buttons.length) tail.push({ type: 'actions', block_id: 'reply_actions', elements: buttons });
  tail.push(context(`${mrkdwn(reply.policy.name, 200)} social media policy · review due ${mrkdwn(reply.policy.reviewDue, 20)}`));

  // Citations take whatever room is left; one block is kept back for "and N more".
  const room = L.blocksPerMessage - head.length - choices.length - tail.length - 1;
  const cites = reply.citations.length ? [{ type: 'divider' } as Block] : [];
  const fit = Math.max(0, Math.min(reply.citations.length, room - cites.length - 1));
  cites.push(...reply.citations.slice(0, fit).map(citationBlock));
  const left = reply.citations.slice(fit);
  if (left.length) {
    cites.push(context(`Also relevant: ${left.map((c) => mrkdwn(c.clause, 40)).join(', ')} (ask for one with \`/policy clause NUMBER\`)`));
  }

  const blocks = [...head, ...choices, ...cites, ...tail].slice(0, L.blocksPerMessage);
  const summary = reply.verdict ? `${reply.verdict.text}` : reply.prompt ?? reply.text;
  return { text: mrkdwn(summary || `${reply.policy.name} policy`, L.messageText), blocks };
}
