/** `policybot choose [--json] PAYLOAD`: continues a decision tree from a choice's payload. */
import { toReplyJson } from '../../dialog/reply.ts';
import { renderText } from '../../dialog/render-text.ts';
import type { Command } from '../io.ts';
import { botFor } from './ask.ts';
import { KNOWLEDGE_HELP, jsonOption, parseCommand } from './options.ts';

const help = `Usage: policybot choose [--json] [--knowledge DIR] PAYLOAD

Continues a decision tree: PAYLOAD is the payload of one of the choices of an earlier reply
(\`policybot ask --json\` or \`policybot choose --json\` print them). The reply is the next
question, or the verdict with the clauses it rests on. A payload from an older version of the
policy, or one that was cut short or altered, starts the tree again with a note; never an error.

  policybot ask --policy quorn-hall --json "can i post pics from the trip" | jq -r '.choices[0].payload'
  policybot choose '{"a":"choose","p":"quorn-hall",…}'

Options:
  --json           the reply as JSON (the contract in DESIGN.md), with the next choices' payloads
${KNOWLEDGE_HELP}
  --help           this help
`;

export const choose: Command = {
  name: 'choose',
  summary: 'continue a decision tree from a choice\'s payload',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('choose', args, jsonOption, { names: ['PAYLOAD'] });
    const reply = botFor(values, io).choose(positionals[0] ?? '', io.env.POLICY_ID);
    io.stdout(values.json ? `${JSON.stringify(toReplyJson(reply), null, 2)}\n` : renderText(reply));
    return 0;
  },
};
