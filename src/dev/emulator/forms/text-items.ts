/** Free-text questions (TextItem, ParagraphTextItem) and layout items (SectionHeaderItem, PageBreakItem). */
import type { ApiSubset } from '../core/api-subset';
import type { FormCtx } from './context';
import { ItemBase, type ItemMethods, QuestionItemBase, type QuestionMethods } from './item-base';
import { ItemResponse } from './item-response';
import type { ItemModel } from './model';

/** TextItem and ParagraphTextItem: any string is an answer. */
abstract class FreeTextItemBase extends QuestionItemBase {
  createResponse(response: string): ItemResponse {
    return new ItemResponse(this._ctx, this._m, String(response));
  }
}

export class TextItem extends FreeTextItemBase implements ApiSubset<GoogleAppsScript.Forms.TextItem, QuestionMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('TextItem', ctx, m);
  }

  duplicate(): TextItem {
    return new TextItem(this._ctx, this._duplicateModel());
  }
}

export class ParagraphTextItem extends FreeTextItemBase implements ApiSubset<GoogleAppsScript.Forms.ParagraphTextItem, QuestionMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('ParagraphTextItem', ctx, m);
  }

  duplicate(): ParagraphTextItem {
    return new ParagraphTextItem(this._ctx, this._duplicateModel());
  }
}

export class SectionHeaderItem extends ItemBase implements ApiSubset<GoogleAppsScript.Forms.SectionHeaderItem, ItemMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('SectionHeaderItem', ctx, m);
  }

  duplicate(): SectionHeaderItem {
    return new SectionHeaderItem(this._ctx, this._duplicateModel());
  }
}

export class PageBreakItem extends ItemBase implements ApiSubset<GoogleAppsScript.Forms.PageBreakItem, ItemMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('PageBreakItem', ctx, m);
  }

  duplicate(): PageBreakItem {
    return new PageBreakItem(this._ctx, this._duplicateModel());
  }
}
