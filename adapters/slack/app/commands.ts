/**
 * What a line of text asks for, whether it came from /policy, a direct message or a mention:
 * help, the topics, one clause, or a question for the policy.
 */
import { NotFoundError } from '../../../src/errors.ts';
import type { PolicyBot } from '../../../src/core/ports.ts';
import type { Reply } from '../../../src/dialog/reply.ts';

export type Request =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'clause'; number: string }
  | { kind: 'ask'; text: string };

/** Strips mentions of the bot (or anyone) at the start of a mention's text. */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(\s*<@[A-Z0-9]+(\|[^>]*)?>\s*)+/, '').trim();
}

export function parseRequest(raw: string): Request {
  const text = raw.trim();
  if (text === '' || /^(help|\?)$/i.test(text)) return { kind: 'help' };
  if (/^topics?$/i.test(text)) return { kind: 'topics' };
  const clause = /^clause\s+([A-Za-z0-9][A-Za-z0-9.()\-]{0,23})$/i.exec(text);
  if (clause?.[1]) return { kind: 'clause', number: clause[1] };
  return { kind: 'ask', text };
}

export type Outcome = { reply: Reply } | { text: string };

export function answer(bot: PolicyBot, policyId: string, request: Request): Outcome {
  switch (request.kind) {
    case 'help':
      return { reply: bot.help(policyId) };
    case 'topics':
      return { reply: bot.topics(policyId) };
    case 'clause':
      try {
        return { reply: bot.clause(policyId, request.number) };
      } catch (err) {
        if (err instanceof NotFoundError) return { text: err.message };
        throw err;
      }
    case 'ask':
      return { reply: bot.ask(policyId, request.text) };
    default: {
      const never: never = request;
      return never;
    }
  }
}
