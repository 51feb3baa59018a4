/** Sidebar API: the KPI panel. Use case in src/app/kpis.ts. */
import { kpiPanel } from '../../app/kpis';
import { serve } from '../frame/endpoint';

export const getKpis = serve('getKpis', ({ ports, settings }, args) => kpiPanel(ports.store, settings, args ?? {}));
