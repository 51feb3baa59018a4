/**
 * Creating and listing survey campaigns. Creation: the draft checked, the questionnaire
 * read from « Questions » (the default version 1 written there when the sheet is empty), the
 * recipients chosen, the Google Form generated and checked, then one « Enquêtes » row and the
 * sent-log rows (one per recipient, with a random token) written — nothing is sent yet: the first
 * sending goes on the send date (hourly survey job) or at once with sendCampaign.
 */
import type { CampaignSummary } from '../../domain/contracts';
import type { DataRecord } from '../../domain/schema/field';
import { CONTACTS, PARTNERS } from '../../domain/schema/tables';
import { CAMPAIGNS, QUESTIONS, SENDS } from '../../domain/surveys/tables';
import { DEFAULT_QUESTIONNAIRE, questionnaireRows, readQuestionnaire, type Questionnaire } from '../../domain/surveys/questionnaire';
import {
  checkDraft,
  chooseRecipients,
  FIRST_STEP,
  summaryOf,
  answeredTokens,
  progressOf,
  responseRate,
  uncertainCount,
  temporaryFailures,
  type CampaignProgress,
} from '../../domain/surveys/campaign';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { appendJournal } from '../journal';
import { appendRecords, type LogSheet } from './append';
import { createSurveyForm, discardForm, formFileName } from './forms';
import { once } from '../request-ledger';
import { formsNamed, renameItem } from '../drive-files';
import { readResponseKeys, refreshProgress } from './progress';

/** The latest questionnaire of « Questions », writing the default one first if the sheet is empty. */
function currentQuestionnaire(ctx: StoreContext): Questionnaire {
  const table = SheetTable.open(ctx, QUESTIONS);
  const q = readQuestionnaire(table.all());
  if (q) return q;
  table.insert(questionnaireRows(DEFAULT_QUESTIONNAIRE));
  return DEFAULT_QUESTIONNAIRE;
}

export function createCampaignIn(ctx: StoreContext, draft: unknown, today: string, organisation: string): CampaignSummary {
  const d = checkDraft(draft, today);
  const partners = SheetTable.open(ctx, PARTNERS)
    .all()
    .map((s) => s.record);
  const contacts = SheetTable.open(ctx, CONTACTS)
    .all()
    .map((s) => s.record);
  const choice = chooseRecipients(partners, contacts, d.target);
  if (choice.recipients.length + choice.withoutEmail.length === 0) throw new Error('Enquête, champ « Cibles » : aucun partenaire ne correspond à ce ciblage.');
  const campaigns = SheetTable.open(ctx, CAMPAIGNS);
  const sends = SheetTable.open(ctx, SENDS);
  const q = currentQuestionnaire(ctx);
  // Made once per request: a retry reuses the finished form, or discards a half-made one and makes it again.
  const form = once(ctx, 'form', () => {
    const name = formFileName(d.title, d.period);
    // While it is made, its name holds the request ID: a retry finds it even if it failed before the ID was recorded.
    const making = ctx.run ? `${name} [${ctx.run.id}]` : name;
    if (ctx.run?.retry) {
      const started = ctx.run.has('form-started') ? [ctx.run.get<string>('form-started')] : [];
      for (const id of new Set([...started, ...formsNamed(making)])) discardForm(ctx.spreadsheet, id);
    }
    const made = createSurveyForm(ctx.spreadsheet, q, { title: d.title, period: d.period, organisation, language: d.language, fileName: making }, (formId) =>
      ctx.run?.record('form-started', formId),
    );
    if (making !== name) renameItem(made.formId, name);
    return made;
  });
  const [campaign] = campaigns.insert([
    {
      title: d.title,
      period: d.period,
      status: 'Programmée',
      targetTypes: d.target.types.join(', '),
      targetCategories: d.target.categories.join(', '),
      targetStages: d.target.stages.join(', '),
      targetPartnerIds: d.target.partnerIds.join(', '),
      language: d.language === 'en' ? 'Anglais' : 'Français',
      questionnaireVersion: q.version,
      sendDate: d.sendDate,
      reminderDays: d.reminderDays.join(', '),
      closingDate: d.closingDate,
    },
  ]);
  const id = campaign.id;
  const stored = campaigns.getOrThrow(id);
  campaigns.writeComputed('formId', new Map([[stored.row, form.formId]]));
  campaigns.writeComputed('formUrl', new Map([[stored.row, form.publishedUrl]]));
  campaigns.writeComputed('formEditUrl', new Map([[stored.row, form.editUrl]]));
  campaigns.writeComputed('responseSheet', new Map([[stored.row, form.responseSheet]]));
  campaigns.writeComputed('formItems', new Map([[stored.row, JSON.stringify(form.items)]]));

  // Tokens: random (Utilities.getUuid), never derived from the partner; one per recipient.
  const stamp = ctx.stamp();
  const rows: DataRecord[] = [
    ...choice.recipients.map((r) => ({
      campaignId: id,
      step: FIRST_STEP,
      token: Utilities.getUuid(),
      ...r,
      status: 'En attente',
      queuedAt: stamp,
      sentAt: '',
      error: '',
    })),
    ...choice.withoutEmail.map((p) => ({
      campaignId: id,
      step: FIRST_STEP,
      token: Utilities.getUuid(),
      partnerId: p.partnerId,
      partnerName: p.partnerName,
      partnerType: p.partnerType,
      contactId: '',
      contactName: '',
      email: '',
      status: 'Adresse invalide',
      queuedAt: stamp,
      sentAt: '',
      error: 'Aucune adresse e-mail valide (ni contact, ni fiche partenaire).',
    })),
  ];
  const log: LogSheet = { sheet: sends.sheet, spec: SENDS, columns: sends.columns, width: Math.max(...sends.columns.values()) + 1 };
  // Journal first; a retry finds the recipients its earlier attempt queued and does not queue them twice.
  appendJournal(ctx, [
    {
      sheet: CAMPAIGNS.sheetName,
      recordId: id,
      action: 'formulaire',
      field: '',
      before: '',
      after: `Formulaire créé (questionnaire v${q.version}) : ${form.publishedUrl} ; ${choice.recipients.length} destinataire(s) en attente${choice.withoutEmail.length ? `, ${choice.withoutEmail.length} partenaire(s) sans adresse valide` : ''}`,
    },
  ]);
  if (!(ctx.run?.retry && sends.all().some((s) => s.record.campaignId === id))) appendRecords(ctx, log, sends.sheet.getLastRow(), rows);
  const records = new Map(rows.map((r, i) => [String(i), { row: i, record: r }]));
  refreshProgress({ campaigns, records }, [], [id]);
  return summaryOf(campaigns.getOrThrow(id).record);
}

/** Every campaign with live progress (sent-log and response keys read once each), newest first. */
export function listCampaignsIn(ctx: StoreContext): CampaignProgress[] {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS)
    .all()
    .map((s) => s.record);
  if (campaigns.length === 0) return [];
  const sends = SheetTable.open(ctx, SENDS)
    .all()
    .map((s) => s.record);
  const responses = readResponseKeys(ctx).rows.map((r) => r.record);
  const byCampaign = new Map<string, DataRecord[]>();
  for (const s of sends) {
    const list = byCampaign.get(s.campaignId) ?? [];
    list.push(s);
    byCampaign.set(s.campaignId, list);
  }
  return campaigns
    .map((c) => {
      const p = progressOf(byCampaign.get(c.id) ?? [], answeredTokens(responses, c.id));
      const sends = byCampaign.get(c.id) ?? [];
      return { ...summaryOf(c), ...p, responseRate: responseRate(p), uncertain: uncertainCount(sends), ...temporaryFailures(sends), opened: null };
    })
    .sort((a, b) => b.id.localeCompare(a.id, 'fr', { numeric: true }));
}
