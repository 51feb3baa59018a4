/**
 * Each user's « Ma semaine » in the document cache. Every entry is keyed by a generation that any
 * write to the sheets it comes from replaces (forgetWeeks), so one removal drops every user's week;
 * a week built from sheets read before such a write is saved under the old generation, never read.
 */
import type { LocalDate } from '../domain/format/local-date';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { VALIDATIONS } from '../domain/conventions/approval-tables';
import type { ConventionSummary, MyWeekItem } from '../domain/contracts';
import { chunked } from './contact-index';

const GENERATION = 'pacte.myWeek.generation';
/** As the contacts index: a change no trigger sees is seen ten minutes later at worst. */
const SECONDS = 600;
/** A head of very long titles beyond this is not cached (each opening reads the sheets). */
const MAX_CHUNKS = 20;
const MAX_KEY = 250;

/** The sheets « Ma semaine » reads: a write to one of them drops every cached week. */
export const WEEK_SHEETS: readonly string[] = [OPPORTUNITIES, PARTNERS, COMMITMENTS, CONVENTIONS, VALIDATIONS].map((s) => s.sheetName);

const cache = () => CacheService.getDocumentCache();

/** The first items of a week and its total (app/ports/week-cache.ts). */
interface WeekHead {
  total: number;
  items: MyWeekItem[];
  approvals: ConventionSummary[];
}

export const weekCache = {
  open(user: string, day: LocalDate): { week: WeekHead | null; save(week: WeekHead): void } {
    const c = cache();
    if (!c || !user) return { week: null, save: () => undefined };
    let generation = c.get(GENERATION);
    if (!generation) c.put(GENERATION, (generation = newGeneration()), SECONDS);
    const key = `pacte.myWeek.${generation}.${day}.${user.toLowerCase()}`;
    // A key holds 250 characters at most (https://developers.google.com/apps-script/reference/cache/cache): a longer address is not cached.
    if (key.length > MAX_KEY - 4) return { week: null, save: () => undefined };
    return {
      week: readChunks(c, key),
      save(week) {
        const chunks = chunked(JSON.stringify(week));
        if (chunks.length > MAX_CHUNKS) return;
        const values: Record<string, string> = {};
        chunks.forEach((chunk, i) => (values[`${key}.${i}`] = chunk));
        // The count last: a reader never sees a count whose chunks are not all there.
        c.putAll(values, SECONDS);
        c.put(key, String(chunks.length), SECONDS);
      },
    };
  },
};

function readChunks(c: GoogleAppsScript.Cache.Cache, key: string): WeekHead | null {
  const count = Number(c.get(key) ?? NaN);
  if (!Number.isInteger(count)) return null;
  const keys = Array.from({ length: count }, (_, i) => `${key}.${i}`);
  const chunks = c.getAll(keys);
  if (keys.some((k) => chunks[k] === undefined)) return null;
  return JSON.parse(keys.map((k) => chunks[k]).join('')) as WeekHead;
}

const newGeneration = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** One of the week's sheets changed: every user's next opening reads them again. */
export function forgetWeeks(): void {
  cache()?.put(GENERATION, newGeneration(), SECONDS);
}
