// What staff and SLT will notice about each committed policy: its own clause numbers, who
// questions and safeguarding concerns go to, and that every one of the five is overdue.
import { describe, expect, it } from 'vitest';
import { findClause, loadKnowledge } from '../../src/knowledge/index.ts';
import { reviewState } from '../../src/policy/dates.ts';
import { EVAL_KNOWLEDGE, KNOWLEDGE, read } from './knowledge-files.ts';

const knowledge = loadKnowledge(KNOWLEDGE);
const policy = (id: string) => knowledge.policies.get(id)!.policy;
const ashgrove = loadKnowledge(EVAL_KNOWLEDGE).policies.get('ashgrove-academy')!;

describe('the five seed policies', () => {
  it('are all past their review date today, and were in date once', () => {
    const today = new Date('2026-11-22T12:00:00Z');
    for (const { policy: p } of knowledge.policies.values()) {
      expect(reviewState(p, today).overdue).toBe(true);
      expect(reviewState(p, new Date(`${p.review.due}T12:00:00Z`)).overdue).toBe(false);
    }
    expect(Object.fromEntries([...knowledge.policies.values()].map(({ policy: p }) => [p.id, p.review.due]))).toEqual({
      'bicester-learning-academy': '2020-08-31',
      'quorn-hall': '2024-03-18',
      'robert-carre-trust': '2021-11-30',
      'wycliffe-primary': '2019-02-28',
      'yes-trust': '2024-04-30',
    });
  });

  it('keep Wycliffe\'s own numbers, 11.3.4 being the clause about disclosing your affiliation', () => {
    expect(findClause(policy('wycliffe-primary'), '11.3.4')[0]!.text).toMatch(/^You must not disclose your affiliation/);
    expect(policy('wycliffe-primary').numbering.scheme).toBe('document');
  });

  it('send questions and safeguarding concerns to the people each policy names', () => {
    const roles = (id: string) => policy(id).roles;
    expect(roles('robert-carre-trust').escalation.title).toBe('Executive Headteacher/Head of School');
    expect(roles('robert-carre-trust').safeguarding.title).toBe('Designated Safeguarding Lead');
    expect(roles('wycliffe-primary').safeguarding).toMatchObject({ title: 'Headteacher', name: 'Miss Newman', clauses: ['8.4'] });
    expect(roles('bicester-learning-academy').imageHandling?.clauses).toEqual(['17.5']);
    expect(roles('yes-trust').escalation.title).toBe('Senior Leadership Team');
    for (const { policy: p } of knowledge.policies.values()) {
      for (const n of p.roles.safeguarding.clauses) expect(findClause(p, n)[0]!.text).toMatch(/safeguard|Senior Leadership Team|harm/i);
    }
  });

  it('give a list item its lead-in, so a prohibition reads as one when quoted alone', () => {
    const item = findClause(policy('quorn-hall'), '5.15')[0]!;
    expect(item.lead).toBe('Staff must not:');
    expect(item.text).toMatch(/^provide references for other individuals/);
  });
});

describe('the invented policy (Ashgrove Park Academy, lettered parts)', () => {
  it('keeps exactly the numbers the document gives: A1., B3., and (a) items as B3.a', () => {
    const source = read(ashgrove.dir, 'source.txt');
    const own: string[] = [];
    let parent = '';
    for (const line of source.split('\n')) {
      const clause = /^([A-H]\d+)\. /.exec(line);
      const item = /^\(([a-z])\) /.exec(line);
      if (clause) own.push((parent = clause[1]!));
      else if (item) own.push(`${parent}.${item[1]}`);
    }
    expect(ashgrove.policy.clauses.map((c) => c.number)).toEqual(own);
    expect(ashgrove.policy.numbering.scheme).toBe('lettered');
  });

  it('finds its organisation, review date and Designated Safeguarding Lead', () => {
    expect(ashgrove.policy.name).toBe('Ashgrove Park Academy');
    expect(ashgrove.policy.review).toEqual({ due: '2025-07-31', text: '31 July 2025' });
    expect(findClause(ashgrove.policy, 'F1')[0]!.text).toContain('Mr Daniel Hughes');
    expect(findClause(ashgrove.policy, 'B3.b')[0]).toMatchObject({ lead: 'You must not:', headings: ['Part B — Your personal accounts'] });
  });
});
