/**
 * The dossier's consistency checks, over what its files say when read back (each file once):
 * the budget's donor total against the amount requested in the opportunity and in the concept
 * note; every logframe result with an indicator and its target; every activity of the plan within
 * the project period; each budget line's shares adding up to 100 %; the deadline. Each finding
 * names its file and its place in it (« Budget, ligne 14 (Catégorie Équipements) »). Problems
 * block the internal review and the submission; warnings do not.
 */
import { formatDateFr, formatMoney } from '../format/french';
import { addDays, type LocalDate } from '../format/local-date';
import { foldText, parseFrenchNumber } from '../records/normalise';
import { BUDGET_HEADER_ROW, SUBTOTAL_PREFIX, TOTAL_LABEL, budgetTotals, cellNumber, monthLabel, parseMonthLabel } from './layout';

/** The files as read back: the Docs' body paragraphs and tables, the Sheets' first sheet as rows of texts; null when the file could not be read. */
export interface DossierReadback {
  note: { paragraphs: string[] } | null;
  logframe: { tables: string[][][] } | null;
  budget: string[][] | null;
  plan: string[][] | null;
}

export interface DossierCheckFacts {
  /** The opportunity's amount requested, in FCFA (null when it has none or no rate converts it). */
  requestedXof: number | null;
  start: LocalDate;
  end: LocalDate;
  deadline: LocalDate | '';
  today: LocalDate;
  urls: { note: string; logframe: string; budget: string; plan: string };
}

export type CheckSeverity = 'problème' | 'avertissement';

export interface CheckFinding {
  severity: CheckSeverity;
  /** « Budget, ligne 14 (Catégorie Équipements) ». */
  place: string;
  message: string;
  /** The file to open (empty for the dossier itself). */
  url: string;
}

export interface DossierChecks {
  problems: CheckFinding[];
  warnings: CheckFinding[];
}

/** Days before the deadline under which a warning is given. */
export const DEADLINE_WARNING_DAYS = 7;
const NOTE_AMOUNT = 'montant demande';
const fcfa = (n: number) => formatMoney(Math.round(n), 'XOF');

type Add = (severity: CheckSeverity, place: string, message: string, url: string) => void;

/** The amounts written in a paragraph, in order (« 20 000 € (soit 13 119 140 FCFA) » → [20000, 13119140]). */
function amountsIn(text: string): number[] {
  const found = text.match(/\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
  return found.map((t) => parseFrenchNumber(t)).filter((n): n is number => n !== null);
}

function checkBudget(rows: string[][], f: DossierCheckFacts, add: Add): number | null {
  const totalRow = rows.findIndex((r) => (r[0] ?? '').trim() === TOTAL_LABEL);
  const { donor } = budgetTotals(rows);
  rows.forEach((row, i) => {
    const a = (row[0] ?? '').trim();
    if (i < BUDGET_HEADER_ROW || !a || a === TOTAL_LABEL || a.startsWith(SUBTOTAL_PREFIX)) return;
    const sum = [6, 7, 8].reduce((t, c) => t + cellNumber(row[c]), 0);
    if (Math.abs(sum - 1) > 0.0005 && [6, 7, 8].some((c) => (row[c] ?? '').trim() !== ''))
      add(
        'problème',
        `Budget, ligne ${i + 1} (Catégorie ${a})`,
        `les parts bailleur, cofinancement et nature totalisent ${Math.round(sum * 1000) / 10} % ; attendu 100 %`,
        f.urls.budget,
      );
  });
  const where = totalRow >= 0 ? `Budget, ligne ${totalRow + 1} (${TOTAL_LABEL})` : 'Budget';
  if (f.requestedXof === null)
    add('avertissement', where, 'l’opportunité n’a pas de montant demandé en FCFA : le total n’a pas pu être comparé', f.urls.budget);
  else if (Math.abs(donor - f.requestedXof) >= 1)
    add('problème', where, `le budget totalise ${fcfa(donor)} (part bailleur), l’opportunité demande ${fcfa(f.requestedXof)}`, f.urls.budget);
  return donor;
}

function checkNote(paragraphs: string[], budgetDonor: number | null, f: DossierCheckFacts, add: Add): void {
  const place = 'Note conceptuelle, paragraphe « Montant demandé »';
  const p = paragraphs.find((t) => foldText(t).trim().startsWith(NOTE_AMOUNT));
  if (!p) {
    add('problème', 'Note conceptuelle', 'aucun paragraphe « Montant demandé : … » ; ajoutez-le avec le montant', f.urls.note);
    return;
  }
  const amounts = amountsIn(p.slice(p.indexOf(':') + 1));
  // « 20 000 € (soit 13 119 140 FCFA) »: the FCFA figure is the last one.
  const inXof = /fcfa|xof/i.test(p) ? amounts[amounts.length - 1] : undefined;
  if (inXof === undefined) {
    add('problème', place, 'aucun montant en FCFA (attendu : « Montant demandé : 25 000 000 FCFA »)', f.urls.note);
    return;
  }
  const against = budgetDonor ?? f.requestedXof;
  if (against !== null && Math.abs(inXof - against) >= 1)
    add('problème', place, `${fcfa(inXof)}, ${budgetDonor !== null ? 'le budget totalise' : 'l’opportunité demande'} ${fcfa(against)}`, f.urls.note);
}

function checkLogframe(tables: string[][][], f: DossierCheckFacts, add: Add): void {
  const index = tables.findIndex((t) => t[0]?.some((h) => foldText(h).trim() === 'niveau'));
  if (index < 0) {
    add('problème', 'Cadre logique', 'aucun tableau avec une colonne « Niveau » (le tableau du cadre logique a été retiré ?)', f.urls.logframe);
    return;
  }
  const table = tables[index];
  const col = (name: string) => table[0].findIndex((h) => foldText(h).trim() === name);
  const [level, label, indicator, target] = [col('niveau'), col('intitule'), col('indicateur'), col('cible')];
  const where = (r: number) => `Cadre logique, tableau ${index + 1}, ligne ${r + 1}`;
  let results = 0;
  for (let r = 1; r < table.length; r++) {
    if (foldText(table[r][level] ?? '').trim() !== 'resultat') continue;
    results++;
    // The result's own row, then the rows below it with no level: its further indicators.
    let ok = false;
    for (let k = r; k < table.length && (k === r || !(table[k][level] ?? '').trim()); k++)
      if ((table[k][indicator] ?? '').trim() && (table[k][target] ?? '').trim()) ok = true;
    const name = /^R\d+(\.\d+)?/.exec((table[r][label] ?? '').trim())?.[0] ?? `« ${(table[r][label] ?? '').trim()} »`;
    if (!ok) add('problème', where(r), `le résultat ${name} n’a pas d’indicateur avec une cible`, f.urls.logframe);
  }
  if (!results) add('problème', `Cadre logique, tableau ${index + 1}`, 'aucune ligne de niveau « Résultat »', f.urls.logframe);
}

const monthKey = (y: number, m: number) => y * 12 + m - 1;

function checkPlan(rows: string[][], f: DossierCheckFacts, add: Add): void {
  const header = rows[0] ?? [];
  const [sy, sm] = f.start.split('-').map(Number);
  const [ey, em] = f.end.split('-').map(Number);
  const first = monthKey(sy, sm);
  const last = monthKey(ey, em);
  const period = `${monthLabel(1, sy, sm).replace(/^M1 \((.*)\)$/, '$1')} – ${monthLabel(1, ey, em).replace(/^M1 \((.*)\)$/, '$1')}`;
  for (let r = 1; r < rows.length; r++) {
    const activity = (rows[r][0] ?? '').trim();
    if (!activity) continue;
    const outside: string[] = [];
    for (let c = 3; c < rows[r].length; c++) {
      if (!(rows[r][c] ?? '').trim()) continue;
      const m = parseMonthLabel(header[c] ?? '');
      if (!m || monthKey(m.year, m.month) < first || monthKey(m.year, m.month) > last) outside.push(`« ${(header[c] ?? '').trim() || `colonne ${c + 1}`} »`);
    }
    if (outside.length)
      add(
        'problème',
        `Plan de mise en œuvre, ligne ${r + 1} (Activité « ${activity} »)`,
        `marquée en ${outside.join(', ')}, hors de la période du projet (${period})`,
        f.urls.plan,
      );
  }
}

function checkDeadline(f: DossierCheckFacts, add: Add): void {
  const place = 'Dossier, date limite de dépôt';
  if (!f.deadline) add('avertissement', place, 'aucune date limite de dépôt n’est renseignée', '');
  else if (f.deadline < f.today) add('problème', place, `le ${formatDateFr(f.deadline)} est passé (aujourd’hui : ${formatDateFr(f.today)})`, '');
  else if (f.deadline < addDays(f.today, DEADLINE_WARNING_DAYS))
    add('avertissement', place, `le ${formatDateFr(f.deadline)}, dans moins de ${DEADLINE_WARNING_DAYS} jours`, '');
}

const unread = (what: string) => `le fichier n’a pas pu être lu (supprimé, ou plus accessible ?) ; ${what}`;

export function checkDossier(read: DossierReadback, f: DossierCheckFacts): DossierChecks {
  const out: DossierChecks = { problems: [], warnings: [] };
  const add: Add = (severity, place, message, url) => (severity === 'problème' ? out.problems : out.warnings).push({ severity, place, message, url });
  const donor = read.budget ? checkBudget(read.budget, f, add) : null;
  if (!read.budget) add('problème', 'Budget', unread('le total n’a pas été vérifié'), f.urls.budget);
  if (read.note) checkNote(read.note.paragraphs, donor, f, add);
  else add('problème', 'Note conceptuelle', unread('le montant n’a pas été vérifié'), f.urls.note);
  if (read.logframe) checkLogframe(read.logframe.tables, f, add);
  else add('problème', 'Cadre logique', unread('les indicateurs n’ont pas été vérifiés'), f.urls.logframe);
  if (read.plan) checkPlan(read.plan, f, add);
  else add('problème', 'Plan de mise en œuvre', unread('la période n’a pas été vérifiée'), f.urls.plan);
  checkDeadline(f, add);
  return out;
}

/** The findings as one French message (a blocked step's error). */
export const findingsText = (items: readonly CheckFinding[]): string => items.map((p) => `${p.place} : ${p.message}.`).join('\n');
