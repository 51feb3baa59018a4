/** ScaleItem: a numbered row of radio buttons (a linear scale, e.g. 1–5 or 0–10). */
import type { ApiSubset } from '../core/api-subset';
import { invalidFormData, invalidResponse, type FormCtx } from './context';
import { QuestionItemBase, type QuestionMethods } from './item-base';
import { ItemResponse } from './item-response';
import type { ItemModel } from './model';

type ScaleItemApi = ApiSubset<
  GoogleAppsScript.Forms.ScaleItem,
  QuestionMethods | 'getLeftLabel' | 'getLowerBound' | 'getRightLabel' | 'getUpperBound' | 'setBounds' | 'setLabels'
>;

export class ScaleItem extends QuestionItemBase implements ScaleItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('ScaleItem', ctx, m);
  }

  getLowerBound(): number {
    return this._m.lowerBound;
  }

  getUpperBound(): number {
    return this._m.upperBound;
  }

  getLeftLabel(): string {
    return this._m.leftLabel;
  }

  getRightLabel(): string {
    return this._m.rightLabel;
  }

  /** The reference: lower bound 0 or 1, upper bound between 3 and 10 inclusive. */
  setBounds(lower: number, upper: number): ScaleItem {
    if ((lower !== 0 && lower !== 1) || !Number.isInteger(upper) || upper < 3 || upper > 10) throw invalidFormData();
    this._m.lowerBound = lower;
    this._m.upperBound = upper;
    this._ctx.touch();
    return this;
  }

  setLabels(lower: string, upper: string): ScaleItem {
    this._m.leftLabel = String(lower);
    this._m.rightLabel = String(upper);
    this._ctx.touch();
    return this;
  }

  /** Throws when the value is outside the item's bounds (reference); the answer is kept as a string. */
  createResponse(response: number): ItemResponse {
    if (!Number.isInteger(response) || response < this._m.lowerBound || response > this._m.upperBound) throw invalidResponse();
    return new ItemResponse(this._ctx, this._m, String(response));
  }

  duplicate(): ScaleItem {
    return new ScaleItem(this._ctx, this._duplicateModel());
  }
}
