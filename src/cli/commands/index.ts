/** Every command of the command line, in the order `policybot --help` lists them. */
import type { Command } from '../io.ts';
import { ask } from './ask.ts';
import { batch } from './batch.ts';
import { choose } from './choose.ts';
import { clause } from './clause.ts';
import { escalationsCommand } from './escalations.ts';
import { ingest } from './ingest.ts';
import { lint } from './lint.ts';
import { policies } from './policies.ts';
import { serve } from './serve.ts';
import { trees } from './trees.ts';

export const commands: readonly Command[] = [policies, ask, batch, choose, clause, ingest, lint, trees, escalationsCommand, serve];
