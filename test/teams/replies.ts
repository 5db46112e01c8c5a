/**
 * Reply fixtures covering every part of the model the card renderer draws, until (and beside)
 * the real bot's replies: banner, overdue notice, long and short clauses, a tree question, each
 * verdict, no-match, info, and text that tries to inject markdown and mentions.
 */
import { encodeAction } from '../../src/dialog/actions.ts';
import type { Reply, Verdict } from '../../src/dialog/reply.ts';

export const HOSTILE = '[click me](https://evil.example) <at>Headteacher</at> **loud** _sly_ `code` {{DATE(2017-02-14T06:08:39Z)}}\n- a list\n1. item';

const policy = { id: 'quorn-hall', name: 'Quorn Hall School', reviewDue: '2024-03-18', overdue: true };

function actions(q: string): Reply['actions'] {
  return [
    { type: 'escalate', label: 'Ask the Headteacher', payload: encodeAction({ a: 'escalate', p: 'quorn-hall', q, c: ['7.3'], s: false }) },
    { type: 'share', label: 'Share in channel', payload: encodeAction({ a: 'share', p: 'quorn-hall', q }) },
  ];
}

const long = 'Staff must not post images of pupils on personal social media accounts. '.repeat(12).trim();

export function answerReply(question = 'Can I post a photo from the trip?'): Reply {
  return {
    policy,
    kind: 'answer',
    safeguarding: false,
    text: 'The policy says staff must not post images that include pupils.',
    question,
    notices: [{ kind: 'review-overdue', text: 'This policy was due for review by March 2024 (2024-03-18) and may be out of date; check with the Headteacher before relying on it.' }],
    citations: [
      { clause: '7.3', heading: 'Use of digital images', text: long.slice(0, 140) + '…', fullText: long, score: 0.9 },
      { clause: '7.4', heading: '', text: 'Images must be stored on school systems only.', score: 0.5 },
    ],
    choices: [],
    actions: actions(question),
    escalation: { available: true, to: 'Headteacher' },
  };
}

export function safeguardingReply(): Reply {
  return {
    ...answerReply('A pupil sent me a worrying message on Instagram'),
    safeguarding: true,
    banner: { title: 'If a child may be at risk, act now', lines: ['Tell the Designated Safeguarding Lead (DSL) today.', 'Do not reply to the pupil from a personal account.'], clauses: ['9.1', '9.2'] },
  };
}

export function clarifyReply(): Reply {
  const choice = (c: number) => encodeAction({ a: 'choose', p: 'quorn-hall', v: 'abc123', t: 'photos', n: 'start', c, h: [] });
  return {
    ...answerReply(),
    kind: 'clarify',
    prompt: 'Whose account would the photo go on?',
    choices: [
      { label: 'My own personal account', payload: choice(0) },
      { label: "The school's official account", payload: choice(1) },
      { label: 'A parent or class group chat, such as a WhatsApp group run by a parent', payload: choice(2) },
    ],
    tree: { id: 'photos', title: 'Photos and videos of pupils', node: 'start' },
  };
}

export function verdictReply(outcome: Verdict['outcome']): Reply {
  return {
    ...answerReply(),
    verdict: { outcome, text: 'Clause 7.3 does not allow images of pupils on personal accounts.', ...(outcome === 'ask-first' ? { whom: 'the Headteacher' } : {}) },
    tree: { id: 'photos', title: 'Photos and videos of pupils', node: 'leaf-1' },
  };
}

export function noMatchReply(): Reply {
  return { ...answerReply('What is the Wi-Fi password?'), kind: 'no-match', text: 'The policy does not cover this.', citations: [], notices: [] };
}

export function infoReply(): Reply {
  return {
    ...answerReply(),
    kind: 'info',
    text: 'Pick a topic to walk through.',
    actions: [],
    escalation: { available: false, to: 'Headteacher' },
    choices: [{ label: 'Photos and videos of pupils', payload: encodeAction({ a: 'tree', p: 'quorn-hall', t: 'photos' }) }],
    citations: [],
  };
}

export function hostileReply(): Reply {
  const r = answerReply(HOSTILE);
  return {
    ...r,
    text: `You asked: ${HOSTILE}`,
    citations: [{ clause: '7.3', heading: HOSTILE, text: HOSTILE, score: 1 }],
    verdict: { outcome: 'ask-first', text: HOSTILE, whom: HOSTILE },
    prompt: HOSTILE,
    choices: [{ label: HOSTILE, payload: encodeAction({ a: 'tree', p: 'quorn-hall', t: 'photos' }) }],
  };
}

/** A reply far too big for one card: many long clauses with their full texts. */
export function hugeReply(): Reply {
  const r = answerReply();
  const big = 'A long clause about social media and staff conduct. '.repeat(80).trim();
  return { ...r, citations: Array.from({ length: 12 }, (_, i) => ({ clause: `${i + 1}.1`, heading: `Heading ${i + 1}`, text: big.slice(0, 400), fullText: big, score: 1 - i / 20 })) };
}

export const ALL_FIXTURES: [string, Reply][] = [
  ['answer', answerReply()],
  ['safeguarding', safeguardingReply()],
  ['clarify', clarifyReply()],
  ...(['allowed', 'not-allowed', 'ask-first', 'not-covered'] as const).map((o): [string, Reply] => [`verdict ${o}`, verdictReply(o)]),
  ['no-match', noMatchReply()],
  ['info', infoReply()],
  ['hostile', hostileReply()],
  ['huge', hugeReply()],
];
