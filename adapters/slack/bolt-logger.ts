/**
 * Bolt and the Web API client log through @slack/logger's interface. Their debug lines carry
 * request bodies (question text), so debug is dropped; the rest goes to our logger as a string.
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

const line = (msgs: unknown[]): string =>
  msgs.map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : '[object]')).join(' ').slice(0, 500);

export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: 'slack-sdk' });
  return {
    debug: () => {},
    info: (...m: unknown[]) => log.info({ sdk: line(m) }),
    warn: (...m: unknown[]) => log.warn({ sdk: line(m) }),
    error: (...m: unknown[]) => log.error({ sdk: line(m) }),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
