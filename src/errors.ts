/**
 * One base error with a stable `code`, and a few subclasses. Messages say what was wrong and
 * what to do, so the command line and the server can print them as they are, without a stack.
 */
export class PolicybotError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The knowledge folder (policies, trees, vocabulary) is missing or invalid. */
export class KnowledgeError extends PolicybotError {
  constructor(
    message: string,
    /** Each problem as "file → at path: what to do". */
    readonly problems: readonly string[] = [],
  ) {
    super('KNOWLEDGE_INVALID', message);
  }
}

/** The user asked for something that does not exist (policy id, clause number, file). */
export class NotFoundError extends PolicybotError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** A command line or API call was malformed. */
export class UsageError extends PolicybotError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** A setting (environment variable or config file) is missing or wrong. */
export class ConfigError extends PolicybotError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

/** Someone who is not allowed to act on an escalation tried to. */
export class ForbiddenError extends PolicybotError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}
