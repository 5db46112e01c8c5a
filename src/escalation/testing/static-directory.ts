import type { SchoolDirectory } from '../../core/ports.ts';
import type { Person, Platform } from '../types.ts';

/** A SchoolDirectory from a literal: { policyId: ["slack:U1", "teams:aad-id"] }. For tests and the CLI. */
export function staticDirectory(slt: Record<string, string[]>, channels: Record<string, Partial<Record<Platform, string>>> = {}): SchoolDirectory {
  return {
    policyFor: () => undefined,
    isSlt: (policyId: string, p: Pick<Person, 'platform' | 'userId'>) => (slt[policyId] ?? []).includes(`${p.platform}:${p.userId}`),
    sltChannel: (policyId: string, platform: Platform) => channels[policyId]?.[platform],
  };
}
