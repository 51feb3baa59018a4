/** Sidebar API: the readiness self-assessment and the institutional documents (src/app/readiness.ts). */
import * as readiness from '../../app/readiness';
import { serve } from '../frame/endpoint';

export const getReadiness = serve('getReadiness', ({ ports, settings }, partnerId) => readiness.getReadiness(ports.store, settings, partnerId ?? ''));
export const startAssessment = serve('startAssessment', ({ ports, settings }, partnerId) => readiness.startAssessment(ports, settings, partnerId ?? ''));
export const saveAssessmentAnswers = serve('saveAssessmentAnswers', ({ ports, settings }, id, answers) =>
  readiness.saveAssessmentAnswers(ports, settings, id, Object.fromEntries(answers.map((a) => [a.code, { answer: a.answer, evidence: a.evidence }]))),
);
export const finishAssessment = serve('finishAssessment', ({ ports, settings }, id) => readiness.finishAssessment(ports, settings, id));
export const markGapActionDone = serve('markGapActionDone', ({ ports, settings }, id, doneOn) => readiness.markGapActionDone(ports, settings, id, doneOn));
export const saveInstitutionalDocument = serve('saveInstitutionalDocument', ({ ports, settings }, doc) =>
  readiness.saveInstitutionalDocument(ports, settings, doc),
);
