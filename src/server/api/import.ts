/** Sidebar API: importing partners from a CSV file or from another sheet of the workbook. Workflows in src/app/import.ts. */
import * as importing from '../../app/import';
import { serve } from '../frame/endpoint';

export const listImportableSheets = serve('listImportableSheets', ({ ports }) => importing.listImportableSheets(ports));

export const previewImport = serve('previewImport', ({ ports }, source, mapping) => importing.previewImport(ports, source, mapping));

export const importPartners = serve('importPartners', ({ ports, settings }, source, mapping) => importing.importPartners(ports, settings, source, mapping));
