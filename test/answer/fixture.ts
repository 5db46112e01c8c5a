/** One bot over the real knowledge (five seeds and the invented policy), built once per test file. */
import { join } from 'node:path';
import { createBot, type Bot } from '../../src/core/bot.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let knowledge: Knowledge | undefined;
export function allKnowledge(): Knowledge {
  if (!knowledge) {
    const seeds = loadKnowledge(join(ROOT, 'knowledge'));
    const invented = loadKnowledge(join(ROOT, 'eval', 'knowledge'));
    knowledge = { ...seeds, policies: new Map([...seeds.policies, ...invented.policies]) };
  }
  return knowledge;
}

/** A bot whose clock reads `isoDay` (noon UTC). */
export function botOn(isoDay = '2026-01-15'): Bot {
  return createBot({ knowledge: allKnowledge(), clock: { now: () => new Date(`${isoDay}T12:00:00Z`) } });
}

export const SEEDS = ['robert-carre-trust', 'wycliffe-primary', 'bicester-learning-academy', 'yes-trust', 'quorn-hall'] as const;
export const ALL_POLICIES = [...SEEDS, 'ashgrove-academy'] as const;
