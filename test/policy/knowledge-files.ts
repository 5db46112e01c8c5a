// The committed knowledge: the five seed policies and the invented one, as tests read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const KNOWLEDGE = join(ROOT, 'knowledge');
export const EVAL_KNOWLEDGE = join(ROOT, 'eval', 'knowledge');

/** sha256 of each seed text in ../shared/seeds, so source.txt is checked to be a verbatim copy. */
export const SEEDS: Record<string, string> = {
  'robert-carre-trust': '4f53b988a28abaa1ae8dd622ba9ae377bdecd58f5a8afd2e81960e6c27b06c6c',
  'wycliffe-primary': '070a8481526d304c807194e292be6d13fff0fb06cb6ce55188bf353e5790989d',
  'bicester-learning-academy': 'fcfac185a149bcdb9f06d1f8ed3011d82d84e5f01b4b0a801bdf12debfd0ca2a',
  'yes-trust': '277101c81515b088db04d6c593793b957d8ee3f15c30b0827a7abd5c4c053ab0',
  'quorn-hall': '9ef0ced0e919ca662fb275226afa42fdfd780fc1d20e620833d6bba518784a8b',
};

export const ALL = [
  ...Object.keys(SEEDS).map((id) => ({ id, dir: join(KNOWLEDGE, 'policies', id) })),
  { id: 'ashgrove-academy', dir: join(EVAL_KNOWLEDGE, 'policies', 'ashgrove-academy') },
];

export function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}
