/**
 * The surveys port (src/app/ports/surveys.ts) over Apps Script: FormApp (forms.ts), the mail
 * document properties, the document lock,
 * Paramètres, Utilities.getUuid.
 */
import type { Questionnaire } from '../../domain/surveys/questionnaire';
import type { StoreContext } from '../store-context';
import { once } from '../request-ledger';
import { formsNamed, renameItem } from '../drive-files';
import { withDocumentLock } from '../lock';
import { loadSettings } from '../settings-store';
import { closeForm, createSurveyForm, discardForm, formFileName, personalLink, prefilledTemplate, readFormResponses } from './forms';

interface SubmitEvent {
  range?: { getSheet(): GoogleAppsScript.Spreadsheet.Sheet };
}

/** Made once per request: a retry reuses the finished form, or discards a half-made one and makes it again. */
function createFormOnce(ctx: StoreContext, q: Questionnaire, opts: { title: string; period: string; organisation: string; language: 'fr' | 'en' }) {
  return once(ctx, 'form', () => {
    const name = formFileName(opts.title, opts.period);
    // While it is made, its name holds the request ID: a retry finds it even if it failed before the ID was recorded.
    const making = ctx.run ? `${name} [${ctx.run.id}]` : name;
    if (ctx.run?.retry) {
      const started = ctx.run.has('form-started') ? [ctx.run.get<string>('form-started')] : [];
      for (const id of new Set([...started, ...formsNamed(making)])) discardForm(ctx.spreadsheet, id);
    }
    const made = createSurveyForm(ctx.spreadsheet, q, { ...opts, fileName: making }, (formId) => ctx.run?.record('form-started', formId));
    if (making !== name) renameItem(made.formId, name);
    return made;
  });
}

const PORTS = new WeakMap<StoreContext, ReturnType<typeof makePort>>();

/** The port of this execution (one per context: the document properties are opened once). */
export function surveysPort(ctx: StoreContext): ReturnType<typeof makePort> {
  let port = PORTS.get(ctx);
  if (!port) PORTS.set(ctx, (port = makePort(ctx)));
  return port;
}

function makePort(ctx: StoreContext) {
  let props: GoogleAppsScript.Properties.Properties | null = null;
  const documentProperties = () => (props ??= PropertiesService.getDocumentProperties());
  return {
    forms: {
      create: (q: Questionnaire, opts: { title: string; period: string; organisation: string; language: 'fr' | 'en' }) => createFormOnce(ctx, q, opts),
      linkTemplate: prefilledTemplate,
      personalLink,
      close: closeForm,
      responsesSince: readFormResponses,
      submittedSheet(event: unknown) {
        const sheet = (event as SubmitEvent | undefined)?.range?.getSheet();
        if (!sheet) return null;
        const formUrl = sheet.getFormUrl();
        // The name only matters for a sheet without a linked form (one call fewer per submission).
        return { formUrl, sheetName: formUrl ? '' : sheet.getName() };
      },
    },
    marks: {
      get: (key: string) => documentProperties().getProperty(key),
      all: () => documentProperties().getProperties(),
      set: (key: string, value: string) => void documentProperties().setProperty(key, value),
    },
    withDocumentLock: <T>(fn: () => T): T => withDocumentLock(fn),
    settings: () => loadSettings(ctx),
    newToken: () => Utilities.getUuid(),
    warn: (message: string) => console.error(message),
  };
}
