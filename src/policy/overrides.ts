/**
 * Hand corrections to an ingested policy, kept as data beside it (overrides.yaml) so that
 * re-running ingestion on the same source gives the committed policy.yaml byte for byte.
 */
import { z } from 'zod';
import { ClauseNumber, IsoDate, Roles } from './schema.ts';

/** Finds a block of the source by a fragment of its text (as cleaned), quoted exactly. */
const Fragment = z.string().min(3, 'quote at least a few words of the text');

export const Overrides = z.strictObject({
  /** The organisation, when the text does not say it plainly ("Robert Carre Trust"). */
  name: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  approved: z.strictObject({ date: IsoDate.optional(), text: z.string().min(1) }).optional(),
  review: z.strictObject({ due: IsoDate, text: z.string().min(1) }).optional(),
  roles: Roles.optional(),
  numbering: z.strictObject({ notes: z.array(z.string().min(1)).default([]) }).optional(),
  /** Paragraphs that are front or end matter, not clauses (matched by a fragment of their text). */
  metadata: z.array(Fragment).default([]),
  /** One paragraph that holds two (a conversion merged two bullets): split it before `before`. */
  splits: z.array(z.strictObject({ before: Fragment })).default([]),
  /** Corrections to single clauses, found by the number ingestion gave them. */
  clauses: z
    .array(
      z.strictObject({
        number: ClauseNumber,
        /** Give it this number instead (and say why in numbering.notes). */
        renumber: ClauseNumber.optional(),
        /** Replace the lead-in; null removes it. */
        lead: z.string().min(1).nullable().optional(),
        headings: z.array(z.string().min(1)).optional(),
      }),
    )
    .default([]),
});
export type Overrides = z.infer<typeof Overrides>;
