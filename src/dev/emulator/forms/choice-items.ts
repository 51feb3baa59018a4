/** Choice and the items built on a list of choices: MultipleChoiceItem, ListItem, CheckboxItem. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { invalidResponse, type FormCtx } from './context';
import { QuestionItemBase, type QuestionMethods } from './item-base';
import { ItemResponse } from './item-response';
import type { ItemModel } from './model';

type ChoiceApi = ApiSubset<GoogleAppsScript.Forms.Choice, 'getValue' | 'isCorrectAnswer'>;

export class Choice extends Emulated implements ChoiceApi {
  constructor(
    log: CallLog,
    readonly _value: string,
  ) {
    super('Choice', log);
  }

  getValue(): string {
    return this._value;
  }

  isCorrectAnswer(): boolean {
    return false;
  }
}

type CommonChoiceMethods = QuestionMethods | 'createChoice' | 'getChoices' | 'setChoiceValues' | 'setChoices';

abstract class ChoiceItemBase extends QuestionItemBase {
  getChoices(): Choice[] {
    return this._m.choices.map((v) => new Choice(this._ctx.world.log, v));
  }

  /** Navigation targets and correctness (quizzes) are not modelled. */
  createChoice(value: string, _extra?: unknown): Choice {
    return new Choice(this._ctx.world.log, String(value));
  }

  setChoiceValues(values: string[]): this {
    this._m.choices = values.map(String);
    this._ctx.touch();
    return this;
  }

  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    this._m.choices = choices.map((c) => (c as unknown as Choice)._value ?? c.getValue());
    this._ctx.touch();
    return this;
  }

  /** A value is accepted when it is one of the choices, or anything when "Other" is shown. */
  protected _check(value: string): string {
    const v = String(value);
    if (!this._m.choices.includes(v) && !this._m.otherOption) throw invalidResponse();
    return v;
  }
}

/** Items that can show an "Other" choice (not ListItem). */
abstract class OtherChoiceItemBase extends ChoiceItemBase {
  hasOtherOption(): boolean {
    return this._m.otherOption;
  }

  showOtherOption(enabled: boolean): this {
    this._m.otherOption = Boolean(enabled);
    this._ctx.touch();
    return this;
  }
}

type MultipleChoiceItemApi = ApiSubset<GoogleAppsScript.Forms.MultipleChoiceItem, CommonChoiceMethods | 'hasOtherOption' | 'showOtherOption'>;

export class MultipleChoiceItem extends OtherChoiceItemBase implements MultipleChoiceItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('MultipleChoiceItem', ctx, m);
  }

  createResponse(response: string): ItemResponse {
    return new ItemResponse(this._ctx, this._m, this._check(response));
  }

  duplicate(): MultipleChoiceItem {
    return new MultipleChoiceItem(this._ctx, this._duplicateModel());
  }
}

type ListItemApi = ApiSubset<GoogleAppsScript.Forms.ListItem, CommonChoiceMethods>;

export class ListItem extends ChoiceItemBase implements ListItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('ListItem', ctx, m);
  }

  createResponse(response: string): ItemResponse {
    return new ItemResponse(this._ctx, this._m, this._check(response));
  }

  duplicate(): ListItem {
    return new ListItem(this._ctx, this._duplicateModel());
  }
}

type CheckboxItemApi = ApiSubset<GoogleAppsScript.Forms.CheckboxItem, CommonChoiceMethods | 'hasOtherOption' | 'showOtherOption'>;

export class CheckboxItem extends OtherChoiceItemBase implements CheckboxItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('CheckboxItem', ctx, m);
  }

  createResponse(responses: string[]): ItemResponse {
    if (!Array.isArray(responses)) throw invalidResponse();
    return new ItemResponse(
      this._ctx,
      this._m,
      responses.map((r) => this._check(r)),
    );
  }

  duplicate(): CheckboxItem {
    return new CheckboxItem(this._ctx, this._duplicateModel());
  }
}
