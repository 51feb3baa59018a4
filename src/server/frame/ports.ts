/**
 * The composition root: the ports of src/app/ports.ts over Apps Script, built once per execution
 * and only when a use case first asks for one (a read of Partenaires never opens Drive).
 */
import type { Ports, PublicPorts } from '../../app/ports';
import type { DocumentsPort } from '../../app/ports/documents';
import type { RequestPort } from '../../app/ports/request';
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
import { contactIndex } from '../../services/contact-index';
import { weekCache } from '../../services/week-cache';
import { webPort } from '../../services/web';
import { workbookSetupFor } from '../../services/workbook-setup-port';
import { diagnosticProbesFor } from '../../services/diagnostic/probes';
import { surveysPort } from '../../services/surveys/port';
import { documentsFor } from '../../services/docs/documents';
import { reportsFor } from '../../services/reports';
import { dossierFiles } from '../../services/dossier-files';
import { requireAdminOrFresh_ } from './ownership';

export function portsFor(ctx: StoreContext): Ports {
  // The triggers port remembers what it listed (to delete it), the documents port the Pacte folder: one per execution.
  let triggers: ReturnType<typeof scriptTriggers> | undefined;
  let documents: DocumentsPort | undefined;
  return {
    get store() {
      return storeFor(ctx);
    },
    get request(): RequestPort {
      return { once: (step, fn) => once(ctx, step, fn), ownIds: () => ctx.run?.reservedIds() ?? new Set<string>() };
    },
    get mail() {
      return mailOutbox(ctx);
    },
    get documents() {
      return (documents ??= documentsFor(ctx));
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
    get surveys() {
      return surveysPort(ctx);
    },
    get contactIndex() {
      return contactIndex;
    },
    get weekCache() {
      return weekCache;
    },
    get reports() {
      return reportsFor(ctx);
    },
    get dossierFiles() {
      return dossierFiles;
    },
    get web() {
      return webPort;
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
  };
}

/** The menu's and the simple triggers' ports: nothing that needs an authorisation or a store context. */
export function publicPorts(): PublicPorts {
  return { ui: spreadsheetUi, sheetEdits };
}
