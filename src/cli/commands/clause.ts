/** `policybot clause ID NUMBER [--json]`: one clause of a policy, in the policy's own words. */
import { findClause, findPolicy, loadKnowledge } from '../../knowledge/index.ts';
import { reviewState } from '../../policy/dates.ts';
import type { Clause } from '../../policy/schema.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, jsonOption, knowledgeDir, parseCommand, today } from './options.ts';

const help = `Usage: policybot clause ID NUMBER [--json] [--knowledge DIR]

Shows a clause of a policy: its number, the headings it sits under, its lead-in (for a list
item) and its text in the policy's own words. A number that heads a list or a sub-section
("B3", "11.3") shows every clause under it.

  policybot clause wycliffe-primary 11.3.4

Options:
  --json           {policy: {id, name, title, reviewDue, overdue}, clauses: [{number, headings, lead?, text}]}
${KNOWLEDGE_HELP}
  --help           this help
`;

function render(c: Clause): string {
  const lines = [`${c.number}  ${c.headings.join(' › ')}`];
  if (c.lead) lines.push(`  ${c.lead}`, `    … ${c.text}`);
  else lines.push(`  ${c.text}`);
  return lines.join('\n');
}

export const clause: Command = {
  name: 'clause',
  summary: 'show one clause of a policy',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('clause', args, jsonOption, { names: ['ID', 'NUMBER'] });
    const { policy } = findPolicy(loadKnowledge(knowledgeDir(values, io)), positionals[0]!);
    const clauses = findClause(policy, positionals[1]!);
    if (values.json) {
      const state = reviewState(policy, today(io));
      const out = { policy: { id: policy.id, name: policy.name, title: policy.title, reviewDue: state.due, overdue: state.overdue }, clauses };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    io.stdout(`${policy.name} - ${policy.title}\n\n${clauses.map(render).join('\n\n')}\n`);
    return 0;
  },
};
