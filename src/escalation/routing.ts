/**
 * Which platform SLT messages go to. A school may use Slack for staff and Teams for SLT, or
 * both: the SLT message goes to the asker's platform when the school has an SLT channel there,
 * otherwise to the first platform (in the order given) where it has one. With none at all it
 * stays on the asker's platform, whose notifier fails visibly rather than the message vanishing.
 */
import type { SchoolDirectory } from '../core/ports.ts';
import type { Escalation, OutboxMessage, Platform } from './types.ts';

export function routeToSltChannel(directory: SchoolDirectory, platforms: readonly Platform[]): (message: OutboxMessage, escalation: Escalation) => Platform {
  return (_message, e) => {
    if (directory.sltChannel(e.policyId, e.asker.platform)) return e.asker.platform;
    return platforms.find((p) => directory.sltChannel(e.policyId, p)) ?? e.asker.platform;
  };
}
