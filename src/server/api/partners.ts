/**
 * Sidebar API: partners — list, page, duplicate check, creation/edition with contacts,
 * lifecycle moves, due-diligence analysis and priority scores. Workflows in src/app/partners.ts.
 */
import * as partners from '../../app/partners';
import { recomputePriorities as recompute } from '../../app/priorities';
import { serve } from '../frame/endpoint';

export const searchPartners = serve('searchPartners', ({ ports }, query) => partners.searchPartners(ports, query));

export const getPartner = serve('getPartner', ({ ports, settings }, partnerId) => partners.getPartner(ports.store, settings, partnerId));

export const checkPartnerDuplicates = serve('checkPartnerDuplicates', ({ ports }, candidate, contacts) =>
  partners.checkPartnerDuplicates(ports.store, candidate, contacts ?? []),
);

export const savePartner = serve('savePartner', ({ ports, settings }, input, contacts, opts) =>
  partners.savePartner(ports.store, settings, input, contacts ?? [], opts),
);

export const movePartnerStage = serve('movePartnerStage', ({ ports }, partnerId, target, note) =>
  partners.movePartnerStage(ports.store, partnerId, target, note ?? ''),
);

export const saveAnalysis = serve('saveAnalysis', ({ ports, role, settings }, pid, given, decision, comment) =>
  partners.saveAnalysis(ports.store, role, settings, pid, given, decision ?? '', comment ?? ''),
);

export const recomputePriorities = serve('recomputePriorities', ({ ports, settings }) => recompute(ports.store, settings));
