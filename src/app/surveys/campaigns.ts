/**
 * Creating and listing survey campaigns. Creation: the draft checked, the questionnaire read from
 * « Questions » (the default version 1 written there when the sheet is empty), the recipients
 * chosen, the Google Form generated and checked, then one « Enquêtes » row and the sent-log rows
 * (one per recipient, with a random token) written — nothing is sent yet: the first sending goes
 * on the send date (hourly survey job) or at once with sendCampaign.
 */
import type { CampaignSummary } from '../../domain/contracts';
import type { DataRecord } from '../../domain/schema/field';
import { CONTACTS, PARTNERS } from '../../domain/schema/tables';
import { CAMPAIGNS, QUESTIONS, SENDS } from '../../domain/surveys/tables';
import { DEFAULT_QUESTIONNAIRE, questionnaireRows, readQuestionnaire, type Questionnaire } from '../../domain/surveys/questionnaire';
import { checkDraft, chooseRecipients, summaryOf, type CampaignProgress } from '../../domain/surveys/campaign';
import { campaignsProgress, formCreatedLine, queuedSends } from '../../domain/surveys/send-log';
import type { Store } from '../../store/store';
import type { Ports } from '../ports';
import { readResponseKeys, readSends, refreshProgress } from './logs';

const records = (store: Store, spec: typeof PARTNERS | typeof CONTACTS | typeof CAMPAIGNS): DataRecord[] =>
  store
    .table(spec)
    .all()
    .map((s) => s.record as DataRecord);

/** The latest questionnaire of « Questions », writing the default one first if the sheet is empty. */
function currentQuestionnaire(store: Store): Questionnaire {
  const table = store.table(QUESTIONS);
  const q = readQuestionnaire(table.all());
  if (q) return q;
  table.insert(questionnaireRows(DEFAULT_QUESTIONNAIRE));
  return DEFAULT_QUESTIONNAIRE;
}

/**
 * Creates a campaign: its Google Form (published, checked) and its recipients queued with personal
 * tokens. `questionnaire`: other questions than « Questions »'s (a joint evaluation's grid).
 */
export function createCampaign(ports: Ports, draft: unknown, organisation: string, questionnaire?: Questionnaire): CampaignSummary {
  const { store, surveys } = ports;
  const d = checkDraft(draft, store.today());
  const choice = chooseRecipients(records(store, PARTNERS), records(store, CONTACTS), d.target);
  if (choice.recipients.length + choice.withoutEmail.length === 0) throw new Error('Enquête, champ « Cibles » : aucun partenaire ne correspond à ce ciblage.');
  const campaigns = store.table(CAMPAIGNS);
  const sends = readSends(store);
  const q = questionnaire ?? currentQuestionnaire(store);
  const form = surveys.forms.create(q, { title: d.title, period: d.period, organisation, language: d.language });
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
  const { row } = campaigns.getOrThrow(id);
  campaigns.writeComputed('formId', new Map([[row, form.formId]]));
  campaigns.writeComputed('formUrl', new Map([[row, form.publishedUrl]]));
  campaigns.writeComputed('formEditUrl', new Map([[row, form.editUrl]]));
  campaigns.writeComputed('responseSheet', new Map([[row, form.responseSheet]]));
  campaigns.writeComputed('formItems', new Map([[row, JSON.stringify(form.items)]]));

  const rows = queuedSends(id, choice, store.stamp(), () => surveys.newToken());
  // Journal first; a retry finds the recipients its earlier attempt queued and does not queue them twice.
  store.journal([
    { sheet: CAMPAIGNS.sheetName, recordId: id, action: 'formulaire', field: '', before: '', after: formCreatedLine(q.version, form.publishedUrl, choice) },
  ]);
  if (!sends.rows.some((s) => s.record.campaignId === id)) store.append(SENDS, rows, { lastRow: sends.lastRow, exact: true });
  refreshProgress(campaigns, rows, [], [id]);
  return summaryOf(campaigns.getOrThrow(id).record);
}

/** Every campaign with live progress (sent-log and response keys read once each), newest first. */
export function listCampaigns(store: Store): CampaignProgress[] {
  const campaigns = records(store, CAMPAIGNS);
  if (campaigns.length === 0) return [];
  return campaignsProgress(
    campaigns,
    readSends(store).rows.map((s) => s.record),
    readResponseKeys(store),
  );
}

/** One campaign with its live progress; a French error when it is not in « Enquêtes ». */
export function campaignProgress(store: Store, id: string): CampaignProgress {
  const found = listCampaigns(store).find((c) => c.id === id);
  if (!found) throw new Error(`Enquête ${id} introuvable dans la feuille « Enquêtes ».`);
  return found;
}
