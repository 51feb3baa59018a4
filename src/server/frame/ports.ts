/**
 * The composition root: the ports of src/app/ports.ts over Apps Script, built once per execution
 * and only when a use case first asks for one (a read of Partenaires never opens Drive).
 */
import type { Ports, PublicPorts } from '../../app/ports';
import type { StoreContext } from '../../services/store-context';
import { storeFor } from '../../services/sheets-store';
import { mailOutbox } from '../../services/mail/outbox';
import { once } from '../../services/request-ledger';
import { importSheetsFor } from '../../services/import-source';
import { meetingBriefsFor } from '../../services/meeting-briefs';
import { roleTableFor } from '../../services/role-store';
import { withDocumentLock } from '../../services/lock';
import { jobRecords } from '../../services/job-records';
import { scriptTriggers } from '../../services/triggers';
import { folderSharingFor } from '../../services/folder-sharing';
import { sheetEdits, spreadsheetUi } from '../../services/ui';
import { workbookSetupFor } from '../../services/workbook-setup-port';
import { diagnosticProbesFor } from '../../services/diagnostic/probes';
import { requireAdminOrFresh_ } from './ownership';
import { surveysPort } from '../../services/surveys/port';

export function portsFor(ctx: StoreContext): Ports {
  // The triggers port remembers what it listed (to delete it): one per execution.
  let triggers: ReturnType<typeof scriptTriggers> | undefined;
  return {
    get store() {
      return storeFor(ctx);
    },
    get mail() {
      return mailOutbox(ctx);
    },
    get requests() {
      return { once: <T>(family: string, fn: () => T): T => once(ctx, family, fn) };
    },
    get importSheets() {
      return importSheetsFor(ctx);
    },
    get meetingBriefs() {
      return meetingBriefsFor(ctx);
    },
    get roleTable() {
      return roleTableFor(ctx);
    },
    // Scheduled jobs, triggers and set-up.
    get lock() {
      return { run: withDocumentLock };
    },
    get jobRecords() {
      return jobRecords;
    },
    get triggers() {
      return (triggers ??= scriptTriggers(ctx.spreadsheet));
    },
    get folderSharing() {
      return folderSharingFor(ctx);
    },
    ...publicPorts(),
    get workbookSetup() {
      return workbookSetupFor(ctx, () => requireAdminOrFresh_(ctx));
    },
    get diagnosticProbes() {
      return diagnosticProbesFor(ctx);
    },
    get surveys() {
      return surveysPort(ctx);
    },
  };
}

/** The menu's and the simple triggers' ports: nothing that needs an authorisation or a store context. */
export function publicPorts(): PublicPorts {
  return { ui: spreadsheetUi, sheetEdits };
}
