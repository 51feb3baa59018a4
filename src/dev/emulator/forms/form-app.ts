/** FormApp: creates and opens forms (Drive files holding a FormModel). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { MimeTypes } from '../core/drive-store';
import { invalidArgument } from '../core/errors';
import type { World } from '../core/world';
import { FormCtx } from './context';
import { FormModel } from './model';
import { Alignment, DestinationType, FeedbackType, ItemType, PageNavigationType } from './enums';
import { Form } from './form';
import { notFound } from './destination';
import { newPublishedId } from './ids';
import { parseFormUrl } from './urls';

/**
 * Forms created through the API from this moment start unpublished and must be published before
 * they accept responses. https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms:
 * "forms created by the API will be published by default through June 30, 2026. However, to align
 * with the product experience in the UI, forms created by the API after June 30, 2026 will be
 * created in an unpublished state. You must publish the forms before they can accept responses."
 * (The page said January 31, then March 31, 2026 before.) It names no time zone: the change is
 * taken at the start of July 1 in UTC+14, the earliest reading (June 30, 10:00 UTC).
 */
export const UNPUBLISHED_BY_DEFAULT_FROM = Date.UTC(2026, 5, 30, 10);

type FormAppApi = ApiSubset<GoogleAppsScript.Forms.FormApp, 'create' | 'getActiveForm' | 'openById' | 'openByUrl'>;

export class FormApp extends Emulated implements FormAppApi {
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly Alignment = Alignment;
  readonly PageNavigationType = PageNavigationType;
  readonly FeedbackType = FeedbackType;

  constructor(private readonly world: World) {
    super('FormApp', world.log);
  }

  create(title: string): Form {
    const w = this.world;
    const rec = w.drive.create(String(title), MimeTypes.FORM, w.execution.user);
    rec.content = new FormModel(rec.id, newPublishedId(w), String(title), w.clock.now() < UNPUBLISHED_BY_DEFAULT_FROM);
    return new Form(new FormCtx(w, rec, rec.content as FormModel));
  }

  openById(id: string): Form {
    return new Form(_formCtx(this.world, String(id)));
  }

  openByUrl(url: string): Form {
    const parsed = parseFormUrl(String(url));
    if (!parsed) throw invalidArgument('url');
    if (parsed.fileId) return this.openById(parsed.fileId);
    const ctx = _formByPublishedId(this.world, parsed.publishedId!);
    if (!ctx) throw notFound();
    return new Form(ctx);
  }

  /** "Returns the form to which the script is container-bound": emulated scripts are bound to a spreadsheet or standalone, so null. */
  getActiveForm(): Form {
    return null as unknown as Form;
  }
}

export function _formCtx(world: World, id: string): FormCtx {
  const rec = world.drive.get(id);
  if (!rec || rec.trashed || !(rec.content instanceof FormModel)) throw notFound();
  return new FormCtx(world, rec, rec.content);
}

export function _formByPublishedId(world: World, publishedId: string): FormCtx | null {
  for (const rec of world.drive.files.values()) {
    if (rec.content instanceof FormModel && rec.content.publishedId === publishedId && !rec.trashed) return new FormCtx(world, rec, rec.content);
  }
  return null;
}
