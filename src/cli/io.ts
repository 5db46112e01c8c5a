/** What a command may touch, passed in so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whole of standard input (only `batch` reads it). */
  readStdin: () => AsyncIterable<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock (review dates, overdue); the real time when absent. */
  now?: () => Date;
}

export interface Command {
  name: string;
  summary: string;
  /** Full help text, printed by `policybot NAME --help`. */
  help: string;
  /** Returns the exit status. Throw PolicybotError for user errors (printed in one line, status 2). */
  run(args: string[], io: CliIo): Promise<number>;
}

export function processIo(): CliIo {
  // `policybot policies | head -3` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async function* () {
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) yield chunk as string;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
