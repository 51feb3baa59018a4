/**
 * Wiring only: every export becomes a top-level function in Code.js (menu items,
 * triggers, google.script.run). Internal helpers end with `_` and are not exported here.
 */
import type { EndpointName, ParamsOf, ResultOf } from '../domain/contracts/api';

export { onOpen, onInstall, onEdit, showSidebar, showImport, showCommitmentBoard, openSettings, showHelp, initialiseWorkbook } from './menu';
export { searchPartners, getPartner, checkPartnerDuplicates, savePartner, movePartnerStage, saveAnalysis, recomputePriorities } from './api/partners';
export { getBoard, loadMoreCards, saveOpportunity, moveOpportunity } from './api/pipeline';
export { logInteraction } from './api/interactions';
export { getMyWeek } from './api/my-week';
export { listWatch, saveWatchCall, importWatchList, fetchWatchFeeds, decideWatchCall } from './api/watch';
export { archiveRecord, restoreRecord, listArchived } from './api/archive';
export { undoLastChange } from './api/undo';
export { listImportableSheets, previewImport, importPartners } from './api/import';
export { getCartography, refreshCartographySheet } from './api/cartography';
export { getKpis } from './api/kpis';
export { generateReport, listReports } from './api/reports';
export { createMeetingBrief } from './api/briefs';
export {
  getDossier,
  createDossier,
  checkDossier,
  submitDossierForReview,
  decideDossierReview,
  recordDossierSubmission,
  recordFunderDecision,
} from './api/dossiers';
export { writeMeetingReport } from './api/representation';
export { submitForValidation, decideValidation, skipOptionalStep, getApprovalCircuit } from './api/approvals';
export { recordSignature } from './api/signatures';
export { uploadSignedPdf } from './api/signatures';
export { getCampaignReach, getCampaignResults, refreshSatisfactionSheet } from './api/survey-results';
export { createCampaign, listCampaigns, sendCampaign, syncSurveyResponses, reportSurveyBounces } from './api/surveys';
export { onSurveySubmit } from './jobs/surveys';
export { runScheduledJobs } from './jobs/scheduled-jobs';
export { installTriggers } from './jobs/install-triggers';
export { resendUncertain } from './api/surveys';
export {
  generateConvention,
  listConventions,
  getConvention,
  attachMinutes,
  retryMail,
  confirmClauseCommitments,
  dismissClauseProposal,
} from './api/conventions';
export { addCommitment, markCommitmentDone, cancelCommitment, listCommitments, commitmentCompliance, refreshCommitmentBoard } from './api/commitments';
export { addResource, updateResource, syncResources, listResources } from './api/resources';
export { generateDiagnosticReport, generatePartnerReport } from './api/report-extras';
export { listEvents, getEvent, planEvent, sendEventInvitations, makeEventAgenda, cancelEvent, recordEventAttendance, recordEventResults } from './api/events';
export { startEvaluation, saveEvaluation, sendEvaluationForm, getEvaluation, decideEvaluation } from './api/evaluations';
export { getReadiness, startAssessment, saveAssessmentAnswers, finishAssessment, markGapActionDone, saveInstitutionalDocument } from './api/readiness';
export { getMyDigest, listJobErrors } from './api/alerts';
export { listTemplates, prepareTemplates, checkTemplate } from './api/templates';
export { runDiagnostic } from './diagnostic';
export { listRoles, setRole, removeRole } from './api/roles';
export { getSession } from './api/session';

/**
 * Every export is a declared entry point and every declaration is exported, with the declared
 * signature: `tsc` (part of the build) fails otherwise. Who may call each one, whether it writes and
 * its arguments are in src/domain/contracts/api.ts; test/server/callers.test.ts calls every export as
 * each kind of caller and with wrong arguments.
 */
type Exported = typeof import('./index');
type Declared = { [K in EndpointName]: (...args: ParamsOf<K>) => ResultOf<K> };
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Conforming = { [K in EndpointName]: Exported[K] extends Declared[K] ? true : K }[EndpointName];
type Assert<T extends true> = T;
export type EveryExportDeclared = Assert<SameKeys<Exported, Declared>>;
export type EveryExportAsDeclared = Assert<Conforming>;
