import { SNAPSHOT, type Snapshottable } from '../core/snapshot';

/** Per-cell extras (formulas, formats, validations, notes, styles) stored sparsely, so a big sheet costs little. */
export class SparseGrid<T> implements Snapshottable {
  /** rows.get(r).get(c), 0-based. */
  private rows = new Map<number, Map<number, T>>();
  /**
   * Since the last world snapshot or restore, `rows` and its row maps are shared with the snapshot:
   * copied on their first change (a workbook's formats and validations span thousands of rows).
   */
  private shared = false;
  private owned = new WeakSet<Map<number, T>>();

  get(r: number, c: number): T | undefined {
    return this.rows.get(r)?.get(c);
  }

  set(r: number, c: number, value: T | undefined): void {
    if (value === undefined) {
      this.delete(r, c);
      return;
    }
    let row = this.ownRow(r);
    if (!row) this.ownRows().set(r, (row = this.own(new Map())));
    row.set(c, value);
  }

  delete(r: number, c: number): void {
    if (!this.rows.get(r)?.has(c)) return;
    const row = this.ownRow(r)!;
    row.delete(c);
    if (row.size === 0) this.rows.delete(r);
  }

  /** Clears the block [r0, r0+nr) × [c0, c0+nc). */
  clear(r0: number, c0: number, nr: number, nc: number): void {
    if (this.rows.size === 0) return;
    for (const [r, row] of [...this.rows]) {
      if (r < r0 || r >= r0 + nr || ![...row.keys()].some((c) => c >= c0 && c < c0 + nc)) continue;
      const own = this.ownRow(r)!;
      for (const c of [...own.keys()]) if (c >= c0 && c < c0 + nc) own.delete(c);
      if (own.size === 0) this.rows.delete(r);
    }
  }

  isEmpty(): boolean {
    return this.rows.size === 0;
  }

  get size(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.size;
    return n;
  }

  /** Highest row index holding an entry, or -1. */
  maxRow(): number {
    let m = -1;
    for (const r of this.rows.keys()) if (r > m) m = r;
    return m;
  }

  /** Highest column index holding an entry, or -1. */
  maxColumn(): number {
    let m = -1;
    for (const row of this.rows.values()) for (const c of row.keys()) if (c > m) m = c;
    return m;
  }

  /** Removes rows [at, at+n) and shifts the rows below up (Sheet.deleteRows). */
  deleteRows(at: number, n: number): void {
    this.remapRows((r) => (r < at ? r : r < at + n ? null : r - n));
  }

  /** Shifts rows at or below `at` down by n (Sheet.insertRows…). */
  insertRows(at: number, n: number): void {
    this.remapRows((r) => (r < at ? r : r + n));
  }

  deleteColumns(at: number, n: number): void {
    this.remapColumns((c) => (c < at ? c : c < at + n ? null : c - n));
  }

  insertColumns(at: number, n: number): void {
    this.remapColumns((c) => (c < at ? c : c + n));
  }

  clone(copy: (v: T) => T = (v) => v): SparseGrid<T> {
    const g = new SparseGrid<T>();
    for (const [r, row] of this.rows) g.rows.set(r, new Map([...row].map(([c, v]) => [c, copy(v)])));
    return g;
  }

  private remapRows(f: (r: number) => number | null): void {
    const next = new Map<number, Map<number, T>>();
    for (const [r, row] of this.rows) {
      const to = f(r);
      if (to !== null) next.set(to, row);
    }
    this.rows = next;
    this.shared = false;
  }

  private remapColumns(f: (c: number) => number | null): void {
    for (const [r, row] of [...this.rows]) {
      const next = new Map<number, T>();
      for (const [c, v] of row) {
        const to = f(c);
        if (to !== null) next.set(to, v);
      }
      if (next.size) this.ownRows().set(r, this.own(next));
      else this.ownRows().delete(r);
    }
  }

  [SNAPSHOT](): () => void {
    const saved = this.rows;
    this.share();
    return () => {
      this.rows = saved;
      this.share();
    };
  }

  private share(): void {
    this.shared = true;
    this.owned = new WeakSet();
  }

  /** The rows map, copied first when it is a snapshot's. */
  private ownRows(): Map<number, Map<number, T>> {
    if (this.shared) {
      this.rows = new Map(this.rows);
      this.shared = false;
    }
    return this.rows;
  }

  /** Row r, ready to change (copied first when a snapshot shares it); undefined when it has no entry. */
  private ownRow(r: number): Map<number, T> | undefined {
    const row = this.rows.get(r);
    if (!row || this.owned.has(row)) return row;
    const copy = this.own(new Map(row));
    this.ownRows().set(r, copy);
    return copy;
  }

  private own(row: Map<number, T>): Map<number, T> {
    this.owned.add(row);
    return row;
  }
}
