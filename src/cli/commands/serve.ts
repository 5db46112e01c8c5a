/**
 * `policybot serve [--knowledge DIR] [--port N]`: the server (what `npm start` runs). It runs
 * until SIGTERM or SIGINT, then shuts down gracefully and exits 0. A wrong setting or a broken
 * knowledge folder stops it before it listens, with the message that says what to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { closeOnSignals } from '../../server/shutdown.ts';
import { startServer } from '../../server/start.ts';
import type { Command } from '../io.ts';
import { KNOWLEDGE_HELP, parseCommand } from './options.ts';

const help = `Usage: policybot serve [--knowledge DIR] [--port N]

Starts the server on one port (PORT, default 3978; HOST, default 127.0.0.1):
  /slack/events   Slack, when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set
  /api/messages   Teams, when MICROSOFT_APP_ID and its credentials are set
  /healthz        health: knowledge loaded, store reachable, outbox backlog
  /               the playground and /slt its SLT view, when no credentials are set
                  (or PLAYGROUND=true on a loopback address)

Settings come from the environment (see .env.example; a .env file in the working directory
fills in what the environment leaves unset) and, for a trust, the file named by POLICYBOT_CONFIG. Stop it with Ctrl+C or SIGTERM: it finishes what it is doing first.

${KNOWLEDGE_HELP} (or KNOWLEDGE_DIR)
  --port N         overrides PORT
`;

export const serve: Command = {
  name: 'serve',
  summary: 'run the server: Slack, Teams, /healthz and the playground',
  help,
  async run(args, io) {
    const { values } = parseCommand('serve', args, { port: { type: 'string' } }, { names: [] });
    // A .env file in the working directory fills in what the real environment leaves unset.
    const dotenv = join(io.cwd, '.env');
    const fromFile = existsSync(dotenv) ? parseEnv(readFileSync(dotenv, 'utf8')) : {};
    const env = { ...fromFile, ...io.env, ...(typeof values.port === 'string' ? { PORT: values.port } : {}) };
    const server = await startServer({
      env,
      cwd: io.cwd,
      ...(typeof values.knowledge === 'string' ? { knowledgeDir: resolve(io.cwd, values.knowledge) } : {}),
    });
    return new Promise<number>((done) => {
      const off = closeOnSignals(server.close, server.logger, (code) => {
        off();
        // Anything a platform SDK left open must not keep a stopped server alive.
        setTimeout(() => process.exit(code), 2000).unref();
        done(code);
      });
    });
  },
};
