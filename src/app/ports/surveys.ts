/**
 * What the survey use cases ask of Google besides Pacte's sheets: the campaign's Google Form, the
 * a few document properties (checkpoints, marks), the document
 * lock, Paramètres, random tokens. Implemented over Apps Script in src/services/surveys/port.ts.
 */
import type { Settings } from '../../domain/settings/settings';
import type { Questionnaire, QuestionKey } from '../../domain/surveys/questionnaire';

/** Question key → form item ID (recorded at creation: titles may be edited later in Forms). */
export type FormItems = Partial<Record<QuestionKey, number>>;

export interface CreatedForm {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  items: FormItems;
  /** Name of the response sheet Google added to the spreadsheet ('' when the form could not be linked). */
  responseSheet: string;
}

export interface FormAnswer {
  responseId: string;
  timestampMs: number;
  answers: Partial<Record<QuestionKey, string | string[]>>;
}

export interface SurveyForms {
  /**
   * The campaign's form, built from the questionnaire, published and open to responses (checked);
   * made once per request: a retry reuses the finished form or discards a half-made one.
   */
  create(q: Questionnaire, opts: { title: string; period: string; organisation: string; language: 'fr' | 'en' }): CreatedForm;
  /** The form's prefilled link with a placeholder for the token (one Forms call per campaign and run). */
  linkTemplate(formId: string, tokenItemId: number): string;
  /** A recipient's personal link from the template. */
  personalLink(template: string, token: string): string;
  /** Closing date passed: the form stops accepting responses. */
  close(formId: string): void;
  /** Responses submitted at or after `sinceMs` (all when null), except those whose ID is in `skip`. */
  responsesSince(formId: string, items: FormItems, sinceMs: number | null, skip: ReadonlySet<string>): FormAnswer[];
  /** The response sheet of a form-submit event: its linked form's URL and its name; null without a sheet. */
  submittedSheet(event: unknown): { formUrl: string | null; sheetName: string } | null;
}

/** Small values kept with the document (checkpoints, follow-ups done, last full sync). */
export interface DocumentMarks {
  get(key: string): string | null;
  /** Every mark at once (one call). */
  all(): Record<string, string>;
  set(key: string, value: string): void;
}

export interface SurveysPort {
  readonly forms: SurveyForms;
  readonly marks: DocumentMarks;
  /** Runs `fn` holding the document lock (a trigger run is not under the request frame's lock). */
  withDocumentLock<T>(fn: () => T): T;
  /** Paramètres (cached), read only when a use case needs them. */
  settings(): Settings;
  /** A random token, never derived from the partner. */
  newToken(): string;
  /** Logs a failure that must not stop the run (the execution log). */
  warn(message: string): void;
}
