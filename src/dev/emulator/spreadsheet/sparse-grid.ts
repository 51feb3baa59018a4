/** Per-cell extras (formulas, formats, validations, notes, styles) stored sparsely, so a big sheet costs little. */
export class SparseGrid<T> {
  /** rows.get(r).get(c), 0-based. */
  private rows = new Map<number, Map<number, T>>();

  get(r: number, c: number): T | undefined {
    return this.rows.get(r)?.get(c);
  }

  set(r: number, c: number, value: T | undefined): void {
    if (value === undefined) {
      this.delete(r, c);
      return;
    }
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, value);
  }

  delete(r: number, c: number): void {
    const row = this.rows.get(r);
    if (!row) return;
    row.delete(c);
    if (row.size === 0) this.rows.delete(r);
  }

  /** Clears the block [r0, r0+nr) × [c0, c0+nc). */
  clear(r0: number, c0: number, nr: number, nc: number): void {
    if (this.rows.size === 0) return;
    for (const [r, row] of [...this.rows]) {
      if (r < r0 || r >= r0 + nr) continue;
      for (const c of [...row.keys()]) if (c >= c0 && c < c0 + nc) row.delete(c);
      if (row.size === 0) this.rows.delete(r);
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
  }

  private remapColumns(f: (c: number) => number | null): void {
    for (const [r, row] of [...this.rows]) {
      const next = new Map<number, T>();
      for (const [c, v] of row) {
        const to = f(c);
        if (to !== null) next.set(to, v);
      }
      if (next.size) this.rows.set(r, next);
      else this.rows.delete(r);
    }
  }
}
