/** The readiness view's shapes and vocabularies, for the sidebar. */
export type { AssessmentDetail, AssessmentSummary, DocumentLine, GapLine, GridArea, ReadinessOverview } from '../readiness/view';
export { ANSWERS, type Answer } from '../readiness/grid';
export { RISK_THRESHOLDS, type RiskLevel } from '../readiness/score';
