/** SpreadsheetApp.newConditionalFormatRule(): the builder, the rules, and their BooleanCondition. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { AppsScriptException } from '../core/errors';
import { asEnum } from './enums';
import type { Range } from './range';

type BooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

/** A rule's content, with its ranges as live Range views. */
export interface RuleData {
  criteria: string | null;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: Range[];
}

function copyData(d: RuleData): RuleData {
  return { ...d, args: [...d.args], ranges: [...d.ranges] };
}

type ConditionApi = ApiSubset<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaType' | 'getCriteriaValues' | 'getBold' | 'getItalic'>;

export class BooleanCondition extends Emulated implements ConditionApi {
  constructor(
    log: CallLog,
    private readonly data: RuleData,
  ) {
    super('BooleanCondition', log);
  }

  getCriteriaType(): BooleanCriteria {
    return asEnum<BooleanCriteria>(this.data.criteria as string);
  }

  getCriteriaValues(): unknown[] {
    return [...this.data.args];
  }

  getBold(): boolean {
    return this.data.bold as boolean;
  }

  getItalic(): boolean {
    return this.data.italic as boolean;
  }
}

type RuleApi = ApiSubset<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getRanges'>;

export class ConditionalFormatRule extends Emulated implements RuleApi {
  constructor(
    private readonly log: CallLog,
    readonly _data: RuleData,
  ) {
    super('ConditionalFormatRule', log);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.log, copyData(this._data));
  }

  getBooleanCondition(): BooleanCondition | null {
    return this._data.criteria ? new BooleanCondition(this.log, this._data) : null;
  }

  getRanges(): Range[] {
    return [...this._data.ranges];
  }
}

type BuilderApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenTextContains'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
>;

export class ConditionalFormatRuleBuilder extends Emulated implements BuilderApi {
  private readonly data: RuleData;

  constructor(
    private readonly log: CallLog,
    data?: RuleData,
  ) {
    super('ConditionalFormatRuleBuilder', log);
    this.data = data ?? { criteria: null, args: [], background: null, fontColor: null, bold: null, italic: null, ranges: [] };
  }

  private when(criteria: string, args: unknown[]): ConditionalFormatRuleBuilder {
    this.data.criteria = criteria;
    this.data.args = args;
    return this;
  }

  build(): ConditionalFormatRule {
    // A rule needs a condition and a format; the exact texts are not in the reference (unverified).
    if (!this.data.criteria) throw new AppsScriptException('Conditional format rule must have a condition.');
    if (this.data.background === null && this.data.fontColor === null && this.data.bold === null && this.data.italic === null) {
      throw new AppsScriptException('Conditional format rule must have at least one format.');
    }
    return new ConditionalFormatRule(this.log, copyData(this.data));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.log, copyData(this.data));
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.log, copyData(this.data)) : null;
  }

  getRanges(): Range[] {
    return [...this.data.ranges];
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.data.background = color;
    return this;
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.data.bold = bold;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.data.fontColor = color;
    return this;
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this.data.italic = italic;
    return this;
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): ConditionalFormatRuleBuilder {
    this.data.ranges = [...(ranges as unknown as Range[])];
    return this;
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
}
