/** A1 notation: column letters, cell and range references, optional sheet name ('Feuille 1'!A1:C3). */

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A range reference with unbounded sides left null ('A:B' has no rows, '2:3' no columns). */
export interface A1Ref {
  sheetName: string | null;
  row: number | null;
  column: number | null;
  lastRow: number | null;
  lastColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseCell(s: string): { column: number | null; row: number | null } | null {
  const m = CELL.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { column: m[1] ? columnNumber(m[1]) : null, row };
}

/** Splits "'Sheet name'!A1:B2" / "Sheet1!A1" / "A1"; a bare sheet name (no '!') is not a range here. */
export function parseA1(text: string): A1Ref | null {
  let sheetName: string | null = null;
  let rest = text.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
    sheetName = name;
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2 || rest === '') return null;
  const a = parseCell(parts[0]);
  if (!a) return null;
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!b) return null;
  if (parts.length === 1) {
    if (a.row === null || a.column === null) return null;
    return { sheetName, row: a.row, column: a.column, lastRow: a.row, lastColumn: a.column };
  }
  let column: number | null = null;
  let lastColumn: number | null = null;
  if (a.column !== null && b.column !== null) {
    column = Math.min(a.column, b.column);
    lastColumn = Math.max(a.column, b.column);
  } else if (a.column !== null || b.column !== null) {
    return null;
  }
  let row: number | null = null;
  let lastRow: number | null = null;
  if (a.row !== null && b.row !== null) {
    row = Math.min(a.row, b.row);
    lastRow = Math.max(a.row, b.row);
  } else if (a.row !== null) {
    row = a.row; // 'A2:C': from row 2 to the end of the sheet
  } else if (b.row !== null) {
    return null;
  }
  if (row === null && column === null) return null;
  return { sheetName, row, column, lastRow, lastColumn };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'A1' for one cell, 'A1:C3' otherwise, as Range.getA1Notation() gives it. */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
