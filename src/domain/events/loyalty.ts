/**
 * « Actions de fidélisation » of a period: the events held (status « Tenu ») and the workshops
 * logged on a partner's page (interactions of type « Atelier »), each counted once however many
 * partners took part, with the parts by type. The KPI set and the reports call it.
 */
import type { KpiPart, Period } from '../kpi/model';
import { text } from '../records/coerce';
import { EVENT_TYPES } from '../schema/vocabulary';

export const HELD = 'Tenu';
/** The interaction type a partner's own workshop is logged under. */
export const WORKSHOP_INTERACTION = 'Atelier';
const WORKSHOP_PART = 'Atelier (interaction)';

export interface LoyaltyCount {
  value: number;
  parts: KpiPart[];
}

type Row = Readonly<Record<string, unknown>>;

// A date typed with its time (« 2026-03-12 18:00 ») counts on its day.
const inPeriod = (date: string, p: Period): boolean => date !== '' && date.slice(0, 10) >= p.from && date.slice(0, 10) <= p.to;
const live = (r: Row): boolean => text(r.archivedAt) === '';

export function loyaltyActions(events: readonly Row[], interactions: readonly Row[], period: Period): LoyaltyCount {
  const byType = new Map<string, Set<string>>();
  const count = (type: string, id: string) => {
    const ids = byType.get(type) ?? new Set<string>();
    ids.add(id);
    byType.set(type, ids);
  };
  // A row typed by hand without an ID still counts once, by its position.
  events.forEach((e, n) => {
    if (live(e) && text(e.status) === HELD && inPeriod(text(e.date), period)) count(text(e.type) || 'Autre', text(e.id) || `#${n}`);
  });
  interactions.forEach((i, n) => {
    if (live(i) && text(i.type) === WORKSHOP_INTERACTION && inPeriod(text(i.date), period)) count(WORKSHOP_PART, text(i.id) || `#${n}`);
  });
  const order = [...EVENT_TYPES, WORKSHOP_PART] as readonly string[];
  const parts = [...byType.entries()]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b, 'fr'))
    .map(([label, ids]) => ({ label, value: ids.size }));
  return { value: parts.reduce((n, p) => n + (p.value ?? 0), 0), parts };
}
