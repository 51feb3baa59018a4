/** Sidebar API: the register of resources mobilised (src/app/resources.ts). */
import * as resources from '../../app/resources';
import { serve } from '../frame/endpoint';

const PAGE = 50;

export const addResource = serve('addResource', ({ ports, settings }, input) => resources.addResource(ports.store, settings, input));
export const updateResource = serve('updateResource', ({ ports, settings }, id, input) => resources.updateResource(ports.store, settings, id, input));
export const syncResources = serve('syncResources', ({ ports, settings }) => resources.syncResources(ports.store, settings));
export const listResources = serve('listResources', ({ ports, settings }, q) => {
  const { offset, limit, allYears, ...filters } = q ?? {};
  return resources.listResources(ports.store, settings, { offset: offset ?? 0, limit: limit ?? PAGE, filters, allYears });
});
