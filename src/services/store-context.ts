/** Who is writing, when, and where: passed to every store operation of one execution. */
import { toLocalDateTime } from '../domain/format/time-zone';
import type { JournalState } from './journal';
import type { WriteLog } from './write-guard';
import type { RequestRun } from './request-ledger';
import type { Store } from '../store/store';

export interface StoreContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Caller's email ('' when Google does not share it). */
  user: string;
  /** The spreadsheet's time zone: every date Pacte reads or writes is a day in this zone. */
  timeZone: string;
  /** Current local date-time in the spreadsheet's zone, for audit columns and the Journal. */
  stamp(): string;
  /** The Journal as this execution last wrote it (sheet, columns, head of the chain): see journal.ts. */
  journal?: JournalState;
  /** The multi-step write being run under a request ID, with the steps its earlier attempts did (request-ledger.ts). */
  run?: RequestRun;
  /** Blocks written by the current mutation, to undo if a later write is refused (see write-guard). */
  writeLog?: WriteLog;
  /** Texts of « Textes longs » met or written in this execution (see long-texts). */
  longTexts?: { texts: Map<string, string>; loaded: boolean };
  /** The Store of this execution (sheets-store.ts `storeFor`): tables read once, whoever asks. */
  store?: Store;
}

const TZ_KEY = 'pacte.timeZone';

/**
 * The spreadsheet's time zone, cached for an hour: every request needs it and a Sheets call
 * costs more than a cache read (a zone changed in File → Settings applies within the hour).
 */
function spreadsheetTimeZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const cache = CacheService.getDocumentCache();
  const hit = cache?.get(TZ_KEY);
  if (hit) return hit;
  const tz = spreadsheet.getSpreadsheetTimeZone();
  cache?.put(TZ_KEY, tz, 3600);
  return tz;
}

export function createStoreContext(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, user: string): StoreContext {
  const timeZone = spreadsheetTimeZone(spreadsheet);
  return { spreadsheet, user, timeZone, stamp: () => toLocalDateTime(new Date(), timeZone) };
}
