/**
 * « Initialiser le classeur », also the repair. On a fresh workbook the caller becomes admin;
 * otherwise only an admin may run it, and the existing roles are kept. Decided and done under the
 * document lock: two runs at once make one admin and one set of triggers.
 */
import type { SetupReport } from '../domain/contracts';
import { describeRepair } from '../domain/jobs/trigger-plan';
import { setupMessage } from '../domain/setup/setup-message';
import { installTriggers } from './jobs/triggers';
import type { Ports } from './ports';

export function initialiseWorkbook(ports: Pick<Ports, 'store' | 'lock' | 'workbookSetup' | 'triggers' | 'ui'>): SetupReport {
  const setup = ports.workbookSetup;
  const { report, triggers } = ports.lock.run(() => {
    // Decided again under the lock: of two first runs at once, only one finds the workbook fresh.
    const fresh = setup.freshForCaller();
    // The owner first: a set-up failing midway leaves an admin who can run it again.
    const owner = ports.store.user.toLowerCase();
    if (fresh) setup.grantFirstAdmin(owner);
    return setup.withRollback(() => {
      const created = setup.createSheets();
      // The Journal exists from here on: the first admin's grant is its first entry.
      if (fresh) setup.journalFirstAdmin(owner);
      setup.rewriteRoleView();
      // The hourly scheduled-jobs trigger and the form-submit trigger, installed or repaired (they run as this admin).
      return { report: created, triggers: installTriggers(ports.triggers) };
    });
  });
  ports.ui.alert('Pacte', setupMessage(report, describeRepair(triggers)));
  return report;
}
