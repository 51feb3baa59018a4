/**
 * « Clore »'s closing report and archive: the « Rapport de clôture » template checked before the
 * decision writes anything, then the Doc filled (domain/evaluation/closing-report.ts) in the
 * partner's folder — once per request — and the partner's convention Docs, PDFs and attachments
 * moved into the folder's « Archives ».
 */
import { closingReportData } from '../domain/evaluation/closing-report';
import type { Ratings } from '../domain/evaluation/grid';
import { organisationInfo } from '../domain/conventions/convention';
import { ATTACHMENTS, VERSIONS } from '../domain/conventions/tables';
import { SIGNATURES } from '../domain/conventions/approval-tables';
import { COMMITMENTS, CONVENTIONS, PARTNERS } from '../domain/schema/tables';
import { checkTemplateDocument, problemsMessage } from '../domain/templates/engine';
import { TEMPLATES } from '../domain/templates/defaults';
import type { TemplateDocument } from '../domain/templates/model';
import { text } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import type { Settings } from '../domain/settings/settings';
import type { Ports } from './ports';
import { commitmentCompliance } from './commitments';
import { planOrThrow } from './conventions/generate';
import { ensureTemplates, readTemplate, templateLabel, templateSettings, type TemplateSettings } from './conventions/templates';

const KEY = 'rapport-cloture';

export interface ClosingTemplate {
  id: string;
  template: TemplateDocument;
  settings: TemplateSettings;
}

/** The template, created on first use and checked: its problems stop the decision before any write. */
export function closingTemplate(ports: Ports): ClosingTemplate {
  const settings = templateSettings(ports);
  const id = ensureTemplates(ports, settings, [KEY])[KEY];
  const template = readTemplate(ports, KEY, id);
  const problems = checkTemplateDocument(template, TEMPLATES[KEY].catalogue);
  if (problems.length) throw new Error(problemsMessage(TEMPLATES[KEY].catalogue, problems));
  return { id, template, settings };
}

const rowsOf = (ports: Ports, spec: typeof VERSIONS | typeof ATTACHMENTS | typeof SIGNATURES): DataRecord[] =>
  (ports.store.tableOrNull(spec)?.all() ?? []).map((s) => s.record as DataRecord);

const fileId = (url: string): string => /\/d\/([\w-]+)/.exec(url)?.[1] ?? '';

export interface ClosingDecision {
  evaluationId: string;
  partnerId: string;
  decision: string;
  justification: string;
  lessons: string;
  ours: Ratings;
  theirs: Ratings;
}

/** Writes the report in the partner's folder, archives its documents; the report's URL. */
export function writeClosingReport(ports: Ports, settings: Settings, t: ClosingTemplate, d: ClosingDecision): string {
  const { store, documents } = ports;
  const partner = store.table(PARTNERS).getOrThrow(d.partnerId).record as DataRecord;
  const partnerName = text(partner.name);
  const conventions = store
    .table(CONVENTIONS)
    .all()
    .map((s) => s.record as DataRecord)
    .filter((c) => text(c.partnerId) === d.partnerId);
  const ids = new Set(conventions.map((c) => text(c.id)));
  const commitments = store
    .table(COMMITMENTS)
    .all()
    .map((s) => s.record as DataRecord)
    .filter((c) => ids.has(text(c.conventionId)));
  const empty = { due: 0, onTime: 0, late: 0, rate: null };
  const data = closingReportData({
    partner,
    organisation: organisationInfo(t.settings.rows).name || settings.organisation,
    author: store.user,
    today: store.today(),
    conventions,
    commitments,
    compliance: commitmentCompliance(store).byPartner[partnerName] ?? { ours: { ...empty }, partner: { ...empty } },
    evaluationId: d.evaluationId,
    ours: d.ours,
    theirs: d.theirs,
    decision: d.decision,
    justification: d.justification,
    lessons: d.lessons,
  });
  const plan = planOrThrow(KEY, t.template, data);
  const folder = documents.partnerFolder(documents.pacteFolder(), d.partnerId, partnerName);
  const name = `Rapport de clôture — ${partnerName} — ${d.evaluationId}`;
  const doc = documents.makeOnce('closing-report', folder, name, () => documents.fillTemplate(t.id, t.template, plan, folder, name, templateLabel(KEY)));
  const mine = (r: DataRecord) => ids.has(text(r.conventionId));
  const urls = [
    ...conventions.flatMap((c) => [text(c.docUrl), text(c.pdfUrl)]),
    ...rowsOf(ports, VERSIONS)
      .filter(mine)
      .flatMap((v) => [text(v.docUrl), text(v.pdfUrl)]),
    ...rowsOf(ports, ATTACHMENTS)
      .filter(mine)
      .map((a) => text(a.url)),
    ...rowsOf(ports, SIGNATURES)
      .filter(mine)
      .map((s) => text(s.signedPdfUrl)),
  ];
  documents.archiveFiles(folder, [...new Set(urls.map(fileId).filter(Boolean))]);
  return doc.url;
}
