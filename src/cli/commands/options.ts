/**
 * Option parsing shared by the commands (node:util parseArgs): every command takes
 * --knowledge DIR; a malformed command line becomes a UsageError naming the command's --help.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../errors.ts';
import { defaultKnowledgeDir } from '../../knowledge/index.ts';
import type { CliIo } from '../io.ts';

export const knowledgeOption = { knowledge: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean', default: false } } as const;

export const KNOWLEDGE_HELP = "  --knowledge DIR  the knowledge folder (default: the project's knowledge/)";

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(command: string, args: string[], options: O, positionals: { names: string[]; optional?: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...knowledgeOption, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} See \`policybot ${command} --help\`.`);
  }
  const required = positionals.names.length - (positionals.optional ?? 0);
  if (parsed.positionals.length < required) {
    const missing = positionals.names.slice(parsed.positionals.length, required);
    throw new UsageError(`missing ${missing.join(' and ')}. Usage: policybot ${command} ${positionals.names.join(' ')}; see \`policybot ${command} --help\`.`);
  }
  if (parsed.positionals.length > positionals.names.length) {
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals.names.length]}". Usage: policybot ${command} ${positionals.names.join(' ')}; quote a value that has spaces.`);
  }
  return parsed;
}

/** --knowledge DIR resolved against the working directory, or the project's knowledge/. */
export function knowledgeDir(values: { knowledge?: string | boolean | (string | boolean)[] | undefined }, io: CliIo): string {
  return typeof values.knowledge === 'string' ? resolve(io.cwd, values.knowledge) : defaultKnowledgeDir();
}

/** The clock: tests pass `now` in the io; otherwise the real time. */
export function today(io: CliIo): Date {
  return io.now ? io.now() : new Date();
}
