/**
 * Who may call each top-level function. Every export of index.ts becomes a top-level function of
 * Code.js, reachable from menus, triggers and google.script.run alike, so each one declares its
 * callers here: the type below makes `tsc` (part of the build) fail when an export has no line, and
 * test/server/callers.test.ts calls every export as each kind of caller and checks the declaration.
 * The check itself is made inside each function, before anything else (request.ts, trigger-guard.ts,
 * ownership.ts); a refusal writes nothing.
 */
import type * as Exports from './index';
import type { Role } from '../domain/settings/settings';
import { ADMINS, EDITORS, READERS } from '../domain/settings/access';

export type Callers =
  /** A holder of one of these roles in Pacte's role table. */
  | { roles: readonly Role[] }
  /** One of the project's own triggers (the event's triggerUid), or an admin by hand. */
  | { triggerOrAdmin: true }
  /** An admin; on a fresh workbook (no roles, no Pacte sheet) anyone identified: the first owner. */
  | { adminOrFresh: string }
  /** Anyone: it reads and writes no data (menus, dialogs, the sidebar's page). Says why. */
  | { anyone: string };

const readers = { roles: READERS };
const editors = { roles: EDITORS };
const admins = { roles: ADMINS };

export const CALLERS: { readonly [name in keyof typeof Exports]: Callers } = {
  onOpen: { anyone: 'builds the add-on menu (AuthMode.NONE: no data can be read)' },
  onInstall: { anyone: 'builds the add-on menu, as onOpen' },
  onEdit: { anyone: 'simple trigger: drops the cached Paramètres and warns that the Rôles rows are a view' },
  showSidebar: { anyone: "opens the sidebar's page; every call it makes declares its own callers" },
  showImport: { anyone: 'opens the sidebar on its import view, as showSidebar' },
  openSettings: admins,
  showHelp: { anyone: 'shows a static French guide' },
  initialiseWorkbook: { adminOrFresh: 'sets up a fresh workbook; afterwards the repair, for admins' },
  listPartners: readers,
  getPartner: readers,
  checkPartnerDuplicates: editors,
  savePartner: editors,
  movePartnerStage: editors,
  saveAnalysis: readers, // then the decision itself needs Paramètres › Approbation's roles
  recomputePriorities: editors,
  listContacts: readers,
  getBoard: readers,
  saveOpportunity: editors,
  moveOpportunity: editors,
  logInteraction: editors,
  getMyWeek: readers,
  listImportableSheets: editors,
  previewImport: editors,
  importPartners: editors,
  getCartography: readers,
  refreshCartographySheet: editors,
  createMeetingBrief: editors,
  submitForValidation: editors,
  decideValidation: readers, // then only the holder of the awaited step's role
  skipOptionalStep: admins,
  getApprovalCircuit: readers,
  recordSignature: editors,
  uploadSignedPdf: editors,
  getCampaignResults: readers,
  refreshSatisfactionSheet: editors,
  createCampaign: editors,
  listCampaigns: readers,
  sendCampaign: editors,
  syncSurveyResponses: editors,
  reportSurveyBounces: editors,
  onSurveySubmit: { triggerOrAdmin: true },
  runScheduledJobs: { triggerOrAdmin: true },
  installTriggers: admins,
  resendUncertain: admins,
  retryMail: admins,
  generateConvention: editors,
  listConventions: readers,
  getConvention: readers,
  attachMinutes: editors,
  listTemplates: readers,
  prepareTemplates: editors,
  checkTemplate: editors,
  runDiagnostic: { adminOrFresh: 'checks a fresh workbook before Initialiser; afterwards for admins' },
  listRoles: admins,
  setRole: admins,
  removeRole: admins,
};
