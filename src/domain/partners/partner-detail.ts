/** Pieces of a partner's page and of its priority history: contacts, interactions, activity counts. */
import type { ContactSummary, InteractionSummary } from '../contracts';
import { summariseInteraction } from '../interactions/roll-up';
import type { DataRecord } from '../schema/field';
import { isLocalDate, parseLocalDate, type LocalDate } from '../format/local-date';
import { rawText } from '../records/coerce';

export function summariseContact(r: DataRecord): ContactSummary {
  return {
    id: rawText(r.id),
    partnerId: rawText(r.partnerId),
    name: rawText(r.name),
    role: rawText(r.role),
    email: rawText(r.email),
    phone: rawText(r.phone),
    primary: r.primary === true,
  };
}

/** A partner's interactions, newest first (same day: the later row first), at most `limit`. */
export function recentInteractions(rows: readonly DataRecord[], partnerId: string, limit = 20): InteractionSummary[] {
  const mine = rows.map((r, i) => ({ r, i })).filter(({ r }) => rawText(r.partnerId) === partnerId);
  mine.sort((a, b) => (rawText(a.r.date) < rawText(b.r.date) ? 1 : rawText(a.r.date) > rawText(b.r.date) ? -1 : b.i - a.i));
  return mine.slice(0, limit).map(({ r }) => summariseInteraction(r));
}

/** The same day one year earlier (29 February → 28 February). */
export function oneYearBefore(today: LocalDate): LocalDate {
  const { year, month, day } = parseLocalDate(today);
  const d = month === 2 && day === 29 ? 28 : day;
  return `${year - 1}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Convention statuses that count as an active partnership. */
const ACTIVE_CONVENTION_STATUSES: readonly string[] = ['Signée', 'Active'];

interface HistoryCounts {
  interactions12m: number;
  activeConventions: number;
}

/**
 * Per partner ID: interactions dated in the 12 months up to today (after the same day last year,
 * future ones excluded), and conventions signed or active whose end date (if any) is not past.
 */
export function historyCounts(interactions: readonly DataRecord[], conventions: readonly DataRecord[], today: LocalDate): Map<string, HistoryCounts> {
  const since = oneYearBefore(today);
  const out = new Map<string, HistoryCounts>();
  const entry = (id: string): HistoryCounts => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { interactions12m: 0, activeConventions: 0 }));
    return e;
  };
  for (const r of interactions) {
    const date = rawText(r.date);
    if (isLocalDate(date) && date > since && date <= today) entry(rawText(r.partnerId)).interactions12m++;
  }
  for (const r of conventions) {
    const end = rawText(r.endDate);
    if (ACTIVE_CONVENTION_STATUSES.includes(rawText(r.status)) && (end === '' || end >= today)) entry(rawText(r.partnerId)).activeConventions++;
  }
  return out;
}
