/**
 * When each partner is due for its joint evaluation: every 6 or 12 months according to its
 * category (Paramètres › « Évaluation », one row per category), counted from its last decided
 * evaluation, else from the signature of its convention. Dates are days in the spreadsheet's zone.
 */
import { PARTNER_CATEGORIES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import { daysInMonth, parseLocalDate, type LocalDate } from '../format/local-date';

export const EVALUATION_SECTION = 'Évaluation';
/** Months between two evaluations of a partner without a category, or of a category not set. */
export const DEFAULT_EVALUATION_MONTHS = 12;
const DEFAULT_BY_CATEGORY: Readonly<Record<string, number>> = { Stratégique: 6, Financier: 6 };
/** A due evaluation is put in its owner's week this many days ahead (« Ma semaine » looks 7 days on). */
export const EVALUATION_NOTICE_DAYS = 30;

export const isEvaluationSection = (section: string): boolean => foldText(section) === foldText(EVALUATION_SECTION);

/** Rows « catégorie → mois » of the section; only 6 and 12 are read, other values keep the default. */
export function parseEvaluationMonths(rows: readonly { key: string; value: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { key, value } of rows) {
    const category = PARTNER_CATEGORIES.find((c) => foldText(c) === foldText(key));
    const months = Number(value.replace(/mois/i, '').trim());
    if (category && (months === 6 || months === 12)) out[category] = months;
  }
  return out;
}

export function defaultEvaluationRows(): Record<string, string>[] {
  return PARTNER_CATEGORIES.map((c, i) => ({
    section: EVALUATION_SECTION,
    key: c,
    value: String(DEFAULT_BY_CATEGORY[c] ?? DEFAULT_EVALUATION_MONTHS),
    note: i === 0 ? 'Mois entre deux évaluations conjointes des partenaires de cette catégorie (6 ou 12)' : '',
  }));
}

export function monthsFor(category: string, configured: Readonly<Record<string, number>> | undefined): number {
  return configured?.[category] ?? DEFAULT_BY_CATEGORY[category] ?? DEFAULT_EVALUATION_MONTHS;
}

/** The same day `months` later; the 31st becomes the month's last day when it has fewer. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface CalendarFacts {
  category: string;
  /** Decision date of the partner's last evaluation, '' when never evaluated. */
  lastEvaluated: LocalDate | '';
  /** Latest signature of one of its conventions, '' when none is signed. */
  signedOn: LocalDate | '';
}

/** The next evaluation's due date, or null when there is nothing to count from (no signed convention). */
export function nextEvaluationDue(facts: CalendarFacts, configured?: Readonly<Record<string, number>>): LocalDate | null {
  const from = facts.lastEvaluated || facts.signedOn;
  return from ? addMonths(from, monthsFor(facts.category, configured)) : null;
}
