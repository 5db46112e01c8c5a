/**
 * The knowledge model. These zod schemas are the single source of the types: every file under
 * knowledge/ is parsed with them (strict objects, so a misspelt key fails with its path).
 */
import { z } from 'zod';

export const PolicyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a policy id is lower-case words joined by hyphens, e.g. "quorn-hall"');

/** Clause numbers as staff see them: "7.3", "11.3.4", "B3", "B3.a". */
export const ClauseNumber = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/, 'a clause number is dot-separated parts such as "7.3", "11.3.4" or "B3"');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real date: write YYYY-MM-DD, e.g. 2024-03-18');

export const Clause = z.strictObject({
  number: ClauseNumber,
  /** The heading(s) the clause sits under, outermost first. */
  headings: z.array(z.string().min(1)),
  /** The lead-in a list item hangs off ("Staff must not:"), so the item reads right alone. */
  lead: z.string().min(1).optional(),
  /** The clause in the policy's own words, cleaned of conversion debris. */
  text: z.string().min(1, 'a clause must have text'),
});
export type Clause = z.infer<typeof Clause>;

export const Role = z.strictObject({
  /** The title as the policy writes it: "Headteacher", "Executive Headteacher/Head of School". */
  title: z.string().min(1),
  /** A named person where the policy names one ("Miss Newman"). */
  name: z.string().min(1).optional(),
  /** Clauses that name this role for this purpose. */
  clauses: z.array(ClauseNumber).default([]),
  /** Why this role, where the policy does not say it in so many words. */
  note: z.string().min(1).optional(),
});
export type Role = z.infer<typeof Role>;

export const Roles = z.strictObject({
  /** Who questions and escalations go to ("Ask the …" button). */
  escalation: Role,
  /** Who safeguarding concerns go to. */
  safeguarding: Role,
  /** Where the policy says how to treat images that may be indecent images of a child. */
  imageHandling: z
    .strictObject({ text: z.string().min(1), clauses: z.array(ClauseNumber).min(1) })
    .optional(),
});
export type Roles = z.infer<typeof Roles>;

export const Numbering = z.strictObject({
  /** document: the policy's own numbers; sections: section.paragraph in reading order; lettered: "A1", "B3". */
  scheme: z.enum(['document', 'sections', 'lettered', 'mixed']),
  /** How numbers were assigned where the document's own were missing or broken. */
  notes: z.array(z.string()).default([]),
});

export const Policy = z.strictObject({
  id: PolicyId,
  /** The organisation: "Quorn Hall School". */
  name: z.string().min(1),
  title: z.string().min(1),
  source: z.strictObject({
    /** Verbatim source text, beside this file. */
    file: z.string().min(1),
    format: z.enum(['text', 'markdown', 'docx', 'pdf']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  approved: z.strictObject({ date: IsoDate.optional(), text: z.string().min(1) }).optional(),
  review: z.strictObject({
    /** The last day on which the policy is still in date. */
    due: IsoDate,
    /** The policy's own words for it: "Summer Term 2020". */
    text: z.string().min(1),
  }),
  roles: Roles,
  numbering: Numbering,
  sections: z.array(z.strictObject({ number: ClauseNumber, heading: z.string().min(1) })),
  /**
   * Lines of the document that are not clauses: the title, the approval and review table, and
   * other front and end matter, cleaned but otherwise as written (kept so that every line of the
   * source is accounted for, and for the record).
   */
  metadata: z.array(z.string().min(1)).default([]),
  clauses: z.array(Clause).min(1, 'a policy needs at least one clause'),
});
export type Policy = z.infer<typeof Policy>;
