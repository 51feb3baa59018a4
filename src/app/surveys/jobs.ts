/**
 * The hourly survey job run by the scheduled-jobs dispatcher (under the document lock and one
 * Journal block): sync of every open campaign (full catch-up once a day, since the checkpoint
 * otherwise), then sending (queued first sendings, due reminders to non-respondents, closing),
 * within the mail quota; « Tableau satisfaction » refreshed when responses came in or a campaign closed.
 */
import type { IngestReport } from '../../domain/contracts';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { runWorthJournaling, type SendReport } from '../../domain/surveys/send-log';
import type { Ports } from '../ports';
import { ingestResponses } from './receiving';
import { afterResponsesStored } from './results';
import { journalRun, runSends } from './sending';

const FULL_SYNC_KEY = 'pacte.surveys.fullSyncDay';

export interface SurveyJobReport {
  today: string;
  synced: IngestReport[];
  sending: SendReport;
}

export function surveyJobs(ports: Ports): SurveyJobReport {
  const { store, surveys } = ports;
  const today = store.today();
  const campaigns = store.table(CAMPAIGNS);
  const open = campaigns
    .all()
    .map((s) => s.record)
    .filter((c) => c.status !== 'Clôturée' && c.formId);
  // Full catch-up (every response ID of every open form) once a day; since the checkpoint otherwise.
  const full = surveys.marks.get(FULL_SYNC_KEY) !== today;
  const synced = open.map((c) => ingestResponses(ports, campaigns, c, full)).filter((r) => r.stored > 0);
  if (full) surveys.marks.set(FULL_SYNC_KEY, today);
  const sending = runSends(ports, { today, organisation: surveys.settings().organisation });
  if (runWorthJournaling(sending)) journalRun(store, '', sending);
  if (synced.length || sending.closed.length) afterResponsesStored(ports);
  return { today, synced, sending };
}
