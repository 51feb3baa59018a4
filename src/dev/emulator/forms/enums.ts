/** FormApp's enums. Apps Script enum values print as their name, so the emulator uses the name strings. */
function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

export const ItemType = enumOf(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
);

export const DestinationType = enumOf('SPREADSHEET');

export const Alignment = enumOf('LEFT', 'CENTER', 'RIGHT');

export const PageNavigationType = enumOf('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT');

export const FeedbackType = enumOf('CORRECT', 'INCORRECT', 'GENERAL');
