/** Pieces of a partner's page and of its priority history: contacts, interactions, activity counts. */
import type { ContactSummary, InteractionSummary } from '../contracts';
import { summariseInteraction } from '../interactions/roll-up';
import type { DataRecord, Row } from '../schema/field';
import type { CONTACTS, CONVENTIONS, INTERACTIONS } from '../schema/tables';
import type { ConventionStatus } from '../schema/vocabulary';
import { isLocalDate, parseLocalDate, type LocalDate } from '../format/local-date';

export function summariseContact(r: Pick<Row<typeof CONTACTS>, 'id' | 'partnerId' | 'name' | 'role' | 'email' | 'phone' | 'primary'>): ContactSummary {
  return {
    id: r.id,
    partnerId: r.partnerId,
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
    primary: r.primary === true,
  };
}

/** A partner's interactions, newest first (same day: the later row first), at most `limit`. */
export function recentInteractions<R extends DataRecord & Pick<Row<typeof INTERACTIONS>, 'partnerId' | 'date'>>(
  rows: readonly R[],
  partnerId: string,
  limit = 20,
): InteractionSummary[] {
  const mine = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.partnerId === partnerId);
  mine.sort((a, b) => (a.r.date < b.r.date ? 1 : a.r.date > b.r.date ? -1 : b.i - a.i));
  return mine.slice(0, limit).map(({ r }) => summariseInteraction(r));
}

/** The same day one year earlier (29 February → 28 February). */
export function oneYearBefore(today: LocalDate): LocalDate {
  const { year, month, day } = parseLocalDate(today);
  const d = month === 2 && day === 29 ? 28 : day;
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Convention statuses that count as an active partnership. */
const ACTIVE_CONVENTION_STATUSES: readonly ConventionStatus[] = ['Signée', 'Active'];

interface HistoryCounts {
  interactions12m: number;
  activeConventions: number;
}

/**
 * Per partner ID: interactions dated in the 12 months up to today (after the same day last year,
 * future ones excluded), and conventions signed or active whose end date (if any) is not past.
 */
export function historyCounts(
  interactions: readonly Pick<Row<typeof INTERACTIONS>, 'partnerId' | 'date'>[],
  conventions: readonly Pick<Row<typeof CONVENTIONS>, 'partnerId' | 'status' | 'endDate'>[],
  today: LocalDate,
): Map<string, HistoryCounts> {
  const since = oneYearBefore(today);
  const out = new Map<string, HistoryCounts>();
  const entry = (id: string): HistoryCounts => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { interactions12m: 0, activeConventions: 0 }));
    return e;
  };
  for (const r of interactions) {
    const date = r.date;
    if (isLocalDate(date) && date > since && date <= today) entry(r.partnerId).interactions12m++;
  }
  for (const r of conventions) {
    const end = r.endDate;
    if (r.status !== '' && ACTIVE_CONVENTION_STATUSES.includes(r.status) && (end === '' || end >= today)) entry(r.partnerId).activeConventions++;
  }
  return out;
}
