/** Finding a policy by id and a clause by number, with errors that list the valid choices. */
import { NotFoundError } from '../errors.ts';
import type { Clause, Policy } from '../policy/schema.ts';
import type { Knowledge, LoadedPolicy } from './types.ts';

export function findPolicy(knowledge: Knowledge, id: string): LoadedPolicy {
  const found = knowledge.policies.get(id);
  if (!found) {
    const ids = [...knowledge.policies.keys()];
    throw new NotFoundError(`no policy "${id}". Policies: ${ids.join(', ') || '(none)'}.`);
  }
  return found;
}

/** "b3.A" and "B3." are typed for "B3.a" and "B3": match case-insensitively, ignore a final dot. */
function normalise(number: string): string {
  return number.trim().replace(/\.$/, '').toLowerCase();
}

/** Sort key: numeric parts as numbers, so 11.3.10 comes after 11.3.9. */
function parts(number: string): (number | string)[] {
  return number.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p.toLowerCase()));
}

function commonPrefix(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** Up to `count` clause numbers nearest to a mistyped one: those sharing the most leading parts. */
export function nearestClauses(policy: Policy, number: string, count = 5): string[] {
  const target = normalise(number);
  const scored = policy.clauses.map((c, i) => ({ n: c.number, i, score: commonPrefix(c.number, target) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const near = scored.filter((s) => s.score === best);
  const lastPart = parts(target).at(best);
  // Among equally near ones, prefer those whose next part is closest to what was typed.
  const distance = (n: string) => {
    const p = parts(n).at(best);
    return typeof p === 'number' && typeof lastPart === 'number' ? Math.abs(p - lastPart) : 0;
  };
  return near.sort((a, b) => distance(a.n) - distance(b.n) || a.i - b.i).slice(0, count).sort((a, b) => a.i - b.i).map((s) => s.n);
}

/**
 * The clause with that number, followed by the clauses numbered under it: a lead-in such as
 * "B3 You must not:" comes with B3.a, B3.b …, and a sub-heading's number (Wycliffe's 11.3)
 * gives every clause under it. Throws NotFoundError naming the nearest numbers.
 */
export function findClause(policy: Policy, number: string): Clause[] {
  const target = normalise(number);
  const found = policy.clauses.filter((c) => c.number.toLowerCase() === target || c.number.toLowerCase().startsWith(`${target}.`));
  if (found.length) return found;
  throw new NotFoundError(
    `${policy.name} (${policy.id}) has no clause "${number}". Nearest: ${nearestClauses(policy, number).join(', ')}.`,
  );
}
