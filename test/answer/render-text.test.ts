// The command line's rendering of a reply: banner first, then the answer, citations as
// "7.3 (Heading): words", numbered choices without their payloads, the notice, the offer.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/dialog/render-text.ts';
import type { Reply } from '../../src/dialog/reply.ts';

const reply: Reply = {
  policy: { id: 'x', name: 'X School', reviewDue: '2020-08-31', overdue: true },
  kind: 'clarify',
  safeguarding: true,
  text: 'This may be a safeguarding matter: follow the route above first.',
  banner: { title: 'Safeguarding comes first', lines: ['Tell the Designated Safeguarding Lead today.'], clauses: ['F1', 'F2'] },
  notices: [{ kind: 'review-overdue', text: 'This policy was due for review on 31 August 2020.' }],
  citations: [
    { clause: '7.3', heading: 'Use of digital images', text: 'Photos must not be posted.', score: 0.9 },
    { clause: '2', heading: '', text: 'No heading here.', score: 0.5 },
  ],
  prompt: 'Whose account?',
  choices: [
    { label: 'My own account', payload: '{"a":"choose","secret":1}' },
    { label: "The school's", payload: '{"a":"choose","secret":2}' },
  ],
  actions: [],
  escalation: { available: true, to: 'Headteacher' },
};

describe('renderText', () => {
  const text = renderText(reply);
  const lines = text.split('\n');

  it('puts the safeguarding banner first, with the clauses that give the route', () => {
    expect(lines[0]).toBe('!! SAFEGUARDING COMES FIRST');
    expect(lines[1]).toContain('Designated Safeguarding Lead');
    expect(text.indexOf('F1, F2')).toBeLessThan(text.indexOf(reply.text));
  });

  it('shows citations as "number (heading): words"', () => {
    expect(lines).toContain('7.3 (Use of digital images): Photos must not be posted.');
    expect(lines).toContain('2: No heading here.');
  });

  it('numbers the choices and hides their payloads', () => {
    expect(lines).toContain('  1. My own account');
    expect(lines).toContain("  2. The school's");
    expect(text).not.toContain('secret');
  });

  it('ends with the review notice and the escalation offer', () => {
    expect(text).toMatch(/Note: This policy was due for review on 31 August 2020\.\n\nNot settled\? Ask the Headteacher/);
  });

  it('an info reply has no escalation offer and no banner', () => {
    const info = renderText({ ...reply, kind: 'info', safeguarding: false, banner: undefined, choices: [], prompt: undefined });
    expect(info).not.toMatch(/Not settled/);
    expect(info).not.toMatch(/SAFEGUARDING/);
  });
});
