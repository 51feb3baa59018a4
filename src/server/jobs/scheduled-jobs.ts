/**
 * The hourly dispatcher (SCHEDULED_JOBS_HANDLER): the use case app/jobs/dispatcher.ts over the
 * registry below. A new job is one line in scheduledJobs. Runs only from Pacte's own trigger or
 * for an admin (frame/trigger-guard.ts); a trigger run acts as « tâche planifiée ».
 */
import { runScheduledJobs as dispatch, type ScheduledJob } from '../../app/jobs/dispatcher';
import { shareFolder } from '../../app/jobs/folder-sharing';
import { conventionsDaily } from '../../app/conventions-daily';
import { serve, type FrameOf } from '../frame/endpoint';
import { sendQueued } from '../../services/mail/notifier';
import { surveyJobs } from './surveys';

type LegacyContext = FrameOf<'runScheduledJobs'>['ctx'];

const scheduledJobs = (ctx: LegacyContext): readonly ScheduledJob[] => [
  // Adapter: surveyJobs still takes the StoreContext (it moves to src/app/surveys with Ports).
  { name: 'enquêtes', schedule: { every: 'hour' }, run: () => surveyJobs(ctx) },
  { name: 'conventions', schedule: { every: 'day', atHour: 6 }, run: (ports) => conventionsDaily(ports.store, ports.store.today()) },
  { name: 'partage', schedule: { every: 'day', atHour: 5 }, run: (ports) => shareFolder(ports) },
  // Approval notices waiting for the quota or after a temporary failure of Gmail (retried a few times).
  // Adapter: sendQueued still takes the StoreContext (it moves to src/app/mail with Ports).
  { name: 'e-mails', schedule: { every: 'hour' }, run: () => sendQueued(ctx) },
];

export const runScheduledJobs = serve('runScheduledJobs', ({ ctx, ports }) => dispatch(ports, scheduledJobs(ctx)));
