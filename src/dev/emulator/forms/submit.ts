/**
 * Storing a submission: the response list, the destination sheet row, and the events the
 * ScriptApp emulator turns into installable onFormSubmit triggers ('formSubmit' for the
 * spreadsheet's triggers, 'formSubmit:form' for the form's own).
 */
import { AppsScriptException } from '../core/errors';
import type { CellValue } from '../spreadsheet/model';
import { invalidFormData, type FormCtx } from './context';
import { type Answer, type ResponseModel, cloneAnswer } from './model';
import { _displayDateTime } from '../spreadsheet';
import { writeResponse } from './destination';
import { newResponseId } from './ids';
import { FormResponse } from './form-response';

/** Payload of world event 'formSubmit' (response written to a spreadsheet). */
export interface SheetSubmitEvent {
  spreadsheetId: string;
  formId: string;
  sheetName: string;
  sheetId: number;
  /** The row written, as e.range covers it. */
  range: { row: number; column: number; numRows: number; numColumns: number };
  /** e.values: every cell as displayed text (timestamp in the spreadsheet's locale and time zone). */
  values: string[];
  /** e.namedValues: header → [displayed value]. */
  namedValues: Record<string, string[]>;
  /** The row's cells as stored (timestamp as a Date, scale answers as numbers). */
  cells: CellValue[];
  responseId: string;
  response: FormResponse;
}

/** Payload of world event 'formSubmit:form' (triggers installed on the form). */
export interface FormSubmitEvent {
  formId: string;
  responseId: string;
  response: FormResponse;
}

/** What Google Forms shows a respondent on a closed (or unpublished) form, unless a custom message is set. */
export function closedMessage(ctx: FormCtx): string {
  const m = ctx.model;
  return m.customClosedFormMessage || `The form ${m.title} is no longer accepting responses.`;
}

export function isOpen(ctx: FormCtx): boolean {
  return ctx.model.published && ctx.model.acceptingResponses;
}

export interface SubmitOptions {
  /** Email typed or signed in by a respondent; null for FormResponse.submit() from a script. */
  respondentEmail: string | null;
  /** The stored response being edited, if any. */
  existing: ResponseModel | null;
}

export function storeSubmission(ctx: FormCtx, answers: ReadonlyMap<number, Answer>, opts: SubmitOptions): ResponseModel {
  if (!isOpen(ctx)) throw new AppsScriptException(closedMessage(ctx));
  // Observed: a script cannot fill the built-in "collect email" field, so submit() is refused.
  if (opts.respondentEmail === null && ctx.model.collectEmail && !opts.existing) throw invalidFormData();
  const { world, model } = ctx;
  let r = opts.existing;
  if (r) {
    r.answers = new Map([...answers].map(([k, v]) => [k, cloneAnswer(v)]));
    r.timestampMs = world.clock.now();
  } else {
    r = {
      id: newResponseId(world),
      timestampMs: world.clock.now(),
      respondentEmail: model.collectEmail ? (opts.respondentEmail ?? '') : '',
      answers: new Map([...answers].map(([k, v]) => [k, cloneAnswer(v)])),
    };
    model.responses.push(r);
  }
  const written = writeResponse(ctx, r);
  if (written) {
    const values = written.cells.map((c) => (c instanceof Date ? _displayDateTime(c, written.locale, written.timeZone) : String(c)));
    const namedValues: Record<string, string[]> = {};
    written.header.forEach((h, i) => {
      if (h !== '') namedValues[h] = [values[i] ?? ''];
    });
    const event: SheetSubmitEvent = {
      spreadsheetId: written.spreadsheetId,
      formId: model.fileId,
      sheetName: written.sheetName,
      sheetId: written.sheetId,
      range: { row: written.row, column: 1, numRows: 1, numColumns: written.cells.length },
      values,
      namedValues,
      cells: written.cells.map((c) => (c instanceof Date ? new Date(c.getTime()) : c)),
      responseId: r.id,
      response: new FormResponse(ctx, r),
    };
    world.emit('formSubmit', event);
  }
  const formEvent: FormSubmitEvent = { formId: model.fileId, responseId: r.id, response: new FormResponse(ctx, r) };
  world.emit('formSubmit:form', formEvent);
  return r;
}
