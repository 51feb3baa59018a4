/**
 * The dispatcher's « veille » job: reads the feeds of Paramètres › Veille. Each feed that fails is a
 * line of Journal des erreurs (the job itself succeeds: the other feeds were read).
 */
import type { Ports } from './ports';
import { fetchFeeds } from './watch';
import { recordJobErrors } from './jobs/job-errors';

export function watchFeedsJob(ports: Ports): ReturnType<typeof fetchFeeds> {
  const report = fetchFeeds(ports, ports.surveys.settings());
  recordJobErrors(
    ports.store,
    report.problems.map((message) => ({ job: 'veille', message, stack: '' })),
  );
  return report;
}
