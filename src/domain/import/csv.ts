/**
 * CSV as users export it: RFC 4180 quotes, any line ending, a UTF-8 BOM (Excel), and the
 * separator guessed from the header line — French Excel writes `;`, others `,` or tab.
 */
type Separator = ',' | ';' | '\t';

interface CsvRecord {
  /** Line of the source where the record starts (1-based; a quoted field may span lines). */
  line: number;
  cells: string[];
}

interface ParsedCsv {
  separator: Separator;
  /** Every non-blank record, the header first. */
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}

const SEPARATORS: readonly Separator[] = [';', '\t', ','];

/** The separator occurring most often, outside quotes, in the first record; `;` wins ties (French Excel). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Separator)) counts.set(c as Separator, counts.get(c as Separator)! + 1);
  }
  let best: Separator = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses the whole text; blank lines are skipped but still counted in line numbers. */
export function parseCsv(input: string, separator?: Separator): ParsedCsv {
  const text = stripBom(input);
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '' || wasQuoted) records.push({ line: start, cells });
    cells = [];
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      cell = '';
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted)
    throw new CsvError(
      `Fichier CSV : le guillemet ouvert ligne ${quoteLine} n'est jamais fermé. Vérifiez cette ligne (un champ entre guillemets doit se terminer par « " »).`,
    );
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();
  return { separator: sep, records };
}
