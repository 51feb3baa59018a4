/**
 * The « Tableau des engagements » sheet: every commitment on one line, the most urgent first (late
 * the longest, then due soonest; done and cancelled last), amounts in FCFA. Pacte owns the sheet and
 * rewrites it whole in one block: what a user changes there is not kept.
 */
import { isLocalDate, parseLocalDate, type LocalDate } from '../format/local-date';
import { type ExchangeRates, toXof } from '../format/xof';
import { formatMoney } from '../format/french';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { CLOSED_STATUSES, statusOf } from './status';

export const COMMITMENT_BOARD_SHEET = 'Tableau des engagements';

export const BOARD_HEADERS = [
  'Convention',
  'Partenaire',
  'Nature',
  'Libellé',
  'Partie',
  'Responsable',
  'Échéance',
  'Statut',
  'Jours de retard',
  'Montant (FCFA)',
  'Risque',
] as const;

const dayNumber = (d: LocalDate): number => {
  const { year, month, day } = parseLocalDate(d);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** Days past the due date: until today while open, until the done date once done; null when not late or cancelled. */
function daysLate(r: DataRecord, today: LocalDate): number | null {
  const due = text(r.due);
  const status = statusOf(r);
  if (!isLocalDate(due) || status === 'Annulé') return null;
  const end = status === 'Réalisé' ? text(r.doneOn) : today;
  if (!isLocalDate(end)) return null;
  const late = dayNumber(end) - dayNumber(due);
  return late > 0 ? late : null;
}

/** The amount in FCFA at the rate of `date`; without a rate, the amount as typed and what is missing (never 0). */
function amountCell(r: DataRecord, rates: ExchangeRates, date: LocalDate): number | string {
  if (typeof r.amount !== 'number') return '';
  const currency = text(r.currency);
  const xof = toXof(r.amount, currency, rates, date);
  return xof ?? `${formatMoney(r.amount, currency)} (taux à saisir dans Paramètres)`;
}

/** `partnerOf`: each convention's partner name, by convention ID; `rates`: XOF per unit of other currencies (Paramètres). */
export function commitmentBoard(
  rows: readonly DataRecord[],
  partnerOf: ReadonlyMap<string, string>,
  today: LocalDate,
  rates: ExchangeRates = {},
): { values: (string | number)[][]; boldRows: number[] } {
  const lines = rows.map((r) => {
    const closed = CLOSED_STATUSES.includes(statusOf(r));
    const late = daysLate(r, today);
    return {
      closed,
      late: closed ? 0 : (late ?? 0),
      due: text(r.due),
      cells: [
        text(r.conventionId),
        partnerOf.get(text(r.conventionId)) ?? '',
        text(r.kind),
        text(r.label),
        text(r.party),
        text(r.owner),
        text(r.due),
        statusOf(r),
        late ?? '',
        amountCell(r, rates, text(r.due) || today),
        text(r.risk),
      ],
    };
  });
  // Open before closed; among them the longest late first, then the soonest due (a date missing last).
  lines.sort((a, b) => Number(a.closed) - Number(b.closed) || b.late - a.late || (a.due || '9999').localeCompare(b.due || '9999'));
  return { values: [[...BOARD_HEADERS], ...lines.map((l) => l.cells)], boldRows: [1] };
}
