/**
 * The Google Form of a campaign (FormApp): built from the questionnaire, responses sent to the
 * Pacte spreadsheet, published and accepting responses (checked), personal prefilled links, and
 * the answers of a response read back by item ID.
 */
import type { Questionnaire, QuestionKey } from '../../domain/surveys/questionnaire';
import { questionTitle } from '../../domain/surveys/questionnaire';
import { parseFormUrl } from '../../domain/surveys/form-url';
import { trashItem } from '../drive-files';
import { responseSheetTitle } from '../../domain/surveys/response-sheet-name';

interface CreatedForm {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** Question key → form item ID. */
  items: Partial<Record<QuestionKey, number>>;
  /** Name of the response sheet Google added to the spreadsheet (« Réponses — <titre> », after Pacte's sheets). */
  responseSheet: string;
}

/** setPublished/isPublished are newer than @types/google-apps-script. */
interface Publishing {
  setPublished?(enabled: boolean): unknown;
  isPublished?(): boolean;
}

const SCALE_LABELS = { fr: ['Très insatisfait', 'Très satisfait'], en: ['Very dissatisfied', 'Very satisfied'] } as const;
const NPS_LABELS = { fr: ['Pas du tout', 'Certainement'], en: ['Not at all', 'Certainly'] } as const;

/** Form (file) ID of a URL like …/forms/d/<id>/viewform (what Sheet.getFormUrl() returns); '' otherwise. */
function formIdOfUrl(url: string | null | undefined): string {
  return parseFormUrl(url).fileId ?? '';
}

/** The form's name in Drive. */
export function formFileName(title: string, period: string): string {
  return `${title} (${period})`;
}

/**
 * Discards the half-made form of a failed attempt: its response sheet (empty: the form was never
 * sent) unlinked and deleted, so no stray « Réponses au formulaire » sheet is left, then the form trashed.
 */
export function discardForm(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): void {
  const linked = spreadsheet.getSheets().filter((sheet) => formIdOfUrl(sheet.getFormUrl()) === formId);
  if (linked.length) FormApp.openById(formId).removeDestination();
  for (const sheet of linked) spreadsheet.deleteSheet(sheet);
  trashItem(formId);
}

export function createSurveyForm(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  q: Questionnaire,
  opts: { title: string; period: string; organisation: string; language: 'fr' | 'en'; fileName?: string },
  /** Told the form's ID as soon as it exists (so a failed request's retry can discard a half-made form). */
  created: (formId: string) => void = () => undefined,
): CreatedForm {
  const en = opts.language === 'en';
  const org = opts.organisation || (en ? 'our organisation' : "l'organisation");
  const form = FormApp.create(opts.fileName ?? formFileName(opts.title, opts.period));
  created(form.getId());
  form.setTitle(opts.title);
  form.setDescription(
    en
      ? `${org} asks its partners how the partnership went (${opts.period}). About 5 minutes. Your answers are read by the partnerships team only.`
      : `${org} demande à ses partenaires leur avis sur le partenariat (${opts.period}). Environ 5 minutes. Vos réponses ne sont lues que par l'équipe partenariats.`,
  );
  form.setCollectEmail(false);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(false);
  form.setConfirmationMessage(en ? 'Thank you! Your answer has been recorded.' : 'Merci ! Votre réponse a bien été enregistrée.');
  form.setCustomClosedFormMessage(en ? 'This survey is closed. Thank you for your interest.' : 'Cette enquête est close. Merci de votre intérêt.');
  const items: Partial<Record<QuestionKey, number>> = {};
  for (const question of q.questions) {
    const title = questionTitle(question, opts.language, org);
    let item: GoogleAppsScript.Forms.ScaleItem | GoogleAppsScript.Forms.ParagraphTextItem | GoogleAppsScript.Forms.TextItem;
    if (question.kind === 'scale' || question.kind === 'nps') {
      const scale = form.addScaleItem();
      const labels = question.kind === 'nps' ? NPS_LABELS[opts.language] : SCALE_LABELS[opts.language];
      scale.setBounds(question.kind === 'nps' ? 0 : 1, question.kind === 'nps' ? 10 : 5).setLabels(labels[0], labels[1]);
      item = scale;
    } else if (question.kind === 'text') {
      item = form.addParagraphTextItem();
    } else {
      item = form.addTextItem();
    }
    item.setTitle(title);
    if (question.help) item.setHelpText(question.help);
    item.setRequired(question.required);
    items[question.key] = item.getId();
  }
  const linked = linkToSpreadsheet(form, spreadsheet);
  const publishing = form as unknown as Publishing;
  // Forms created through the API after June 30, 2026 start unpublished: publish, then open to responses.
  if (typeof publishing.setPublished === 'function') publishing.setPublished(true);
  form.setAcceptingResponses(true);
  const published = typeof publishing.isPublished === 'function' ? publishing.isPublished() : true;
  if (!published || !form.isAcceptingResponses()) {
    throw new Error(
      `Le formulaire « ${opts.title} » a été créé mais Google ne l'a pas ouvert aux réponses (publié : ${published ? 'oui' : 'non'}). Ouvrez-le (${form.getEditUrl()}), cliquez sur « Publier », puis relancez la création de l'enquête.`,
    );
  }
  const formId = form.getId();
  return {
    formId,
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    items,
    responseSheet: linked ? placeResponseSheet(spreadsheet, formId, opts.title) : '',
  };
}

/**
 * Sends the responses to the spreadsheet (a response sheet, and the form-submit trigger). Whether
 * Google allows it under spreadsheets.currentonly is undocumented: when it refuses, the campaign
 * goes on without a response sheet and its answers come through the catch-up sync, which reads
 * them from the form by response ID (receiving.ts). false when the form is not linked.
 */
function linkToSpreadsheet(form: GoogleAppsScript.Forms.Form, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  try {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    return true;
  } catch (e) {
    if (/do not have permission/i.test((e as Error)?.message)) return false;
    throw e;
  }
}

/**
 * The sheet Google linked to the form (placed first in practice; searched to be sure), named after
 * the campaign and moved to the end, so the workbook opens on Pacte's sheets with the campaigns'
 * answers grouped after them. Renaming keeps the link (Google follows the sheet, not its name).
 */
function placeResponseSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string, campaignTitle: string): string {
  const sheets = spreadsheet.getSheets();
  const sheet = sheets.find((s) => formIdOfUrl(s.getFormUrl()) === formId);
  if (!sheet) return '';
  const name = responseSheetTitle(
    campaignTitle,
    sheets.filter((s) => s !== sheet).map((s) => s.getName()),
  );
  sheet.setName(name);
  spreadsheet.setActiveSheet(sheet);
  spreadsheet.moveActiveSheet(sheets.length);
  return name;
}

/** Stands for the token in a campaign's link template (letters only: URL-encoding leaves it as is). */
const TOKEN_PLACEHOLDER = 'PACTEJETONPERSONNEL';

/**
 * The campaign's prefilled link with the token item set to TOKEN_PLACEHOLDER (toPrefilledUrl once
 * per campaign and run); each recipient's link replaces it with their URL-encoded token.
 */
export function prefilledTemplate(formId: string, tokenItemId: number): string {
  const form = FormApp.openById(formId);
  const item = form.getItemById(tokenItemId);
  if (!item) throw new Error(`Le formulaire de l'enquête n'a plus la question du jeton (élément ${tokenItemId}) : ne la supprimez pas dans Google Forms.`);
  return form.createResponse().withItemResponse(item.asTextItem().createResponse(TOKEN_PLACEHOLDER)).toPrefilledUrl();
}

export function personalLink(template: string, token: string): string {
  return template.replace(TOKEN_PLACEHOLDER, encodeURIComponent(token));
}

/** Closing date passed: the form stops accepting responses. */
export function closeForm(formId: string): void {
  const form = FormApp.openById(formId);
  if (form.isAcceptingResponses()) form.setAcceptingResponses(false);
}

interface FormAnswer {
  responseId: string;
  timestampMs: number;
  answers: Partial<Record<QuestionKey, string | string[]>>;
}

/**
 * Responses of a form submitted at or after `sinceMs` (all when null), answers keyed by question
 * key through the item IDs recorded at creation (titles may be edited later in Forms).
 * `skip` holds response IDs already stored: only their ID is read.
 */
export function readFormResponses(
  formId: string,
  items: Partial<Record<QuestionKey, number>>,
  sinceMs: number | null,
  skip: ReadonlySet<string>,
): FormAnswer[] {
  const form = FormApp.openById(formId);
  const keyById = new Map<number, QuestionKey>(Object.entries(items).map(([k, id]) => [Number(id), k as QuestionKey]));
  const responses = sinceMs === null ? form.getResponses() : form.getResponses(new Date(sinceMs));
  const out: FormAnswer[] = [];
  for (const r of responses) {
    const id = r.getId();
    if (skip.has(id)) continue;
    const answers: Partial<Record<QuestionKey, string | string[]>> = {};
    for (const ir of r.getItemResponses()) {
      const key = keyById.get(ir.getItem().getId());
      if (key) answers[key] = ir.getResponse() as string | string[];
    }
    out.push({ responseId: id, timestampMs: r.getTimestamp().getTime(), answers });
  }
  return out;
}
