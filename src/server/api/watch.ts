/** Sidebar API: « Veille » (src/app/watch.ts): the list, typed and pasted calls, the feeds, decisions. */
import * as watch from '../../app/watch';
import { serve } from '../frame/endpoint';

export const listWatch = serve('listWatch', ({ ports }, page) => watch.listCalls(ports.store, page ?? undefined));
export const saveWatchCall = serve('saveWatchCall', ({ ports, settings }, input) => watch.saveCall(ports.store, settings, input));
export const importWatchList = serve('importWatchList', ({ ports, settings }, pasted) => watch.importPastedList(ports.store, settings, pasted));
export const fetchWatchFeeds = serve('fetchWatchFeeds', ({ ports, settings }) => watch.fetchFeeds(ports, settings));
export const decideWatchCall = serve('decideWatchCall', ({ ports, role, settings }, id, decision, owner) =>
  watch.decideCall(ports, role, settings, id, decision, owner ?? ''),
);
