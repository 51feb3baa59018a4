/** What every Form, Item and Response view shares: the world, the form's Drive record and its model. */
import type { DriveRecord } from '../core/drive-store';
import type { World } from '../core/world';
import { AppsScriptException } from '../core/errors';
import type { FormModel, ItemModel, ItemTypeName } from './model';
import { newItemNumber } from './ids';

export class FormCtx {
  constructor(
    readonly world: World,
    readonly record: DriveRecord,
    readonly model: FormModel,
  ) {}

  touch(): void {
    this.world.drive.touch(this.record);
  }

  newItem(type: ItemTypeName): ItemModel {
    const m: ItemModel = {
      id: newItemNumber(this.world),
      entryId: newItemNumber(this.world),
      type,
      title: '',
      helpText: '',
      required: false,
      // addScaleItem() starts as a 1–5 scale in Google Forms.
      lowerBound: 1,
      upperBound: 5,
      leftLabel: '',
      rightLabel: '',
      choices: [],
      otherOption: false,
      rows: [],
      columns: [],
    };
    this.model.items.push(m);
    this.touch();
    return m;
  }
}

/**
 * Google's generic refusal of a form change it considers invalid (observed for bad scale bounds,
 * zero points, dangling page navigation…); the reference does not document per-case messages.
 */
export function invalidFormData(): AppsScriptException {
  return new AppsScriptException('Invalid data updating form.');
}

/** Observed text when a createResponse value is not one the item accepts (reference only says "throws"). */
export function invalidResponse(): AppsScriptException {
  return new AppsScriptException('Invalid response submitted to item.');
}
