/**
 * Installs Pacte's triggers (EXPECTED_TRIGGERS) for the current user in this workbook, and repairs
 * them: a missing one is created, a duplicate or a retired handler is deleted — deletions first,
 * as an add-on may hold only one trigger of each type per document. Idempotent.
 */
import type { TriggerRepair } from '../../domain/contracts';
import { FORM_SUBMIT_HANDLER, SCHEDULED_JOBS_HANDLER, planTriggerRepair } from '../../domain/jobs/trigger-plan';
import type { Triggers } from '../ports/jobs';

export function installTriggers(triggers: Triggers): TriggerRepair {
  const workbookId = triggers.workbookId;
  const known = triggers.schedulers();
  const plan = planTriggerRepair(triggers.list(), known, workbookId);
  const report: TriggerRepair = { created: [], removed: [] };
  for (const t of plan.remove) {
    triggers.remove(t);
    report.removed.push(t.handler);
  }
  let schedulerId = plan.keptScheduler;
  if (schedulerId === undefined) {
    schedulerId = triggers.createHourly(SCHEDULED_JOBS_HANDLER);
    report.created.push(SCHEDULED_JOBS_HANDLER);
  }
  if (plan.createSubmit) {
    triggers.createFormSubmit(FORM_SUBMIT_HANDLER);
    report.created.push(FORM_SUBMIT_HANDLER);
  }
  if (known[workbookId] !== schedulerId) triggers.recordScheduler(workbookId, schedulerId);
  return report;
}
