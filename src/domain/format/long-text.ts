/**
 * Text longer than a Sheets cell may hold (50,000 characters) is never cut: the cell keeps its
 * beginning followed by a French marker, « … [suite : Textes longs › TL-12] », and the whole text
 * goes to the sheet « Textes longs » in parts under the limit. Reading through the store joins the
 * parts again, so the domain always sees the whole text.
 */

/** Google's cap on one cell's content ("A cell can contain up to 50,000 characters"). */
export const MAX_CELL_CHARS = 50_000;

/** Size of each stored part; a part is written with a leading apostrophe, hence the margin. */
export const LONG_TEXT_PART = 45_000;

export const LONG_TEXT_SHEET = 'Textes longs';

const MARKER = / … \[suite : Textes longs › (TL-\d+)\]$/;

export function longTextMarker(id: string): string {
  return ` … [suite : ${LONG_TEXT_SHEET} › ${id}]`;
}

/** True for a cell input (what the store would write) too long for one cell. */
export function isTooLongForCell(input: unknown): input is string {
  return typeof input === 'string' && input.length > MAX_CELL_CHARS;
}

/**
 * The cell input that replaces a too-long one: its first characters, then the marker, within the
 * limit. `input` is what the store would have written: text escaped with a leading apostrophe keeps it.
 */
export function shortenedCell(input: string, id: string): string {
  const marker = longTextMarker(id);
  return input.slice(0, MAX_CELL_CHARS - marker.length - 1) + marker;
}

/** The stored text behind `input` (the apostrophe that keeps text as text is not part of it). */
export function textOfInput(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}

/** Splits a text into parts that each fit a cell. */
export function splitLongText(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += LONG_TEXT_PART) parts.push(text.slice(i, i + LONG_TEXT_PART));
  return parts;
}

/** The ID a shortened cell points to, and the beginning it kept; null for any other cell. */
export function parseShortenedCell(cell: unknown): { id: string; head: string } | null {
  // A shortened cell is always close to the limit: every other cell is rejected at once.
  if (typeof cell !== 'string' || cell.length < MAX_CELL_CHARS - 100 || !cell.endsWith(']')) return null;
  const m = MARKER.exec(cell);
  return m ? { id: m[1], head: cell.slice(0, m.index) } : null;
}

/**
 * The whole text for a shortened cell, when the stored text starts with what the cell still shows;
 * a cell a user has since edited by hand keeps the user's text.
 */
export function joinLongText(cell: string, head: string, stored: string | undefined): string {
  if (stored === undefined) return cell;
  // The store's own copy of a cell it has just written still holds the apostrophe of its input.
  return stored.startsWith(head) || (head.startsWith("'") && stored.startsWith(head.slice(1))) ? stored : cell;
}
