/** Sidebar API: interactions and their roll-up to partners and opportunities (src/app/interactions.ts). */
import { logInteraction as log } from '../../app/interactions';
import { storeFor } from '../../services/sheets-store';
import { serve } from '../endpoint';

export const logInteraction = serve('logInteraction', ({ ctx }, input) => log(storeFor(ctx), input));
