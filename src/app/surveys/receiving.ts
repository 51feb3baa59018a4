/**
 * Receiving survey responses: from the campaign's Google Form into « Réponses ».
 *
 * One code path serves the submit trigger and the catch-up sync: read the form's responses
 * submitted since a checkpoint (all of them for a full sync), skip those whose response ID is
 * already stored, and append the rest in one block. So it is idempotent (by Google's response ID)
 * and a trigger run also repairs what an earlier missed run left behind.
 *
 * Cost of one submission, whatever the number of past responses: « Réponses » is read once
 * (one call for the header and every row) and its rows are handed to the dashboard refresh, which
 * aggregates them without reading the sheet again; the form is asked only for responses submitted
 * at or after the checkpoint (the latest timestamp stored). Triggers running out of order lose
 * nothing: a run fetches every response since the checkpoint, so a later submission's run also
 * stores an earlier one; and the job's daily full sync repairs anything else.
 */
import type { IngestReport } from '../../domain/contracts';
import type { DataRecord, Row } from '../../domain/schema/field';
import { CAMPAIGNS, RESPONSES } from '../../domain/surveys/tables';
import { FIRST_STEP } from '../../domain/surveys/campaign';
import { placeResponses, responseRecord, type StoredKey, type TokenOwner } from '../../domain/surveys/responses';
import { parseFormUrl, sameForm } from '../../domain/surveys/form-url';
import { toLocalDateTime } from '../../domain/format/time-zone';
import { rawText } from '../../domain/records/coerce';
import type { Table } from '../../store/store';
import type { Ports } from '../ports';
import type { FormItems } from '../ports/surveys';
import { readResponses, readSends, refreshProgress } from './logs';
import { afterResponsesStored } from './results';

const CHECKPOINT = (campaignId: string) => `pacte.surveys.sync.${campaignId}`;

/**
 * The campaign a response sheet belongs to: its linked form, whatever the shape of the form URL
 * (file ID matched against the campaign's form ID, published ID against its published link),
 * else its name (as recorded).
 */
function campaignOfSheet(campaigns: readonly Row<typeof CAMPAIGNS>[], formUrl: string | null, sheetName: string): Row<typeof CAMPAIGNS> | null {
  const linked = parseFormUrl(formUrl);
  const byForm = linked.fileId || linked.publishedId ? campaigns.find((c) => sameForm(linked, { fileId: c.formId, ...parseFormUrl(c.formUrl) })) : undefined;
  return byForm ?? campaigns.find((c) => sheetName !== '' && c.responseSheet === sheetName) ?? null;
}

/** Filled by ingestResponses when responses were stored: every « Réponses » row as now stored. */
interface IngestedRows {
  responses?: DataRecord[];
}

/**
 * Stores the responses of `campaign` not yet in « Réponses ». `full`: every response of the form
 * (catch-up sync); otherwise since the campaign's checkpoint. Caller holds the document lock.
 */
export function ingestResponses(ports: Ports, campaigns: Table<typeof CAMPAIGNS>, campaign: DataRecord, full: boolean, out?: IngestedRows): IngestReport {
  const { store, surveys } = ports;
  const id = rawText(campaign.id);
  const report: IngestReport = { campaignId: id, stored: 0, unknownTokens: 0, missingTokens: 0, duplicates: 0 };
  const formId = rawText(campaign.formId);
  if (!formId) return report;
  const checkpoint = full ? null : Number(surveys.marks.get(CHECKPOINT(id)) ?? '');
  const since = checkpoint === null || !Number.isFinite(checkpoint) || checkpoint <= 0 ? null : checkpoint;

  // The whole of « Réponses » in one read: the dashboard refresh that follows a submission
  // aggregates these very rows instead of reading them again.
  const keys = readResponses(store);
  const stored: StoredKey[] = keys.rows.map(({ row, record }) => ({
    row,
    campaignId: rawText(record.campaignId),
    responseId: rawText(record.responseId),
    token: rawText(record.token),
    flag: rawText(record.flag),
    submittedAt: rawText(record.submittedAt),
  }));
  const skip = new Set(stored.filter((s) => s.campaignId === id).map((s) => s.responseId));
  const items = JSON.parse(rawText(campaign.formItems) || '{}') as FormItems;
  const answers = surveys.forms.responsesSince(formId, items, since, skip);
  if (answers.length === 0) return report;

  const sends = readSends(store).rows.map((s) => s.record);
  const owners = new Map<string, TokenOwner>();
  for (const record of sends) {
    if (record.campaignId === id && record.step === FIRST_STEP) {
      owners.set(rawText(record.token), {
        partnerId: record.partnerId,
        contactId: record.contactId,
        partnerName: record.partnerName,
        partnerType: record.partnerType,
      });
    }
  }
  const incoming = answers.map((a) =>
    responseRecord(
      { campaignId: id, responseId: a.responseId, submittedAt: toLocalDateTime(new Date(a.timestampMs), store.timeZone), answers: a.answers },
      owners,
    ),
  );
  const placed = placeResponses(incoming, stored);
  store.append(RESPONSES, placed.insert as Row<typeof RESPONSES>[], { lastRow: keys.lastRow, exact: true });
  if (placed.flagRows.length) {
    const known = new Map(stored.map((s) => [s.row, s.flag]));
    store.setColumn(RESPONSES, 'flag', new Map(placed.flagRows.map((r) => [r, 'doublon'])), known);
  }
  for (const r of placed.insert) {
    if (r.flag === 'jeton inconnu') report.unknownTokens++;
    else if (r.flag === 'jeton manquant') report.missingTokens++;
    else if (r.flag === 'doublon') report.duplicates++;
  }
  report.duplicates += placed.flagRows.length;
  report.stored = placed.insert.length;
  if (out) {
    const flagged = new Set(placed.flagRows);
    out.responses = [...keys.rows.map((k) => (flagged.has(k.row) ? { ...k.record, flag: 'doublon' } : k.record)), ...placed.insert];
  }

  // Live progress (« Réponses » column of Enquêtes): from the keys just read plus the new rows.
  refreshProgress(campaigns, sends, [...keys.rows.map((k) => k.record), ...placed.insert], [id]);

  const latest = Math.max(...answers.map((a) => a.timestampMs));
  if (!checkpoint || latest > checkpoint) surveys.marks.set(CHECKPOINT(id), String(latest));
  return report;
}

/**
 * Catch-up sync: stores every response of the campaign's form (or of every campaign) not yet in
 * « Réponses », by response ID — safe to run any number of times.
 */
export function syncSurveyResponses(ports: Ports, campaignId: string | undefined): IngestReport[] {
  const { store } = ports;
  const campaigns = store.table(CAMPAIGNS);
  const list = campaignId
    ? [campaigns.getOrThrow(campaignId).record]
    : campaigns
        .all()
        .map((s) => s.record)
        .filter((c) => c.formId);
  const reports = list.map((c) => ingestResponses(ports, campaigns, c, true));
  const stored = reports.filter((r) => r.stored > 0);
  if (stored.length > 0) {
    store.journal(
      stored.map((r) => ({
        sheet: RESPONSES.sheetName,
        recordId: r.campaignId,
        action: 'synchronisation',
        field: '',
        before: '',
        after: `${r.stored} réponse(s) récupérée(s)`,
      })),
    );
    afterResponsesStored(ports, campaignId || undefined);
  }
  return reports;
}

/**
 * The spreadsheet's form-submit trigger: finds the campaign from the response sheet's linked form
 * (else the sheet's name recorded in « Enquêtes »), stores the new responses in « Réponses » and
 * refreshes « Tableau satisfaction ». A response sheet that is not a Pacte survey is ignored.
 * Takes nothing from the event but the response sheet; runs under the document lock.
 */
export function onSurveySubmit(ports: Ports, event: unknown): IngestReport | null {
  const { store, surveys } = ports;
  const sheet = surveys.forms.submittedSheet(event);
  return surveys.withDocumentLock(() => {
    const campaigns = store.table(CAMPAIGNS);
    const all = campaigns.all().map((s) => s.record);
    const campaign = campaignOfSheet(all, sheet?.formUrl ?? null, sheet?.sheetName ?? '');
    if (!campaign) return null;
    const rows: IngestedRows = {};
    const report = ingestResponses(ports, campaigns, campaign, false, rows);
    // The refresh aggregates the rows just read and written: no second read of either sheet.
    if (report.stored > 0) afterResponsesStored(ports, report.campaignId, { campaigns: campaigns.all().map((s) => s.record), responses: rows.responses });
    return report;
  });
}
