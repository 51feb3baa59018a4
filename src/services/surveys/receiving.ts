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
 * aggregates them without reading the sheet again; the form is asked only for responses
 * submitted at or after the checkpoint (the latest timestamp stored). Triggers running out of order lose nothing: a run fetches every
 * response since the checkpoint, so a later submission's run also stores an earlier one; and
 * the job's daily full sync repairs anything else.
 */
import type { IngestReport } from '../../domain/contracts';
import type { DataRecord } from '../../domain/schema/field';
import { CAMPAIGNS, SENDS } from '../../domain/surveys/tables';
import { FIRST_STEP } from '../../domain/surveys/campaign';
import { placeResponses, responseRecord, type StoredKey, type TokenOwner } from '../../domain/surveys/responses';
import type { QuestionKey } from '../../domain/surveys/questionnaire';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { toLocalDateTime } from '../../domain/format/time-zone';
import { appendRecords, writeColumn } from './append';
import { readFormResponses } from './forms';
import { parseFormUrl, sameForm } from '../../domain/surveys/form-url';
import { readResponseRows, refreshProgress } from './progress';
import { rawText } from '../../domain/records/coerce';

const CHECKPOINT = (campaignId: string) => `pacte.surveys.sync.${campaignId}`;

/**
 * The campaign a response sheet belongs to: its linked form, whatever the shape of the form URL
 * (file ID matched against the campaign's form ID, published ID against its published link),
 * else its name (as recorded).
 */
export function campaignOfSheet(campaigns: SheetTable<typeof CAMPAIGNS>, formUrl: string | null, sheetName: string): DataRecord | null {
  const linked = parseFormUrl(formUrl);
  const all = campaigns.all().map((s) => s.record);
  const byForm = linked.fileId || linked.publishedId ? all.find((c) => sameForm(linked, { fileId: c.formId, ...parseFormUrl(c.formUrl) })) : undefined;
  return byForm ?? all.find((c) => sheetName !== '' && c.responseSheet === sheetName) ?? null;
}

/** Filled by ingestResponses when responses were stored: every « Réponses » row as now stored. */
export interface IngestedRows {
  responses?: DataRecord[];
}

/**
 * Stores the responses of `campaign` not yet in « Réponses ». `full`: every response of the form
 * (catch-up sync); otherwise since the campaign's checkpoint. Caller holds the document lock.
 */
export function ingestResponses(
  ctx: StoreContext,
  campaigns: SheetTable<typeof CAMPAIGNS>,
  campaign: DataRecord,
  full: boolean,
  out?: IngestedRows,
): IngestReport {
  const id = rawText(campaign.id);
  const report: IngestReport = { campaignId: id, stored: 0, unknownTokens: 0, missingTokens: 0, duplicates: 0 };
  const formId = rawText(campaign.formId);
  if (!formId) return report;
  const props = PropertiesService.getDocumentProperties();
  const checkpoint = full ? null : Number(props.getProperty(CHECKPOINT(id)) ?? '');
  const since = checkpoint === null || !Number.isFinite(checkpoint) || checkpoint <= 0 ? null : checkpoint;

  // The whole of « Réponses » in one read: the dashboard
  // refresh that follows a submission aggregates these very rows instead of reading them again.
  const keys = readResponseRows(ctx);
  const stored: StoredKey[] = keys.rows.map(({ row, record }) => ({
    row,
    campaignId: rawText(record.campaignId),
    responseId: rawText(record.responseId),
    token: rawText(record.token),
    flag: rawText(record.flag),
    submittedAt: rawText(record.submittedAt),
  }));
  const skip = new Set(stored.filter((s) => s.campaignId === id).map((s) => s.responseId));
  const items = JSON.parse(rawText(campaign.formItems) || '{}') as Partial<Record<QuestionKey, number>>;
  const answers = readFormResponses(formId, items, since, skip);
  if (answers.length === 0) return report;

  const sends = SheetTable.open(ctx, SENDS);
  const owners = new Map<string, TokenOwner>();
  for (const { record } of sends.all()) {
    if (record.campaignId === id && record.step === FIRST_STEP) {
      owners.set(record.token, {
        partnerId: record.partnerId,
        contactId: record.contactId,
        partnerName: record.partnerName,
        partnerType: record.partnerType,
      });
    }
  }
  const incoming = answers.map((a) =>
    responseRecord(
      { campaignId: id, responseId: a.responseId, submittedAt: toLocalDateTime(new Date(a.timestampMs), ctx.timeZone), answers: a.answers },
      owners,
    ),
  );
  const placed = placeResponses(incoming, stored);
  appendRecords(ctx, keys.log, keys.lastRow, placed.insert, keys.exact);
  if (placed.flagRows.length) {
    const known = new Map(stored.map((s) => [s.row, s.flag]));
    writeColumn(ctx, keys.log, 'flag', new Map(placed.flagRows.map((r) => [r, 'doublon'])), known);
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
  const all = [...keys.rows.map((k) => k.record), ...placed.insert];
  const records = new Map<string, { row: number; record: DataRecord }>();
  sends.all().forEach((s, i) => records.set(String(i), s));
  refreshProgress({ campaigns, records }, all, [id]);

  const latest = Math.max(...answers.map((a) => a.timestampMs));
  if (!checkpoint || latest > checkpoint) props.setProperty(CHECKPOINT(id), String(latest));
  return report;
}
