/**
 * Checks on a parsed policy beyond its schema: clause numbers unique and without gaps, every
 * clause a role cites exists (the schema checks dates). Each problem says what to do.
 */
import type { Policy } from './schema.ts';

export interface PolicyProblem {
  path: string;
  message: string;
}

type Kind = 'digit' | 'lower' | 'upper' | 'lettered';

/** "12" → digit 12; "a" → lower 1; "C" → upper 3; "B3" → lettered B, 3. Undefined otherwise. */
function ordinal(part: string): { kind: Kind; group: string; n: number } | undefined {
  if (/^\d+$/.test(part)) return { kind: 'digit', group: '', n: Number(part) };
  if (/^[a-z]$/.test(part)) return { kind: 'lower', group: '', n: part.charCodeAt(0) - 96 };
  if (/^[A-Z]$/.test(part)) return { kind: 'upper', group: '', n: part.charCodeAt(0) - 64 };
  const m = /^([A-Z])(\d+)$/.exec(part);
  return m ? { kind: 'lettered', group: m[1]!, n: Number(m[2]) } : undefined;
}

function render(kind: Kind, group: string, n: number): string {
  if (kind === 'lower') return String.fromCharCode(96 + n);
  if (kind === 'upper') return String.fromCharCode(64 + n);
  return `${group}${n}`;
}

/** Gaps in numbering: under each prefix, numbers run 1, 2, 3 … (a, b, c …) without a hole. */
export function numberingGaps(numbers: readonly string[]): string[] {
  const children = new Map<string, { prefix: string; kind: Kind; group: string; seen: Set<number> }>();
  for (const n of numbers) {
    const parts = n.split('.');
    parts.forEach((part, i) => {
      const o = ordinal(part);
      if (!o) return;
      const prefix = parts.slice(0, i).join('.');
      const key = `${prefix}|${o.kind}|${o.group}`;
      const entry = children.get(key) ?? { prefix, kind: o.kind, group: o.group, seen: new Set<number>() };
      entry.seen.add(o.n);
      children.set(key, entry);
    });
  }
  const missing: string[] = [];
  for (const { prefix, kind, group, seen } of children.values()) {
    const max = Math.max(...seen);
    for (let k = 1; k < max; k++) {
      if (!seen.has(k)) missing.push(prefix ? `${prefix}.${render(kind, group, k)}` : render(kind, group, k));
    }
  }
  return missing;
}

export function checkPolicy(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Map<string, number>();
  policy.clauses.forEach((c, i) => {
    const first = seen.get(c.number);
    if (first !== undefined) problems.push({ path: `clauses[${i}].number`, message: `"${c.number}" is also the number of clauses[${first}]; give each clause its own number (overrides.yaml clauses[].renumber)` });
    else seen.set(c.number, i);
    if (!c.text.trim()) problems.push({ path: `clauses[${i}].text`, message: 'the clause is empty; remove it or give it the policy\'s words' });
  });
  for (const m of numberingGaps([...policy.clauses.map((c) => c.number), ...policy.sections.map((s) => s.number)])) {
    problems.push({ path: 'clauses', message: `no clause numbered "${m}" although later numbers exist; renumber so the sequence has no gap, or explain in numbering.notes and fix` });
  }
  const roleRefs: [string, readonly string[]][] = [
    ['roles.escalation.clauses', policy.roles.escalation.clauses],
    ['roles.safeguarding.clauses', policy.roles.safeguarding.clauses],
    ['roles.imageHandling.clauses', policy.roles.imageHandling?.clauses ?? []],
  ];
  for (const [path, refs] of roleRefs) {
    refs.forEach((n, i) => {
      if (!seen.has(n)) problems.push({ path: `${path}[${i}]`, message: `cites clause "${n}", which the policy does not have; cite an existing clause number` });
    });
  }
  return problems;
}
