/** Item: the generic view Form.getItems() returns; as*Item() casts it to its typed class. */
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { FormCtx } from './context';
import { ItemBase, type ItemMethods } from './item-base';
import type { ItemModel, ItemTypeName } from './model';
import { ScaleItem } from './scale-item';
import { CheckboxItem, ListItem, MultipleChoiceItem } from './choice-items';
import { PageBreakItem, ParagraphTextItem, SectionHeaderItem, TextItem } from './text-items';
import { GridItem } from './grid-item';

type ItemApi = ApiSubset<
  GoogleAppsScript.Forms.Item,
  | ItemMethods
  | 'asCheckboxItem'
  | 'asGridItem'
  | 'asListItem'
  | 'asMultipleChoiceItem'
  | 'asPageBreakItem'
  | 'asParagraphTextItem'
  | 'asScaleItem'
  | 'asSectionHeaderItem'
  | 'asTextItem'
>;

export class Item extends ItemBase implements ItemApi {
  constructor(ctx: FormCtx, m: ItemModel) {
    super('Item', ctx, m);
  }

  /** Observed message when casting an item to another type (quoted without a final period). */
  private _as(type: ItemTypeName): ItemModel {
    if (this._m.type !== type) throw new AppsScriptException(`Invalid conversion for item type: ${this._m.type}`);
    return this._m;
  }

  asScaleItem(): ScaleItem {
    return new ScaleItem(this._ctx, this._as('SCALE'));
  }

  asMultipleChoiceItem(): MultipleChoiceItem {
    return new MultipleChoiceItem(this._ctx, this._as('MULTIPLE_CHOICE'));
  }

  asListItem(): ListItem {
    return new ListItem(this._ctx, this._as('LIST'));
  }

  asCheckboxItem(): CheckboxItem {
    return new CheckboxItem(this._ctx, this._as('CHECKBOX'));
  }

  asTextItem(): TextItem {
    return new TextItem(this._ctx, this._as('TEXT'));
  }

  asParagraphTextItem(): ParagraphTextItem {
    return new ParagraphTextItem(this._ctx, this._as('PARAGRAPH_TEXT'));
  }

  asGridItem(): GridItem {
    return new GridItem(this._ctx, this._as('GRID'));
  }

  asSectionHeaderItem(): SectionHeaderItem {
    return new SectionHeaderItem(this._ctx, this._as('SECTION_HEADER'));
  }

  asPageBreakItem(): PageBreakItem {
    return new PageBreakItem(this._ctx, this._as('PAGE_BREAK'));
  }

  duplicate(): Item {
    return new Item(this._ctx, this._duplicateModel());
  }
}

/** The item model behind any item view passed back by user code (Item or a typed item). */
export function itemModelOf(item: unknown): ItemModel | undefined {
  return item instanceof ItemBase ? item._m : undefined;
}
