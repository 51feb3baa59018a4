/**
 * The layout of the dossier's two Sheets, fixed so the consistency checks read them by position:
 *
 * Both are CSV uploads Google converts to Sheets (`toCsv`): Pacte's manifest has only
 * spreadsheets.currentonly, which cannot open another spreadsheet, while Drive's drive.file can
 * create one. So the files carry values and formulas only — no number formats, bold or frozen rows.
 *
 * **Budget** (the first sheet of its own spreadsheet file):
 * - B2: exchange rate, FCFA for one unit of the donor's currency (1 for FCFA; `=655957/1000` when it has decimals,
 *   a formula reads the same in every locale), dated in C2;
 *   B3: amount requested in the donor's currency, C3 its code;
 * - row 5: the header (`budgetColumns`), columns A–L;
 * - then per category: its lines (A = category; F = `=D*E`; J = `=F*G`; K = `=F/$B$2`; L = `=J/$B$2`),
 *   then its subtotal row (A = « Sous-total <catégorie> », F, J, K, L = `=SUM(…)` over its lines);
 * - last row: A = « TOTAL GÉNÉRAL », F, J, K, L = the sum of the subtotals' cells (`=F12+F19+…`: no
 *   argument separator, which differs between locales).
 *   J's total (« Montant bailleur (FCFA) ») is the amount requested, in FCFA; L's in the donor's currency.
 *   G, H, I are shares written « 100% » (read as 1) that add up to 100 % on each line.
 *
 * The emulator stores formulas without evaluating them: the checks compute totals from the lines
 * (`budgetTotals`), the same arithmetic as the formulas.
 *
 * **Plan de mise en œuvre** (the first sheet of its file): row 1 the header:
 * Activité | Résultat | Responsable | one column per month of the project period, headed « M1 (janv. 2027) »
 * (`monthLabel`, read back by `parseMonthLabel`; a bare « janv. 2027 » may be read as a date); « X » in the months an activity runs.
 *
 * A text cell starting with = + - or @ (an opportunity titled so) is written after a « ’ », never as a formula.
 */
import { type LocalDate, parseLocalDate } from '../format/local-date';
import type { BaseKit } from './kits';
import { SEEDED_ACTIVITIES, projectMonths } from './content';

export const BUDGET_HEADER_ROW = 5;
export const RATE_CELL = 'B2';
export const REQUESTED_CELL = 'B3';
export const TOTAL_LABEL = 'TOTAL GÉNÉRAL';
export const SUBTOTAL_PREFIX = 'Sous-total ';

export const budgetColumns = (currency: string): string[] => [
  'Catégorie',
  'Libellé',
  'Unité',
  'Quantité',
  'Coût unitaire (FCFA)',
  'Total (FCFA)',
  'Part bailleur %',
  'Cofinancement %',
  'Nature (valorisé) %',
  'Montant bailleur (FCFA)',
  `Total (${currency})`,
  `Montant bailleur (${currency})`,
];

/** Each base kit's budget categories and the share of the amount requested each is seeded with. */
const CATEGORIES: Readonly<Record<BaseKit, readonly [string, number][]>> = {
  institutionnel: [
    ['Ressources humaines', 0.35],
    ['Activités', 0.35],
    ['Équipements', 0.1],
    ['Fonctionnement', 0.08],
    ['Suivi-évaluation et audit', 0.05],
    ['Coûts indirects', 0.07],
  ],
  fondation: [
    ['Activités', 0.6],
    ['Ressources humaines', 0.25],
    ['Fonctionnement', 0.15],
  ],
  // The United Nations' harmonised budget categories (UNDG).
  onu: [
    ['Personnel', 0.3],
    ['Fournitures et matériels', 0.1],
    ['Équipements', 0.1],
    ['Services contractuels', 0.15],
    ['Déplacements', 0.1],
    ['Transferts et subventions', 0.13],
    ['Frais généraux de fonctionnement', 0.05],
    ['Coûts indirects', 0.07],
  ],
  rse: [
    ['Activités', 0.7],
    ['Ressources humaines', 0.2],
    ['Visibilité', 0.1],
  ],
};
export const budgetCategories = (base: BaseKit): string[] => CATEGORIES[base].map(([c]) => c);

/** A text, an integer, or a formula (`{ f: '=D6*E6' }`). */
export type Cell = string | number | { f: string };

export interface SheetGrid {
  cells: Cell[][];
}

const csvField = (c: Cell): string => {
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : `=${Math.round(c * 1000)}/1000`;
  if (typeof c === 'object') return c.f;
  const safe = /^[=+\-@]/.test(c) ? `’${c}` : c;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The grid as the CSV Drive converts (RFC 4180, CRLF). */
export const toCsv = (grid: SheetGrid): string => grid.cells.map((r) => r.map(csvField).join(',')).join('\r\n');

export interface BudgetInput {
  title: string;
  base: BaseKit;
  currency: string;
  /** FCFA for one unit of the currency (1 for FCFA) and the date of that rate. */
  rate: number;
  rateDate: LocalDate | '';
  /** In the donor's currency; null when the opportunity has none. */
  amount: number | null;
  amountXof: number | null;
}

const EMPTY_LINES = 2;
const F = (f: string): Cell => ({ f });

/** The budget block: seeded lines (the amount requested split by category shares), empty lines, subtotals, grand total. */
export function budgetGrid(b: BudgetInput): SheetGrid {
  const width = 12;
  const pad = (row: Cell[]): Cell[] => [...row, ...Array<Cell>(width - row.length).fill('')];
  const cells: Cell[][] = [
    pad([`Budget — ${b.title}`]),
    pad(['Taux de change', b.rate, `FCFA pour 1 ${b.currency}${b.rateDate ? ` (taux du ${b.rateDate})` : ''}`]),
    pad(['Montant demandé', b.amount ?? '', b.currency]),
    pad([]),
    budgetColumns(b.currency),
  ];
  const subtotals: number[] = [];
  const cats = CATEGORIES[b.base];
  let allotted = 0;
  cats.forEach(([category, share], i) => {
    const first = cells.length + 1;
    // The last category takes the rounding's remainder: the seeded lines add up to the amount exactly.
    const cost = b.amountXof === null ? '' : i === cats.length - 1 ? b.amountXof - allotted : Math.round(b.amountXof * share);
    if (typeof cost === 'number') allotted += cost;
    const line = (label: string, unit: string, qty: Cell, unitCost: Cell, shares: [number, number, number]): Cell[] => {
      const r = cells.length + 1;
      return [
        category,
        label,
        unit,
        qty,
        unitCost,
        F(`=D${r}*E${r}`),
        ...shares.map((x) => `${x * 100}%`),
        F(`=F${r}*G${r}`),
        F(`=F${r}/$B$2`),
        F(`=J${r}/$B$2`),
      ];
    };
    cells.push(line(`${category} (à détailler)`, 'forfait', 1, cost, [1, 0, 0]));
    if (category === 'Fonctionnement' || category === 'Frais généraux de fonctionnement')
      cells.push(line('Locaux mis à disposition (valorisés)', 'mois', '', '', [0, 0, 1]));
    for (let e = 0; e < EMPTY_LINES; e++) cells.push(line('', '', '', '', [1, 0, 0]));
    const last = cells.length;
    const r = last + 1;
    cells.push(
      pad([`${SUBTOTAL_PREFIX}${category}`, '', '', '', '', ...['F', '', '', '', 'J', 'K', 'L'].map((c) => (c ? F(`=SUM(${c}${first}:${c}${last})`) : ''))]),
    );
    subtotals.push(r);
  });
  const sum = (col: string) => F(`=${subtotals.map((r) => `${col}${r}`).join('+')}`);
  cells.push(pad([TOTAL_LABEL, '', '', '', '', sum('F'), '', '', '', sum('J'), sum('K'), sum('L')]));
  return { cells };
}

/** A cell as the checks read it: a number, « 100% » as 1, anything else 0. */
export function cellNumber(c: unknown): number {
  if (typeof c === 'number') return c;
  const t = String(c ?? '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  const n = Number(t.replace(/%$/, ''));
  return Number.isFinite(n) ? (t.endsWith('%') ? n / 100 : n) : 0;
}

/** The budget's totals computed from its lines (what its formulas give): FCFA, donor's share, and by category. */
export function budgetTotals(cells: readonly (readonly unknown[])[]): { total: number; donor: number; byCategory: Record<string, number> } {
  let total = 0;
  let donor = 0;
  const byCategory: Record<string, number> = {};
  for (const row of cells.slice(BUDGET_HEADER_ROW)) {
    const a = String(row[0] ?? '');
    if (!a || a === TOTAL_LABEL || a.startsWith(SUBTOTAL_PREFIX)) continue;
    const line = cellNumber(row[3]) * cellNumber(row[4]);
    total += line;
    donor += line * cellNumber(row[6]);
    byCategory[a] = (byCategory[a] ?? 0) + line;
  }
  return { total, donor: Math.round(donor), byCategory };
}

// ---- implementation plan ------------------------------------------------------------------------

const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export const monthLabel = (index: number, year: number, month: number): string => `M${index} (${MONTHS_SHORT[month - 1]} ${year})`;

/** « M1 (janv. 2027) » → { year: 2027, month: 1 }; null for anything else. */
export function parseMonthLabel(label: string): { year: number; month: number } | null {
  const m = /^M\d+\s*\((\S+)\s+(\d{4})\)$/.exec(label.trim());
  const month = m ? MONTHS_SHORT.indexOf(m[1]) + 1 : 0;
  return m && month ? { year: Number(m[2]), month } : null;
}

/** The months of the period, in order. */
export function periodMonths(start: LocalDate, end: LocalDate): { year: number; month: number }[] {
  const s = parseLocalDate(start);
  return Array.from({ length: Math.max(1, projectMonths(start, end)) }, (_, i) => {
    const m = s.month - 1 + i;
    return { year: s.year + Math.floor(m / 12), month: (m % 12) + 1 };
  });
}

/**
 * The plan: the start-up, the logframe's seeded activities spread over the period one after the
 * other (each on a share of it, at least a month), quarterly monitoring and the final report.
 */
export function planGrid(start: LocalDate, end: LocalDate, owner: string): SheetGrid {
  const months = periodMonths(start, end);
  const n = months.length;
  const marks = (from: number, to: number): string[] => months.map((_, i) => (i >= from && i <= to ? 'X' : ''));
  const slice = Math.max(1, Math.floor((n - 1) / SEEDED_ACTIVITIES.length));
  const rows: string[][] = [
    ['Lancement, recrutement et mise en place', 'Coordination', owner, ...marks(0, 0)],
    ...SEEDED_ACTIVITIES.map((a, i) => {
      const from = Math.min(n - 1, 1 + i * slice);
      return [`${a} — à préciser`, `R${a[1]}`, owner, ...marks(from, Math.min(n - 1, from + slice - 1))];
    }),
    ['Suivi-évaluation (trimestriel)', 'Coordination', owner, ...months.map((_, i) => ((i + 1) % 3 === 0 ? 'X' : ''))],
    ['Rapport final', 'Coordination', owner, ...marks(n - 1, n - 1)],
  ];
  const cells: Cell[][] = [['Activité', 'Résultat', 'Responsable', ...months.map((m, i) => monthLabel(i + 1, m.year, m.month))], ...rows];
  return { cells };
}
