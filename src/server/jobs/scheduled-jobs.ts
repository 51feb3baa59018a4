/**
 * The hourly dispatcher (SCHEDULED_JOBS_HANDLER): the use case app/jobs/dispatcher.ts over the
 * registry below. A new job is one line in SCHEDULED_JOBS. Runs only from Pacte's own trigger or
 * for an admin (frame/trigger-guard.ts); a trigger run acts as « tâche planifiée ».
 */
import { runScheduledJobs as dispatch, type ScheduledJob } from '../../app/jobs/dispatcher';
import { shareFolder } from '../../app/jobs/folder-sharing';
import { conventionsDaily } from '../../app/conventions-daily';
import { refreshCommitmentBoard, updateCommitmentStatuses } from '../../app/commitments';
import { sendQueued } from '../../app/mail/notices';
import { surveyJobs } from '../../app/surveys/jobs';
import { createDueEvaluations } from '../../app/evaluations';
import { runAlerts } from '../../app/alerts';
import { syncResources } from '../../app/resources';
import { snapshotLastMonth } from '../../app/kpis';
import { watchFeedsJob } from '../../app/watch-job';
import { scheduledReports } from '../../app/reports/periodic';
import { serve } from '../frame/endpoint';

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { name: 'enquêtes', schedule: { every: 'hour' }, run: (ports) => surveyJobs(ports) },
  { name: 'conventions', schedule: { every: 'day', atHour: 6 }, run: (ports) => conventionsDaily(ports.store, ports.store.today()) },
  // « En retard » / « En cours » by due date, in the spreadsheet's time zone; one write per run.
  { name: 'engagements', schedule: { every: 'hour' }, run: (ports) => updateCommitmentStatuses(ports.store) },
  // After the night's statuses: « Tableau des engagements » rewritten in one block (a change is not cheap to detect; its days late move daily anyway).
  {
    name: 'tableau des engagements',
    schedule: { every: 'day', atHour: 6 },
    run: (ports) => refreshCommitmentBoard(ports.store, ports.surveys.settings().rates),
  },
  // Joint evaluations falling due within the notice period: one « À faire » row each, in their owner's week.
  { name: 'évaluations', schedule: { every: 'day', atHour: 6 }, run: (ports) => createDueEvaluations(ports.store, ports.surveys.settings().evaluationMonths) },
  // Digests, escalations, partner reminders (Paramètres › Alertes): queued once, resumed where the budget stopped it.
  { name: 'alertes', schedule: { every: 'hour' }, run: (ports, budget) => runAlerts(ports, budget) },
  // Before the jobs that open the Pacte folder (reports): the sharing they would set is journaled here first.
  { name: 'partage', schedule: { every: 'day', atHour: 5 }, run: (ports) => shareFolder(ports) },
  // Pledges of conventions and signed opportunities into « Ressources », updated in place (never twice).
  { name: 'ressources', schedule: { every: 'day', atHour: 6 }, run: (ports) => syncResources(ports.store, ports.surveys.settings()) },
  // The month just ended into « Indicateurs », once: every day checks, only the first run of a month writes.
  { name: 'indicateurs', schedule: { every: 'day', atHour: 1 }, run: (ports) => snapshotLastMonth(ports.store, ports.surveys.settings()) },
  // After the snapshot: the month just ended (and the quarter, the year) reported once, mailed once; later days find it made.
  { name: 'rapports', schedule: { every: 'day', atHour: 2 }, run: (ports) => scheduledReports(ports, ports.surveys.settings()) },
  // The feeds of Paramètres › Veille: new calls added once; a feed that fails is named in Journal des erreurs.
  { name: 'veille', schedule: { every: 'day', atHour: 7 }, run: (ports) => watchFeedsJob(ports) },
  // Approval notices waiting for the quota or after a temporary failure of Gmail (retried a few times).
  { name: 'e-mails', schedule: { every: 'hour' }, run: (ports) => sendQueued(ports) },
];

export const runScheduledJobs = serve('runScheduledJobs', ({ ports }) => dispatch(ports, SCHEDULED_JOBS));
