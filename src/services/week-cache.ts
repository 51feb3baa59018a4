/**
 * « Ma semaine »'s extract of each sheet (domain/pipeline/week-extract.ts) in the document cache.
 * A sheet's extract sits under fixed keys (`pacte.week.<sheet>` holds `<generation>:<count>`, then
 * its chunks): a new extract overwrites the old one rather than adding items the cache would have to
 * evict. Each chunk starts with its generation, so a reader that meets chunks of two writes (one put
 * while it read) sees a missing extract and reads the sheet, never a mix.
 */
import type { WeekExtract } from '../domain/pipeline/week-extract';
import { WEEK_TABLES, weekExtractOf, type SheetRow } from '../domain/pipeline/week-extract';
import type { TableSpec } from '../domain/schema/field';

/** CacheService's longest life (https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)); the dispatcher puts every extract again each hour. */
const SECONDS = 21_600;
/** A value holds 100 KB at most (https://developers.google.com/apps-script/reference/cache/cache): a chunk is cut by its UTF-8 bytes, with room to spare. */
const CHUNK_BYTES = 100_000;
/**
 * Cached items per sheet, 400 in all: the cache holds 1,000 and the contacts index may take 400. A
 * larger extract is not kept (that sheet is read at each opening).
 */
const MAX_CHUNKS: Record<string, number> = {
  Partenaires: 125,
  Opportunités: 165,
  Engagements: 60,
  Conventions: 25,
  Validations: 15,
  Évaluations: 5,
  'Plan de renforcement': 2,
  'Documents institutionnels': 1,
  // Only open calls with an owner and a deadline: a few hundred bytes each.
  Veille: 2,
};

/** The sheets « Ma semaine » is built from. */
export const WEEK_SHEETS: readonly string[] = WEEK_TABLES.map((t) => t.sheetName);

const cache = () => CacheService.getDocumentCache();
const headKey = (sheet: string) => `pacte.week.${sheet}`;
const chunkKey = (sheet: string, i: number) => `pacte.week.${sheet}.${i}`;
const parseHead = (head: string | undefined | null) => {
  const [generation, count] = (head ?? '').split(':');
  return generation && /^\d+$/.test(count ?? '') ? { generation, count: Number(count) } : null;
};

export const weekCache = {
  read(sheets: readonly string[]): Map<string, WeekExtract> {
    const out = new Map<string, WeekExtract>();
    const c = cache();
    if (!c) return out;
    const heads = c.getAll(sheets.map(headKey));
    const wanted = sheets.map((sheet) => ({ sheet, head: parseHead(heads[headKey(sheet)]) })).filter((w) => w.head);
    const keys = wanted.flatMap(({ sheet, head }) => Array.from({ length: head!.count }, (_, i) => chunkKey(sheet, i)));
    const chunks = keys.length ? c.getAll(keys) : {};
    for (const { sheet, head } of wanted) {
      const prefix = `${head!.generation}:`;
      const parts = Array.from({ length: head!.count }, (_, i) => chunks[chunkKey(sheet, i)]);
      if (parts.some((p) => p === undefined || !p.startsWith(prefix))) continue;
      out.set(sheet, JSON.parse(parts.map((p) => p.slice(prefix.length)).join('')) as WeekExtract);
    }
    return out;
  },

  save(sheet: string, extract: WeekExtract, opts: { ifMissing?: boolean } = {}): void {
    const c = cache();
    if (!c) return;
    const before = parseHead(c.get(headKey(sheet)));
    if (opts.ifMissing && before) return;
    const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const chunks = byteChunks(JSON.stringify(extract), CHUNK_BYTES - generation.length - 1);
    // Too large to keep: the old extract must not stay either (it no longer says what the sheet holds).
    if (chunks.length > (MAX_CHUNKS[sheet] ?? 0)) return forget(c, sheet, before?.count ?? 0);
    const values: Record<string, string> = {};
    chunks.forEach((chunk, i) => (values[chunkKey(sheet, i)] = `${generation}:${chunk}`));
    // The head last: a reader never sees a head whose chunks are not all there.
    c.putAll(values, SECONDS);
    c.put(headKey(sheet), `${generation}:${chunks.length}`, SECONDS);
    if (before && before.count > chunks.length) c.removeAll(Array.from({ length: before.count - chunks.length }, (_, i) => chunkKey(sheet, chunks.length + i)));
  },
};

function forget(c: GoogleAppsScript.Cache.Cache, sheet: string, count: number): void {
  c.removeAll([headKey(sheet), ...Array.from({ length: count }, (_, i) => chunkKey(sheet, i))]);
}

/** A hand edit of one of the week's sheets: only its extract is dropped (the next opening reads that sheet). */
export function forgetWeekExtract(sheet: string): void {
  const c = cache();
  if (c && WEEK_SHEETS.includes(sheet)) c.remove(headKey(sheet));
}

/** Pacte wrote one of the week's sheets: its extract is put again from the rows in memory (no read). */
export function saveWeekExtract(spec: TableSpec, rows: readonly SheetRow[]): void {
  const extract = weekExtractOf(spec, rows);
  if (extract) weekCache.save(spec.sheetName, extract);
}

/** Cuts a text into values of at most `max` UTF-8 bytes, never between the two halves of a character outside the BMP. */
export function byteChunks(all: string, max: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < all.length; i++) {
    const code = all.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < all.length;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > max) {
      chunks.push(all.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < all.length) chunks.push(all.slice(start));
  return chunks;
}
