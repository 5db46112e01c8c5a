/** private_metadata of the two modals: zod-checked on the way back, like every payload. */
import { z } from 'zod';
import { BLOCK_LIMITS } from '../render/limits.ts';

export const EscalateMeta = z.strictObject({
  /** The escalate button's value, decoded again with decodeAction on submit. */
  v: z.string().max(2000),
  /** Where the button was: a reference goes back there. */
  ch: z.string().max(40).optional(),
  rt: z.string().max(500).optional(),
  to: z.string().max(100),
});
export type EscalateMeta = z.infer<typeof EscalateMeta>;

export const AnswerMeta = z.strictObject({
  ref: z.string().regex(/^ESC-\d{1,12}$/),
  ch: z.string().max(40).optional(),
});
export type AnswerMeta = z.infer<typeof AnswerMeta>;

export function encodeMeta(meta: EscalateMeta | AnswerMeta): string {
  let s = JSON.stringify(meta);
  if (s.length > BLOCK_LIMITS.privateMetadata && 'rt' in meta) s = JSON.stringify({ ...meta, rt: undefined });
  return s;
}

export function decodeMeta<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const RefValue = z.string().regex(/^ESC-\d{1,12}$/);
