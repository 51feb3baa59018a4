/**
 * The Store in memory, for domain and use-case tests that need no spreadsheet: same validation
 * (assertValid, French errors naming row and field), same IDs (« PAR-0001 », never reused), same
 * audit stamps, and every change journaled into an in-memory Journal, chained like the real one.
 * Rows are numbered as in a sheet (row 1 is the header), so messages and `writeComputed` agree.
 * Values read back as the Sheets store reads them: an empty number is null, any other empty cell ''.
 */
import { emptyValue, type CellData, type DataRecord, type FieldKey, type Row, type TableSpec } from '../domain/schema/field';
import { JOURNAL, ALL_TABLES } from '../domain/schema/tables';
import { assertValid, ValidationError, type FieldError } from '../domain/records/validate';
import { diffRecords } from '../domain/records/diff';
import { allocateIds } from '../domain/records/ids';
import { summariseRecord } from '../domain/records/summary';
import { chainInput } from '../domain/journal/chain';
import { sha256Hex } from '../domain/journal/sha256';
import type { LocalDate } from '../domain/format/local-date';
import { toLocalDateTime } from '../domain/format/time-zone';
import { RecordNotFoundError, SheetMissingError } from '../domain/errors/store-errors';
import type { ColumnRows, JournalEntry, OwnedSheet, Store, StoredRow, Table, TableInput } from './store';

export interface MemoryStoreOptions {
  user?: string;
  timeZone?: string;
  /** Current instant (default: the real clock); stamps and `today()` are read in `timeZone`. */
  now?: () => Date;
  /** The sheets that exist (default: all of Pacte's). */
  sheets?: readonly TableSpec[];
}

export class MemoryStore implements Store {
  readonly user: string;
  readonly timeZone: string;
  private readonly now: () => Date;
  private readonly sheets = new Map<string, { spec: TableSpec; rows: DataRecord[] }>();
  private readonly tables = new Map<string, unknown>();
  private readonly counters = new Map<string, number>();
  private readonly owned = new Map<string, OwnedSheet>();
  private journalHash = '';

  constructor(opts: MemoryStoreOptions = {}) {
    this.user = opts.user ?? '';
    this.timeZone = opts.timeZone ?? 'Africa/Bamako';
    this.now = opts.now ?? (() => new Date());
    for (const spec of opts.sheets ?? ALL_TABLES) this.sheets.set(spec.sheetName, { spec, rows: [] });
  }

  stamp(): string {
    return toLocalDateTime(this.now(), this.timeZone);
  }

  today(): LocalDate {
    return this.stamp().slice(0, 10);
  }

  table<S extends TableSpec>(spec: S): Table<S> {
    let t = this.tables.get(spec.sheetName);
    if (!t) this.tables.set(spec.sheetName, (t = new MemoryTable(this, spec, this.rows(spec))));
    return t as unknown as Table<S>;
  }

  tableOrNull<S extends TableSpec>(spec: S): Table<S> | null {
    return this.sheets.has(spec.sheetName) ? this.table(spec) : null;
  }

  columns<S extends TableSpec, K extends FieldKey<S>>(spec: S, keys: readonly K[]): ColumnRows<S, K> {
    const rows: ColumnRows<S, K>['rows'] = [];
    this.rows(spec).forEach((r, i) => {
      const record = Object.fromEntries(keys.map((k) => [k, r[k] ?? ''])) as Pick<Row<S>, K>;
      if (keys.some((k) => (r[k] ?? '') !== '')) rows.push({ row: i + 2, record });
    });
    return { rows, lastRow: rows.length ? rows[rows.length - 1].row : 1 };
  }

  append<S extends TableSpec>(spec: S, rows: readonly Partial<Row<S>>[]): void {
    // As in Sheets: a sheet made by rewriteOwned (its header row) is then appended to as a log.
    if (!this.sheets.has(spec.sheetName) && this.owned.has(spec.sheetName)) this.sheets.set(spec.sheetName, { spec, rows: [] });
    const stored = this.rows(spec);
    for (const r of rows) stored.push(asRead(spec, r as DataRecord));
  }

  setColumn<S extends TableSpec>(spec: S, field: FieldKey<S>, changes: ReadonlyMap<number, CellData>): void {
    const stored = this.rows(spec);
    for (const [row, v] of changes) stored[row - 2][field] = v ?? '';
  }

  journal(entries: readonly JournalEntry[]): void {
    const at = this.stamp();
    for (const e of entries) {
      const rec: DataRecord = { at, user: this.user, ...e, before: String(e.before ?? ''), after: String(e.after ?? ''), requestId: '' };
      this.journalHash = sha256Hex(chainInput(this.journalHash, rec));
      this.rows(JOURNAL).push(asRead(JOURNAL, { ...rec, hash: this.journalHash }));
    }
  }

  rewriteOwned(name: string, sheet: OwnedSheet): void {
    this.owned.set(name, { ...sheet, values: sheet.values.map((r) => [...r]) });
  }

  /** What the last `rewriteOwned(name, …)` wrote (tests). */
  ownedSheet(name: string): OwnedSheet | undefined {
    return this.owned.get(name);
  }

  /** Next IDs for `prefix` after the table's highest and every ID handed out before. */
  allocate(prefix: string, existing: Iterable<unknown>, count: number): string[] {
    const { ids, counter } = allocateIds(prefix, existing, this.counters.get(prefix) ?? 0, count);
    this.counters.set(prefix, counter);
    return ids;
  }

  private rows(spec: TableSpec): DataRecord[] {
    const sheet = this.sheets.get(spec.sheetName);
    if (!sheet) throw new SheetMissingError(spec.sheetName);
    return sheet.rows;
  }
}

class MemoryTable<S extends TableSpec> implements Table<S> {
  private readonly hasAudit: boolean;

  constructor(
    private readonly store: MemoryStore,
    readonly spec: S,
    private readonly rows: DataRecord[],
  ) {
    this.hasAudit = spec.fields.some((f) => f.key === 'updatedAt');
  }

  all(opts?: { archived?: boolean }): readonly StoredRow<S>[] {
    const out: StoredRow<S>[] = [];
    this.rows.forEach((r, i) => {
      if (!opts?.archived && r.archivedAt) return;
      if (Object.values(r).some((v) => v !== '')) out.push({ row: i + 2, record: { ...r } as Row<S> });
    });
    return out;
  }

  get(id: string): StoredRow<S> | undefined {
    const i = this.rows.findIndex((r) => String(r.id) === id);
    return i < 0 ? undefined : { row: i + 2, record: { ...this.rows[i] } as Row<S> };
  }

  getOrThrow(id: string): StoredRow<S> {
    const found = this.get(id);
    if (!found) throw new RecordNotFoundError(this.spec.sheetName, id);
    return found;
  }

  insert(inputs: readonly TableInput<S>[]): Row<S>[] {
    const firstRow = this.rows.length + 2;
    const errors: FieldError[] = [];
    const records: DataRecord[] = [];
    inputs.forEach((input, i) => {
      try {
        records.push(assertValid(this.spec, input as Record<string, unknown>, firstRow + i) as DataRecord);
      } catch (e) {
        if (e instanceof ValidationError) errors.push(...e.errors);
        else throw e;
      }
    });
    if (errors.length) throw new ValidationError(errors);
    if (records.length === 0) return [];
    const stamp = this.store.stamp();
    const prefix = this.spec.idPrefix;
    const ids = prefix
      ? this.store.allocate(
          prefix,
          this.rows.map((r) => r.id),
          records.length,
        )
      : [];
    records.forEach((r, i) => {
      if (prefix) r.id = ids[i];
      if (this.hasAudit) Object.assign(r, { createdAt: stamp, updatedAt: stamp, updatedBy: this.store.user });
    });
    if (this.spec.sheetName !== JOURNAL.sheetName) {
      this.store.journal(
        records.map((r) => ({
          sheet: this.spec.sheetName,
          recordId: String(r.id ?? ''),
          action: 'création',
          field: '',
          before: '',
          after: summariseRecord(this.spec, r),
        })),
      );
    }
    for (const r of records) this.rows.push(asRead(this.spec, r));
    return records as Row<S>[];
  }

  update(id: string, patch: TableInput<S>, action = 'modification'): Row<S> {
    const stored = this.getOrThrow(id);
    const clean = assertValid(this.spec, patch as Record<string, unknown>, stored.row, { partial: true }) as DataRecord;
    const before = stored.record as DataRecord;
    const changes = diffRecords(before, clean);
    if (changes.length === 0) return stored.record;
    const next: DataRecord = { ...before, ...clean };
    if (this.hasAudit) Object.assign(next, { updatedAt: this.store.stamp(), updatedBy: this.store.user });
    const header = (key: string) => this.spec.fields.find((f) => f.key === key)!.header;
    this.store.journal(changes.map((c) => ({ sheet: this.spec.sheetName, recordId: id, action, field: header(c.field), before: c.before, after: c.after })));
    this.rows[stored.row - 2] = asRead(this.spec, next);
    return next as Row<S>;
  }

  has(field: FieldKey<S>): boolean {
    return this.spec.fields.some((f) => f.key === field);
  }

  writeComputed(field: FieldKey<S>, valuesByRow: ReadonlyMap<number, CellData>): void {
    // Read back as a sheet reads it: an emptied number is null, not ''.
    const spec = this.spec.fields.find((f) => f.key === field);
    for (const [row, v] of valuesByRow) this.rows[row - 2][field] = v === null || v === undefined || v === '' ? (spec ? emptyValue(spec) : '') : v;
  }
}

/** A record as it reads back from a sheet: every declared field present, empty ones as their type reads them (numbers null, else ''). */
function asRead(spec: TableSpec, r: Readonly<Record<string, CellData | undefined>>): DataRecord {
  const out: DataRecord = {};
  for (const f of spec.fields) {
    const v = r[f.key];
    out[f.key] = v === undefined || v === null || v === '' ? emptyValue(f) : v;
  }
  return out;
}
