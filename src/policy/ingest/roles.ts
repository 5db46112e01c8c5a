/**
 * A first guess at the roles a policy names: whom questions go to, whom safeguarding concerns
 * go to, and where it says how to treat indecent images. The author confirms or corrects the
 * guess in overrides.yaml; ingestion says when it guessed.
 */
import type { Clause, Roles } from '../schema.ts';

/** Most specific first, so "Executive Headteacher/Head of School" wins over "Headteacher". */
const ESCALATION_TITLES = [
  'Executive Headteacher/Head of School',
  'Headteacher',
  'Principal',
  'Senior Leadership Team',
  'line manager',
];

function mentions(clauses: readonly Clause[], pattern: RegExp): string[] {
  return clauses.filter((c) => pattern.test(`${c.lead ?? ''} ${c.text}`)).map((c) => c.number);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function guessRoles(clauses: readonly Clause[]): { roles: Roles; unsure: string[] } {
  const unsure: string[] = [];
  let best = { title: 'Headteacher', clauses: [] as string[] };
  for (const [i, title] of ESCALATION_TITLES.entries()) {
    // Count a title only where a longer one containing it is not what the clause says.
    const longer = ESCALATION_TITLES.slice(0, i).filter((t) => t.includes(title));
    // Case matters: "Principal amongst these risks" is not a Principal.
    const pattern = new RegExp(`\\b${escape(title)}\\b`, title === 'line manager' ? 'i' : '');
    const found = clauses
      .filter((c) => pattern.test(longer.reduce((t, l) => t.replaceAll(l, ''), `${c.lead ?? ''} ${c.text}`)))
      .map((c) => c.number);
    if (found.length > best.clauses.length) best = { title, clauses: found };
  }
  if (best.clauses.length === 0) unsure.push('no role named for questions: escalation set to "Headteacher"; set roles in overrides.yaml');
  else unsure.push(`questions go to "${best.title}" (most named, clauses ${best.clauses.join(', ')}): confirm in overrides.yaml`);

  const dslClauses = mentions(clauses, /designated safeguarding lead/i);
  const safeguarding = dslClauses.length
    ? { title: 'Designated Safeguarding Lead', clauses: dslClauses }
    : { title: best.title, clauses: mentions(clauses, /safeguard|child protection/i) };
  if (!dslClauses.length) unsure.push(`no Designated Safeguarding Lead named: safeguarding set to "${best.title}"; check the policy and set roles in overrides.yaml`);

  const images = clauses.filter((c) => /indecent image/i.test(c.text));
  const roles: Roles = { escalation: best, safeguarding };
  if (images.length) roles.imageHandling = { text: images[0]!.text, clauses: images.map((c) => c.number) };
  return { roles, unsure };
}
