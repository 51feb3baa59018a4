/** Sidebar API: the partner map and its « Cartographie » sheet. Workflows in src/app/cartography.ts. */
import * as cartography from '../../app/cartography';
import { serve } from '../frame/endpoint';

export const getCartography = serve('getCartography', ({ ports }) => cartography.getCartography(ports.store));

export const refreshCartographySheet = serve('refreshCartographySheet', ({ ports }) => cartography.refreshCartographySheet(ports.store));
