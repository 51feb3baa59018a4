/** Sidebar API: the caller's digest (copy for WhatsApp) and the scheduled jobs' failures (admins). */
import { myDigest } from '../../app/alerts';
import { listJobErrors as jobErrors } from '../../app/jobs/job-errors';
import { serve } from '../frame/endpoint';

const JOB_ERRORS_PAGE = 50;

export const getMyDigest = serve('getMyDigest', ({ ports }) => myDigest(ports));
export const listJobErrors = serve('listJobErrors', ({ ports }, page) =>
  jobErrors(ports.store, { offset: page?.offset ?? 0, limit: page?.limit ?? JOB_ERRORS_PAGE }),
);
