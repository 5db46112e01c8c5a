/**
 * Checks a rendered message against Block Kit's limits and against unescaped control sequences.
 * Returns the problems found, each naming the block; empty means Slack would accept it.
 */
import { BLOCK_LIMITS as L } from '../../adapters/slack/render/limits.ts';
import type { SlackMessage } from '../../adapters/slack/render/reply-blocks.ts';

type Obj = Record<string, unknown>;

/** `<` may only open what we wrote ourselves: a user mention of the person who shared. */
const UNESCAPED = /<(?!@[UW][A-Z0-9]+>)/;

export function blockProblems(msg: SlackMessage): string[] {
  const problems: string[] = [];
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  if (msg.blocks.length > L.blocksPerMessage) problems.push(`${msg.blocks.length} blocks`);
  if (msg.text.length > L.messageText) problems.push(`fallback text ${msg.text.length} chars`);
  if (UNESCAPED.test(msg.text)) problems.push('fallback text has an unescaped <');
  msg.blocks.forEach((raw, i) => {
    const b = raw as unknown as Obj;
    const at = `block ${i} (${String(b.type)})`;
    if (typeof b.block_id === 'string') {
      if (blockIds.has(b.block_id)) problems.push(`${at}: duplicate block_id ${b.block_id}`);
      if (b.block_id.length > L.blockId) problems.push(`${at}: block_id too long`);
      blockIds.add(b.block_id);
    }
    const text = b.text as Obj | undefined;
    if (text) {
      const t = String(text.text);
      if (t.length > L.sectionText) problems.push(`${at}: text ${t.length} chars`);
      if (t.length === 0) problems.push(`${at}: empty text`);
      if (text.type === 'mrkdwn' && UNESCAPED.test(t)) problems.push(`${at}: unescaped < in "${t.slice(0, 60)}"`);
    }
    const elements = (b.elements as Obj[] | undefined) ?? [];
    if (b.type === 'context' && elements.length > L.contextElements) problems.push(`${at}: ${elements.length} context elements`);
    if (b.type === 'actions' && elements.length > L.elementsPerActions) problems.push(`${at}: ${elements.length} buttons`);
    for (const e of elements) {
      if (e.type === 'mrkdwn' || e.type === 'plain_text') {
        const t = String(e.text);
        if (t.length > L.contextText) problems.push(`${at}: context text ${t.length} chars`);
        if (e.type === 'mrkdwn' && UNESCAPED.test(t)) problems.push(`${at}: unescaped < in "${t.slice(0, 60)}"`);
      }
      if (e.type === 'button') {
        const label = String((e.text as Obj).text);
        const id = String(e.action_id);
        if (label.length > L.buttonText || label.length === 0) problems.push(`${at}: button text ${label.length} chars`);
        if (typeof e.value === 'string' && e.value.length > L.buttonValue) problems.push(`${at}: value ${e.value.length} chars`);
        if (id.length > L.actionId) problems.push(`${at}: action_id too long`);
        if (actionIds.has(id)) problems.push(`${at}: duplicate action_id ${id}`);
        actionIds.add(id);
      }
    }
  });
  return problems;
}
