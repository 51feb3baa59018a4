/** GridItem: one radio choice (a column) per row; the answer is a string per row, '' when a row is skipped. */
import type { ApiSubset } from '../core/api-subset';
import { invalidResponse, type FormCtx } from './context';
import { QuestionItemBase, type QuestionMethods } from './item-base';
import { ItemResponse } from './item-response';
import type { ItemModel } from './model';

type GridItemApi = ApiSubset<GoogleAppsScript.Forms.GridItem, QuestionMethods | 'getColumns' | 'getRows' | 'setColumns' | 'setRows'>;

export class GridItem extends QuestionItemBase implements GridItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('GridItem', ctx, m);
  }

  getRows(): string[] {
    return this._m.rows.slice();
  }

  getColumns(): string[] {
    return this._m.columns.slice();
  }

  setRows(rows: string[]): GridItem {
    this._m.rows = rows.map(String);
    this._ctx.touch();
    return this;
  }

  setColumns(columns: string[]): GridItem {
    this._m.columns = columns.map(String);
    this._ctx.touch();
    return this;
  }

  /** responses[n] answers row n; null or '' leaves that row unanswered. */
  createResponse(responses: string[]): ItemResponse {
    if (!Array.isArray(responses) || responses.length !== this._m.rows.length) throw invalidResponse();
    const answer = responses.map((r) => (r === null || r === undefined ? '' : String(r)));
    if (answer.some((a) => a !== '' && !this._m.columns.includes(a))) throw invalidResponse();
    return new ItemResponse(this._ctx, this._m, answer);
  }

  duplicate(): GridItem {
    return new GridItem(this._ctx, this._duplicateModel());
  }
}
