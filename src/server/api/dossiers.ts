/** Sidebar API: an opportunity's proposal dossier (src/app/dossiers/create.ts), its checks, review, submission and the funder's decision (review.ts). */
import { createDossier as create, getDossier as get } from '../../app/dossiers/create';
import {
  checkDossierFiles,
  decideDossierReview as decide,
  recordDossierSubmission as submission,
  recordFunderDecision as funderDecision,
  submitDossierForReview as submitForReview,
} from '../../app/dossiers/review';
import { serve } from '../frame/endpoint';

export const getDossier = serve('getDossier', ({ ports, role }, opportunityId) => get(ports, opportunityId, role));
export const createDossier = serve('createDossier', ({ ports, settings, role }, opportunityId, request) =>
  create(ports, settings, opportunityId, request, role),
);
export const checkDossier = serve('checkDossier', ({ ports, settings }, dossierId) => checkDossierFiles(ports, settings, dossierId));
export const submitDossierForReview = serve('submitDossierForReview', ({ ports, settings, role }, dossierId) =>
  submitForReview(ports, settings, role, dossierId),
);
export const decideDossierReview = serve('decideDossierReview', ({ ports, settings, role }, dossierId, choice, comment) =>
  decide(ports, settings, role, dossierId, choice, comment),
);
export const recordDossierSubmission = serve('recordDossierSubmission', ({ ports, settings, role }, dossierId, record) =>
  submission(ports, settings, role, dossierId, record),
);
export const recordFunderDecision = serve('recordFunderDecision', ({ ports, settings, role }, dossierId, record) =>
  funderDecision(ports, settings, role, dossierId, record),
);
