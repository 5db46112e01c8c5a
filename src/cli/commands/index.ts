/** Every command of the command line, in the order `policybot --help` lists them. */
import type { Command } from '../io.ts';
import { escalationsCommand } from './escalations.ts';

export const commands: readonly Command[] = [escalationsCommand];
