/** SpreadsheetApp.newDataValidation(): DataValidationBuilder and the DataValidation rules it builds. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { AppsScriptException } from '../core/errors';
import type { CellValue, ValidationSpec } from './model';
import { asEnum } from './enums';
import type { Range } from './range';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

type DataValidationApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
>;

export class DataValidation extends Emulated implements DataValidationApi {
  constructor(
    private readonly log: CallLog,
    readonly _spec: ValidationSpec,
  ) {
    super('DataValidation', log);
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.log, this._spec);
  }

  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return asEnum<Criteria>(this._spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    return this._spec.args.map((a) => (Array.isArray(a) ? [...a] : a instanceof Date ? new Date(a.getTime()) : a));
  }

  /** Google documents null when no help text is set. */
  getHelpText(): string {
    return this._spec.helpText as string;
  }
}

type BuilderApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
>;

export class DataValidationBuilder extends Emulated implements BuilderApi {
  private criteria: string | null = null;
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(
    private readonly log: CallLog,
    from?: ValidationSpec,
  ) {
    super('DataValidationBuilder', log);
    if (from) {
      this.criteria = from.criteria;
      this.args = [...from.args];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private set(criteria: string, args: unknown[]): DataValidationBuilder {
    this.criteria = criteria;
    this.args = args;
    return this;
  }

  build(): DataValidation {
    // Building with no criteria fails in Apps Script; the exact text is not in the reference (unverified).
    if (!this.criteria) throw new AppsScriptException('You must specify a criteria type for the data validation rule.');
    return new DataValidation(
      this.log,
      Object.freeze({ criteria: this.criteria, args: Object.freeze([...this.args]), allowInvalid: this.allowInvalid, helpText: this.helpText as string }),
    );
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this.log);
    b.criteria = this.criteria;
    b.args = [...this.args];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return asEnum<Criteria>(this.criteria as string);
  }

  getCriteriaValues(): unknown[] {
    return [...this.args];
  }

  getHelpText(): string {
    return this.helpText as string;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const args = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', args);
  }

  requireDate(): DataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this.set('DATE_AFTER', [new Date((date as Date).getTime())]);
  }

  requireDateBefore(date: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this.set('DATE_BEFORE', [new Date((date as Date).getTime())]);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) throw new AppsScriptException('Invalid argument: values');
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): DataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = helpText;
    return this;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function num(v: CellValue): number | null {
  return typeof v === 'number' ? v : null;
}

/** Whether `v` meets the rule (blank always does), for rejecting writes to strict cells. */
export function satisfies(spec: ValidationSpec, v: CellValue): boolean {
  if (v === '') return true;
  const a = spec.args;
  const n = num(v);
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return (a[0] as unknown[]).some((x) => String(x) === String(v));
    case 'VALUE_IN_RANGE':
      return (a[0] as Range)._flatValues().some((x) => x !== '' && String(x) === String(v));
    case 'CHECKBOX':
      return a.length === 0 ? typeof v === 'boolean' : a.some((x) => String(x) === String(v));
    case 'DATE_IS_VALID_DATE':
      return v instanceof Date;
    case 'DATE_AFTER':
      return v instanceof Date && v.getTime() > (a[0] as Date).getTime();
    case 'DATE_BEFORE':
      return v instanceof Date && v.getTime() < (a[0] as Date).getTime();
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(a[0] as number, a[1] as number) && n <= Math.max(a[0] as number, a[1] as number);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > (a[0] as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= (a[0] as number);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < (a[0] as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= (a[0] as number);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && EMAIL.test(v);
    case 'TEXT_IS_VALID_URL':
      return typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
    default:
      return true; // custom formulas are not evaluated
  }
}
