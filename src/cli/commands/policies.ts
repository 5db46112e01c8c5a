/** `policybot policies [--json]`: the policies in the knowledge folder and their review dates. */
import { loadKnowledge } from '../../knowledge/index.ts';
import { reviewState } from '../../policy/dates.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, jsonOption, knowledgeDir, parseCommand, today } from './options.ts';

const help = `Usage: policybot policies [--json] [--knowledge DIR]

Lists the policies: id, organisation, review date (and the policy's own words for it), and
whether it is overdue for review.

Options:
  --json           a JSON array of {id, name, title, reviewDue, reviewText, overdue, clauses}
${KNOWLEDGE_HELP}
  --help           this help
`;

export const policies: Command = {
  name: 'policies',
  summary: 'list the policies with their review dates',
  help,
  async run(args, io) {
    const { values } = parseCommand('policies', args, jsonOption, { names: [] });
    const knowledge = loadKnowledge(knowledgeDir(values, io));
    const now = today(io);
    const rows = [...knowledge.policies.values()].map(({ policy }) => {
      const state = reviewState(policy, now);
      return { id: policy.id, name: policy.name, title: policy.title, reviewDue: state.due, reviewText: policy.review.text, overdue: state.overdue, clauses: policy.clauses.length };
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = [
      ['ID', 'ORGANISATION', 'REVIEW DUE', 'STATUS'],
      ...rows.map((r) => [r.id, r.name, `${r.reviewDue} (${r.reviewText})`, r.overdue ? 'OVERDUE for review' : 'in date']),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    for (const row of table) io.stdout(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}\n`);
    return 0;
  },
};
