/** Who is writing, when, and where: passed to every store operation of one execution. */
import { toLocalDateTime } from './time-zone';

export interface StoreContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Caller's email ('' when Google does not share it). */
  user: string;
  /** The spreadsheet's time zone: every date Pacte reads or writes is a day in this zone. */
  timeZone: string;
  /** Current local date-time in the spreadsheet's zone, for audit columns and the Journal. */
  stamp(): string;
}

export function createStoreContext(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, user: string): StoreContext {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return { spreadsheet, user, timeZone, stamp: () => toLocalDateTime(new Date(), timeZone) };
}
