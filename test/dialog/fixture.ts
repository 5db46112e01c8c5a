// A small policy and tree in the shapes the knowledge folder uses, for engine and lint tests
// that must not depend on the real policies' clause numbers.
import { Policy } from '../../src/policy/schema.ts';
import type { Tree } from '../../src/dialog/tree-schema.ts';
import type { TreePolicy } from '../../src/dialog/tree-reply.ts';

export const policy: Policy = Policy.parse({
  id: 'fixture-school',
  name: 'Fixture School',
  title: 'Social Media Policy',
  source: { file: 'source.md', format: 'markdown', sha256: '0'.repeat(64) },
  review: { due: '2024-03-18', text: '18 March 2024' },
  roles: { escalation: { title: 'Headteacher', clauses: [] }, safeguarding: { title: 'Designated Safeguarding Lead', clauses: [] } },
  numbering: { scheme: 'sections', notes: [] },
  sections: [{ number: '1', heading: 'Images' }],
  clauses: [
    { number: '1.1', headings: ['Images'], lead: 'Staff must not:', text: 'post images that include pupils.' },
    { number: '1.2', headings: ['Images'], text: 'Photos may be published on the school website and social media accounts. ' + 'This sentence is here to make the clause long enough to need shortening at a sentence boundary. '.repeat(4) },
    { number: '1.3', headings: ['Images'], text: 'Seek approval from the Headteacher before speaking for the school.' },
  ],
});

export function photosTree(): Tree {
  return {
    id: 'photos',
    title: 'Photos and videos of pupils',
    topic: { all: [['photo', 'pic', 'video'], ['pupil', 'child', 'trip']], none: ['website'], examples: ['Can I post trip photos?'] },
    start: 'where',
    nodes: {
      where: { question: 'Where will it be posted?', choices: [{ label: 'My own account', next: 'own' }, { label: "The school's account", next: 'official' }, { label: 'Somewhere else', next: 'other' }] },
      own: { verdict: 'not-allowed', text: 'Staff must not post images that include pupils.', cites: ['1.1'], says: ['post images that include pupils'] },
      official: { question: 'Do you run that account for the school?', choices: [{ label: 'Yes', next: 'yes' }, { label: 'No', next: 'ask' }] },
      yes: { verdict: 'allowed', text: 'The school may publish photos on its own accounts.', cites: ['1.2'], says: ['school website and social media accounts'] },
      ask: { verdict: 'ask-first', whom: 'Headteacher', text: 'Ask the Headteacher first.', cites: ['1.3'], says: ['seek approval'] },
      other: { verdict: 'not-covered', text: 'The policy does not say; ask the Headteacher.', cites: ['1.1'], escalate: true },
    },
  };
}

export function treePolicy(trees: Tree[] = [photosTree()], version = 'v1abc'): TreePolicy {
  return { policy, version, trees };
}
