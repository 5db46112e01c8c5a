/** "ESC-0042" ⇄ 42. The reference is derived from the row id, so it is never stored twice. */
const REF = /^ESC-(\d+)$/i;

export function formatRef(id: number): string {
  return `ESC-${String(id).padStart(4, '0')}`;
}

/** The row id for a reference, or undefined when it is not one ("esc-42" is accepted). */
export function parseRef(ref: string): number | undefined {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
