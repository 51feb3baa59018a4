/**
 * A small but valid PDF 1.4 export of a document: one line per paragraph or table row
 * (long lines wrapped), A4 pages, Helvetica in WinAnsi encoding so French accents print.
 * Enough for a test or a person to read what Document.getAs('application/pdf') produced.
 */
import { type BlockNode, type DocumentModel, type ParagraphNode, plainText } from './model';

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;

/** Unicode → Windows-1252 for the characters outside Latin-1 that French text uses. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
  '\u202f': 0xa0,
  '\u2009': 0x20,
  '\u2007': 0x20,
  '\u2002': 0x20,
  '\u2003': 0x20,
};

export function toWinAnsi(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (CP1252[ch] !== undefined) out.push(CP1252[ch]);
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (code === 0x09) out.push(0x20);
    else out.push(0x3f); // '?'
  }
  return out;
}

/** A PDF literal string: ( ) \ escaped, control bytes in octal, WinAnsi bytes kept raw (so accents stay searchable). */
function pdfString(bytes: number[]): string {
  let s = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) s += '\\' + String.fromCharCode(b);
    else if (b < 0x20 || b === 0x7f) s += '\\' + b.toString(8).padStart(3, '0');
    else s += String.fromCharCode(b);
  }
  return s + ')';
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
  indent: number;
  /** Start a new page before this line. */
  breakBefore?: boolean;
}

const HEADING_SIZE: Record<string, number> = {
  TITLE: 24,
  SUBTITLE: 14,
  HEADING1: 18,
  HEADING2: 15,
  HEADING3: 13,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
  NORMAL: 11,
};

function allBold(p: ParagraphNode): boolean {
  const texts = p.children.flatMap((c) => (c.kind === 'TEXT' ? c.attrs : []));
  return texts.length > 0 && texts.every((a) => a.BOLD === true);
}

function glyphLabel(p: ParagraphNode, index: number): string {
  switch (p.glyph) {
    case 'NUMBER':
      return `${index}.`;
    case 'LATIN_UPPER':
      return `${String.fromCharCode(64 + (((index - 1) % 26) + 1))}.`;
    case 'LATIN_LOWER':
      return `${String.fromCharCode(96 + (((index - 1) % 26) + 1))}.`;
    case 'ROMAN_UPPER':
    case 'ROMAN_LOWER': {
      const r = roman(index);
      return `${p.glyph === 'ROMAN_LOWER' ? r.toLowerCase() : r}.`;
    }
    case 'HOLLOW_BULLET':
      return 'o';
    case 'SQUARE_BULLET':
      return '-';
    default:
      return '•';
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function linesOf(blocks: BlockNode[], out: Line[]): void {
  const counters = new Map<string, number>();
  let pendingBreak = false;
  for (const b of blocks) {
    if (b.kind === 'TABLE') {
      for (const row of b.rows) {
        out.push({ text: row.cells.map((c) => plainText(c).replace(/\n/g, ' ')).join('  |  '), size: 10, bold: false, indent: 0, breakBefore: pendingBreak });
        pendingBreak = false;
      }
      continue;
    }
    let text = plainText(b);
    let indent = 0;
    if (b.kind === 'LIST_ITEM') {
      const key = `${b.listId}/${b.nesting}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      text = `${glyphLabel(b, n)} ${text}`;
      indent = 18 * (b.nesting + 1);
    }
    const hasBreak = b.children.some((c) => c.kind === 'PAGE_BREAK');
    for (const part of text.split(/\r\n|[\r\n\v]/)) {
      out.push({ text: part, size: HEADING_SIZE[b.heading] ?? 11, bold: b.heading !== 'NORMAL' || allBold(b), indent, breakBefore: pendingBreak });
      pendingBreak = false;
    }
    if (hasBreak) pendingBreak = true;
  }
}

/** Greedy wrap on an average Helvetica glyph width (about half the font size). */
function wrap(line: Line): Line[] {
  const max = Math.max(10, Math.floor((PAGE_W - 2 * MARGIN - line.indent) / (line.size * 0.5)));
  if (line.text.length <= max) return [line];
  const out: Line[] = [];
  let rest = line.text;
  let first = true;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    out.push({ ...line, text: rest.slice(0, cut), breakBefore: first && line.breakBefore });
    rest = rest.slice(cut).replace(/^ /, '');
    first = false;
  }
  out.push({ ...line, text: rest, breakBefore: first && line.breakBefore });
  return out;
}

export function documentToPdf(model: DocumentModel, title = ''): Uint8Array {
  const lines: Line[] = [];
  linesOf(model.body.children, lines);
  const pages: string[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const line of lines.flatMap(wrap)) {
    const lead = line.size * 1.4;
    if (line.breakBefore || y - lead < MARGIN) {
      pages.push([]);
      y = PAGE_H - MARGIN;
    }
    y -= lead;
    if (line.text !== '') {
      pages[pages.length - 1].push(
        `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${MARGIN + line.indent} ${y.toFixed(1)} Td ${pdfString(toWinAnsi(line.text))} Tj ET`,
      );
    }
  }

  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add(`<< /Title ${pdfString(toWinAnsi(title))} /Producer (Apps Script emulator) >>`);
  const kids: number[] = [];
  for (const ops of pages) {
    const stream = ops.join('\n');
    const contentId = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  // Every character below is a single byte (content is WinAnsi/ASCII), so string length = byte length.
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}
