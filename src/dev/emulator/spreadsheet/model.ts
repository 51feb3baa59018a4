/**
 * The data behind an emulated spreadsheet (stored as the content of its Drive file).
 * Sheet/Range/Spreadsheet API classes are views over this; FormApp writes responses here.
 * Values are dense row arrays (cheap for 50k-row sheets); everything else per cell is sparse.
 */
import type { FileContent } from '../core/drive-store';
import { SparseGrid } from './sparse-grid';
import { shiftProtections } from './protection-rules';

/** What a cell holds: '' when empty, as Range.getValues() reports it. */
export type CellValue = string | number | boolean | Date;

/** A block of cells, 1-based as in the API. */
export interface RangeRef {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A data-validation rule; immutable, so one object can back many cells. */
export interface ValidationSpec {
  readonly criteria: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface ConditionalFormatSpec {
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: RangeRef[];
}

export interface ProtectionSpec {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: RangeRef;
  description: string;
  warningOnly: boolean;
  /** Explicit editors (the owner always may edit); unused while `mirror`. */
  editors: string[];
  domainEdit: boolean;
  /** True until a script changes the editors or domain setting: the spreadsheet's own permissions apply. */
  mirror: boolean;
  /** Regions of a protected sheet left editable (Protection.setUnprotectedRanges). */
  unprotected: RangeRef[];
}

export interface ChartSpec {
  chartId: number;
  type: string;
  ranges: RangeRef[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

/** Cell styles kept as strings (colours, weights, alignments, wrap strategy). */
export type StyleKey = 'background' | 'fontWeight' | 'fontColor' | 'fontStyle' | 'horizontalAlignment' | 'wrap';

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  /** values[r][c], 0-based; rows and cells past the end are empty (''). Formula cells hold ''. */
  values: CellValue[][] = [];
  /** Formulas as the user typed them (e.g. '=SUM(A1:A3)'). */
  formulas = new SparseGrid<string>();
  numberFormats = new SparseGrid<string>();
  validations = new SparseGrid<ValidationSpec>();
  notes = new SparseGrid<string>();
  styles = new Map<StyleKey, SparseGrid<string>>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  tabColor: string | null = null;
  conditionalRules: ConditionalFormatSpec[] = [];
  protections: ProtectionSpec[] = [];
  charts: ChartSpec[] = [];
  /** URL of the form whose responses this sheet receives (Sheet.getFormUrl()). */
  formUrl: string | null = null;

  constructor(
    public sheetId: number,
    public name: string,
  ) {}

  style(key: StyleKey): SparseGrid<string> {
    let g = this.styles.get(key);
    if (!g) this.styles.set(key, (g = new SparseGrid()));
    return g;
  }

  /** Index (1-based) of the last row holding content (a value or a formula); 0 when the sheet is empty. */
  lastRow(): number {
    const last = this.formulas.maxRow() + 1;
    for (let r = this.values.length - 1; r >= last; r--) {
      const row = this.values[r];
      if (row && row.some((v) => v !== '')) return r + 1;
    }
    return last;
  }

  /** Index (1-based) of the last column holding content; 0 when the sheet is empty. */
  lastColumn(): number {
    let last = this.formulas.maxColumn() + 1;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== '') {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  get(r: number, c: number): CellValue {
    const row = this.values[r];
    if (!row) return '';
    const v = row[c];
    return v === undefined ? '' : v;
  }

  set(r: number, c: number, v: CellValue): void {
    let row = this.values[r];
    if (!row) {
      if (v === '') return;
      row = this.values[r] = [];
    }
    while (row.length < c) row.push('');
    row[c] = v;
  }

  /** Writes a row after the last one with content, growing the sheet if needed (Sheet.appendRow). */
  appendRow(row: CellValue[]): number {
    const r = this.lastRow();
    if (r + 1 > this.maxRows) this.maxRows = r + 1;
    if (row.length > this.maxColumns) this.maxColumns = row.length;
    for (let c = 0; c < row.length; c++) this.formulas.delete(r, c);
    this.values[r] = row.slice();
    return r + 1;
  }

  /** Every sparse per-cell store, so row/column moves shift them all alike. */
  grids(): SparseGrid<unknown>[] {
    return [this.formulas, this.numberFormats, this.validations, this.notes, ...this.styles.values()];
  }

  /** Removes rows [at, at+n), 0-based; the rows below move up. */
  deleteRows(at: number, n: number): void {
    if (this.values.length > at) this.values.splice(at, n);
    for (const g of this.grids()) g.deleteRows(at, n);
    shiftProtections(this, 'row', at, -n);
    this.maxRows -= n;
  }

  /** Inserts n empty rows before row `at`, 0-based; the rows from `at` move down. */
  insertRows(at: number, n: number): void {
    if (this.values.length > at) this.values.splice(at, 0, ...new Array<CellValue[]>(n).fill(undefined as unknown as CellValue[]));
    for (const g of this.grids()) g.insertRows(at, n);
    shiftProtections(this, 'row', at, n);
    this.maxRows += n;
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.values) if (row && row.length > at) row.splice(at, n);
    for (const g of this.grids()) g.deleteColumns(at, n);
    shiftProtections(this, 'column', at, -n);
    this.hiddenColumns = new Set([...this.hiddenColumns].filter((c) => c < at || c >= at + n).map((c) => (c < at ? c : c - n)));
    this.maxColumns -= n;
  }

  insertColumns(at: number, n: number): void {
    const blanks = new Array<CellValue>(n).fill('');
    for (const row of this.values) if (row && row.length > at) row.splice(at, 0, ...blanks);
    for (const g of this.grids()) g.insertColumns(at, n);
    shiftProtections(this, 'column', at, n);
    this.hiddenColumns = new Set([...this.hiddenColumns].map((c) => (c < at ? c : c + n)));
    this.maxColumns += n;
  }

  cloneInto(copy: SheetModel): SheetModel {
    copy.maxRows = this.maxRows;
    copy.maxColumns = this.maxColumns;
    copy.values = this.values.map((row) => (row ? row.map(copyValue) : row));
    copy.formulas = this.formulas.clone();
    copy.numberFormats = this.numberFormats.clone();
    copy.validations = this.validations.clone();
    copy.notes = this.notes.clone();
    copy.styles = new Map([...this.styles].map(([k, g]) => [k, g.clone()]));
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.hidden = this.hidden;
    copy.hiddenColumns = new Set(this.hiddenColumns);
    copy.columnWidths = new Map(this.columnWidths);
    copy.tabColor = this.tabColor;
    copy.conditionalRules = this.conditionalRules.map((r) => ({ ...r, args: [...r.args], ranges: r.ranges.map((x) => ({ ...x })) }));
    copy.protections = this.protections.map((p) => ({
      ...p,
      range: { ...p.range },
      editors: [...p.editors],
      unprotected: p.unprotected.map((u) => ({ ...u })),
    }));
    copy.charts = this.charts.map((c) => ({ ...c, ranges: c.ranges.map((x) => ({ ...x })), options: { ...c.options } }));
    return copy;
  }
}

export class SpreadsheetModel implements FileContent {
  sheets: SheetModel[] = [];
  locale = 'en_US';
  /** The sheet a user (or getActiveSheet) sees; the first sheet when unset. */
  activeSheetId: number | null = null;
  namedRanges = new Map<string, RangeRef>();
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(
    public fileId: string,
    public timeZone: string,
  ) {}

  /** Adds a sheet (at `index`, 0-based, or last) of 1000×26, as Google does. */
  addSheet(name: string, index = this.sheets.length): SheetModel {
    const sheet = new SheetModel(this.nextSheetId, name);
    this.nextSheetId = this.nextSheetId === 0 ? 1000000001 : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === id);
  }

  /** Ids for protections and charts, unique in the spreadsheet. */
  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** Cells in all sheets' grids, for the 10,000,000-cell limit. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  clone(newFileId: string): SpreadsheetModel {
    const copy = new SpreadsheetModel(newFileId, this.timeZone);
    copy.locale = this.locale;
    for (const s of this.sheets) {
      const c = s.cloneInto(new SheetModel(s.sheetId, s.name));
      c.formUrl = null;
      copy.sheets.push(c);
    }
    copy.nextSheetId = this.nextSheetId;
    copy.nextObjectId = this.nextObjectId;
    copy.activeSheetId = this.activeSheetId;
    copy.namedRanges = new Map([...this.namedRanges].map(([k, r]) => [k, { ...r }]));
    return copy;
  }
}
