/** Form: title, settings, items, responses and the response destination of one form. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException, invalidArgument } from '../core/errors';
import type { FormCtx } from './context';
import type { FormModel, ItemModel, ItemTypeName } from './model';
import { Item, itemModelOf } from './item';
import { ScaleItem } from './scale-item';
import { CheckboxItem, ListItem, MultipleChoiceItem } from './choice-items';
import { PageBreakItem, ParagraphTextItem, SectionHeaderItem, TextItem } from './text-items';
import { GridItem } from './grid-item';
import { FormResponse } from './form-response';
import { link, unlink } from './destination';
import { editUrl, publishedUrl } from './urls';

type FormApi = ApiSubset<
  GoogleAppsScript.Forms.Form,
  | 'addCheckboxItem'
  | 'addGridItem'
  | 'addListItem'
  | 'addMultipleChoiceItem'
  | 'addPageBreakItem'
  | 'addParagraphTextItem'
  | 'addScaleItem'
  | 'addSectionHeaderItem'
  | 'addTextItem'
  | 'canEditResponse'
  | 'collectsEmail'
  | 'createResponse'
  | 'deleteAllResponses'
  | 'deleteItem'
  | 'deleteResponse'
  | 'getConfirmationMessage'
  | 'getCustomClosedFormMessage'
  | 'getDescription'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'getEditUrl'
  | 'getId'
  | 'getItemById'
  | 'getItems'
  | 'getPublishedUrl'
  | 'getResponse'
  | 'getResponses'
  | 'getTitle'
  | 'hasLimitOneResponsePerUser'
  | 'hasProgressBar'
  | 'hasRespondAgainLink'
  | 'isAcceptingResponses'
  | 'moveItem'
  | 'removeDestination'
  | 'setAcceptingResponses'
  | 'setAllowResponseEdits'
  | 'setCollectEmail'
  | 'setConfirmationMessage'
  | 'setCustomClosedFormMessage'
  | 'setDescription'
  | 'setDestination'
  | 'setLimitOneResponsePerUser'
  | 'setProgressBar'
  | 'setShowLinkToRespondAgain'
  | 'setTitle'
>;

/**
 * The 2025 publishing methods, newer than @types/google-apps-script, so checked by hand against
 * https://developers.google.com/apps-script/reference/forms/form (isPublished, setPublished,
 * supportsAdvancedResponderPermissions).
 */
interface PublishingApi {
  isPublished(): boolean;
  setPublished(enabled: boolean): Form;
  supportsAdvancedResponderPermissions(): boolean;
}

/** Observed message of getDestinationId/getDestinationType on a form without a destination (not in the reference). */
const NO_DESTINATION = 'The form currently has no response destination.';

export class Form extends Emulated implements FormApi, PublishingApi {
  constructor(readonly _ctx: FormCtx) {
    super('Form', _ctx.world.log);
  }

  private get m(): FormModel {
    return this._ctx.model;
  }

  private set<K extends keyof FormModel>(key: K, value: FormModel[K]): this {
    this._ctx.model[key] = value;
    this._ctx.touch();
    return this;
  }

  getId(): string {
    return this.m.fileId;
  }

  getTitle(): string {
    return this.m.title;
  }

  /** Changes the title responders see; the Drive file keeps its name, as in Google. */
  setTitle(title: string): Form {
    return this.set('title', String(title));
  }

  getDescription(): string {
    return this.m.description;
  }

  setDescription(description: string): Form {
    return this.set('description', String(description));
  }

  getEditUrl(): string {
    return editUrl(this.m);
  }

  getPublishedUrl(): string {
    return publishedUrl(this.m);
  }

  // ---- items -------------------------------------------------------------

  private add(type: ItemTypeName): ItemModel {
    return this._ctx.newItem(type);
  }

  addScaleItem(): ScaleItem {
    return new ScaleItem(this._ctx, this.add('SCALE'));
  }

  addMultipleChoiceItem(): MultipleChoiceItem {
    return new MultipleChoiceItem(this._ctx, this.add('MULTIPLE_CHOICE'));
  }

  addCheckboxItem(): CheckboxItem {
    return new CheckboxItem(this._ctx, this.add('CHECKBOX'));
  }

  addListItem(): ListItem {
    return new ListItem(this._ctx, this.add('LIST'));
  }

  addTextItem(): TextItem {
    return new TextItem(this._ctx, this.add('TEXT'));
  }

  addParagraphTextItem(): ParagraphTextItem {
    return new ParagraphTextItem(this._ctx, this.add('PARAGRAPH_TEXT'));
  }

  addGridItem(): GridItem {
    return new GridItem(this._ctx, this.add('GRID'));
  }

  addSectionHeaderItem(): SectionHeaderItem {
    return new SectionHeaderItem(this._ctx, this.add('SECTION_HEADER'));
  }

  addPageBreakItem(): PageBreakItem {
    return new PageBreakItem(this._ctx, this.add('PAGE_BREAK'));
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    const type = itemType === undefined ? null : String(itemType);
    return this.m.items.filter((i) => type === null || i.type === type).map((i) => new Item(this._ctx, i));
  }

  /** null when no item has that id (reference). */
  getItemById(id: number): Item {
    const m = this.m.item(Number(id));
    return (m ? new Item(this._ctx, m) : null) as Item;
  }

  private indexOf(indexOrItem: number | GoogleAppsScript.Forms.Item): number {
    if (typeof indexOrItem === 'number') {
      if (!Number.isInteger(indexOrItem) || indexOrItem < 0 || indexOrItem >= this.m.items.length) throw invalidArgument('index');
      return indexOrItem;
    }
    const m = itemModelOf(indexOrItem);
    const i = m ? this.m.items.indexOf(m) : -1;
    if (i < 0) throw invalidArgument('item');
    return i;
  }

  deleteItem(indexOrItem: number | GoogleAppsScript.Forms.Item): void {
    this.m.items.splice(this.indexOf(indexOrItem), 1);
    this._ctx.touch();
  }

  moveItem(from: number | GoogleAppsScript.Forms.Item, toIndex: number): Item {
    const i = this.indexOf(from);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this.m.items.length) throw invalidArgument('toIndex');
    const [m] = this.m.items.splice(i, 1);
    this.m.items.splice(toIndex, 0, m);
    this._ctx.touch();
    return new Item(this._ctx, m);
  }

  // ---- responses -----------------------------------------------------------

  createResponse(): FormResponse {
    return new FormResponse(this._ctx, null);
  }

  /** With a timestamp: the responses submitted at or after it. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): FormResponse[] {
    const from = timestamp === undefined ? -Infinity : timestamp.getTime();
    return this.m.responses.filter((r) => r.timestampMs >= from).map((r) => new FormResponse(this._ctx, r));
  }

  /** Observed message for an unknown response id (the reference only says it throws). */
  getResponse(responseId: string): FormResponse {
    const r = this.m.responses.find((x) => x.id === responseId);
    if (!r) throw new AppsScriptException(`No response with ID ${responseId} exists for this form.`);
    return new FormResponse(this._ctx, r);
  }

  deleteResponse(responseId: string): Form {
    this.getResponse(responseId);
    this.m.responses = this.m.responses.filter((r) => r.id !== responseId);
    return this;
  }

  /** Rows already written to the destination sheet stay there, as in Google. */
  deleteAllResponses(): Form {
    this.m.responses = [];
    return this;
  }

  // ---- settings ------------------------------------------------------------

  /** A form that is not published accepts no responses, whatever this flag says. */
  isAcceptingResponses(): boolean {
    return this.m.published && this.m.acceptingResponses;
  }

  setAcceptingResponses(enabled: boolean): Form {
    return this.set('acceptingResponses', Boolean(enabled));
  }

  isPublished(): boolean {
    return this.m.published;
  }

  /** Publishing opens the form to responses; unpublishing closes it (the Forms API forces both together). */
  setPublished(enabled: boolean): Form {
    this.set('published', Boolean(enabled));
    return this.set('acceptingResponses', Boolean(enabled));
  }

  /** Every form the emulator creates is a new-style form with publish settings (legacy forms return false). */
  supportsAdvancedResponderPermissions(): boolean {
    return true;
  }

  getCustomClosedFormMessage(): string {
    return this.m.customClosedFormMessage;
  }

  setCustomClosedFormMessage(message: string): Form {
    return this.set('customClosedFormMessage', String(message));
  }

  getConfirmationMessage(): string {
    return this.m.confirmationMessage;
  }

  setConfirmationMessage(message: string): Form {
    return this.set('confirmationMessage', String(message));
  }

  collectsEmail(): boolean {
    return this.m.collectEmail;
  }

  setCollectEmail(collect: boolean): Form {
    return this.set('collectEmail', Boolean(collect));
  }

  hasLimitOneResponsePerUser(): boolean {
    return this.m.limitOneResponsePerUser;
  }

  setLimitOneResponsePerUser(enabled: boolean): Form {
    return this.set('limitOneResponsePerUser', Boolean(enabled));
  }

  canEditResponse(): boolean {
    return this.m.allowResponseEdits;
  }

  setAllowResponseEdits(enabled: boolean): Form {
    return this.set('allowResponseEdits', Boolean(enabled));
  }

  hasProgressBar(): boolean {
    return this.m.progressBar;
  }

  setProgressBar(enabled: boolean): Form {
    return this.set('progressBar', Boolean(enabled));
  }

  hasRespondAgainLink(): boolean {
    return this.m.showLinkToRespondAgain;
  }

  setShowLinkToRespondAgain(enabled: boolean): Form {
    return this.set('showLinkToRespondAgain', Boolean(enabled));
  }

  // ---- destination -----------------------------------------------------------

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): Form {
    if (String(type) !== 'SPREADSHEET') throw invalidArgument('type');
    link(this._ctx, String(id));
    this._ctx.touch();
    return this;
  }

  getDestinationId(): string {
    if (!this.m.destination) throw new AppsScriptException(NO_DESTINATION);
    return this.m.destination.spreadsheetId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this.m.destination) throw new AppsScriptException(NO_DESTINATION);
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  /** The sheet keeps its rows but is no longer linked (its getFormUrl() becomes null). */
  removeDestination(): Form {
    unlink(this._ctx);
    this._ctx.touch();
    return this;
  }
}
