/** Sidebar API: the opportunities pipeline (board, create/update, stage moves). Workflows in src/app/pipeline.ts. */
import * as pipeline from '../../app/pipeline';
import { serve } from '../frame/endpoint';

export const getBoard = serve('getBoard', ({ ports, settings }, filter) => pipeline.getBoard(ports.store, settings, filter));

export const loadMoreCards = serve('loadMoreCards', ({ ports, settings }, stage, offset, filter) =>
  pipeline.loadMoreCards(ports.store, settings, stage, offset, filter),
);

export const saveOpportunity = serve('saveOpportunity', ({ ports, role, settings }, input) => pipeline.saveOpportunity(ports.store, role, settings, input));

export const moveOpportunity = serve('moveOpportunity', ({ ports, role, settings }, oppId, to, reason) =>
  pipeline.moveOpportunity(ports.store, role, settings, oppId, to, reason ?? ''),
);
