/** Members shared by every item class (Item, ScaleItem, TextItem…): identity, title, help text, required. */
import { Emulated } from '../core/emulated';
import type { FormCtx } from './context';
import type { ItemModel } from './model';

/** What every item class answers (duplicate() is each class's own, returning its type). */
export type ItemMethods = 'duplicate' | 'getHelpText' | 'getId' | 'getIndex' | 'getTitle' | 'getType' | 'setHelpText' | 'setTitle';
/** ...and every question item. */
export type QuestionMethods = ItemMethods | 'createResponse' | 'isRequired' | 'setRequired';

export abstract class ItemBase extends Emulated {
  constructor(
    className: string,
    readonly _ctx: FormCtx,
    readonly _m: ItemModel,
  ) {
    super(className, _ctx.world.log);
  }

  getId(): number {
    return this._m.id;
  }

  getIndex(): number {
    return this._ctx.model.items.indexOf(this._m);
  }

  getTitle(): string {
    return this._m.title;
  }

  getHelpText(): string {
    return this._m.helpText;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return this._m.type as unknown as GoogleAppsScript.Forms.ItemType;
  }

  setTitle(title: string): this {
    this._m.title = String(title);
    this._ctx.touch();
    return this;
  }

  setHelpText(text: string): this {
    this._m.helpText = String(text);
    this._ctx.touch();
    return this;
  }

  /** Copies the item to the end of the form, with new ids (duplicate()). */
  protected _duplicateModel(): ItemModel {
    const copy = this._ctx.newItem(this._m.type);
    Object.assign(copy, {
      ...this._m,
      id: copy.id,
      entryId: copy.entryId,
      choices: this._m.choices.slice(),
      rows: this._m.rows.slice(),
      columns: this._m.columns.slice(),
    });
    return copy;
  }
}

/** Question items also have a required flag. */
export abstract class QuestionItemBase extends ItemBase {
  isRequired(): boolean {
    return this._m.required;
  }

  setRequired(enabled: boolean): this {
    this._m.required = Boolean(enabled);
    this._ctx.touch();
    return this;
  }
}
