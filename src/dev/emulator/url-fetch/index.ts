/** Installs the UrlFetchApp global, and exports the emulator-only helpers of the emulated internet. */
import type { World } from '../core/world';
import { UrlFetchApp } from './url-fetch-app';

export { _registerUrl, _fetchedRequests, _setUrlFetchQuota, CONSUMER_DAILY_FETCHES, type WebResponse, type SentRequest } from './internet';
export { FETCH_ERRORS, FETCH_TIMEOUT_MS, URL_LENGTH_LIMIT, RESPONSE_BYTES_LIMIT } from './url-fetch-app';

export function installUrlFetchApp(world: World): Record<string, unknown> {
  return { UrlFetchApp: new UrlFetchApp(world) };
}
