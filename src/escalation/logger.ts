/**
 * The logging port (pino fits it as it is). Escalation code logs refs, ids, kinds and counts
 * only: never the question, the note or the answer, which are personal data.
 */
export interface Logger {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
