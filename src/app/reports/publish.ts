/**
 * Publishing a report: the Doc made once per (kind, period) in the reports folder, the folder
 * shared (view) with the recipients, one e-mail linking the Doc, never sent twice.
 *
 * API (for the report contents, the scheduler and the sidebar):
 * - `readReportSettings(ports)`: Paramètres › Rapports (one read of Paramètres).
 * - `publishReport(ports, settings, model, kind, periodKey)` → `PublishedReport`:
 *   1. a Doc already recorded for (kind, periodKey) and still in Drive is returned as is;
 *   2. otherwise the model is checked (`reportProblems`), the « Rapport » template made on first
 *      use (Paramètres › Modèles) and checked, including its {{contenu}} paragraph, before any
 *      write; the reports folder made in the Pacte folder; the Doc written, once per request;
 *   3. the folder shared with the recipients (view) — those who have access keep it;
 *   4. one e-mail to the recipients under the key « rapport:<kind>:<periodKey> » in « Envois »
 *      (sendOnce: a key already sent is not sent again), when there are recipients.
 *   Call it under the document lock (a write endpoint or a scheduled job), as sendOnce requires.
 */
import { planReport, reportProblems, type ReportDocument } from '../../domain/reports/document';
import { reportSettings, type ReportSettings } from '../../domain/reports/settings';
import { CONTENT_PLACEHOLDER, contentParagraphPresent, reportTemplateData } from '../../domain/reports/template';
import { SETTINGS } from '../../domain/schema/tables';
import { checkTemplateDocument, problemsMessage } from '../../domain/templates/engine';
import { TEMPLATES } from '../../domain/templates/defaults';
import { sendOnce, type SendResult } from '../mail/notices';
import type { Ports } from '../ports';
import { planOrThrow } from '../conventions/generate';
import { ensureTemplates, readTemplate, templateLabel, templateSettings } from '../conventions/templates';

const KEY = 'rapport';

export interface PublishedReport {
  name: string;
  url: string;
  /** False when the Doc of this kind and period existed already. */
  created: boolean;
  /** Addresses given view access to the folder by this call. */
  shared: string[];
  /** The e-mail's outcome; null without recipients. */
  mail: SendResult | null;
}

export function readReportSettings(ports: Ports): ReportSettings {
  return reportSettings(
    ports.store
      .table(SETTINGS)
      .all()
      .map((s) => s.record),
  );
}

export const reportKey = (kind: string, periodKey: string): string => `rapport:${kind}:${periodKey}`;
export const reportName = (model: ReportDocument): string => `${model.title.title} — ${model.title.period}`;

function makeReport(ports: Ports, model: ReportDocument, key: string, folder: () => string): { name: string; url: string } {
  const problems = reportProblems(model);
  if (problems.length) throw new Error(`Le rapport « ${reportName(model)} » ne peut pas être écrit :\n${problems.join('\n')}`);
  const t = templateSettings(ports);
  const id = ensureTemplates(ports, t, [KEY])[KEY];
  const what = templateLabel(KEY);
  const document = readTemplate(ports, KEY, id);
  const templateProblems = checkTemplateDocument(document, TEMPLATES[KEY].catalogue);
  if (templateProblems.length) throw new Error(problemsMessage(TEMPLATES[KEY].catalogue, templateProblems));
  if (!contentParagraphPresent(document))
    throw new Error(
      `${what} ne contient plus le champ ${CONTENT_PLACEHOLDER} : ajoutez un paragraphe ${CONTENT_PLACEHOLDER} là où le corps du rapport doit s’écrire.`,
    );
  const plan = planOrThrow(KEY, document, reportTemplateData(model.title));
  const name = reportName(model);
  const ref = ports.documents.makeOnce(`report:${key}`, folder(), name, () =>
    ports.reports.writeReport(key, { id, document, plan, what }, planReport(model), folder(), name),
  );
  return { name, url: ref.url };
}

export function publishReport(ports: Ports, settings: ReportSettings, model: ReportDocument, kind: string, periodKey: string): PublishedReport {
  const key = reportKey(kind, periodKey);
  let folderId: string | undefined;
  // Looked up once, and only after the model and the template passed their checks.
  const folder = (): string => (folderId ??= ports.reports.reportsFolder(ports.documents.pacteFolder(), settings.folder));
  const known = ports.reports.recorded(key);
  const made = known ? { name: reportName(model), url: known.url } : makeReport(ports, model, key, folder);
  const shared = ports.reports.shareWithReaders(folder(), settings.recipients);
  const mail = settings.recipients.length
    ? sendOnce(ports, key, {
        to: settings.recipients,
        subject: `Pacte — ${made.name}`,
        body: [
          'Bonjour,',
          '',
          `Le rapport « ${made.name} » est disponible dans Google Docs :`,
          made.url,
          '',
          `Il est classé dans le dossier « ${settings.folder} » de Pacte, que vous pouvez consulter.`,
          '',
          'Pacte',
        ].join('\n'),
      })
    : null;
  return { name: made.name, url: made.url, created: !known, shared, mail };
}
