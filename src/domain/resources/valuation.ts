/**
 * Section « Valorisation » of Paramètres: what one unit of each in-kind category is worth in FCFA
 * (clé = catégorie, valeur = FCFA par unité, commentaire = l'unité), and the annual target of
 * section « Objectifs » (clé « Ressources mobilisées », in FCFA).
 */
import { foldText, parseFrenchNumber } from '../records/normalise';
import { formatMoney } from '../format/french';
import { IN_KIND_CATEGORIES } from './tables';

export type InKindCategory = (typeof IN_KIND_CATEGORIES)[number];

export const VALUATION_SECTION = 'Valorisation';

export interface ValuationLine {
  /** FCFA for one unit. */
  rate: number;
  /** « par jour », « par km »…: the comment of the line. */
  unit: string;
}

/** By category; a category without a readable rate is absent (its contributions are valued by amount). */
export type ValuationGrid = Partial<Record<InKindCategory, ValuationLine>>;

const DEFAULTS: readonly { category: InKindCategory; rate: string; unit: string }[] = [
  { category: 'Temps de personnel', rate: '25000', unit: 'par jour' },
  { category: 'Locaux', rate: '50000', unit: 'par jour' },
  { category: 'Équipement', rate: '15000', unit: 'par jour' },
  { category: 'Médias', rate: '100000', unit: 'par passage' },
  { category: 'Transport', rate: '250', unit: 'par km' },
  { category: 'Autre', rate: '', unit: 'valorisé au montant saisi' },
];

/** Rows « Initialiser » writes (editable: the organisation sets its own rates). */
export function defaultValuationRows(): Record<string, string>[] {
  return DEFAULTS.map((d) => ({ section: VALUATION_SECTION, key: d.category, value: d.rate, note: d.unit }));
}

export const isValuationSection = (section: string): boolean => foldText(section) === foldText(VALUATION_SECTION);

/** The grid from the section's rows; unknown categories and unreadable rates are left out. */
export function parseValuation(rows: readonly { key: string; value: string; note: string }[]): ValuationGrid {
  const grid: ValuationGrid = {};
  for (const r of rows) {
    const category = IN_KIND_CATEGORIES.find((c) => foldText(c) === foldText(r.key));
    const rate = parseFrenchNumber(r.value);
    if (category && rate !== null && rate > 0) grid[category] = { rate, unit: r.note.trim() };
  }
  return grid;
}

/** « Temps de personnel — 25 000 FCFA par jour »: a line as the sidebar shows it. */
export function describeLine(category: InKindCategory, line: ValuationLine): string {
  return `${category} — ${formatMoney(line.rate)}${line.unit ? ` ${line.unit}` : ''}`;
}
