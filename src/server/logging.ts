/**
 * Structured JSON logs (pino) on stdout. Question, note and answer text is personal data: it is
 * redacted wherever it appears, at the top level or one object down, unless LOG_QUESTIONS=true.
 */
import { pino, type DestinationStream } from 'pino';
import type { Logger } from '../logger.ts';

export const REDACTED = '[redacted: set LOG_QUESTIONS=true to log it]';
const TEXT_KEYS = ['question', 'text', 'note', 'answer', 'body', 'query'];

export interface LoggerOptions {
  level: string;
  logQuestions: boolean;
  /** Default stdout; tests pass a stream that collects lines. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const paths = TEXT_KEYS.flatMap((k) => [k, `*.${k}`]);
  return pino(
    {
      level: options.level,
      base: { service: 'policybot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      ...(options.logQuestions ? {} : { redact: { paths, censor: REDACTED } }),
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
