/** Sidebar API: the periodic reports, on demand, and the list of those made. Use cases in src/app/reports/periodic.ts. */
import { generateRequestedReport, listPeriodicReports } from '../../app/reports/periodic';
import { serve } from '../frame/endpoint';

export const generateReport = serve('generateReport', ({ ports, settings }, req) => generateRequestedReport(ports, settings, req));
export const listReports = serve('listReports', ({ ports }) => listPeriodicReports(ports));
