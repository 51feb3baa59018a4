/** ItemResponse: one answer, either drafted by Item.createResponse or read from a submitted FormResponse. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { FormCtx } from './context';
import { type Answer, type ItemModel, cloneAnswer } from './model';
import { Item } from './item';

type ItemResponseApi = ApiSubset<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'>;

export class ItemResponse extends Emulated implements ItemResponseApi {
  constructor(
    readonly _ctx: FormCtx,
    readonly _item: ItemModel,
    readonly _answer: Answer,
  ) {
    super('ItemResponse', _ctx.world.log);
  }

  getItem(): Item {
    return new Item(this._ctx, this._item);
  }

  /** Scale answers come back as strings ("4"); checkbox and grid answers as string arrays (a fresh copy). */
  getResponse(): string[] | string {
    return cloneAnswer(this._answer);
  }
}
