/**
 * The partner map: how many partners (and which) by type × category and by Mendelow quadrant,
 * and the « Cartographie » sheet Pacte rewrites from it (a table, a quadrant table, a chart).
 */
import type { Cartography, CartographyCell, Quadrant } from '../contracts';
import type { DataRecord } from '../schema/field';
import { PARTNER_CATEGORIES, PARTNER_TYPES, partnerTypeOf } from '../schema/vocabulary';
import { QUADRANTS, quadrantOf } from '../partners/priority';
import { formatDateFr } from '../format/french';
import type { LocalDate } from '../format/local-date';
import { text } from '../records/coerce';

export const CARTOGRAPHY_SHEET = 'Cartographie';
const NO_TYPE = 'Sans type';
export const NO_CATEGORY = 'Sans catégorie';
const TOTAL = 'Total';

/** What each quadrant asks of us, shown beside it in the sheet. */
const QUADRANT_HINTS: Record<Quadrant, string> = {
  'Gérer étroitement': 'pouvoir élevé, intérêt moyen ou élevé',
  Satisfaire: 'pouvoir élevé, intérêt faible',
  Informer: 'pouvoir faible ou moyen, intérêt moyen ou élevé',
  Surveiller: 'pouvoir faible ou moyen, intérêt faible',
};

const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const cell = (): CartographyCell => ({ count: 0, partners: [] });

/** Vocabulary values first (in their order), then values typed by hand, then the "none" bucket. */
function axis(vocabulary: readonly string[], seen: Set<string>, none: string): string[] {
  const extra = [...seen].filter((v) => v !== none && !vocabulary.includes(v)).sort(FRENCH.compare);
  return [...vocabulary, ...extra, ...(seen.has(none) ? [none] : [])];
}

function quadrantOfRecord(r: DataRecord): Quadrant | '' {
  const computed = quadrantOf(r.power, r.interest);
  if (computed) return computed;
  const stored = text(r.quadrant);
  return (QUADRANTS as readonly string[]).includes(stored) ? (stored as Quadrant) : '';
}

export function buildCartography(partners: readonly DataRecord[]): Cartography {
  const rows = partners.map((r) => ({
    name: text(r.name) || text(r.id),
    type: partnerTypeOf(text(r.type)) || NO_TYPE,
    category: text(r.category) || NO_CATEGORY,
    quadrant: quadrantOfRecord(r),
  }));
  rows.sort((a, b) => FRENCH.compare(a.name, b.name));
  const types = axis(PARTNER_TYPES, new Set(rows.map((r) => r.type)), NO_TYPE);
  const categories = axis(PARTNER_CATEGORIES, new Set(rows.map((r) => r.category)), NO_CATEGORY);
  const byTypeCategory: Cartography['byTypeCategory'] = {};
  for (const t of types) byTypeCategory[t] = Object.fromEntries(categories.map((c) => [c, cell()]));
  const byQuadrant = Object.fromEntries(QUADRANTS.map((q) => [q, cell()])) as Record<Quadrant, CartographyCell>;
  let unclassified = 0;
  for (const r of rows) {
    const c = byTypeCategory[r.type][r.category];
    c.count++;
    c.partners.push(r.name);
    if (r.quadrant) {
      byQuadrant[r.quadrant].count++;
      byQuadrant[r.quadrant].partners.push(r.name);
    } else unclassified++;
  }
  return { types, categories, byTypeCategory, byQuadrant, unclassified, relays: relaysOf(partners) };
}

/** Each relay with the partners it introduced (names, sorted), relays by name; a relay no longer listed shows its ID. */
export function relaysOf(partners: readonly DataRecord[]): Cartography['relays'] {
  const nameOf = new Map(partners.map((r) => [text(r.id), text(r.name) || text(r.id)]));
  const doors = new Map<string, string[]>();
  for (const r of partners) {
    const relay = text(r.introducedBy);
    if (relay) doors.set(relay, [...(doors.get(relay) ?? []), text(r.name) || text(r.id)]);
  }
  return [...doors]
    .map(([id, list]) => ({ relay: nameOf.get(id) ?? id, partners: list.sort(FRENCH.compare) }))
    .sort((a, b) => FRENCH.compare(a.relay, b.relay));
}

export interface CartographyLayout {
  /** The whole sheet, one rectangle: written with one setValues. */
  values: (string | number)[][];
  /** Rows (1-based) to show in bold: titles and table headers. */
  boldRows: number[];
  /** The type × category table: header row, first and last type rows, total column (1-based). */
  typeTable: { headerRow: number; firstRow: number; lastRow: number; totalColumn: number };
}

/** Names listed in one cell at most; the rest is counted (a cell holds 50,000 characters). */
const MAX_NAMES_IN_CELL = 100;

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES_IN_CELL).join(', ');
  return list.length > MAX_NAMES_IN_CELL ? `${shown}… et ${list.length - MAX_NAMES_IN_CELL} autres` : shown;
}

export function cartographyLayout(c: Cartography, today: LocalDate): CartographyLayout {
  const width = Math.max(c.categories.length + 2, 4);
  const rows: (string | number)[][] = [];
  const bold: number[] = [];
  const push = (r: (string | number)[], isBold = false) => {
    rows.push([...r, ...new Array(width - r.length).fill('')]);
    if (isBold) bold.push(rows.length);
  };
  push([`Cartographie des partenaires au ${formatDateFr(today)}`], true);
  push(['Feuille gérée par Pacte : elle est réécrite à chaque actualisation (Pacte → Cartographie). Ne la modifiez pas à la main.']);
  push([]);
  push(['Type \\ Catégorie', ...c.categories, TOTAL], true);
  const headerRow = rows.length;
  const columnTotals = c.categories.map(() => 0);
  for (const t of c.types) {
    const counts = c.categories.map((cat) => c.byTypeCategory[t][cat].count);
    counts.forEach((n, i) => (columnTotals[i] += n));
    push([t, ...counts, counts.reduce((a, b) => a + b, 0)]);
  }
  const lastRow = rows.length;
  push([TOTAL, ...columnTotals, columnTotals.reduce((a, b) => a + b, 0)], true);
  push([]);
  push(['Quadrant (pouvoir / intérêt)', 'Partenaires', 'Critère', 'Noms'], true);
  for (const q of QUADRANTS) push([q, c.byQuadrant[q].count, QUADRANT_HINTS[q], names(c.byQuadrant[q].partners)]);
  push(['Non classés', c.unclassified, 'pouvoir ou intérêt non renseigné', '']);
  if (c.relays.length) {
    push([]);
    push(['Relais (« Introduit par »)', 'Partenaires introduits', 'Noms'], true);
    for (const r of c.relays) push([r.relay, r.partners.length, names(r.partners)]);
  }
  return { values: rows, boldRows: bold, typeTable: { headerRow, firstRow: headerRow + 1, lastRow, totalColumn: c.categories.length + 2 } };
}
