/**
 * Wiring only: every export becomes a top-level function in Code.js (menu items,
 * triggers, google.script.run). Internal helpers end with `_` and are not exported here.
 */
export { onOpen, onInstall, onEdit, showSidebar, showImport, openSettings, showHelp, initialiseWorkbook } from './menu';
export { listPartners, getPartner, checkPartnerDuplicates, savePartner, movePartnerStage, saveAnalysis, recomputePriorities } from './api/partners';
export { listContacts } from './api/contacts';
export { getBoard, saveOpportunity, moveOpportunity } from './api/pipeline';
export { logInteraction } from './api/interactions';
export { getMyWeek } from './api/my-week';
export { listImportableSheets, previewImport, importPartners } from './api/import';
export { getCartography, refreshCartographySheet } from './api/cartography';
export { createMeetingBrief } from './api/briefs';
export { submitForValidation, decideValidation, skipOptionalStep, getApprovalCircuit } from './api/approvals';
export { recordSignature } from './api/signatures';
export { uploadSignedPdf } from './api/signatures';
export { getCampaignResults, refreshSatisfactionSheet } from './api/survey-results';
export { createCampaign, listCampaigns, sendCampaign, syncSurveyResponses, reportSurveyBounces } from './api/surveys';
export { onSurveySubmit } from './jobs/surveys';
export { runScheduledJobs } from './jobs/scheduled-jobs';
export { installTriggers } from './jobs/install-triggers';
export { resendUncertain } from './api/surveys';
export { generateConvention, listConventions, getConvention, attachMinutes, retryMail } from './api/conventions';
export { listTemplates, prepareTemplates, checkTemplate } from './api/templates';
export { runDiagnostic } from './diagnostic';
export { listRoles, setRole, removeRole } from './api/roles';
