/** A cell's value as text: empty (null or undefined) becomes '', anything else its String form, trimmed or raw. */

/** The cell as text, trimmed. */
export const text = (v: unknown): string => rawText(v).trim();

/** The cell as text, exactly as stored. */
export function rawText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
