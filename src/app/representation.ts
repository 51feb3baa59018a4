/**
 * The compte rendu of a meeting, workshop or mission: the « Compte rendu » template (created on
 * first use) checked before anything is written, the Doc filled once per request in the Pacte
 * folder's « Comptes rendus », then one Interactions row per partner met (one insert) linking it,
 * and each follow-up as the next action of the partner concerned, so « Ma semaine » shows it.
 */
import type { DocumentLink } from '../domain/contracts';
import { organisationInfo } from '../domain/conventions/convention';
import { latestInteractionDate } from '../domain/interactions/roll-up';
import { text } from '../domain/records/coerce';
import { interactionFor, nextActionFor, reportData, reportName, reportProblems, REPORTS_FOLDER, type ReportInput } from '../domain/representation/report';
import type { DataRecord } from '../domain/schema/field';
import { INTERACTIONS, PARTNERS } from '../domain/schema/tables';
import type { Settings } from '../domain/settings/settings';
import { checkTemplateDocument, problemsMessage } from '../domain/templates/engine';
import { TEMPLATES } from '../domain/templates/defaults';
import { planOrThrow } from './conventions/generate';
import { ensureTemplates, readTemplate, templateLabel, templateSettings } from './conventions/templates';
import type { Ports } from './ports';

const KEY = 'compte-rendu';

export function writeMeetingReport(ports: Ports, settings: Settings, input: ReportInput): DocumentLink {
  const { store, documents } = ports;
  const partners = store.table(PARTNERS);
  const problems = reportProblems(input, (id) => partners.get(id) !== undefined);
  if (problems.length) throw new Error(`Le compte rendu n'est pas enregistré :\n${problems.map((p) => `• ${p}`).join('\n')}`);
  const met = new Map(input.partnerIds.map((id) => [id, partners.getOrThrow(id)]));

  // The template first: a problem in it stops everything before any write.
  const t = templateSettings(ports);
  const templateId = ensureTemplates(ports, t, [KEY])[KEY];
  const template = readTemplate(ports, KEY, templateId);
  const templateProblems = checkTemplateDocument(template, TEMPLATES[KEY].catalogue);
  if (templateProblems.length) throw new Error(problemsMessage(TEMPLATES[KEY].catalogue, templateProblems));
  const data = reportData({
    input,
    partners: new Map([...met].map(([id, s]) => [id, s.record as DataRecord])),
    organisation: organisationInfo(t.rows).name || settings.organisation,
    author: store.user,
  });
  const plan = planOrThrow(KEY, template, data);

  const folder = documents.subfolder(documents.pacteFolder(), REPORTS_FOLDER);
  const name = reportName(input);
  // Made once per request: a retry after a failure further down reuses this Doc.
  const doc = documents.makeOnce('compte-rendu', folder, name, () => documents.fillTemplate(templateId, template, plan, folder, name, templateLabel(KEY)));

  const interactions = store.table(INTERACTIONS);
  interactions.insert(input.partnerIds.map((id) => interactionFor(input, id, doc.url)));
  const all = interactions.all().map((s) => s.record as DataRecord);
  const lastInteraction = new Map<number, string>();
  for (const [id, stored] of met) {
    const latest = latestInteractionDate(all, id);
    if (latest && text(stored.record.lastInteraction) !== latest) lastInteraction.set(stored.row, latest);
  }
  partners.writeComputed('lastInteraction', lastInteraction);
  // One journaled update per partner met whose plan changes: bounded by this compte rendu, not by the sheet.
  for (const [id, stored] of met) {
    const next = nextActionFor(stored.record as DataRecord, input);
    if (next) partners.update(id, next, `suites du compte rendu ${name}`);
  }
  return { name, url: doc.url };
}
