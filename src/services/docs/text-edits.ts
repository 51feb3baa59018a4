/**
 * Writing user values into a Doc without Docs' replaceText: Google documents its search pattern
 * (RE2) but not what `$` and `\` do in the replacement, so a partner named « Fonds $1 & Cie » or a
 * path « C:\dossier\n » could come out changed, or throw. Values go in through the Text element's
 * own edits instead (insertText / deleteText), which take the text as it is.
 */

/** Replaces [start, end) of a text; the value keeps the formatting of the first replaced character. */
interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits given right to left (so earlier offsets stay valid), `base` added to each offset
 * (a paragraph's place in its cell's text). Three Docs calls per edit at most, whatever its length.
 */
export function applyEdits(text: GoogleAppsScript.Document.Text, edits: readonly TextEdit[], base = 0): void {
  for (const e of edits) {
    const start = base + e.start;
    const end = base + e.end; // exclusive
    if (e.text === '') {
      text.deleteText(start, end - 1);
      continue;
    }
    // Keep the first character, insert after it (the value takes its formatting), then drop it.
    if (end - start > 1) text.deleteText(start + 1, end - 1);
    text.insertText(start + 1, e.text);
    text.deleteText(start, start);
  }
}

type Searchable = Pick<GoogleAppsScript.Document.Body, 'findText'>;

/**
 * Writes `value` over every match of `pattern` (an RE2 pattern matching a placeholder) in the
 * container. Every match is found before anything is written, so a value that itself looks like
 * the placeholder is never matched again. Returns the number of matches.
 */
export function fillPlaceholder(container: Searchable, pattern: string, value: string): number {
  const found: { text: GoogleAppsScript.Document.Text; start: number; end: number }[] = [];
  for (let r = container.findText(pattern); r; r = container.findText(pattern, r)) {
    found.push({ text: r.getElement().asText(), start: r.getStartOffset(), end: r.getEndOffsetInclusive() + 1 });
  }
  // Right to left: an edit never moves a match still to be written (same element, earlier offset).
  for (const m of found.reverse()) applyEdits(m.text, [{ start: m.start, end: m.end, text: value }]);
  return found.length;
}
