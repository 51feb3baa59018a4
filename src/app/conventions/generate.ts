/**
 * Generates a version of a convention from its template: validates the draft and the template
 * (every problem reported, nothing created), creates or updates the Conventions row (status
 * Brouillon), copies the template to the partner's Drive folder as « CONV-0001 v2 — Partenaire —
 * Type », fills it, saves its PDF next to it, writes the commitments, records the version and
 * journals who generated what from which data. Older versions' Docs and PDFs are kept.
 */
import type { CheckedParamsOf } from '../../domain/contracts/api';
import type { ConventionDetail } from '../../domain/contracts';
import type { FieldKey } from '../../domain/schema/field';
import { COMMITMENTS, CONTACTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { VERSIONS } from '../../domain/conventions/tables';
import {
  checkDraft,
  conventionTemplateData,
  dataSummary,
  documentName,
  nextVersion,
  organisationInfo,
  type CheckedDraft,
} from '../../domain/conventions/convention';
import { draftInput, primaryContact } from '../../domain/conventions/generation';
import { planCommitmentSync } from '../../domain/conventions/commitment-sync';
import { planFill, problemsMessage, type FillPlan, type TemplateData } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import { TEMPLATES, type TemplateKey } from '../../domain/templates/defaults';
import { text } from '../../domain/records/coerce';
import { userInput } from '../../domain/records/validate';
import type { DataRecord } from '../../domain/schema/field';
import type { Ports } from '../ports';
import { conventionDetail } from './read';
import { proposeClauses } from './clauses';
import { applyPlan } from '../../domain/templates/apply';
import { ensureTemplates, readTemplate, templateLabel, templateSettings } from './templates';

const records = <T>(rows: readonly { record: T }[]): T[] => rows.map((s) => s.record);

/** Plans the fill or throws every problem of the template (nothing is created). */
export function planOrThrow(key: TemplateKey, template: TemplateDocument, data: TemplateData): FillPlan {
  const result = planFill(template, TEMPLATES[key].catalogue, data);
  if (!result.ok) throw new Error(problemsMessage(TEMPLATES[key].catalogue, result.problems));
  return result.plan;
}

/**
 * Writes the draft's commitments for the convention (domain/conventions/commitment-sync.ts):
 * the Journal first, then one write per changed column, then the new ones in one block.
 */
function syncCommitments(ports: Ports, conventionId: string, d: CheckedDraft, version: number, patches: ReadonlyMap<string, DataRecord>): void {
  const { store } = ports;
  const table = store.table(COMMITMENTS);
  const mine = table.all().filter((s) => text(s.record.conventionId) === conventionId);
  const sync = planCommitmentSync(mine, conventionId, d, version, patches, ports.request.ownIds());
  store.journal(sync.entries);
  if (sync.writes.size) {
    const stamp = store.stamp();
    const rows = new Set([...sync.writes.values()].flatMap((m) => [...m.keys()]));
    for (const [field, value] of [
      ['updatedAt', stamp],
      ['updatedBy', store.user],
    ] as const) {
      const column = sync.writes.get(field) ?? new Map();
      for (const r of rows) column.set(r, value);
      sync.writes.set(field, column);
    }
    for (const [field, values] of sync.writes) table.writeComputed(field as FieldKey<typeof COMMITMENTS>, values);
  }
  // Commitments come from the sidebar's draft: validated by the table like any user input.
  table.insert(sync.added.map((c) => userInput(c)));
}

export function generateConvention(ports: Ports, settings: Settings, role: Role, draft: CheckedParamsOf<'generateConvention'>[0]): ConventionDetail {
  const { store, documents } = ports;
  const input = draftInput(draft);
  const partners = store.table(PARTNERS);
  const conventions = store.table(CONVENTIONS);
  const commitments = store.table(COMMITMENTS);
  const versions = store.table(VERSIONS);
  const opportunityId = text(input.opportunityId);
  const opportunity = opportunityId ? store.table(OPPORTUNITIES).get(opportunityId)?.record : undefined;
  const existing = text(input.id) ? conventions.get(text(input.id))?.record : undefined;
  const amended = text(input.amends) ? conventions.get(text(input.amends))?.record : undefined;
  const partner = partners.get(text(input.partnerId))?.record;
  const existingCommitmentIds = new Set(
    records(commitments.all())
      .filter((r) => existing && text(r.conventionId) === text(existing.id))
      .map((r) => text(r.id)),
  );
  const d = checkDraft(input, { partner, opportunity, existing, amended, existingCommitmentIds });
  const patches = new Map(d.commitments.filter((c) => c.id).map((c) => [c.id, c.record]));
  for (const c of d.commitments) if (c.id) c.record = { ...commitments.get(c.id)!.record, ...c.record };

  const templates = templateSettings(ports);
  const key = d.templateKey;
  const templateId = ensureTemplates(ports, templates, [key])[key];
  const template = readTemplate(ports, key, templateId);
  // Recorded under the request ID: a retry after the Versions row was written makes the same version, not the next.
  const version = ports.request.once('version', () => nextVersion(existing, records(versions.all())));
  const today = store.today();
  const organisation = organisationInfo(templates.rows);
  if (!organisation.name) organisation.name = settings.organisation;
  const primary = primaryContact(records(store.table(CONTACTS).all()), d.partnerId);
  const dataFor = (conventionId: string) =>
    conventionTemplateData({
      draft: d,
      conventionId,
      version,
      status: 'Brouillon',
      partner: partner!,
      primaryContact: primary,
      opportunity,
      amended,
      organisation,
      author: store.user,
      today,
    });
  // Checked with a provisional ID before anything is written; the real ID does not change the plan's validity.
  planOrThrow(key, template, dataFor(d.id || 'CONV-0000'));

  const fields = {
    partnerId: d.partnerId,
    opportunityId: d.opportunityId,
    type: d.type,
    startDate: d.startDate,
    endDate: d.endDate,
    amount: d.amount ?? null,
    inKind: d.inKind ?? null,
    currency: d.currency,
    purpose: d.purpose,
    inKindDescription: d.inKindDescription,
    amends: d.amends,
  };
  const id = d.id || conventions.insert([userInput({ ...fields, version, status: 'Brouillon' })])[0].id;
  const plan = planOrThrow(key, template, dataFor(id));
  const partnerName = text(partner!.name);
  const folder = documents.partnerFolder(documents.pacteFolder(), d.partnerId, partnerName);
  const name = documentName(id, version, partnerName, d.type);
  // Each made once per request: a retry reuses them (a half-made one goes to the trash and is made again).
  const doc = documents.makeOnce('doc', folder, name, () => documents.fillTemplate(templateId, template, plan, folder, name, templateLabel(key)));
  const pdfUrl = documents.makeOnce('pdf', folder, `${name}.pdf`, () => documents.savePdf(doc.id, folder));

  syncCommitments(ports, id, d, version, patches);
  proposeClauses(store, id, version, applyPlan(template, plan), { start: d.startDate, end: d.endDate, currency: d.currency || 'XOF' });
  conventions.update(id, userInput({ ...fields, version, status: 'Brouillon', docUrl: doc.url, pdfUrl }), d.id ? `version ${version}` : 'génération');
  const summary = dataSummary(d, partnerName, TEMPLATES[key].settingsKey);
  versions.insert([
    {
      conventionId: id,
      version,
      template: TEMPLATES[key].settingsKey,
      docUrl: doc.url,
      pdfUrl,
      generatedBy: store.user,
      generatedAt: store.stamp(),
      data: summary,
    },
  ]);
  store.journal([
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'génération',
      field: `version ${version}`,
      before: '',
      after: `« ${name} » ${doc.url} (PDF ${pdfUrl}) — ${summary}`,
    },
  ]);
  return conventionDetail(ports, settings, role, id);
}
