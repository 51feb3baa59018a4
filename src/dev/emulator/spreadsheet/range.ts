/** Range: a view over a block of cells of one sheet (values, formulas, formats, validation, styles, notes). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { CellValue, RangeRef, SheetModel, StyleKey, ValidationSpec } from './model';
import type { SheetsContext } from './context';
import { formatA1 } from './a1';
import { isPlainWord, storedValue } from './input';
import { displayValue } from './number-format';
import { DataValidation, satisfies } from './data-validation';
import { type Protection, newProtection } from './protection';
import { Sheet } from './sheet';

type RangeApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.Range,
  | 'activate'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'getWrap'
  | 'isBlank'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
  | 'setWrapStrategy'
>;

const STYLE_DEFAULTS: Record<StyleKey, string> = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontStyle: 'normal',
  horizontalAlignment: 'general',
  wrap: 'OVERFLOW',
};

export class Range extends Emulated implements RangeApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly _sheet: SheetModel,
    private readonly row: number,
    private readonly col: number,
    private readonly nr: number,
    private readonly nc: number,
  ) {
    super('Range', ctx.world.log);
  }

  _ref(): RangeRef {
    return { sheetId: this._sheet.sheetId, row: this.row, column: this.col, numRows: this.nr, numColumns: this.nc };
  }

  /** Every value of the range, row by row (for list validations over a range). */
  _flatValues(): CellValue[] {
    return this.readGrid((r, c) => this._sheet.get(r, c)).flat();
  }

  private readGrid<T>(cell: (r: number, c: number) => T): T[][] {
    const { row, col, nr, nc } = this;
    const out: T[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const line: T[] = new Array(nc);
      for (let j = 0; j < nc; j++) line[j] = cell(row - 1 + i, col - 1 + j);
      out[i] = line;
    }
    return out;
  }

  private eachCell(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { row, col, nr, nc } = this;
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) fn(row - 1 + i, col - 1 + j, i, j);
  }

  /** Google's check that a 2-D argument matches the range's height and width. */
  private checkShape(data: unknown, what = 'data'): unknown[][] {
    if (!Array.isArray(data)) {
      const t = data === null ? 'null' : typeof data;
      throw new AppsScriptException(`The parameters (${t[0].toUpperCase()}${t.slice(1)}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    }
    if (data.length !== this.nr) {
      throw new AppsScriptException(
        `The number of rows in the ${what} does not match the number of rows in the range. The data has ${data.length} but the range has ${this.nr}.`,
      );
    }
    for (const line of data) {
      const len = Array.isArray(line) ? line.length : 0;
      if (len !== this.nc) {
        throw new AppsScriptException(
          `The number of columns in the ${what} does not match the number of columns in the range. The data has ${len} but the range has ${this.nc}.`,
        );
      }
    }
    return data as unknown[][];
  }

  /** Refuses the write when a protection forbids it to the running user (nothing is changed). */
  private guard(): void {
    this.ctx.checkCanEdit(this._sheet, { row: this.row, column: this.col, numRows: this.nr, numColumns: this.nc });
  }

  private a1(r: number, c: number): string {
    return formatA1(r + 1, c + 1, 1, 1);
  }

  /** Converts and validates every input first, so a refused write changes nothing (as in Google). */
  private write(data: unknown[][]): void {
    this.guard();
    const { _sheet: s, row, col, nr, nc } = this;
    const ctx = this.ctx;
    const loc = this.ctx.loc;
    const tz = this.ctx.tz;
    const hasFormats = !s.numberFormats.isEmpty();
    const hasRules = !s.validations.isEmpty();
    // Pass 1 converts and checks everything (a refused write must change nothing); only cells
    // that turn into formulas or get an automatic format allocate anything beyond the row arrays.
    const converted: CellValue[][] = new Array(nr);
    const extras: { i: number; j: number; formula?: string; autoFormat?: string }[] = [];
    for (let i = 0; i < nr; i++) {
      const line = data[i];
      const out: CellValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const v = line[j];
        ctx.checkCellText(v);
        const plain = hasFormats && s.numberFormats.get(row - 1 + i, col - 1 + j) === '@';
        let value: CellValue;
        let formula: string | undefined;
        if (typeof v === 'number' && Number.isFinite(v)) value = v;
        else if (typeof v === 'string' && (plain || isPlainWord(v))) value = v;
        else if (v instanceof Date) value = new Date(v.getTime());
        else if (typeof v === 'boolean') value = v;
        else {
          const st = storedValue(v, plain, loc, tz);
          value = st.value;
          formula = st.formula;
          if (formula || st.autoFormat) extras.push({ i, j, formula, autoFormat: st.autoFormat });
        }
        if (hasRules && formula === undefined) {
          const rule = s.validations.get(row - 1 + i, col - 1 + j);
          if (rule && !rule.allowInvalid && !satisfies(rule, value)) {
            throw new AppsScriptException(
              `The data you entered in cell ${this.a1(row - 1 + i, col - 1 + j)} violates the data validation rules set on this cell.`,
            );
          }
        }
        out[j] = value;
      }
      converted[i] = out;
    }
    if (!s.formulas.isEmpty()) s.formulas.clear(row - 1, col - 1, nr, nc);
    const end = col - 1 + nc;
    for (let i = 0; i < nr; i++) {
      const r = row - 1 + i;
      const src = converted[i];
      const target = s.values[r];
      if (!target && col === 1) {
        s.values[r] = src;
        continue;
      }
      const t = target ?? (s.values[r] = []);
      while (t.length < end) t.push('');
      for (let j = 0; j < nc; j++) t[col - 1 + j] = src[j];
    }
    for (const x of extras) {
      const r = row - 1 + x.i;
      const c = col - 1 + x.j;
      if (x.formula) s.formulas.set(r, c, x.formula);
      if (x.autoFormat && s.numberFormats.get(r, c) === undefined) s.numberFormats.set(r, c, x.autoFormat);
    }
    this.ctx.touch();
  }

  private setStyle(key: StyleKey, value: string | null): Range {
    this.guard();
    const g = this._sheet.style(key);
    this.eachCell((r, c) => g.set(r, c, value === null ? undefined : value));
    return this;
  }

  private setStyles(key: StyleKey, values: (string | null)[][]): Range {
    const data = this.checkShape(values);
    this.guard();
    const g = this._sheet.style(key);
    this.eachCell((r, c, i, j) => {
      const v = data[i][j] as string | null;
      g.set(r, c, v === null || v === undefined ? undefined : v);
    });
    return this;
  }

  private getStyles(key: StyleKey): string[][] {
    const g = this._sheet.styles.get(key);
    return this.readGrid((r, c) => g?.get(r, c) ?? STYLE_DEFAULTS[key]);
  }

  // ---- geometry ---------------------------------------------------------------

  activate(): Range {
    this.ctx.model.activeSheetId = this._sheet.sheetId;
    return this;
  }

  getA1Notation(): string {
    return formatA1(this.row, this.col, this.nr, this.nc);
  }

  /** Relative to this range, 1-based; Google refuses cells outside it. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.nr || column > this.nc) throw new AppsScriptException('Cell reference out of range');
    return new Range(this.ctx, this._sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }

  getColumn(): number {
    return this.col;
  }

  getGridId(): number {
    return this._sheet.sheetId;
  }

  getHeight(): number {
    return this.nr;
  }

  getLastColumn(): number {
    return this.col + this.nc - 1;
  }

  getLastRow(): number {
    return this.row + this.nr - 1;
  }

  getNumColumns(): number {
    return this.nc;
  }

  getNumRows(): number {
    return this.nr;
  }

  getRow(): number {
    return this.row;
  }

  getSheet(): Sheet {
    return new Sheet(this.ctx, this._sheet);
  }

  getWidth(): number {
    return this.nc;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return Sheet._range(this.ctx, this._sheet, this.row + rowOffset, this.col + columnOffset, numRows ?? this.nr, numColumns ?? this.nc);
  }

  // ---- values -----------------------------------------------------------------

  /** Fresh arrays and fresh Date objects: mutating them never changes the sheet. */
  getValues(): CellValue[][] {
    // Locals, not `this.x`: every property read on `this` goes through the counting proxy.
    const { _sheet: s, row, col, nr, nc } = this;
    const out: CellValue[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const src = s.values[row - 1 + i];
      const line: CellValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const v = src ? src[col - 1 + j] : undefined;
        line[j] = v === undefined ? '' : typeof v === 'object' ? new Date(v.getTime()) : v;
      }
      out[i] = line;
    }
    return out;
  }

  getValue(): CellValue {
    const v = this._sheet.get(this.row - 1, this.col - 1);
    return v instanceof Date ? new Date(v.getTime()) : v;
  }

  setValues(values: unknown[][]): Range {
    this.write(this.checkShape(values));
    return this;
  }

  setValue(value: unknown): Range {
    const line = new Array(this.nc).fill(value);
    this.write(Array.from({ length: this.nr }, () => line));
    return this;
  }

  getDisplayValues(): string[][] {
    const s = this._sheet;
    const loc = this.ctx.loc;
    const tz = this.ctx.tz;
    return this.readGrid((r, c) => displayValue(s.get(r, c), s.numberFormats.get(r, c), loc, tz));
  }

  getDisplayValue(): string {
    const s = this._sheet;
    return displayValue(s.get(this.row - 1, this.col - 1), s.numberFormats.get(this.row - 1, this.col - 1), this.ctx.loc, this.ctx.tz);
  }

  isBlank(): boolean {
    const s = this._sheet;
    let blank = true;
    this.eachCell((r, c) => {
      if (blank && (s.get(r, c) !== '' || s.formulas.get(r, c) !== undefined)) blank = false;
    });
    return blank;
  }

  getFormulas(): string[][] {
    return this.readGrid((r, c) => this._sheet.formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    return this._sheet.formulas.get(this.row - 1, this.col - 1) ?? '';
  }

  setFormula(formula: string): Range {
    return this.setValue(formula);
  }

  setFormulas(formulas: string[][]): Range {
    this.write(this.checkShape(formulas));
    return this;
  }

  clearContent(): Range {
    this.guard();
    const s = this._sheet;
    this.eachCell((r, c) => {
      if (s.values[r] && s.values[r].length > c) s.values[r][c] = '';
    });
    s.formulas.clear(this.row - 1, this.col - 1, this.nr, this.nc);
    this.ctx.touch();
    return this;
  }

  clearFormat(): Range {
    this.guard();
    const s = this._sheet;
    const [r0, c0] = [this.row - 1, this.col - 1];
    s.numberFormats.clear(r0, c0, this.nr, this.nc);
    for (const g of s.styles.values()) g.clear(r0, c0, this.nr, this.nc);
    return this;
  }

  clearDataValidations(): Range {
    this.guard();
    this._sheet.validations.clear(this.row - 1, this.col - 1, this.nr, this.nc);
    return this;
  }

  clearNote(): Range {
    this.guard();
    this._sheet.notes.clear(this.row - 1, this.col - 1, this.nr, this.nc);
    return this;
  }

  /** clear() empties contents and formats; options pick what to clear (contentsOnly, formatOnly, validationsOnly, commentsOnly). */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }

  // ---- number formats -----------------------------------------------------------

  setNumberFormat(numberFormat: string): Range {
    this.guard();
    const g = this._sheet.numberFormats;
    this.eachCell((r, c) => g.set(r, c, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): Range {
    const data = this.checkShape(numberFormats);
    this.guard();
    const g = this._sheet.numberFormats;
    this.eachCell((r, c, i, j) => g.set(r, c, data[i][j] as string));
    return this;
  }

  /** 'General' for a cell with no explicit format (unverified against a live sheet). */
  getNumberFormat(): string {
    return this._sheet.numberFormats.get(this.row - 1, this.col - 1) ?? 'General';
  }

  getNumberFormats(): string[][] {
    return this.readGrid((r, c) => this._sheet.numberFormats.get(r, c) ?? 'General');
  }

  // ---- data validation ------------------------------------------------------------

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const spec = rule ? (rule as unknown as DataValidation)._spec : undefined;
    this.guard();
    const g = this._sheet.validations;
    this.eachCell((r, c) => g.set(r, c, spec));
    return this;
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    const data = this.checkShape(rules) as (DataValidation | null)[][];
    this.guard();
    const g = this._sheet.validations;
    this.eachCell((r, c, i, j) => g.set(r, c, data[i][j] ? data[i][j]!._spec : undefined));
    return this;
  }

  getDataValidation(): DataValidation | null {
    const spec = this._sheet.validations.get(this.row - 1, this.col - 1);
    return spec ? new DataValidation(this.ctx.world.log, spec) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    const log = this.ctx.world.log;
    return this.readGrid((r, c) => {
      const spec: ValidationSpec | undefined = this._sheet.validations.get(r, c);
      return spec ? new DataValidation(log, spec) : null;
    });
  }

  // ---- styles and notes -------------------------------------------------------------

  setBackground(color: string | null): Range {
    return this.setStyle('background', color);
  }

  setBackgrounds(color: (string | null)[][]): Range {
    return this.setStyles('background', color);
  }

  getBackground(): string {
    return this.getStyles('background')[0][0];
  }

  getBackgrounds(): string[][] {
    return this.getStyles('background');
  }

  setFontWeight(fontWeight: string | null): Range {
    return this.setStyle('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this.setStyles('fontWeight', fontWeights);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getStyles('fontWeight')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getStyles('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  setFontColor(color: string | null): Range {
    return this.setStyle('fontColor', color);
  }

  getFontColor(): string {
    return this.getStyles('fontColor')[0][0];
  }

  setFontStyle(fontStyle: string | null): Range {
    return this.setStyle('fontStyle', fontStyle);
  }

  setHorizontalAlignment(alignment: string | null): Range {
    return this.setStyle('horizontalAlignment', alignment);
  }

  getHorizontalAlignment(): string {
    return this.getStyles('horizontalAlignment')[0][0];
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setStyle('wrap', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return this.setStyle('wrap', String(strategy));
  }

  getWrap(): boolean {
    return this.getStyles('wrap')[0][0] === 'WRAP';
  }

  setNote(note: string | null): Range {
    this.guard();
    const g = this._sheet.notes;
    this.eachCell((r, c) => g.set(r, c, note === null || note === '' ? undefined : String(note)));
    return this;
  }

  setNotes(notes: (string | null)[][]): Range {
    const data = this.checkShape(notes);
    this.guard();
    const g = this._sheet.notes;
    this.eachCell((r, c, i, j) => {
      const n = data[i][j];
      g.set(r, c, n === null || n === undefined || n === '' ? undefined : String(n));
    });
    return this;
  }

  getNote(): string {
    return this._sheet.notes.get(this.row - 1, this.col - 1) ?? '';
  }

  getNotes(): string[][] {
    return this.readGrid((r, c) => this._sheet.notes.get(r, c) ?? '');
  }

  // ---- protection ---------------------------------------------------------------------

  protect(): Protection {
    return newProtection(this.ctx, this._sheet, 'RANGE', this.row, this.col, this.nr, this.nc);
  }
}
