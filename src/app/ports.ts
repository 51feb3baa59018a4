/**
 * What a use case is given besides its arguments: the Store over Pacte's sheets and one small
 * port per Google service it must drive (Docs, Drive, Forms, mail, triggers…). Declared here, in
 * the words of the use cases; implemented over Apps Script in src/services, wired once per
 * execution by the server's frame (src/server/frame/ports.ts), and by plain objects in tests.
 */
import type { Store } from '../store/store';
import type { MailPort } from './ports/mail';
import type { ImportSheets } from './ports/import-sheets';
import type { MeetingBriefs } from './ports/meeting-briefs';
import type { RoleTablePort } from './ports/role-table';
import type { DocumentLock, JobRecords, Triggers } from './ports/jobs';
import type { FolderSharing } from './ports/folder-sharing';
import type { SheetEdits, Ui } from './ports/ui';
import type { WorkbookSetup } from './ports/setup';
import type { DiagnosticProbes } from './ports/diagnostic';
import type { SurveysPort } from './ports/surveys';
import type { DocumentsPort } from './ports/documents';
import type { RequestPort } from './ports/request';
import type { WeekCache } from './ports/week-cache';
import type { ContactSearchIndex } from './ports/search-index';
import type { ReportsPort } from './ports/reports';
import type { DossierFilesPort } from './ports/dossier-files';
import type { WebPort } from './ports/web';

export interface Ports {
  readonly store: Store;
  readonly mail: MailPort;
  readonly importSheets: ImportSheets;
  readonly meetingBriefs: MeetingBriefs;
  readonly roleTable: RoleTablePort;
  readonly lock: DocumentLock;
  readonly jobRecords: JobRecords;
  readonly triggers: Triggers;
  readonly folderSharing: FolderSharing;
  readonly ui: Ui;
  readonly sheetEdits: SheetEdits;
  readonly workbookSetup: WorkbookSetup;
  readonly diagnosticProbes: DiagnosticProbes;
  readonly surveys: SurveysPort;
  readonly documents: DocumentsPort;
  readonly request: RequestPort;
  readonly contactIndex: ContactSearchIndex;
  readonly weekCache: WeekCache;
  readonly reports: ReportsPort;
  readonly dossierFiles: DossierFilesPort;
  readonly web: WebPort;
}

/** The ports of an entry point anyone may call, before any authorisation (onOpen in AuthMode.NONE): no data. */
export type PublicPorts = Pick<Ports, 'ui' | 'sheetEdits'>;
