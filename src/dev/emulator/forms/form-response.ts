/** FormResponse: a draft built with withItemResponse(), or a stored submission read back from the form. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { invalidArgument } from '../core/errors';
import type { FormCtx } from './context';
import { type Answer, type ResponseModel, cloneAnswer } from './model';
import { ItemResponse } from './item-response';
import { itemModelOf } from './item';
import { prefilledUrl } from './prefill';
import { storeSubmission } from './submit';
import { publishedUrl } from './urls';

type FormResponseApi = ApiSubset<
  GoogleAppsScript.Forms.FormResponse,
  | 'getEditResponseUrl'
  | 'getId'
  | 'getItemResponses'
  | 'getRespondentEmail'
  | 'getResponseForItem'
  | 'getTimestamp'
  | 'submit'
  | 'toPrefilledUrl'
  | 'withItemResponse'
>;

export class FormResponse extends Emulated implements FormResponseApi {
  /** Answers of a draft; a stored response reads them from `_stored`. */
  private readonly draft = new Map<number, Answer>();

  constructor(
    readonly _ctx: FormCtx,
    readonly _stored: ResponseModel | null,
  ) {
    super('FormResponse', _ctx.world.log);
    if (_stored) for (const [k, v] of _stored.answers) this.draft.set(k, cloneAnswer(v));
  }

  /** null until the response is submitted (reference). */
  getId(): string {
    return (this._stored?.id ?? null) as string;
  }

  getTimestamp(): Date {
    return (this._stored ? new Date(this._stored.timestampMs) : null) as Date;
  }

  /** '' unless the form collects email addresses. */
  getRespondentEmail(): string {
    return this._stored?.respondentEmail ?? '';
  }

  getEditResponseUrl(): string {
    return `${publishedUrl(this._ctx.model)}?edit2=${this._stored?.id ?? ''}`;
  }

  /** In the order the items appear in the form; unanswered items are left out. */
  getItemResponses(): ItemResponse[] {
    return this._ctx.model.items.filter((m) => this.draft.has(m.id)).map((m) => new ItemResponse(this._ctx, m, this.draft.get(m.id)!));
  }

  getResponseForItem(item: GoogleAppsScript.Forms.Item): ItemResponse {
    const m = itemModelOf(item);
    if (!m) throw invalidArgument('item');
    const a = this.draft.get(m.id);
    return (a === undefined ? null : new ItemResponse(this._ctx, m, a)) as ItemResponse;
  }

  /** Replaces any earlier answer to the same item. */
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): FormResponse {
    const r = response as unknown as ItemResponse;
    if (!(r instanceof ItemResponse) || r._ctx.model !== this._ctx.model) throw invalidArgument('response');
    this.draft.set(r._item.id, cloneAnswer(r._answer));
    return this;
  }

  toPrefilledUrl(): string {
    return prefilledUrl(this._ctx.model, this.draft);
  }

  submit(): FormResponse {
    const stored = storeSubmission(this._ctx, this.draft, { respondentEmail: null, existing: this._stored });
    return new FormResponse(this._ctx, stored);
  }
}
