/** Record IDs: PAR-0001… never reused, even after a row is deleted (a counter survives in properties). */
export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

/** Highest number among IDs of this prefix ("PAR-0042" → 42); other values are ignored. */
export function highestIdNumber(prefix: string, ids: Iterable<unknown>): number {
  const re = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const id of ids) {
    const m = typeof id === 'string' ? re.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** `count` new IDs after both the sheet's highest and the persisted counter. */
export function allocateIds(prefix: string, existing: Iterable<unknown>, counter: number, count: number): { ids: string[]; counter: number } {
  const start = Math.max(highestIdNumber(prefix, existing), counter);
  const ids = Array.from({ length: count }, (_, i) => formatId(prefix, start + i + 1));
  return { ids, counter: start + count };
}

/** Consecutive IDs as a range: `{ prefix: 'PAR', from: 41, count: 3 }` is PAR-0041, PAR-0042, PAR-0043. */
export interface IdRange {
  prefix: string;
  from: number;
  count: number;
}

export function idRange(r: IdRange): string[] {
  return Array.from({ length: r.count }, (_, i) => formatId(r.prefix, r.from + i));
}
