/** Sidebar API: the compte rendu of a meeting, workshop or mission. Workflow in src/app/representation.ts. */
import { writeMeetingReport as write } from '../../app/representation';
import { serve } from '../frame/endpoint';

export const writeMeetingReport = serve('writeMeetingReport', ({ ports, settings }, report) => write(ports, settings, report));
