/**
 * The one way Pacte reads and writes a sheet: the whole table in one read, columns by header,
 * validated writes in contiguous blocks, formula-safe text, and every change in the Journal.
 */
import type { CellData, DataRecord, FieldKey, FieldSpec, Row, TableSpec } from '../domain/schema/field';
import { assertValid, ValidationError, type WriteInput } from '../domain/records/validate';
import { diffRecords } from '../domain/records/diff';
import { summariseRecord } from '../domain/records/summary';
import { encodeRow, readCell, toCell, type SheetCell } from './cells';
import { mapHeaders } from './header-map';
import { MissingColumnsError, RecordNotFoundError, SheetMissingError } from '../domain/errors/store-errors';
import type { StoreContext } from './store-context';
import { allocateRecordIds } from './id-counter';
import { appendJournal, type JournalEntry } from './journal';
import { CONTACTS, SETTINGS } from '../domain/schema/tables';
import { contactIndex, forgetContactIndex } from './contact-index';
import { indexContact } from '../domain/partners/partner-search';
import { forgetWeekExtract, saveWeekExtract, WEEK_SHEETS } from './week-cache';
import { forgetSettings } from './settings-cache';
import { expandCell, spillLongCells } from './long-texts';
import { asInputs, guardWrite, writeBlock } from './write-guard';
import { escapeForSheet } from '../domain/format/sheet-text';
import { parseShortenedCell } from '../domain/format/long-text';
import { hasPartnerName, refreshPartnerNames, withPartnerNames, type OpenTable } from './partner-names';

export interface StoredRecord<R = DataRecord> {
  /** Sheet row number (1-based). */
  row: number;
  record: R;
  /** Cells that do not fit their field's type, as typed (read as empty in `record`): see checkRows. */
  unfit?: Readonly<Record<string, string | number | boolean>>;
}

export class SheetTable<S extends TableSpec = TableSpec> {
  private cache: StoredRecord<Row<S>>[] | null = null;
  private live: readonly StoredRecord<Row<S>>[] | null = null;
  private idIndex: Map<string, number> | null = null;

  private constructor(
    readonly spec: S,
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly values: SheetCell[][],
    readonly columns: Map<string, number>,
    private readonly ctx: StoreContext,
  ) {}

  /** Reads the whole table: one getValues call whatever the number of rows. */
  static open<S extends TableSpec>(ctx: StoreContext, spec: S): SheetTable<S> {
    const sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
    if (!sheet) throw new SheetMissingError(spec.sheetName);
    // -1 reads up to the last row and column with content: one call, no getLastRow() first.
    const values = readAll(sheet) as SheetCell[][];
    const { columns, missing } = mapHeaders(spec, values[0] ?? []);
    if (missing.length) throw new MissingColumnsError(spec.sheetName, missing);
    return new SheetTable(spec, sheet, values, columns, ctx);
  }

  /** Data rows (header excluded), skipping rows left fully empty; archived rows only when asked. */
  all(opts?: { archived?: boolean }): readonly StoredRecord<Row<S>>[] {
    if (opts?.archived) return this.everyRow();
    this.live ??= this.columns.has('archivedAt') ? this.everyRow().filter((s) => !(s.record as DataRecord).archivedAt) : this.everyRow();
    return this.live;
  }

  private everyRow(): readonly StoredRecord<Row<S>>[] {
    if (!this.cache) {
      const out: StoredRecord<Row<S>>[] = [];
      // A column added by a later version may be absent (the field then reads empty).
      const layout = this.spec.fields.filter((f) => this.columns.has(f.key)).map((f): [FieldSpec, number] => [f, this.columns.get(f.key)!]);
      for (let r = 1; r < this.values.length; r++) {
        const row = this.values[r];
        if (row.every((c) => c === '')) continue;
        out.push(this.toRecord(r + 1, row, layout));
      }
      this.cache = out;
    }
    return this.cache;
  }

  get(id: string): StoredRecord<Row<S>> | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      this.everyRow().forEach((s, i) => this.idIndex!.set(String(this.plain(s.record).id), i));
    }
    const i = this.idIndex.get(id);
    return i === undefined ? undefined : this.everyRow()[i];
  }

  getOrThrow(id: string): StoredRecord<Row<S>> {
    const found = this.get(id);
    if (!found) throw new RecordNotFoundError(this.spec.sheetName, id);
    return found;
  }

  /**
   * Validates every input first (nothing is written if one is wrong), journals each creation, then
   * writes all new rows in one block below the last row. Returns the stored records.
   */
  insert(inputs: readonly WriteInput<S>[]): Row<S>[] {
    if (inputs.length === 0) return [];
    const firstRow = this.values.length + 1;
    const errors = [];
    const records: DataRecord[] = [];
    for (let i = 0; i < inputs.length; i++) {
      try {
        records.push(assertValid(this.spec, inputs[i], firstRow + i) as DataRecord);
      } catch (e) {
        if (e instanceof ValidationError) errors.push(...e.errors);
        else throw e;
      }
    }
    if (errors.length) throw new ValidationError(errors);

    const stamp = this.ctx.stamp();
    const ids = this.spec.idPrefix
      ? allocateRecordIds(
          this.ctx,
          this.spec.idPrefix,
          this.everyRow().map((s) => this.plain(s.record).id),
          records.length,
        )
      : [];
    records.forEach((r, i) => {
      if (this.spec.idPrefix) r.id = ids[i];
      if (this.columns.has('createdAt')) Object.assign(r, { createdAt: stamp, updatedAt: stamp, updatedBy: this.ctx.user });
    });
    // A retry of the same request gets the same IDs: rows its earlier attempt wrote are kept, not written twice.
    const written =
      this.ctx.run?.retry && this.spec.idPrefix ? new Set(records.filter((r) => this.get(String(r.id))).map((r) => String(r.id))) : new Set<string>();
    const todo = records.filter((r) => !written.has(String(r.id)));
    withPartnerNames(this.spec, todo, this.openOther);
    if (todo.length) this.writeNewRows(todo);
    return records.map((r) => (written.has(String(r.id)) ? this.get(String(r.id))!.record : (r as Row<S>)));
  }

  /** Journal first, then the rows in one block below the last row. */
  private writeNewRows(records: readonly DataRecord[]): void {
    const firstRow = this.values.length + 1;
    if (this.spec.key !== 'journal') {
      appendJournal(
        this.ctx,
        records.map((r): JournalEntry => ({
          sheet: this.spec.sheetName,
          recordId: String(r.id ?? ''),
          action: 'création',
          field: '',
          before: '',
          after: this.summarise(r),
        })),
      );
    }
    const [from, to] = this.pacteSpan();
    const block = records.map((r) => encodeRow(this.spec.fields, this.columns, r, this.ctx.timeZone, to - from + 1, from));
    spillLongCells(this.ctx, block, (_, j) => this.place(from + j));
    this.ensureRows(firstRow + block.length - 1);
    writeBlock(this.ctx, this.sheet, firstRow, from + 1, block);
    const width = this.values[0].length;
    for (const cells of block) {
      const full: SheetCell[] = new Array(width).fill('');
      cells.forEach((c, i) => (full[from + i] = c));
      this.values.push(full);
    }
    this.invalidate();
  }

  /**
   * Validates the changed fields, writes only the cells that changed (contiguous runs, never the
   * user's own columns) and journals each field's before → after. Returns the updated record.
   */
  update(id: string, patch: WriteInput<S>, action = 'modification'): Row<S> {
    const stored = this.getOrThrow(id);
    const clean = assertValid(this.spec, patch, stored.row, { partial: true }) as DataRecord;
    // A cell that did not fit its type counts as what was typed: clearing it is a change.
    const changes = diffRecords({ ...this.plain(stored.record), ...stored.unfit }, clean);
    if (changes.length === 0) return stored.record;
    const next: DataRecord = { ...this.plain(stored.record), ...clean };
    if (this.columns.has('updatedAt')) Object.assign(next, { updatedAt: this.ctx.stamp(), updatedBy: this.ctx.user });
    // Journal first: a failure between the two leaves an announced change, which the retry makes.
    appendJournal(
      this.ctx,
      changes.map((c) => ({ sheet: this.spec.sheetName, recordId: id, action, field: this.header(c.field), before: c.before, after: c.after })),
    );
    this.writeCells(stored.row, [...changes.map((c) => c.field), ...(this.columns.has('updatedAt') ? ['updatedAt', 'updatedBy'] : [])], next);
    this.invalidate();
    const fields = new Set(changes.map((c) => c.field));
    // The partner's name follows it: into every sheet naming it when it is renamed, into this row when it names another.
    if (this.spec.key === 'partners' && fields.has('name')) refreshPartnerNames(this.openOther);
    else if (hasPartnerName(this.spec) && (fields.has('partnerId') || fields.has('conventionId'))) {
      const named: DataRecord = { ...next };
      withPartnerNames(this.spec, [named], this.openOther);
      if (named.partnerName !== next.partnerName) this.writeComputed('partnerName' as FieldKey<S>, new Map([[stored.row, named.partnerName]]));
      next.partnerName = named.partnerName;
    }
    return next as Row<S>;
  }

  /** Another table of this execution: the store's, read once, or read here when there is no store. */
  private readonly openOther: OpenTable = (spec) => (this.ctx.store ? this.ctx.store.table(spec) : SheetTable.open(this.ctx, spec));

  has(field: FieldKey<S>): boolean {
    return this.columns.has(field);
  }

  /** Writes system-computed fields (e.g. priority score) for many rows, without journaling. */
  writeComputed(field: FieldKey<S>, valuesByRow: ReadonlyMap<number, CellData>): void {
    const col = this.columns.get(field);
    if (col === undefined || valuesByRow.size === 0) return;
    const rows = [...valuesByRow.keys()].sort((a, b) => a - b);
    const spec = this.field(field);
    const first = rows[0];
    const last = rows[rows.length - 1];
    const column = this.values.slice(first - 1, last).map((r) => [r[col]]);
    const before = asInputs(column);
    for (const [row, v] of valuesByRow) column[row - first][0] = toCell(spec, v, this.ctx.timeZone);
    spillLongCells(this.ctx, column, () => this.place(col));
    writeBlock(this.ctx, this.sheet, first, col + 1, column, before);
    column.forEach(([cell], i) => (this.values[first - 1 + i][col] = cell));
    this.invalidate();
  }

  private writeCells(row: number, fields: string[], record: DataRecord): void {
    const cols = [...new Set(fields.filter((f) => this.columns.has(f)).map((f) => this.columns.get(f)!))].sort((a, b) => a - b);
    const pacteCols = new Set(this.columns.values());
    // Join runs across Pacte's own columns (their values are known); stop at a user column.
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && this.onlyPacteBetween(last[1], c, pacteCols)) last[1] = c;
      else runs.push([c, c]);
    }
    const byCol = new Map<number, FieldSpec>([...this.columns].map(([k, c]) => [c, this.field(k)]));
    const changed = new Set(fields);
    const current = this.values[row - 1];
    for (const [a, b] of runs) {
      const cells: SheetCell[] = [];
      for (let c = a; c <= b; c++) {
        const f = byCol.get(c)!;
        // An unchanged long text joining the run keeps its shortened cell (not stored a second time),
        // and an unchanged cell that does not fit its type keeps what was typed (« hier » in a date).
        const keep = !changed.has(f.key) && (parseShortenedCell(current[c]) || readCell(f, current[c], this.ctx.timeZone).unfit !== undefined);
        cells.push(keep ? escapeForSheet(current[c]) : toCell(f, record[f.key] ?? '', this.ctx.timeZone));
      }
      spillLongCells(this.ctx, [cells], (_, j) => this.place(a + j));
      writeBlock(this.ctx, this.sheet, row, a + 1, [cells], asInputs([current.slice(a, b + 1)]));
      cells.forEach((cell, i) => (current[a + i] = cell));
    }
  }

  private onlyPacteBetween(a: number, b: number, pacte: Set<number>): boolean {
    for (let c = a + 1; c < b; c++) if (!pacte.has(c)) return false;
    return true;
  }

  /** First and last (0-based) columns holding Pacte fields: new rows are written across this span only. */
  private pacteSpan(): [number, number] {
    const cols = [...this.columns.values()];
    return [Math.min(...cols), Math.max(...cols)];
  }

  private ensureRows(lastRow: number): void {
    const max = this.sheet.getMaxRows();
    if (lastRow > max) guardWrite(this.sheet, `lignes ajoutées après la ligne ${max}`, () => this.sheet.insertRowsAfter(max, lastRow - max));
  }

  /** « Partenaires › Notes »: where a long text belongs, for « Textes longs ». */
  private place(column: number): string {
    return `${this.spec.sheetName} › ${String(this.values[0][column] ?? '')}`;
  }

  private toRecord(rowNumber: number, row: SheetCell[], layout: readonly [FieldSpec, number][]): StoredRecord<Row<S>> {
    const rec: DataRecord = {};
    let unfit: Record<string, string | number | boolean> | undefined;
    for (const [f, col] of layout) {
      const cell = readCell(f, expandCell(this.ctx, row[col]), this.ctx.timeZone);
      rec[f.key] = cell.value;
      if (cell.unfit !== undefined) (unfit ??= {})[f.key] = cell.unfit;
    }
    return unfit ? { row: rowNumber, record: rec as Row<S>, unfit } : { row: rowNumber, record: rec as Row<S> };
  }

  /** A typed row seen as plain values, for the generic code below. */
  private plain(r: Row<S>): DataRecord {
    return r as DataRecord;
  }

  private field(key: string): FieldSpec {
    return this.spec.fields.find((f) => f.key === key)!;
  }

  private header(key: string): string {
    return this.field(key).header;
  }

  /** The values array stays in step with the sheet; only derived views are rebuilt. */
  private invalidate(): void {
    this.cache = null;
    this.live = null;
    this.idIndex = null;
    // Roles and settings read from the cache must see what was just written to Paramètres.
    if (this.spec.sheetName === SETTINGS.sheetName) forgetSettings();
    // The partners search must find a contact as soon as it is saved: the index is put again from the rows in memory
    // (no second read), and dropped if a protection refuses a later write of the request.
    if (this.spec.sheetName === CONTACTS.sheetName) {
      contactIndex.save(this.all().map((s) => indexContact(s.record as Row<typeof CONTACTS>)));
      this.ctx.writeLog?.onUndo.push(forgetContactIndex);
    }
    // « Ma semaine » must show a deadline as soon as it is saved: this sheet's extract is put again from the rows in memory,
    // and dropped if a protection refuses a later write of the request (its rows are put back, the extract would be ahead).
    if (WEEK_SHEETS.includes(this.spec.sheetName)) {
      saveWeekExtract(this.spec, this.all());
      const sheetName = this.spec.sheetName;
      this.ctx.writeLog?.onUndo.push(() => forgetWeekExtract(sheetName));
    }
  }

  private summarise(r: DataRecord): string {
    return summariseRecord(this.spec, r);
  }
}

/**
 * Whole sheet in one call; a sheet with nothing at all (not even headers) reads as empty — Google's
 * refusal of a range of 0 rows or columns (« Exception: The number of rows in the range must be at least 1. »,
 * as quoted in github.com/Elijas/auto-youtube-subscription-playlist-2/issues/99). Any other failure (« Service unavailable », a quota) is
 * Google's and goes up as it is, to be translated: it must not read as « colonnes introuvables ».
 */
function readAll(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (e) {
    if (/number of (rows|columns) in the range must be at least 1/.test((e as Error)?.message)) return [];
    throw e;
  }
}
