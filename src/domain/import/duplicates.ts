/**
 * Duplicate detection for the import, with the same rules as partner creation
 * (src/domain/partners/duplicates.ts: same name, same acronym — a name equal to an acronym
 * counts — or same email, the partner's or one of its contacts'), but indexed: findDuplicates
 * scans every partner for one candidate, which for 1,000 rows × 10,000 partners is too slow.
 */
import type { CellData } from '../schema/field';
import { emailKey, nameKey } from '../partners/duplicates';

interface DuplicateHit<T> {
  owner: T;
  /** 'nom', 'sigle' or 'email' (as DuplicateMatch.reason). */
  reason: string;
}

interface Keyed {
  name?: CellData;
  acronym?: CellData;
  email?: CellData;
}

/** A one-letter acronym says too little to call two partners the same. */
const acronymKey = (v: CellData | undefined): string => {
  const k = nameKey(v);
  return k.length >= 2 ? k : '';
};

/** Index of names, acronyms and emails → whoever holds them (first holder wins). */
export class DuplicateIndex<T> {
  private readonly names = new Map<string, T>();
  private readonly acronyms = new Map<string, T>();
  private readonly emails = new Map<string, T>();

  add(rec: Keyed, owner: T): void {
    this.addEmail(rec.email, owner);
    const n = nameKey(rec.name);
    const a = acronymKey(rec.acronym);
    if (n && !this.names.has(n)) this.names.set(n, owner);
    if (a && !this.acronyms.has(a)) this.acronyms.set(a, owner);
  }

  /** An email of the owner's contacts. */
  addEmail(email: CellData | undefined, owner: T): void {
    const e = emailKey(email);
    if (e && !this.emails.has(e)) this.emails.set(e, owner);
  }

  find(rec: Keyed): DuplicateHit<T> | null {
    const n = nameKey(rec.name);
    const a = acronymKey(rec.acronym);
    const e = emailKey(rec.email);
    if (n && this.names.has(n)) return { owner: this.names.get(n)!, reason: 'nom' };
    for (const hit of [a ? this.acronyms.get(a) : undefined, a ? this.names.get(a) : undefined, n ? this.acronyms.get(n) : undefined]) {
      if (hit !== undefined) return { owner: hit, reason: 'sigle' };
    }
    if (e && this.emails.has(e)) return { owner: this.emails.get(e)!, reason: 'email' };
    return null;
  }
}
