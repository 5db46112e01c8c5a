/** `policybot lint`: validates the knowledge folder, one line per problem. */
import { displayPath, formatProblem, readKnowledge } from '../../knowledge/index.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, knowledgeDir, parseCommand } from './options.ts';

const help = `Usage: policybot lint [--knowledge DIR]

Validates the knowledge folder: every policy.yaml against the schema, clause numbers (no
duplicates, no gaps), empty clauses, dates, the clauses each role cites, and that source.txt
is the text the policy was ingested from, and the safeguarding examples. Prints one line per problem - "file → at path: what
to do" - and exits with status 1, or prints a one-line summary and exits 0.

Options:
${KNOWLEDGE_HELP}
  --help           this help
`;

export const lint: Command = {
  name: 'lint',
  summary: 'validate the knowledge folder (file → at path: what to do)',
  help,
  async run(args, io) {
    const { values } = parseCommand('lint', args, {}, { names: [] });
    const dir = knowledgeDir(values, io);
    const { knowledge, problems } = readKnowledge(dir);
    if (problems.length) {
      for (const p of problems) io.stderr(`${formatProblem(p, io.cwd)}\n`);
      io.stderr(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir, io.cwd)}\n`);
      return 1;
    }
    const clauses = [...knowledge.policies.values()].reduce((n, p) => n + p.policy.clauses.length, 0);
    const model = knowledge.vocabulary?.safeguarding.model;
    const business = knowledge.vocabulary?.business;
    const examples =
      (model ? `, safeguarding model from ${model.examples.first} risk and ${model.examples.second} ordinary examples` : '') +
      (business ? `, school-business model from ${business.examples.first} business and ${business.examples.second} answerable examples` : '');
    io.stdout(`${displayPath(dir, io.cwd)}: OK - ${knowledge.policies.size} policies, ${clauses} clauses${examples}, no problems\n`);
    return 0;
  },
};
