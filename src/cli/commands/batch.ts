/**
 * `policybot batch`: JSON Lines in ({"policy": ID, "text": "question"}), one reply JSON per
 * line out, in the same order. A line that cannot be answered (bad JSON, unknown policy)
 * gets {"error": "…", "line": N} in its place; the batch always runs to the end.
 */
import { z } from 'zod';
import { PolicybotError } from '../../errors.ts';
import { toReplyJson } from '../../dialog/reply.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, parseCommand } from './options.ts';
import { botFor } from './ask.ts';

const help = `Usage: policybot batch [--knowledge DIR] < questions.jsonl

Reads JSON Lines on standard input, one question per line:
  {"policy": "quorn-hall", "text": "can i put pics from the trip on insta"}
and writes one reply (JSON, as \`ask --json\`) per line, in the same order. "policy" may be
left out when POLICY_ID is set. A malformed line gets {"error": "…", "line": N} instead,
and the batch goes on. Blank lines are skipped.

Options:
${KNOWLEDGE_HELP}
  --help           this help
`;

const Line = z.object({ policy: z.string().min(1).optional(), text: z.string() });

async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  if (rest.length > 0) yield rest;
}

export const batch: Command = {
  name: 'batch',
  summary: 'answer JSON Lines questions from standard input',
  help,
  async run(args, io) {
    const { values } = parseCommand('batch', args, {}, { names: [] });
    const bot = botFor(values, io);
    let n = 0;
    for await (const raw of lines(io.readStdin())) {
      n++;
      const line = raw.replace(/\r$/, '');
      if (!line.trim()) continue;
      let out: unknown;
      try {
        const parsed = Line.safeParse(JSON.parse(line));
        if (!parsed.success) throw new PolicybotError('BAD_LINE', 'each line must be {"policy": ID, "text": "question"}');
        const policy = parsed.data.policy ?? io.env.POLICY_ID;
        if (!policy) throw new PolicybotError('BAD_LINE', 'no "policy" on this line and POLICY_ID is not set');
        out = toReplyJson(bot.ask(policy, parsed.data.text));
      } catch (err) {
        const message = err instanceof SyntaxError ? `not valid JSON: ${err.message}` : err instanceof PolicybotError ? err.message : String(err);
        out = { error: message, line: n };
      }
      io.stdout(`${JSON.stringify(out)}\n`);
    }
    return 0;
  },
};
