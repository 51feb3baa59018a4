/**
 * Duplicate detection for the import: a row duplicates a partner when its name, acronym or
 * email is the same once folded (accents, case, punctuation and spacing ignored).
 * (Written here because src/domain/partners/duplicates.ts did not exist yet.)
 */
import type { CellData } from '../schema/field';
import { foldText } from '../records/normalise';

export const foldName = (s: string): string => foldText(s).replace(/[^a-z0-9]+/g, ' ').trim();
export const foldAcronym = (s: string): string => foldText(s).replace(/[^a-z0-9]+/g, '');
export const foldEmail = (s: string): string => s.trim().toLowerCase();

export interface DuplicateHit<T> {
  owner: T;
  /** 'nom', 'sigle' or 'email' (as DuplicateMatch.reason). */
  reason: string;
}

const str = (v: CellData | undefined): string => (v === null || v === undefined ? '' : String(v));

/** Index of names, acronyms and emails → whoever holds them (first holder wins). */
export class DuplicateIndex<T> {
  private readonly names = new Map<string, T>();
  private readonly acronyms = new Map<string, T>();
  private readonly emails = new Map<string, T>();

  add(rec: { name?: CellData; acronym?: CellData; email?: CellData }, owner: T): void {
    const [n, a, e] = keys(rec);
    if (n && !this.names.has(n)) this.names.set(n, owner);
    if (a && !this.acronyms.has(a)) this.acronyms.set(a, owner);
    if (e && !this.emails.has(e)) this.emails.set(e, owner);
  }

  find(rec: { name?: CellData; acronym?: CellData; email?: CellData }): DuplicateHit<T> | null {
    const [n, a, e] = keys(rec);
    if (n && this.names.has(n)) return { owner: this.names.get(n)!, reason: 'nom' };
    if (a && this.acronyms.has(a)) return { owner: this.acronyms.get(a)!, reason: 'sigle' };
    if (e && this.emails.has(e)) return { owner: this.emails.get(e)!, reason: 'email' };
    return null;
  }
}

function keys(rec: { name?: CellData; acronym?: CellData; email?: CellData }): [string, string, string] {
  const acronym = foldAcronym(str(rec.acronym));
  // A one-letter acronym says too little to call two partners the same.
  return [foldName(str(rec.name)), acronym.length >= 2 ? acronym : '', foldEmail(str(rec.email))];
}
