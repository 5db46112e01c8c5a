/**
 * Typed action payloads. Every button carries one of these as a compact JSON string; it is
 * parsed with zod at the edge (adapter or CLI) and handlers receive the parsed type. Nothing is
 * kept server-side between steps, so the payload carries the state it needs.
 */
import { z } from 'zod';

/** Slack's button value limit; Teams' is larger, so this is the one to respect. */
export const MAX_PAYLOAD_CHARS = 2000;
/** How much of a question travels in an escalate payload (the full text is in the message). */
export const MAX_PAYLOAD_QUESTION_CHARS = 1200;
/** How much of the question rides along a tree's buttons (the tree state must fit beside it). */
export const MAX_CHOOSE_QUESTION_CHARS = 400;

const policy = z.string().min(1).max(64);

/** Continue a decision tree: the choice taken at `node`, with the answers so far. */
export const ChooseAction = z.strictObject({
  a: z.literal('choose'),
  p: policy,
  /** Policy version (hash of its knowledge); a stale one restarts the tree politely. */
  v: z.string().min(1).max(16),
  t: z.string().min(1).max(64),
  n: z.string().min(1).max(64),
  /** Index of the chosen option at node n. */
  c: z.number().int().min(0).max(20),
  /** Choice indices taken before reaching n, from the root. */
  h: z.array(z.number().int().min(0).max(20)).max(20).default([]),
  /** The question that started the tree, shortened: what Ask and Share pass on. */
  q: z.string().max(MAX_CHOOSE_QUESTION_CHARS).optional(),
});
export type ChooseAction = z.infer<typeof ChooseAction>;

/** Ask the headteacher (or whoever the policy names) about this question. */
export const EscalateAction = z.strictObject({
  a: z.literal('escalate'),
  p: policy,
  q: z.string().max(MAX_PAYLOAD_QUESTION_CHARS),
  /** Clause numbers the bot showed. */
  c: z.array(z.string().max(24)).max(12),
  /** Safeguarding flag: makes the escalation urgent. */
  s: z.boolean().default(false),
  /** Tree verdict shown, if any ("photos:own-account-no"). */
  t: z.string().max(64).optional(),
});
export type EscalateAction = z.infer<typeof EscalateAction>;

/** Re-post an ephemeral answer into the channel for everyone. */
export const ShareAction = z.strictObject({
  a: z.literal('share'),
  p: policy,
  q: z.string().max(MAX_PAYLOAD_QUESTION_CHARS),
  /** A tree verdict: the choice that reproduces it (re-asking q would restart the tree). */
  r: ChooseAction.optional(),
});
export type ShareAction = z.infer<typeof ShareAction>;

/** Start a decision tree from its first question (topics menu, restart). */
export const StartTreeAction = z.strictObject({
  a: z.literal('tree'),
  p: policy,
  t: z.string().min(1).max(64),
  /** The question that led here, if any. */
  q: z.string().max(MAX_CHOOSE_QUESTION_CHARS).optional(),
});
export type StartTreeAction = z.infer<typeof StartTreeAction>;

export const Action = z.discriminatedUnion('a', [ChooseAction, EscalateAction, ShareAction, StartTreeAction]);
export type Action = z.infer<typeof Action>;

export function encodeAction(action: Action): string {
  const s = JSON.stringify(action);
  if (s.length > MAX_PAYLOAD_CHARS) {
    throw new RangeError(`action payload is ${s.length} characters; the limit is ${MAX_PAYLOAD_CHARS}`);
  }
  return s;
}

export type DecodedAction = { ok: true; action: Action } | { ok: false; reason: string };

/** Never throws: a tampered, truncated or foreign payload comes back as { ok: false }. */
export function decodeAction(raw: unknown): DecodedAction {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PAYLOAD_CHARS) {
    return { ok: false, reason: 'payload is not a string of up to 2000 characters' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'payload is not valid JSON' };
  }
  const parsed = Action.safeParse(json);
  return parsed.success ? { ok: true, action: parsed.data } : { ok: false, reason: z.prettifyError(parsed.error) };
}
