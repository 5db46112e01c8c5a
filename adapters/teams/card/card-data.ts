/**
 * What comes back when someone presses a button on one of our cards: Teams merges the button's
 * `data` object with the card's inputs into `activity.value`. It is checked with zod at this
 * edge; a string, a missing value, an unknown field or a payload that does not decode is refused
 * (the caller answers politely), never trusted.
 */
import { z } from 'zod';
import { decodeAction, MAX_PAYLOAD_CHARS, type Action } from '../../../src/dialog/actions.ts';
import { ESCALATION_LIMITS } from '../../../src/escalation/limits.ts';

/** The inputs our cards have: `note` (Ask the <role> form) and `answer` (SLT reply form). */
export const CardData = z.strictObject({
  policybot: z.string().min(1).max(MAX_PAYLOAD_CHARS),
  note: z.string().max(ESCALATION_LIMITS.noteChars).optional(),
  answer: z.string().max(ESCALATION_LIMITS.answerChars).optional(),
});
export type CardData = z.infer<typeof CardData>;

/** SLT's buttons on an escalation card (Teams-only: the core's actions are for askers). */
export const SltAction = z.strictObject({
  a: z.literal('slt'),
  op: z.enum(['take', 'answer', 'close']),
  r: z.string().regex(/^ESC-\d{1,9}$/),
});
export type SltAction = z.infer<typeof SltAction>;

export type Submitted =
  | { ok: true; kind: 'policy'; action: Action; payload: string; note?: string }
  | { ok: true; kind: 'slt'; action: SltAction; answer?: string }
  | { ok: false; reason: string };

export function encodeSltAction(action: SltAction): string {
  return JSON.stringify(SltAction.parse(action));
}

/** Never throws. */
export function parseSubmitted(value: unknown): Submitted {
  const data = CardData.safeParse(value);
  if (!data.success) return { ok: false, reason: `card data: ${z.prettifyError(data.error).replace(/\n/g, ' ')}` };
  const { policybot, note, answer } = data.data;
  const decoded = decodeAction(policybot);
  if (decoded.ok) {
    const trimmed = note?.trim();
    return { ok: true, kind: 'policy', action: decoded.action, payload: policybot, ...(trimmed ? { note: trimmed } : {}) };
  }
  let json: unknown;
  try {
    json = JSON.parse(policybot);
  } catch {
    return { ok: false, reason: decoded.reason };
  }
  const slt = SltAction.safeParse(json);
  if (!slt.success) return { ok: false, reason: decoded.reason };
  const trimmed = answer?.trim();
  return { ok: true, kind: 'slt', action: slt.data, ...(trimmed ? { answer: trimmed } : {}) };
}
