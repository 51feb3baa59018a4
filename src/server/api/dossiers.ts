/** Sidebar API: an opportunity's proposal dossier (src/app/dossiers/create.ts). */
import { createDossier as create, getDossier as get } from '../../app/dossiers/create';
import { serve } from '../frame/endpoint';

export const getDossier = serve('getDossier', ({ ports }, opportunityId) => get(ports, opportunityId));
export const createDossier = serve('createDossier', ({ ports, settings }, opportunityId, request) => create(ports, settings, opportunityId, request));
