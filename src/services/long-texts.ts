/**
 * Texts longer than a cell may hold (see domain/format/long-text.ts): written whole to « Textes
 * longs » before the block that refers to them, and joined back when the store reads a cell that
 * refers to one. Both cost Sheets calls only when such a text is there: one ID allocation and one
 * block write per written block, one read of « Textes longs » per request that meets one.
 */
import { isTooLongForCell, joinLongText, parseShortenedCell, shortenedCell, splitLongText, textOfInput } from '../domain/format/long-text';
import { LONG_TEXTS } from '../domain/schema/tables';
import { toCell, type SheetCell } from './cells';
import { openColumns, type SheetColumns } from './header-map';
import { allocateRecordIds } from './id-counter';
import type { StoreContext } from './store-context';
import { guardWrite, writeBlock } from './write-guard';

function field(key: string) {
  return LONG_TEXTS.fields.find((f) => f.key === key)!;
}

function openLongTexts(ctx: StoreContext): SheetColumns {
  return openColumns(ctx, LONG_TEXTS);
}

/**
 * In a block about to be written, replaces every cell input too long for a cell by its beginning
 * and the marker, after writing the whole texts to « Textes longs » in one block. `place(i, j)`
 * says where a text belongs (« Partenaires › Notes »), for whoever reads « Textes longs ».
 */
export function spillLongCells(ctx: StoreContext, block: SheetCell[][], place: (i: number, j: number) => string): void {
  const found: [number, number][] = [];
  block.forEach((row, i) => row.forEach((cell, j) => isTooLongForCell(cell) && found.push([i, j])));
  if (found.length === 0) return;
  const ids = allocateRecordIds(ctx, 'TL', [], found.length);
  const store = openLongTexts(ctx);
  const at = toCell(field('at'), ctx.stamp(), ctx.timeZone);
  const rows: SheetCell[][] = [];
  found.forEach(([i, j], k) => {
    const input = block[i][j] as string;
    const text = textOfInput(input);
    splitLongText(text).forEach((part, n) => {
      const row: SheetCell[] = new Array(store.width).fill('');
      row[store.columns.get('id')!] = ids[k];
      row[store.columns.get('part')!] = n + 1;
      // Always with the apostrophe: a part may start with "=" or look like a number.
      row[store.columns.get('text')!] = `'${part}`;
      row[store.columns.get('place')!] = toCell(field('place'), place(i, j), ctx.timeZone);
      row[store.columns.get('at')!] = at;
      rows.push(row);
    });
    block[i][j] = shortenedCell(input, ids[k]);
    knownTexts(ctx).set(ids[k], text);
  });
  const first = store.sheet.getLastRow() + 1;
  const max = store.sheet.getMaxRows();
  if (first + rows.length - 1 > max) {
    guardWrite(store.sheet, `lignes ajoutées après la ligne ${max}`, () => store.sheet.insertRowsAfter(max, first + rows.length - 1 - max));
  }
  writeBlock(ctx, store.sheet, first, 1, rows);
}

/** Texts of « Textes longs » by ID: those written in this request, then the whole sheet once when needed. */
function knownTexts(ctx: StoreContext): Map<string, string> {
  return (ctx.longTexts ??= { texts: new Map(), loaded: false }).texts;
}

function loadAll(ctx: StoreContext): Map<string, string> {
  const state = (ctx.longTexts ??= { texts: new Map(), loaded: false });
  if (state.loaded) return state.texts;
  state.loaded = true;
  const store = openLongTexts(ctx);
  const values = store.sheet.getSheetValues(1, 1, -1, -1);
  const [id, part, text] = ['id', 'part', 'text'].map((k) => store.columns.get(k)!);
  const parts = new Map<string, [number, string][]>();
  for (let r = 1; r < values.length; r++) {
    const key = String(values[r][id] ?? '');
    if (key === '' || state.texts.has(key)) continue;
    const list = parts.get(key) ?? [];
    list.push([Number(values[r][part]) || 0, String(values[r][text] ?? '')]);
    parts.set(key, list);
  }
  for (const [key, list] of parts) {
    state.texts.set(
      key,
      list
        .sort((a, b) => a[0] - b[0])
        .map(([, t]) => t)
        .join(''),
    );
  }
  return state.texts;
}

/** The whole text behind a cell the store shortened; any other cell as it is. */
export function expandCell(ctx: StoreContext, cell: unknown): unknown {
  const short = parseShortenedCell(cell);
  if (!short) return cell;
  const texts = knownTexts(ctx).has(short.id) ? knownTexts(ctx) : loadAll(ctx);
  return joinLongText(cell as string, short.head, texts.get(short.id));
}
