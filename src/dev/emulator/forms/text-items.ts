/** Free-text questions (TextItem, ParagraphTextItem) and layout items (SectionHeaderItem, PageBreakItem). */
import type { ApiSubset } from '../core/api-subset';
import type { FormCtx } from './context';
import { ItemBase, QuestionItemBase } from './item-base';
import { ItemResponse } from './item-response';
import type { ItemModel } from './model';

type TextMethods =
  | 'createResponse'
  | 'duplicate'
  | 'getHelpText'
  | 'getId'
  | 'getIndex'
  | 'getTitle'
  | 'getType'
  | 'isRequired'
  | 'setHelpText'
  | 'setRequired'
  | 'setTitle';

export class TextItem extends QuestionItemBase implements ApiSubset<GoogleAppsScript.Forms.TextItem, TextMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('TextItem', ctx, m);
  }

  createResponse(response: string): ItemResponse {
    return new ItemResponse(this._ctx, this._m, String(response));
  }

  duplicate(): TextItem {
    return new TextItem(this._ctx, this._duplicateModel());
  }
}

export class ParagraphTextItem extends QuestionItemBase implements ApiSubset<GoogleAppsScript.Forms.ParagraphTextItem, TextMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('ParagraphTextItem', ctx, m);
  }

  createResponse(response: string): ItemResponse {
    return new ItemResponse(this._ctx, this._m, String(response));
  }

  duplicate(): ParagraphTextItem {
    return new ParagraphTextItem(this._ctx, this._duplicateModel());
  }
}

type LayoutMethods = 'duplicate' | 'getHelpText' | 'getId' | 'getIndex' | 'getTitle' | 'getType' | 'setHelpText' | 'setTitle';

export class SectionHeaderItem extends ItemBase implements ApiSubset<GoogleAppsScript.Forms.SectionHeaderItem, LayoutMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('SectionHeaderItem', ctx, m);
  }

  duplicate(): SectionHeaderItem {
    return new SectionHeaderItem(this._ctx, this._duplicateModel());
  }
}

export class PageBreakItem extends ItemBase implements ApiSubset<GoogleAppsScript.Forms.PageBreakItem, LayoutMethods> {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('PageBreakItem', ctx, m);
  }

  duplicate(): PageBreakItem {
    return new PageBreakItem(this._ctx, this._duplicateModel());
  }
}
