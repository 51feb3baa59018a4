/** Sheet: a view over one SheetModel (ranges, structure, freezing, hiding, protection, rules, charts). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { ConditionalFormatSpec, RangeRef, SheetModel } from './model';
import type { SheetsContext } from './context';
import { parseA1 } from './a1';
import { displayValue } from './number-format';
import { Range } from './range';
import { Protection, newProtection } from './protection';
import { ConditionalFormatRule } from './conditional-format';
import { EmbeddedChart, EmbeddedChartBuilder } from './chart';
import { Spreadsheet } from './spreadsheet';

type SheetApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFormUrl'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
  | 'updateChart'
>;

/** Default column width in pixels, as Sheets creates columns. */
const DEFAULT_WIDTH = 100;

function checkInteger(v: unknown, name: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new AppsScriptException(`Invalid argument: ${name}`);
}

export class Sheet extends Emulated implements SheetApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly _model: SheetModel,
  ) {
    super('Sheet', ctx.world.log);
  }

  /** A range by coordinates, with Google's checks and messages. */
  static _range(ctx: SheetsContext, s: SheetModel, row: number, column: number, numRows = 1, numColumns = 1): Range {
    checkInteger(row, 'row');
    checkInteger(column, 'column');
    checkInteger(numRows, 'numRows');
    checkInteger(numColumns, 'numColumns');
    if (row < 1) throw new AppsScriptException('The starting row of the range is too small.');
    if (column < 1) throw new AppsScriptException('The starting column of the range is too small.');
    if (numRows < 1) throw new AppsScriptException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new AppsScriptException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > s.maxRows || column + numColumns - 1 > s.maxColumns) {
      throw new AppsScriptException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(ctx, s, Math.floor(row), Math.floor(column), Math.floor(numRows), Math.floor(numColumns));
  }

  /** A range from A1 notation; a sheet name in it wins over `s`. Unknown sheets and bad notation: "Range not found". */
  static _a1(ctx: SheetsContext, s: SheetModel | null, a1: string): Range {
    const ref = typeof a1 === 'string' ? parseA1(a1) : null;
    const sheet = ref?.sheetName != null ? ctx.model.sheetByName(ref.sheetName) : s;
    if (!ref || !sheet) throw new AppsScriptException('Range not found');
    const row = ref.row ?? 1;
    const column = ref.column ?? 1;
    const lastRow = ref.lastRow ?? sheet.maxRows;
    const lastColumn = ref.lastColumn ?? sheet.maxColumns;
    // Observed: A1 references past the grid are not found (the reference does not say).
    if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns || row > lastRow) throw new AppsScriptException('Range not found');
    return new Range(ctx, sheet, row, column, lastRow - row + 1, lastColumn - column + 1);
  }

  static _fromRef(ctx: SheetsContext, ref: RangeRef): Range {
    const s = ctx.model.sheetById(ref.sheetId);
    if (!s) throw new AppsScriptException('Range not found');
    return new Range(ctx, s, ref.row, ref.column, ref.numRows, ref.numColumns);
  }

  // ---- identity -----------------------------------------------------------------

  activate(): Sheet {
    this.ctx.model.activeSheetId = this._model.sheetId;
    if (this._model.hidden) this._model.hidden = false;
    return this;
  }

  getName(): string {
    return this._model.name;
  }

  getSheetName(): string {
    return this._model.name;
  }

  setName(name: string): Sheet {
    if (name === this._model.name) return this;
    Spreadsheet._checkNewName(this.ctx, name);
    this._model.name = name;
    return this;
  }

  getSheetId(): number {
    return this._model.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.ctx.model.sheets.indexOf(this._model) + 1;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }

  getFormUrl(): string | null {
    return this._model.formUrl;
  }

  getTabColor(): string | null {
    return this._model.tabColor;
  }

  setTabColor(color: string | null): Sheet {
    this._model.tabColor = color;
    return this;
  }

  // ---- ranges and values -----------------------------------------------------------

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string' && column === undefined) return Sheet._a1(this.ctx, this._model, a);
    return Sheet._range(this.ctx, this._model, a as number, column as number, numRows, numColumns);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    return new Range(this.ctx, this._model, 1, 1, Math.max(1, this._model.lastRow()), Math.max(1, this._model.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return Sheet._range(
      this.ctx,
      this._model,
      startRow,
      startColumn,
      numRows === -1 ? this._model.lastRow() - startRow + 1 : numRows,
      numColumns === -1 ? this._model.lastColumn() - startColumn + 1 : numColumns,
    ).getValues();
  }

  getLastRow(): number {
    return this._model.lastRow();
  }

  getLastColumn(): number {
    return this._model.lastColumn();
  }

  getMaxRows(): number {
    return this._model.maxRows;
  }

  getMaxColumns(): number {
    return this._model.maxColumns;
  }

  /** Values are read as typed input (formulas, numbers…); the sheet grows by a row or columns when full. */
  appendRow(rowContents: unknown[]): Sheet {
    const s = this._model;
    const r = s.lastRow();
    // Checked before the sheet grows: a refused row leaves the sheet as it was.
    for (const v of rowContents) this.ctx.checkCellText(v);
    this.ctx.checkCanEdit(s, { row: r + 1, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) });
    const addRows = r + 1 > s.maxRows ? 1 : 0;
    const addCols = Math.max(0, rowContents.length - s.maxColumns);
    this.ctx.checkCellLimit(addRows * s.maxColumns + addCols * (s.maxRows + addRows));
    s.maxRows += addRows;
    s.maxColumns += addCols;
    if (rowContents.length > 0) new Range(this.ctx, s, r + 1, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  // ---- structure -------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertRowsAt(afterPosition, howMany);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAt(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsAt(beforePosition - 1, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRowsAt(beforePosition - 1, howMany);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt(rowIndex - 1, numRows);
  }

  private insertRowsAt(at: number, n: number): Sheet {
    const s = this._model;
    if (at < 0 || at > s.maxRows) throw new AppsScriptException('Those rows are out of bounds.');
    this.ctx.checkCanInsert(s, 'row', at);
    this.ctx.checkCellLimit(n * s.maxColumns);
    s.insertRows(at, n);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertColumnsAt(afterPosition, howMany);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAt(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsAt(beforePosition - 1, 1);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertColumnsAt(beforePosition - 1, howMany);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsAt(columnIndex - 1, numColumns);
  }

  private insertColumnsAt(at: number, n: number): Sheet {
    const s = this._model;
    if (at < 0 || at > s.maxColumns) throw new AppsScriptException('Those columns are out of bounds.');
    this.ctx.checkCanInsert(s, 'column', at);
    this.ctx.checkCellLimit(n * s.maxRows);
    s.insertColumns(at, n);
    return this;
  }

  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): Sheet {
    const s = this._model;
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > s.maxRows) throw new AppsScriptException('Those rows are out of bounds.');
    if (s.maxRows - howMany <= s.frozenRows) throw new AppsScriptException('Sorry, it is not possible to delete all non-frozen rows.');
    this.ctx.checkCanEdit(s, { row: rowPosition, column: 1, numRows: howMany, numColumns: s.maxColumns });
    s.deleteRows(rowPosition - 1, howMany);
    this.ctx.touch();
    return this;
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._model;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > s.maxColumns) throw new AppsScriptException('Those columns are out of bounds.');
    if (s.maxColumns - howMany <= s.frozenColumns) throw new AppsScriptException('Sorry, it is not possible to delete all non-frozen columns.');
    this.ctx.checkCanEdit(s, { row: 1, column: columnPosition, numRows: s.maxRows, numColumns: howMany });
    s.deleteColumns(columnPosition - 1, howMany);
    this.ctx.touch();
  }

  setFrozenRows(rows: number): void {
    this._model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._model.frozenColumns;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._model.hiddenColumns.add(c - 1);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._model.hiddenColumns.delete(c - 1);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._model.hiddenColumns.has(columnPosition - 1);
  }

  hideSheet(): Sheet {
    const visible = this.ctx.model.sheets.filter((s) => !s.hidden && s !== this._model);
    if (visible.length === 0) throw new AppsScriptException("You can't hide all the sheets in a document.");
    this._model.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this._model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._model.hidden;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._model.columnWidths.set(columnPosition - 1, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this._model.columnWidths.get(columnPosition - 1) ?? DEFAULT_WIDTH;
  }

  /** Fits widths to the longest displayed text (about 7 px a character plus padding; Sheets measures fonts). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const s = this._model;
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < s.values.length; r++) {
        const v = s.get(r, c);
        if (v === '') continue;
        const text = displayValue(v, s.numberFormats.get(r, c), this.ctx.loc, this.ctx.tz);
        if (text.length > longest) longest = text.length;
      }
      s.columnWidths.set(c, longest === 0 ? DEFAULT_WIDTH : Math.max(21, longest * 7 + 10));
    }
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const s = this._model;
    const r = new Range(this.ctx, s, 1, 1, s.maxRows, s.maxColumns);
    r.clear(options);
    return this;
  }

  clearContents(): Sheet {
    const s = this._model;
    this.ctx.checkCanEditSheet(s);
    s.values = [];
    s.formulas.clear(0, 0, s.maxRows, s.maxColumns);
    this.ctx.touch();
    return this;
  }

  clearFormats(): Sheet {
    const s = this._model;
    new Range(this.ctx, s, 1, 1, s.maxRows, s.maxColumns).clearFormat();
    return this;
  }

  // ---- protection --------------------------------------------------------------------

  protect(): Protection {
    const s = this._model;
    return newProtection(this.ctx, s, 'SHEET', 1, 1, s.maxRows, s.maxColumns);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    return this._model.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this.ctx, this._model, p));
  }

  // ---- conditional formats -------------------------------------------------------------

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.ctx.checkCanEditSheet(this._model);
    this._model.conditionalRules = (rules as unknown as ConditionalFormatRule[]).map((rule): ConditionalFormatSpec => {
      const d = rule._data;
      return {
        criteria: d.criteria as string,
        args: [...d.args],
        background: d.background,
        fontColor: d.fontColor,
        bold: d.bold,
        italic: d.italic,
        ranges: d.ranges.map((r) => r._ref()),
      };
    });
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._model.conditionalRules.map(
      (spec) =>
        new ConditionalFormatRule(this.ctx.world.log, { ...spec, args: [...spec.args], ranges: spec.ranges.map((ref) => Sheet._fromRef(this.ctx, ref)) }),
    );
  }

  // ---- charts ------------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, [], {
      chartId: 0,
      type: 'COLUMN',
      ranges: [],
      anchorRow: 1,
      anchorColumn: 1,
      offsetX: 0,
      offsetY: 0,
      options: {},
    });
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = chart as unknown as EmbeddedChart;
    c._spec.chartId = this.ctx.model.newObjectId();
    this._model.charts.push(c._spec);
  }

  getCharts(): EmbeddedChart[] {
    return this._model.charts.map(
      (spec) =>
        new EmbeddedChart(
          this.ctx,
          spec.ranges.map((ref) => Sheet._fromRef(this.ctx, ref)),
          spec,
        ),
    );
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = (chart as unknown as EmbeddedChart)._spec.chartId;
    this._model.charts = this._model.charts.filter((c) => c.chartId !== id);
  }

  /** Replaces the inserted chart that `chart` was modified from (same chart id). */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = (chart as unknown as EmbeddedChart)._spec;
    const i = this._model.charts.findIndex((c) => c.chartId === spec.chartId);
    if (i < 0) throw new AppsScriptException('Chart not found'); // text unverified
    this._model.charts[i] = spec;
  }
}
