/**
 * Sidebar API: partners — list, page, duplicate check, creation/edition with contacts,
 * lifecycle moves, due-diligence analysis and priority scores. Workflows in src/app/partners.ts.
 */
import * as partners from '../../app/partners';
import { recomputePriorities as recompute } from '../../app/priorities';
import { storeFor } from '../../services/sheets-store';
import { serve } from '../endpoint';

export const listPartners = serve('listPartners', ({ ctx }) => partners.listPartners(storeFor(ctx)));

export const getPartner = serve('getPartner', ({ ctx, settings }, partnerId) => partners.getPartner(storeFor(ctx), settings, partnerId));

export const checkPartnerDuplicates = serve('checkPartnerDuplicates', ({ ctx }, candidate, contacts) =>
  partners.checkPartnerDuplicates(storeFor(ctx), candidate, contacts ?? []),
);

export const savePartner = serve('savePartner', ({ ctx, settings }, input, contacts, opts) =>
  partners.savePartner(storeFor(ctx), settings, input, contacts ?? [], opts),
);

export const movePartnerStage = serve('movePartnerStage', ({ ctx }, partnerId, target, note) =>
  partners.movePartnerStage(storeFor(ctx), partnerId, target, note ?? ''),
);

export const saveAnalysis = serve('saveAnalysis', ({ ctx, role, settings }, pid, given, decision, comment) =>
  partners.saveAnalysis(storeFor(ctx), role, settings, pid, given, decision ?? '', comment ?? ''),
);

export const recomputePriorities = serve('recomputePriorities', ({ ctx, settings }) => recompute(storeFor(ctx), settings));
