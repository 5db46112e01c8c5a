/**
 * A PolicyBot that answers from fixed Reply fixtures with real, encoded action payloads: it lets
 * the adapter's wiring be tested on its own. The real bot (createBot over knowledge/) is used by
 * the end-to-end and limits tests once it is there.
 */
import type { PolicyBot } from '../../src/core/ports.ts';
import { decodeAction, encodeAction } from '../../src/dialog/actions.ts';
import { replyActions } from '../../src/dialog/reply-frame.ts';
import type { Reply } from '../../src/dialog/reply.ts';
import { NotFoundError } from '../../src/errors.ts';

export const POLICY = { id: 'quorn-hall', name: 'Quorn Hall School', reviewDue: '2024-03-18', overdue: true };
const PHOTO_CLAUSE = { clause: '7.3', heading: 'Use of digital images', text: 'Staff must not post images that include pupils on personal accounts.', score: 0.9 };

function base(question: string | undefined, clauses: string[]): Reply {
  return {
    policy: POLICY,
    kind: 'answer',
    safeguarding: false,
    text: '',
    ...(question ? { question } : {}),
    notices: [{ kind: 'review-overdue', text: 'This policy was due for review by March 2024 and may be out of date.' }],
    citations: [],
    choices: [],
    actions: question ? replyActions({ policyId: POLICY.id, question, clauses, to: 'Headteacher' }) : [],
    escalation: { available: true, to: 'Headteacher' },
  };
}

export const fixtureBot: PolicyBot = {
  policies: () => [{ id: POLICY.id, name: POLICY.name }],
  ask(_p, text) {
    if (/photo/i.test(text)) {
      return {
        ...base(text, ['7.3']),
        kind: 'clarify',
        text: 'It depends on whose account it is.',
        prompt: 'Whose account would it go on?',
        citations: [PHOTO_CLAUSE],
        choices: ['My own account', "The school's account"].map((label, c) => ({
          label,
          payload: encodeAction({ a: 'choose', p: POLICY.id, v: 'v1', t: 'photos', n: 'root', c, h: [] }),
        })),
        tree: { id: 'photos', title: 'Photos of pupils', node: 'root' },
      };
    }
    if (/hurt|abuse/i.test(text)) {
      return {
        ...base(text, ['9.1']),
        safeguarding: true,
        text: 'Report it to the Designated Safeguarding Lead today.',
        banner: { title: 'A child may be at risk', lines: ['Tell the DSL, Mrs Head, now.'], clauses: ['9.1'] },
        citations: [{ clause: '9.1', heading: 'Safeguarding', text: 'Concerns go to the DSL.', score: 1 }],
      };
    }
    return { ...base(text, ['4.2']), text: 'Here is what the policy says.', citations: [{ clause: '4.2', heading: 'Personal accounts', text: 'Keep accounts private.', score: 0.7 }] };
  },
  choose(payload) {
    const d = decodeAction(payload);
    if (!d.ok || d.action.a !== 'choose') return { ...base(undefined, []), kind: 'info', text: 'Let us start again.' };
    const own = d.action.c === 0;
    return {
      ...base('photos: ' + (own ? 'own account' : 'school account'), ['7.3']),
      text: own ? 'Not on your own account.' : 'Yes, with consent.',
      verdict: own ? { outcome: 'not-allowed', text: 'Not on your own account.' } : { outcome: 'allowed', text: 'Yes, with consent.' },
      citations: [{ ...PHOTO_CLAUSE, score: 1 }],
      tree: { id: 'photos', title: 'Photos of pupils', node: own ? 'own' : 'school' },
    };
  },
  clause(_p, number) {
    if (number !== '7.3') throw new NotFoundError(`Quorn Hall School's policy has no clause ${number}.`);
    return { ...base(undefined, []), kind: 'info', text: 'Clause 7.3', citations: [PHOTO_CLAUSE] };
  },
  topics: () => ({
    ...base(undefined, []),
    kind: 'info',
    text: 'Topics',
    choices: [{ label: 'Photos of pupils', payload: encodeAction({ a: 'tree', p: POLICY.id, t: 'photos' }) }],
  }),
  help: () => ({ ...base(undefined, []), kind: 'info', text: 'Ask me about the social media policy, e.g. /policy can I post trip photos?' }),
};
