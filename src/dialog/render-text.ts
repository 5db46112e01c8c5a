/**
 * The Reply as plain text, for the command line: safeguarding banner first, then the answer,
 * the cited clauses ("7.3 (Heading): words"), numbered choices (payloads are for machines
 * and appear only in --json), the review notice and the escalation offer. Pure.
 */
import type { Citation, Reply, Verdict } from './reply.ts';

const VERDICT_HEADLINE: Record<Verdict['outcome'], string> = {
  allowed: 'ALLOWED',
  'not-allowed': 'NOT ALLOWED',
  'ask-first': 'ASK FIRST',
  'not-covered': 'THE POLICY DOES NOT SAY',
};

/** "Verdict: ASK FIRST (Headteacher), clauses 10.1, 10.2". */
function verdictLine(v: Verdict): string {
  const whom = v.whom ? ` (${v.whom})` : '';
  const clauses = v.clauses?.length ? `, clause${v.clauses.length === 1 ? '' : 's'} ${v.clauses.join(', ')}` : '';
  return `Verdict: ${VERDICT_HEADLINE[v.outcome]}${whom}${clauses}`;
}

function citationLine(c: Citation): string {
  const heading = c.heading ? ` (${c.heading})` : '';
  return `${c.clause}${heading}: ${c.text}`;
}

export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.banner) {
    out.push(`!! ${reply.banner.title.toUpperCase()}`);
    for (const line of reply.banner.lines) out.push(`   ${line}`);
    if (reply.banner.clauses.length > 0) out.push(`   (${reply.policy.name}: clause${reply.banner.clauses.length === 1 ? '' : 's'} ${reply.banner.clauses.join(', ')})`);
    out.push('');
  }
  if (reply.tree) out.push(`[${reply.tree.title}]`);
  if (reply.verdict) out.push(verdictLine(reply.verdict));
  out.push(reply.text);
  if (reply.citations.length > 0) {
    out.push('');
    for (const c of reply.citations) out.push(citationLine(c));
  }
  if (reply.prompt && !reply.text.includes(reply.prompt)) out.push('', reply.prompt);
  if (reply.choices.length > 0) {
    out.push('');
    reply.choices.forEach((choice, i) => out.push(`  ${i + 1}. ${choice.label}`));
    out.push('(To pick one on the command line: `policybot choose PAYLOAD`; --json shows each choice\'s payload.)');
  }
  if (reply.notices.length > 0) {
    out.push('');
    for (const n of reply.notices) out.push(`Note: ${n.text}`);
  }
  if (reply.escalation.available && reply.kind !== 'info') {
    out.push('', `Not settled? Ask the ${reply.escalation.to} (the escalate button in Slack or Teams).`);
  }
  return `${out.join('\n')}\n`;
}
