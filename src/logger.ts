/**
 * The logging port: the subset of pino the code uses, so tests pass a recording logger and
 * nothing depends on pino's concrete type. Log ids and refs, never question or answer text
 * (unless LOG_QUESTIONS=true, which the server's pino redaction honours).
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: object): Logger;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
