/** Sidebar API: joint evaluations of partners (src/app/evaluations.ts). */
import * as evaluations from '../../app/evaluations';
import { serve } from '../frame/endpoint';

export const startEvaluation = serve('startEvaluation', ({ ports, role, settings }, partnerId) =>
  evaluations.startEvaluation(ports, settings, role, partnerId),
);
export const saveEvaluation = serve('saveEvaluation', ({ ports, role, settings }, partnerId, grid) =>
  evaluations.saveEvaluation(ports, settings, role, partnerId, { ratings: grid.ratings, comments: grid.comments }),
);
export const sendEvaluationForm = serve('sendEvaluationForm', ({ ports, role, settings }, id) => evaluations.sendEvaluationForm(ports, settings, role, id));
export const getEvaluation = serve('getEvaluation', ({ ports, role, settings }, id) => evaluations.getEvaluation(ports.store, settings, role, id));
export const decideEvaluation = serve('decideEvaluation', ({ ports, role, settings }, id, d) =>
  evaluations.decideEvaluation(ports, settings, role, id, { decision: d.decision, justification: d.justification, lessons: d.lessons ?? '' }),
);
