/** Sidebar API: interactions and their roll-up to partners and opportunities (src/app/interactions.ts). */
import { logInteraction as log } from '../../app/interactions';
import { serve } from '../frame/endpoint';

export const logInteraction = serve('logInteraction', ({ ports }, input) => log(ports.store, input));
