/** Sidebar API: archive and restore partners, contacts, opportunities and interactions (src/app/archive.ts). */
import * as archive from '../../app/archive';
import { serve } from '../frame/endpoint';

export const archiveRecord = serve('archiveRecord', ({ ports }, sheet, id) => archive.archiveRecord(ports.store, sheet, id));
export const restoreRecord = serve('restoreRecord', ({ ports }, sheet, id) => archive.restoreRecord(ports.store, sheet, id));
export const listArchived = serve('listArchived', ({ ports }, sheet, page) => archive.listArchived(ports.store, sheet, page));
