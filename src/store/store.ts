/**
 * The one seam between Pacte's rules and where its records live. Everything Pacte reads or writes
 * in its own sheets goes through a `Store`: today Google Sheets (services/sheets-store.ts), in tests
 * memory (memory-store.ts), later perhaps a database behind the same methods. Types only.
 *
 * Same semantics for every implementation: a table is read whole once per execution and cached;
 * inputs are validated before anything is written (French errors naming row and field); records get
 * IDs « PAR-0001 » never reused, audit fields stamped; every change is journaled before → after.
 */
import type { WriteInput } from '../domain/records/validate';
import type { LocalDate } from '../domain/format/local-date';
import type { CellData, FieldKey, Row, TableSpec } from '../domain/schema/field';
import type { JournalEntry } from '../domain/journal/entry';

/** One record and the sheet row it sits on (1-based; row 1 holds the headers). */
export interface StoredRow<S extends TableSpec> {
  row: number;
  record: Row<S>;
}

/** What a caller may write to a table: any of its fields, checked against the declaration before writing. */
/** A typed patch, or what the sidebar sent (marked with userInput, checked field by field when written). */
export type TableInput<S extends TableSpec> = WriteInput<S>;

export interface Table<S extends TableSpec> {
  readonly spec: S;
  /**
   * Data rows (header excluded), skipping rows left fully empty. A row a user archived (« Archivé le »
   * filled) leaves every view and count: it is left out unless `archived: true`.
   */
  all(opts?: { archived?: boolean }): readonly StoredRow<S>[];
  /** Any row by ID, archived or not (to restore it). */
  get(id: string): StoredRow<S> | undefined;
  /** Throws RecordNotFoundError (« Partenaires : aucun enregistrement avec l'ID « PAR-0009 ». »). */
  getOrThrow(id: string): StoredRow<S>;
  /**
   * Validates every input first (nothing is written if one is wrong: ValidationError lists each
   * row and field), allocates IDs, stamps audit fields, journals each creation, writes the rows.
   */
  insert(inputs: readonly TableInput<S>[]): Row<S>[];
  /** Validates the patch, writes only the fields that changed and journals each before → after. */
  update(id: string, patch: TableInput<S>, action?: string): Row<S>;
  /** Whether the sheet has the field's column (one a later version added is absent until « Initialiser »). */
  has(field: FieldKey<S>): boolean;
  /** Fields Pacte computes (priority score) for many rows at once, not journaled. Rows as in `StoredRow.row`. */
  writeComputed(field: FieldKey<S>, valuesByRow: ReadonlyMap<number, CellData>): void;
}

/** Some fields of every data row of a log, and the log's last row (1 when only the header). */
export interface ColumnRows<S extends TableSpec, K extends FieldKey<S>> {
  rows: { row: number; record: Pick<Row<S>, K> }[];
  lastRow: number;
}

export type { JournalEntry };

/** A block of cells, 1-based. */
export interface CellBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The column chart of an owned sheet: kept as its only chart, updated in place rather than piled up. */
export interface OwnedChart {
  title: string;
  /** Labels first, then the series. */
  ranges: readonly CellBlock[];
  /** Options set only when the chart is first inserted (the title is always set). */
  insertOptions: Readonly<Record<string, unknown>>;
  /** Top-left cell of a new chart. */
  anchor: { row: number; column: number };
}

/** A sheet Pacte owns entirely (Cartographie, Tableau satisfaction, Diagnostic), rewritten whole. */
export interface OwnedSheet {
  /** The whole sheet, one rectangle. Text is kept as text (never read as a formula). */
  values: (string | number)[][];
  /** Rows (1-based) shown in bold. */
  boldRows: readonly number[];
  /** Empty columns kept right of the block (room for the chart). */
  spareColumns?: number;
  /** The sheet's chart; `null` removes it; absent leaves charts as they are. */
  chart?: OwnedChart | null;
}

export interface Store {
  /** Who is writing: the caller's email ('' when Google does not share it). */
  readonly user: string;
  /** The spreadsheet's time zone: every date read or written is a day in this zone. */
  readonly timeZone: string;
  /** Current local date-time in the zone (« 2026-03-12T09:00:00 »), for audit fields and the Journal. */
  stamp(): string;
  /** Today in the zone. */
  today(): LocalDate;

  /** The whole table, read once per execution. Throws SheetMissingError / MissingColumnsError. */
  table<S extends TableSpec>(spec: S): Table<S>;
  /** The table, or null when its sheet does not exist (optional sheets). */
  tableOrNull<S extends TableSpec>(spec: S): Table<S> | null;

  /** Only `keys` of every data row: an append-only log costs the same whatever its length. */
  columns<S extends TableSpec, K extends FieldKey<S>>(spec: S, keys: readonly K[]): ColumnRows<S, K>;
  /**
   * Appends rows below the last one (append-only logs: survey responses, sends, mail log), not
   * validated nor journaled: the caller built them. `after`: the log's last row as the caller has
   * just read it under the lock (`columns(…).lastRow`); `exact` when it read every column (nothing
   * below), which spares a check.
   */
  append<S extends TableSpec>(spec: S, rows: readonly Partial<Row<S>>[], after?: { lastRow: number; exact?: boolean }): void;
  /**
   * Sets one field of a log on scattered rows in one write, not journaled. `known`: the current
   * values of that field (row → value) as just read with `columns`, for the rows in between.
   */
  setColumn<S extends TableSpec>(spec: S, field: FieldKey<S>, changes: ReadonlyMap<number, CellData>, known: ReadonlyMap<number, CellData>): void;
  /** Journals entries now; callers call it before writing the data the entries describe. */
  journal(entries: readonly JournalEntry[]): void;
  /** Creates or clears the sheet `name` and writes `sheet` in one block. */
  rewriteOwned(name: string, sheet: OwnedSheet): void;
}
