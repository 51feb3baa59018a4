/**
 * Events as the sidebar reads them: a page of upcoming or past events, one event's page (its
 * partners and participants), and the held events a partner was invited to (its page's history).
 */
import { EVENTS, PARTICIPANTS } from '../domain/events/tables';
import { HELD } from '../domain/events/loyalty';
import type { EventDetail, EventPage, EventSummary, ParticipantLine, PartnerLoyaltyAction } from '../domain/events/view';
import { PARTNERS } from '../domain/schema/tables';
import type { DataRecord } from '../domain/schema/field';
import { pageOf } from '../domain/contracts/paging';
import { text } from '../domain/records/coerce';
import type { Store } from '../store/store';

/** « PAR-0001, PAR-0007 » → its IDs. */
export const partnerIdsOf = (v: unknown): string[] =>
  text(v)
    .split(/[,;\s]+/)
    .filter(Boolean);

const live = (r: DataRecord) => text(r.archivedAt) === '';
export const eventRows = (store: Store): DataRecord[] => (store.tableOrNull(EVENTS)?.all() ?? []).map((s) => s.record as DataRecord).filter(live);
export const participantRows = (store: Store): DataRecord[] => (store.tableOrNull(PARTICIPANTS)?.all() ?? []).map((s) => s.record as DataRecord);

export function partnerNames(store: Store): Map<string, string> {
  return new Map(
    store
      .table(PARTNERS)
      .all()
      .map((p) => [text(p.record.id), text(p.record.name)]),
  );
}

function summary(e: DataRecord, names: ReadonlyMap<string, string>, participants: number): EventSummary {
  return {
    id: text(e.id),
    date: text(e.date),
    time: text(e.time),
    type: text(e.type),
    title: text(e.title),
    place: text(e.place),
    status: text(e.status) || 'Planifié',
    partnerNames: partnerIdsOf(e.partnerIds).map((id) => names.get(id) || id),
    participants,
  };
}

/** Upcoming events (today included) soonest first, or past ones latest first; one page. */
export function listEvents(store: Store, q: { when: 'upcoming' | 'past'; offset: number; limit: number }): EventPage {
  const today = store.today();
  const upcoming = q.when === 'upcoming';
  const all = eventRows(store)
    .filter((e) => text(e.date) >= today === upcoming)
    .sort((a, b) => (upcoming ? 1 : -1) * (text(a.date).localeCompare(text(b.date)) || text(a.time).localeCompare(text(b.time))));
  const counts = new Map<string, number>();
  for (const p of participantRows(store)) counts.set(text(p.eventId), (counts.get(text(p.eventId)) ?? 0) + 1);
  const names = partnerNames(store);
  return {
    items: pageOf(all, q.offset, q.limit).map((e) => summary(e, names, counts.get(text(e.id)) ?? 0)),
    total: all.length,
    offset: q.offset,
    today,
  };
}

export function participantLine(p: DataRecord, names: ReadonlyMap<string, string>): ParticipantLine {
  return {
    id: text(p.id),
    partnerId: text(p.partnerId),
    partnerName: names.get(text(p.partnerId)) ?? '',
    name: text(p.name),
    email: text(p.email),
    attendance: text(p.attendance) || 'Invité',
    invitedAt: text(p.invitedAt),
  };
}

export function eventDetail(store: Store, id: string): EventDetail {
  const e = store.table(EVENTS).getOrThrow(id).record as DataRecord;
  const names = partnerNames(store);
  const lines = participantRows(store)
    .filter((p) => text(p.eventId) === id)
    .map((p) => participantLine(p, names));
  return {
    ...summary(e, names, lines.length),
    owner: text(e.owner),
    partners: partnerIdsOf(e.partnerIds).map((pid) => ({ id: pid, name: names.get(pid) || pid })),
    agendaItems: text(e.agendaItems),
    agendaUrl: text(e.agendaUrl),
    results: text(e.results),
    recommendations: text(e.recommendations),
    followUps: text(e.followUps),
    notes: text(e.notes),
    cancelReason: text(e.cancelReason),
    participantLines: lines,
  };
}

/** The held events the partner was invited to, latest first, with its people present: loyalty actions on its page. */
export function partnerLoyaltyActions(store: Store, partnerId: string): PartnerLoyaltyAction[] {
  const held = eventRows(store).filter((e) => text(e.status) === HELD && partnerIdsOf(e.partnerIds).includes(partnerId));
  if (!held.length) return [];
  const present = new Map<string, string[]>();
  for (const p of participantRows(store))
    if (text(p.partnerId) === partnerId && text(p.attendance) === 'Présent')
      present.set(text(p.eventId), [...(present.get(text(p.eventId)) ?? []), text(p.name)]);
  return held
    .map((e) => ({ id: text(e.id), date: text(e.date), type: text(e.type), title: text(e.title), present: present.get(text(e.id)) ?? [] }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
