/**
 * Sidebar API: conventions from templates — generation of a version (Doc + PDF in the partner's
 * folder, Conventions row, commitments in Engagements, « Versions » row, Journal), list and
 * detail, and the minutes (PV, notes de synthèse, arbitrages) attached to a convention.
 * The approval circuit (circuit, canDecide, signatures) comes from api/approvals.ts.
 */
import type { ConventionDetail, DocumentLink } from '../../domain/contracts';
import type { DataRecord, FieldKey, Row, TableSpec } from '../../domain/schema/field';
import { COMMITMENTS, CONTACTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import type { Role } from '../../domain/settings/settings';
import { diffRecords } from '../../domain/records/diff';
import { ATTACHMENTS, VERSIONS, type AttachmentKind } from '../../domain/conventions/tables';
import {
  attachmentsOf,
  checkDraft,
  conventionTemplateData,
  dataSummary,
  documentName,
  nextVersion,
  organisationInfo,
  summariseCommitment,
  summariseConvention,
  versionsOf,
  type CheckedDraft,
  type DraftInput,
} from '../../domain/conventions/convention';
import { planFill, problemsMessage, type TemplateData } from '../../domain/templates/engine';
import { TEMPLATES, type TemplateKey } from '../../domain/templates/defaults';
import { formatDateFr } from '../../domain/format/french';
import { parseFrenchDate } from '../../domain/format/local-date';
import { userInput } from '../../domain/records/validate';
import { SheetTable } from '../../services/sheet-table';
import { appendJournal, type JournalEntry } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { pendingMail, retryFailedMail } from '../../app/mail/notices';
import { toLocalDate } from '../../domain/format/time-zone';
import type { StoreContext } from '../../services/store-context';
import { SheetMissingError } from '../../store/errors';
import { partnerFolder } from '../../services/drive-folder';
import { generateFromTemplate, savePdf } from '../../services/docs/template-doc';
import { makeOnce } from '../../services/drive-files';
import { once } from '../../services/request-ledger';
import { ensureTemplates_, readTemplate_, rootFolder_, templateLabel_, templateStore_ } from './templates';
import { approvalDetail } from '../../domain/conventions/approval-view';
import { loadApprovalRows } from '../../app/approvals/work';
import { storeFor } from '../../services/sheets-store';
import { portsFor } from '../frame/ports';
import type { CheckedParamsOf } from '../../domain/contracts/api';
import { serve } from '../frame/endpoint';
import { text } from '../../domain/records/coerce';
import { checkRow, checkRows, withProblems } from '../../domain/records/row-problems';

const records = <S extends TableSpec>(t: SheetTable<S>): Row<S>[] => t.all().map((s) => s.record);
const today_ = (ctx: StoreContext): string => toLocalDate(new Date(), ctx.timeZone);

function openOrNull_<S extends TableSpec>(ctx: StoreContext, spec: S): SheetTable<S> | null {
  try {
    return SheetTable.open(ctx, spec);
  } catch (e) {
    if (e instanceof SheetMissingError) return null;
    throw e;
  }
}

// ---- detail ----------------------------------------------------------------------------------

interface Loaded {
  conventions: SheetTable<typeof CONVENTIONS>;
  partners: SheetTable<typeof PARTNERS>;
  commitments: SheetTable<typeof COMMITMENTS>;
  versions: SheetTable<typeof VERSIONS> | null;
  attachments: SheetTable<typeof ATTACHMENTS> | null;
}

/**
 * A convention's detail for a caller: the row, its versions, commitments and attachments, and the
 * approval part (circuit, canDecide, signatures) from domain/conventions/approval-view.ts. Exported for the approval
 * entry points, which return it after each action.
 */
function conventionDetail_(ctx: StoreContext, id: string, role: Role | null, loaded?: Partial<Loaded>): ConventionDetail {
  const conventions = loaded?.conventions ?? SheetTable.open(ctx, CONVENTIONS);
  const stored = conventions.getOrThrow(id);
  const { record: row, problems } = checkRow(CONVENTIONS, stored.record, stored.row);
  const partner = (loaded?.partners ?? SheetTable.open(ctx, PARTNERS)).get(text(row.partnerId))?.record;
  const partnerName = text(partner?.name) || text(row.partnerId);
  const settings = loadSettings(ctx);
  const approval = approvalDetail(row, partnerName, loadApprovalRows(storeFor(ctx)), settings, role);
  const commitments = checkRows(COMMITMENTS, (loaded?.commitments ?? SheetTable.open(ctx, COMMITMENTS)).all()).filter(
    (c) => text(c.record.conventionId) === id,
  );
  const versions = loaded?.versions === undefined ? openOrNull_(ctx, VERSIONS) : loaded.versions;
  const attachments = loaded?.attachments === undefined ? openOrNull_(ctx, ATTACHMENTS) : loaded.attachments;
  const today = today_(ctx);
  return {
    ...approval,
    convention: withProblems(summariseConvention(row, partnerName, approval.convention.awaitingRole), problems),
    versions: versions ? versionsOf(checkRows(VERSIONS, versions.all()), id) : [],
    commitments: commitments.map((c) => withProblems(summariseCommitment(c.record, today), c.problems)),
    attachments: attachments ? attachmentsOf(records(attachments), id) : [],
    linkHosts: settings.linkHosts ?? [],
    ...(role === 'admin' ? { pendingMail: pendingMail(portsFor(ctx)).filter((m) => m.key.split(':').includes(id)) } : {}),
  };
}

/** An admin's manual retry of one of the convention's e-mails left in « échec » (Envois). */
export const retryMail = serve('retryMail', ({ ctx, ports, role }, id, mailId) => {
  const status = retryFailedMail(ports, mailId);
  const detail = conventionDetail_(ctx, id, role);
  return status === 'envoyé' ? detail : { ...detail, notice: `L'e-mail ${mailId} n'est pas encore parti (${status}) : voir la feuille Envois.` };
});

/** Every convention (most recent first), with its partner and the role whose decision is awaited. */
export const listConventions = serve('listConventions', ({ ctx, role }) => {
  const names = new Map(records(SheetTable.open(ctx, PARTNERS)).map((p) => [text(p.id), text(p.name)]));
  const approvals = loadApprovalRows(storeFor(ctx));
  const settings = loadSettings(ctx);
  return checkRows(CONVENTIONS, SheetTable.open(ctx, CONVENTIONS).all())
    .map(({ record: r, problems }) => {
      const partnerName = names.get(text(r.partnerId)) ?? text(r.partnerId);
      const awaiting = r.status === 'En validation' ? approvalDetail(r, partnerName, approvals, settings, role).convention.awaitingRole : '';
      return withProblems(summariseConvention(r, partnerName, awaiting), problems);
    })
    .sort((a, b) => b.id.localeCompare(a.id, 'fr', { numeric: true }));
});

export const getConvention = serve('getConvention', ({ ctx, role }, id) => conventionDetail_(ctx, id, role));

// ---- generation --------------------------------------------------------------------------------

function primaryContact_(contacts: readonly DataRecord[], partnerId: string): DataRecord | undefined {
  const mine = contacts.filter((c) => text(c.partnerId) === partnerId);
  return mine.find((c) => c.primary === true) ?? mine[0];
}

/** Plans the fill or throws every problem of the template (nothing is created). */
function planOrThrow_(key: TemplateKey, template: ReturnType<typeof readTemplate_>, data: TemplateData) {
  const result = planFill(template, TEMPLATES[key].catalogue, data);
  if (!result.ok) throw new Error(problemsMessage(TEMPLATES[key].catalogue, result.problems));
  return result.plan;
}

/**
 * Writes the draft's commitments for the convention: those carrying an ID are updated (only the
 * changed cells, one write per changed column), new ones are added in one block, and those left
 * out of the new version are cancelled (« Annulé »; done ones stay as they are). All journaled.
 */
function syncCommitments_(
  ctx: StoreContext,
  table: SheetTable<typeof COMMITMENTS>,
  conventionId: string,
  d: CheckedDraft,
  version: number,
  patches: ReadonlyMap<string, DataRecord>,
): void {
  const mine = table.all().filter((s) => text(s.record.conventionId) === conventionId);
  const byId = new Map(mine.map((s) => [text(s.record.id), s]));
  const action = `version ${version}`;
  const writes = new Map<string, Map<number, DataRecord[string]>>();
  const entries: JournalEntry[] = [];
  const header = (key: string) => COMMITMENTS.fields.find((f) => f.key === key)?.header ?? key;
  const set = (field: string, row: number, value: DataRecord[string]) => {
    if (!writes.has(field)) writes.set(field, new Map());
    writes.get(field)!.set(row, value);
  };
  const kept = new Set<string>();
  // A retry must not withdraw the commitments its own earlier attempt added (their IDs are this request's).
  const own = ctx.run?.reservedIds() ?? new Set<string>();
  for (const c of d.commitments) {
    if (!c.id) continue;
    kept.add(c.id);
    const stored = byId.get(c.id)!;
    const patch = patches.get(c.id) ?? {};
    for (const change of diffRecords(stored.record, patch)) {
      set(change.field, stored.row, patch[change.field]);
      entries.push({ sheet: COMMITMENTS.sheetName, recordId: c.id, action, field: header(change.field), before: change.before, after: change.after });
    }
  }
  for (const s of mine) {
    const id = text(s.record.id);
    const status = s.record.status;
    if (kept.has(id) || own.has(id) || status === 'Réalisé' || status === 'Annulé') continue;
    set('status', s.row, 'Annulé');
    entries.push({
      sheet: COMMITMENTS.sheetName,
      recordId: id,
      action: `retiré de la version ${version}`,
      field: header('status'),
      before: status,
      after: 'Annulé',
    });
  }
  appendJournal(ctx, entries); // before the cells it describes (services/journal.ts)
  if (writes.size) {
    const stamp = ctx.stamp();
    const rows = new Set([...writes.values()].flatMap((m) => [...m.keys()]));
    for (const r of rows) {
      set('updatedAt', r, stamp);
      set('updatedBy', r, ctx.user);
    }
    for (const [field, values] of writes) table.writeComputed(field as FieldKey<typeof COMMITMENTS>, values);
  }
  const added = d.commitments.filter((c) => !c.id).map((c) => ({ ...c.record, conventionId, status: c.record.status || 'À faire' }));
  // Commitments come from the sidebar's draft: validated by the table like any user input.
  table.insert(added.map((c) => userInput(c)));
}

/**
 * Generates a version of a convention from its template: validates the draft and the template
 * (every problem reported, nothing created), creates or updates the Conventions row (status
 * Brouillon), copies the template to the partner's Drive folder as « CONV-0001 v2 — Partenaire —
 * Type », fills it, saves its PDF next to it, writes the commitments, records the version and
 * journals who generated what from which data. Older versions' Docs and PDFs are kept.
 */
export const generateConvention = serve('generateConvention', ({ ctx, role }, draft) => {
  const input = draftInput_(draft);
  const partners = SheetTable.open(ctx, PARTNERS);
  const conventions = SheetTable.open(ctx, CONVENTIONS);
  const commitments = SheetTable.open(ctx, COMMITMENTS);
  const versions = SheetTable.open(ctx, VERSIONS);
  const opportunityId = text(input.opportunityId);
  const opportunity = opportunityId ? SheetTable.open(ctx, OPPORTUNITIES).get(opportunityId)?.record : undefined;
  const existing = text(input.id) ? conventions.get(text(input.id))?.record : undefined;
  const amended = text(input.amends) ? conventions.get(text(input.amends))?.record : undefined;
  const partner = partners.get(text(input.partnerId))?.record;
  const existingCommitmentIds = new Set(
    records(commitments)
      .filter((r) => existing && text(r.conventionId) === text(existing.id))
      .map((r) => text(r.id)),
  );
  const d = checkDraft(input, { partner, opportunity, existing, amended, existingCommitmentIds });
  const patches = new Map(d.commitments.filter((c) => c.id).map((c) => [c.id, c.record]));
  for (const c of d.commitments) if (c.id) c.record = { ...commitments.get(c.id)!.record, ...c.record };

  const store = templateStore_(ctx);
  const key = d.templateKey;
  const templateId = ensureTemplates_(ctx, store, [key])[key];
  const template = readTemplate_(key, templateId);
  // Recorded under the request ID: a retry after the Versions row was written makes the same version, not the next.
  const version = once(ctx, 'version', () => nextVersion(existing, records(versions)));
  const today = today_(ctx);
  const organisation = organisationInfo(records(store.settings));
  if (!organisation.name) organisation.name = loadSettings(ctx).organisation;
  const primary = primaryContact_(records(SheetTable.open(ctx, CONTACTS)), d.partnerId);
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
      author: ctx.user,
      today,
    });
  // Checked with a provisional ID before anything is written; the real ID does not change the plan's validity.
  planOrThrow_(key, template, dataFor(d.id || 'CONV-0000'));

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
  const plan = planOrThrow_(key, template, dataFor(id));
  const partnerName = text(partner!.name);
  const folder = partnerFolder(rootFolder_(ctx, store), d.partnerId, partnerName);
  const name = documentName(id, version, partnerName, d.type);
  // Each made once per request: a retry reuses them (a half-made one goes to the trash and is made again).
  const doc = makeOnce(ctx, 'doc', folder, name, () => generateFromTemplate(templateId, template, plan, folder, name, templateLabel_(key)));
  const pdfUrl = makeOnce(ctx, 'pdf', folder, `${name}.pdf`, () => savePdf(doc.id, folder));

  syncCommitments_(ctx, commitments, id, d, version, patches);
  conventions.update(id, userInput({ ...fields, version, status: 'Brouillon', docUrl: doc.url, pdfUrl }), d.id ? `version ${version}` : 'génération');
  const summary = dataSummary(d, partnerName, TEMPLATES[key].settingsKey);
  versions.insert([
    {
      conventionId: id,
      version,
      template: TEMPLATES[key].settingsKey,
      docUrl: doc.url,
      pdfUrl,
      generatedBy: ctx.user,
      generatedAt: ctx.stamp(),
      data: summary,
    },
  ]);
  appendJournal(ctx, [
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'génération',
      field: `version ${version}`,
      before: '',
      after: `« ${name} » ${doc.url} (PDF ${pdfUrl}) — ${summary}`,
    },
  ]);
  return conventionDetail_(ctx, id, role, { conventions, partners, commitments, versions });
});

/** The checked draft as checkDraft reads it: an empty amount is no amount; the amounts' text is read there. */
function draftInput_(d: CheckedParamsOf<'generateConvention'>[0]): DraftInput {
  const amount = (x: number | string | null | undefined): number | null => (x === undefined || x === null || x === '' ? null : (x as number));
  // The cast: ArgValue still lets null through the optional fields' type (args.ts); optional() turns null into undefined.
  return { ...d, amount: amount(d.amount), inKind: amount(d.inKind), commitments: d.commitments ?? [] } as DraftInput;
}

// ---- minutes -----------------------------------------------------------------------------------

interface MinutesInput {
  kind: AttachmentKind;
  title: string;
  date: string;
  body: string;
  url: string;
}

/** What the schema cannot know: the date's reading, the link's form, one of link or content. */
function minutesArg_(o: CheckedParamsOf<'attachMinutes'>[1]): MinutesInput {
  const date = parseFrenchDate(o.date);
  if (!date) throw new Error(`Pièce jointe, champ « Date » : « ${o.date} » n'est pas une date valide (attendu : une date au format JJ/MM/AAAA).`);
  const body = (o.body ?? '').replace(/\r\n?/g, '\n').trim();
  const url = o.url ?? '';
  if (url && !/^https:\/\/\S+$/i.test(url)) throw new Error(`Pièce jointe, champ « Lien » : « ${url} » n'est pas un lien https:// valide.`);
  if (url && body) throw new Error('Pièce jointe : donnez soit un lien vers un fichier existant, soit un contenu pour générer le document, pas les deux.');
  return { kind: o.kind, title: o.title, date, body, url };
}

/** The convention row as a checked draft (for the convention.* values of a PV or a note). */
function draftFromRow_(row: DataRecord): CheckedDraft {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: text(row.id),
    partnerId: text(row.partnerId),
    opportunityId: text(row.opportunityId),
    type: text(row.type),
    templateKey: 'convention',
    startDate: text(row.startDate),
    endDate: text(row.endDate),
    amount: num(row.amount),
    currency: text(row.currency) || 'XOF',
    inKind: num(row.inKind),
    inKindDescription: text(row.inKindDescription),
    purpose: text(row.purpose),
    amends: text(row.amends),
    commitments: [],
  };
}

/**
 * Attaches a PV, a note de synthèse or an arbitration to a convention: a Doc generated from the
 * PV or note template in the partner's folder (with `body` as its content), or a link to an
 * existing file (`url`). Listed in the convention's attachments and journaled.
 */
export const attachMinutes = serve('attachMinutes', ({ ctx }, id, input) => {
  const m = minutesArg_(input);
  const row = SheetTable.open(ctx, CONVENTIONS).getOrThrow(id).record;
  const attachments = SheetTable.open(ctx, ATTACHMENTS);
  let link: DocumentLink;
  if (m.url) link = { name: `${m.kind} — ${m.title}`, url: m.url };
  else {
    const partner = SheetTable.open(ctx, PARTNERS).getOrThrow(text(row.partnerId)).record;
    const store = templateStore_(ctx);
    const key: TemplateKey = m.kind === 'PV' ? 'pv' : 'note-synthese';
    const templateId = ensureTemplates_(ctx, store, [key])[key];
    const template = readTemplate_(key, templateId);
    const organisation = organisationInfo(records(store.settings));
    if (!organisation.name) organisation.name = loadSettings(ctx).organisation;
    const base = conventionTemplateData({
      draft: draftFromRow_(row),
      conventionId: id,
      version: typeof row.version === 'number' ? row.version : 1,
      status: text(row.status),
      partner,
      primaryContact: primaryContact_(records(SheetTable.open(ctx, CONTACTS)), text(row.partnerId)),
      opportunity: undefined,
      amended: undefined,
      organisation,
      author: ctx.user,
      today: today_(ctx),
    });
    const data: TemplateData = {
      ...base,
      values: {
        ...base.values,
        'document.type': m.kind,
        'document.titre': m.title,
        'document.date': formatDateFr(m.date),
        'document.contenu': m.body.replace(/\n/g, '\r'),
      },
    };
    const plan = planOrThrow_(key, template, data);
    const folder = partnerFolder(rootFolder_(ctx, store), text(row.partnerId), text(partner.name));
    const name = `${id} — ${m.kind} — ${m.title} — ${formatDateFr(m.date)}`;
    link = { name, url: generateFromTemplate(templateId, template, plan, folder, name, templateLabel_(key)).url };
  }
  attachments.insert([
    { conventionId: id, version: typeof row.version === 'number' ? row.version : null, kind: m.kind, title: m.title, date: m.date, url: link.url },
  ]);
  appendJournal(ctx, [{ sheet: CONVENTIONS.sheetName, recordId: id, action: 'pièce jointe', field: m.kind, before: '', after: `${link.name} — ${link.url}` }]);
  return link;
});
