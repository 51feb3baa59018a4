/** Sidebar API: « Annuler ma dernière modification » (src/app/undo.ts). */
import { undoLastChange as undo } from '../../app/undo';
import { serve } from '../frame/endpoint';

export const undoLastChange = serve('undoLastChange', ({ ports, settings }) => undo(ports.store, settings));
