/**
 * The `policybot` command line (contract in ../shared/DESIGN.md). Each command lives in its own
 * file under commands/; this file only dispatches and turns user errors into one line, status 2.
 */
import { PolicybotError } from '../errors.ts';
import { processIo, type CliIo, type Command } from './io.ts';
import { commands } from './commands/index.ts';

function usage(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'Usage: policybot <command> [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --knowledge DIR (default: the project\'s knowledge/ folder) and --help.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo(), list: readonly Command[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(list));
    return name ? 0 : 2;
  }
  const command = list.find((c) => c.name === name);
  if (!command) {
    io.stderr(`policybot: unknown command "${name}". Commands: ${list.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof PolicybotError) {
      io.stderr(`policybot ${name}: ${err.message}\n`);
      const problems = (err as { problems?: readonly string[] }).problems ?? [];
      for (const p of problems) io.stderr(`  ${p}\n`);
      return 2;
    }
    throw err;
  }
}
