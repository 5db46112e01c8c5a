import { PolicybotError } from '../errors.ts';

/**
 * The escalation is not in a state that allows this (answering a closed one, taking one someone
 * else has taken). Nothing was changed; the message says what state it is in and what can be done.
 */
export class EscalationStateError extends PolicybotError {
  constructor(message: string) {
    super('ESCALATION_STATE', message);
  }
}
