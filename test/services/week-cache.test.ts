/** « Ma semaine »'s extracts in the document cache (emulated CacheService: 100 KB per value, 1,000 items). */
import { byteChunks, forgetWeekExtract, weekCache } from '../../src/services/week-cache';
import type { WeekExtract } from '../../src/domain/pipeline/week-extract';
import { setupWorkbook, type TestWorkbook } from '../support/workbook';

let wb: TestWorkbook;
beforeEach(() => {
  wb = setupWorkbook();
});

const run = <T>(fn: () => T): T => wb.world.run(fn);
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
/** `n` rows of accented and emoji text: 2 to 4 bytes a character, as real names and notes may be. */
const extract = (n: number, text = 'Coopérative des éleveurs de Ségou 🐄'): WeekExtract => ({
  fields: ['id', 'name'],
  rows: Array.from({ length: n }, (_, i) => [`PAR-${i}`, `${text} ${i}`]),
});

describe('byteChunks', () => {
  it('cuts by UTF-8 bytes, never between the halves of an emoji, and joins back to the same text', () => {
    const all = 'é🐄a'.repeat(50_000);
    const chunks = byteChunks(all, 1000);
    expect(chunks.join('')).toBe(all);
    expect(Math.max(...chunks.map(utf8))).toBeLessThanOrEqual(1000);
    expect(chunks.every((c) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c))).toBe(true);
  });
});

describe('weekCache', () => {
  it('keeps an extract of several values (each within 100 KB) and reads it back as it was', () => {
    const big = extract(20_000);
    run(() => weekCache.save('Partenaires', big));
    expect(run(() => weekCache.read(['Partenaires', 'Opportunités']))).toEqual(new Map([['Partenaires', big]]));
  });

  it('reads as missing an extract whose values come from two savings (one overwritten while read), never a mix', () => {
    run(() => weekCache.save('Partenaires', extract(20_000)));
    const head = run(() => CacheService.getDocumentCache()!.get('pacte.week.Partenaires'));
    run(() => weekCache.save('Partenaires', extract(20_000, 'Autre texte')));
    run(() => CacheService.getDocumentCache()!.put('pacte.week.Partenaires', head!)); // the old head, over the new values
    expect(run(() => weekCache.read(['Partenaires'])).size).toBe(0);
  });

  it('drops the old extract when the new one is too large to keep, so the sheet is read rather than an old extract shown', () => {
    run(() => weekCache.save('Validations', extract(10)));
    run(() => weekCache.save('Validations', extract(60_000)));
    expect(run(() => weekCache.read(['Validations'])).size).toBe(0);
  });

  it('« ifMissing » keeps an extract put meanwhile; a hand edit drops one sheet only', () => {
    run(() => weekCache.save('Engagements', extract(1, 'après écriture')));
    run(() => weekCache.save('Engagements', extract(1, 'lu avant'), { ifMissing: true }));
    run(() => weekCache.save('Conventions', extract(2)));
    expect(run(() => weekCache.read(['Engagements'])).get('Engagements')).toEqual(extract(1, 'après écriture'));
    run(() => forgetWeekExtract('Engagements'));
    expect([...run(() => weekCache.read(['Engagements', 'Conventions'])).keys()]).toEqual(['Conventions']);
  });
});
