/** `policybot ask --policy ID [--json] "question"`: one reply, as text or as the reply JSON. */
import { UsageError } from '../../errors.ts';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createBot } from '../../core/bot.ts';
import { toReplyJson } from '../../dialog/reply.ts';
import { renderText } from '../../dialog/render-text.ts';
import type { CliIo, Command } from '../io.ts';
import { KNOWLEDGE_HELP, jsonOption, knowledgeDir, parseCommand, today } from './options.ts';

const help = `Usage: policybot ask --policy ID [--json] [--knowledge DIR] "question"

Answers a question from the school's policy: the clauses that answer it, best first, in the
policy's own words; or says that the policy does not cover it. A question that suggests a
child may be at risk gets the school's safeguarding route first.

  policybot ask --policy quorn-hall "can i put pics from the trip on insta"

Options:
  --policy ID      the school's policy (default: the POLICY_ID environment variable)
  --json           the reply as JSON (the contract in DESIGN.md)
${KNOWLEDGE_HELP}
  --help           this help
`;

export function botFor(values: { knowledge?: string | boolean | (string | boolean)[] | undefined }, io: CliIo) {
  return createBot({ knowledge: loadKnowledge(knowledgeDir(values, io)), clock: { now: () => today(io) } });
}

export const ask: Command = {
  name: 'ask',
  summary: 'answer a question from a policy',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('ask', args, { ...jsonOption, policy: { type: 'string' } }, { names: ['QUESTION'] });
    const policyId = typeof values.policy === 'string' ? values.policy : io.env.POLICY_ID;
    if (!policyId) throw new UsageError('which policy? Pass --policy ID or set POLICY_ID; `policybot policies` lists them.');
    const reply = botFor(values, io).ask(policyId, positionals[0] ?? '');
    io.stdout(values.json ? `${JSON.stringify(toReplyJson(reply), null, 2)}\n` : renderText(reply));
    return 0;
  },
};
