/**
 * Emulator-only: a respondent opening a (prefilled) link in a browser, answering and pressing Submit.
 * This is how tests simulate people answering a form; errors are what the Forms page would show.
 */
import type { World } from '../core/world';
import type { FormCtx } from './context';
import { type Answer, type ItemModel, isQuestion } from './model';
import { _formByPublishedId } from './form-app';
import { FormResponse } from './form-response';
import { parsePrefilled } from './prefill';
import { closedMessage, isOpen, storeSubmission } from './submit';
import { parseFormUrl } from './urls';

/** A refusal shown to the respondent in the browser (not an Apps Script exception). */
export class RespondentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RespondentError';
  }
}

export type RespondentAnswer = string | number | string[] | null;

export interface RespondentOptions {
  /** The respondent's email, for forms that collect it or allow one response per user. */
  email?: string;
}

function findItem(ctx: FormCtx, key: string): ItemModel {
  const items = ctx.model.items.filter((i) => isQuestion(i.type));
  const found = items.find((i) => String(i.id) === key) ?? items.find((i) => i.title === key);
  if (!found) throw new RespondentError(`No question "${key}" in this form`);
  return found;
}

function invalid(item: ItemModel, value: unknown): RespondentError {
  return new RespondentError(`${item.title}: ${JSON.stringify(value)} is not a possible answer`);
}

/** What the page lets a respondent enter for an item. */
function normalize(item: ItemModel, value: RespondentAnswer): Answer | undefined {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  switch (item.type) {
    case 'SCALE': {
      const n = Number(value);
      if (Array.isArray(value) || !Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) throw invalid(item, value);
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const v = String(value);
      if (Array.isArray(value) || (!item.choices.includes(v) && !(item.type === 'MULTIPLE_CHOICE' && item.otherOption))) throw invalid(item, value);
      return v;
    }
    case 'CHECKBOX': {
      const vs = (Array.isArray(value) ? value : [value]).map(String);
      const others = vs.filter((v) => !item.choices.includes(v));
      if (others.length > (item.otherOption ? 1 : 0)) throw invalid(item, value);
      return vs;
    }
    case 'GRID': {
      if (!Array.isArray(value) || value.length !== item.rows.length) throw invalid(item, value);
      const vs = value.map((v) => (v === null || v === undefined ? '' : String(v)));
      if (vs.some((v) => v !== '' && !item.columns.includes(v))) throw invalid(item, value);
      return vs.every((v) => v === '') ? undefined : vs;
    }
    default:
      if (Array.isArray(value)) throw invalid(item, value);
      return String(value);
  }
}

function isComplete(item: ItemModel, a: Answer | undefined): boolean {
  if (a === undefined) return false;
  return item.type === 'GRID' ? (a as string[]).every((v) => v !== '') : true;
}

/**
 * Opens `url` (a published or prefilled link), merges `answers` (by question title or item id; null clears a
 * prefilled answer) over the prefilled ones, checks them as Google Forms does, and submits.
 */
export function _submitFromUrl(world: World, url: string, answers: Record<string, RespondentAnswer> = {}, opts: RespondentOptions = {}): FormResponse {
  const parsed = parseFormUrl(url);
  const ctx = parsed?.publishedId ? _formByPublishedId(world, parsed.publishedId) : null;
  if (!ctx) throw new RespondentError(`No form at ${url}`);
  if (!isOpen(ctx)) throw new RespondentError(closedMessage(ctx));
  const merged = parsePrefilled(ctx.model, url);
  for (const [key, value] of Object.entries(answers)) {
    const item = findItem(ctx, key);
    const a = normalize(item, value);
    if (a === undefined) merged.delete(item.id);
    else merged.set(item.id, a);
  }
  for (const item of ctx.model.items) {
    if (item.required && isQuestion(item.type) && !isComplete(item, merged.get(item.id))) {
      throw new RespondentError(`${item.title}: This is a required question`);
    }
  }
  const email = opts.email ?? null;
  if (ctx.model.collectEmail && !email) throw new RespondentError('Email: This is a required question');
  if (ctx.model.limitOneResponsePerUser) {
    if (!email) throw new RespondentError('You need permission: sign in to continue');
    if (ctx.model.responses.some((r) => r.signedInAs === email)) {
      throw new RespondentError("You've already responded. You can fill out this form only once.");
    }
  }
  const stored = storeSubmission(ctx, merged, { respondentEmail: email ?? '', existing: null });
  if (ctx.model.limitOneResponsePerUser && email) stored.signedInAs = email;
  return new FormResponse(ctx, stored);
}
