import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from '../../src/server/logging.ts';

function collect(logQuestions: boolean) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', logQuestions, destination }) };
}

describe('logs', () => {
  it('are JSON lines with a level name and time', () => {
    const { lines, logger } = collect(false);
    logger.info({ ref: 'ESC-0001' }, 'escalation created');
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'escalation created', ref: 'ESC-0001', service: 'policybot' });
    expect(lines[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('redact question, note and answer text unless LOG_QUESTIONS=true', () => {
    const { lines, logger } = collect(false);
    logger.info({ policyId: 'quorn-hall', question: 'can I friend Jo Bloggs, a Year 9 pupil?' }, 'question');
    logger.child({ part: 'x' }).info({ escalation: { note: 'private note', answer: 'private answer' } }, 'nested');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('Jo Bloggs');
    expect(text).not.toContain('private note');
    expect(text).not.toContain('private answer');
    expect(lines[0]).toMatchObject({ policyId: 'quorn-hall', question: REDACTED });

    const open = collect(true);
    open.logger.info({ question: 'can I friend Jo Bloggs?' }, 'question');
    expect(open.lines[0]).toMatchObject({ question: 'can I friend Jo Bloggs?' });
  });

  it('honour LOG_LEVEL', () => {
    const lines: unknown[] = [];
    const destination = new Writable({ write: (c, _e, d) => (lines.push(String(c)), d()) });
    const logger = createLogger({ level: 'warn', logQuestions: false, destination });
    logger.info({}, 'quiet');
    logger.warn({}, 'loud');
    expect(lines).toHaveLength(1);
  });
});
