/**
 * A PolicyBot double built from the Reply fixtures, recording what it was asked: the adapter's
 * parsing (mention removed, command chosen, payload passed on) is what these tests check.
 */
import type { PolicyBot } from '../../src/core/ports.ts';
import { NotFoundError } from '../../src/errors.ts';
import { answerReply, clarifyReply, infoReply, verdictReply } from './replies.ts';

export interface RecordingBot extends PolicyBot {
  calls: { method: string; args: unknown[] }[];
}

export function fakeBot(): RecordingBot {
  const calls: RecordingBot['calls'] = [];
  const note = (method: string, ...args: unknown[]) => void calls.push({ method, args });
  return {
    calls,
    policies: () => [{ id: 'quorn-hall', name: 'Quorn Hall School' }],
    ask(policyId, text) {
      note('ask', policyId, text);
      return /photo/i.test(text) ? { ...clarifyReply(), question: text } : answerReply(text);
    },
    choose(payload) {
      note('choose', payload);
      return verdictReply('not-allowed');
    },
    clause(policyId, number) {
      note('clause', policyId, number);
      if (number !== '7.3') throw new NotFoundError(`no clause ${number}`);
      return answerReply();
    },
    topics(policyId) {
      note('topics', policyId);
      return infoReply();
    },
    help(policyId) {
      note('help', policyId);
      return infoReply();
    },
  };
}
