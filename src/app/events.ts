/**
 * « Événements » (OpenDay, atelier Bilan/Perspectives, restitution, visite): planned with the
 * partners invited — their contacts with an address and extra people become « Participants » —
 * then, once held, the attendance (one write), the results, recommendations and follow-ups, each
 * follow-up becoming the partner's next action (domain/events/follow-ups.ts). Invitations and the
 * agenda Doc: app/event-invitations.ts, app/event-agenda.ts.
 */
import { ATTENDANCE_STATUSES, EVENTS, PARTICIPANTS } from '../domain/events/tables';
import { HELD } from '../domain/events/loyalty';
import { firstPerPartner, nextActionAfter, planFollowUps } from '../domain/events/follow-ups';
import type { EventDetail, ResultsReport } from '../domain/events/view';
import { CONTACTS, PARTNERS } from '../domain/schema/tables';
import type { DataRecord } from '../domain/schema/field';
import { isAddress } from '../domain/commitments/alerts';
import { formatDateFr } from '../domain/format/french';
import { text } from '../domain/records/coerce';
import { userInput } from '../domain/records/validate';
import type { Store } from '../store/store';
import { eventDetail, partnerIdsOf } from './event-read';

export interface EventPlan {
  date: string;
  time?: string;
  type: string;
  title: string;
  place?: string;
  owner?: string;
  agendaItems?: string;
  notes?: string;
  partnerIds: readonly string[];
  /** People invited besides the partners' contacts. */
  guests: readonly { name: string; email: string }[];
}

/** The event and its participants, in one insert each: the contacts with an address of each partner, then the guests. */
export function planEvent(store: Store, plan: EventPlan): EventDetail {
  const partnerIds = [...new Set(plan.partnerIds)];
  const partners = store.table(PARTNERS);
  for (const id of partnerIds) partners.getOrThrow(id);
  const [event] = store.table(EVENTS).insert([
    userInput({
      date: plan.date,
      time: plan.time ?? '',
      type: plan.type,
      title: plan.title,
      place: plan.place ?? '',
      owner: plan.owner || store.user,
      agendaItems: plan.agendaItems ?? '',
      notes: plan.notes ?? '',
      partnerIds: partnerIds.join(', '),
      status: 'Planifié',
    }),
  ]);
  const invited = new Set(partnerIds);
  const contacts = store
    .table(CONTACTS)
    .all()
    .map((c) => c.record as DataRecord)
    .filter((c) => invited.has(text(c.partnerId)) && text(c.archivedAt) === '' && isAddress(text(c.email)))
    .sort((a, b) => partnerIds.indexOf(text(a.partnerId)) - partnerIds.indexOf(text(b.partnerId)) || Number(b.primary === true) - Number(a.primary === true));
  store.table(PARTICIPANTS).insert([
    ...contacts.map((c) => ({
      eventId: event.id,
      partnerId: text(c.partnerId),
      contactId: text(c.id),
      name: text(c.name),
      email: text(c.email),
      attendance: 'Invité' as const,
    })),
    ...plan.guests.map((g) => userInput({ eventId: event.id, name: g.name, email: g.email, attendance: 'Invité' })),
  ]);
  return eventDetail(store, String(event.id));
}

/** Attendance and results are recorded once the event took place (its date is today or before). */
function heldEvent(store: Store, id: string): DataRecord {
  const e = store.table(EVENTS).getOrThrow(id).record as DataRecord;
  if (text(e.status) === 'Annulé') throw new Error(`Événements › ${id} : l'événement est annulé.`);
  if (text(e.date) > store.today())
    throw new Error(`Événements › ${id} : l'événement a lieu le ${formatDateFr(text(e.date))} ; la présence et le bilan s'enregistrent après.`);
  return e;
}

const markHeld = (store: Store, e: DataRecord) => {
  if (text(e.status) !== HELD) store.table(EVENTS).update(text(e.id), { status: HELD }, 'événement tenu');
};

/** Présent / Absent / Excusé per participant (by ID), in one write of « Présence », journaled; the event is « Tenu ». */
export function recordAttendance(store: Store, id: string, marks: Readonly<Record<string, string>>): EventDetail {
  const e = heldEvent(store, id);
  const table = store.table(PARTICIPANTS);
  const mine = new Map(
    table
      .all()
      .filter((p) => p.record.eventId === id)
      .map((p) => [text(p.record.id), p]),
  );
  const problems: string[] = [];
  const changes = new Map<number, string>();
  const entries = [];
  for (const [pid, status] of Object.entries(marks)) {
    const p = mine.get(pid);
    if (!p) problems.push(`Participants › ${pid} : ce participant n'est pas invité à ${id}.`);
    else if (!(ATTENDANCE_STATUSES as readonly string[]).includes(status) || status === 'Invité')
      problems.push(`Participants › ${pid}, colonne « Présence » : « ${status} » n'est pas une présence (Présent, Absent ou Excusé).`);
    else if (text(p.record.attendance) !== status) {
      changes.set(p.row, status);
      entries.push({ sheet: PARTICIPANTS.sheetName, recordId: pid, action: 'présence', field: 'Présence', before: text(p.record.attendance), after: status });
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  if (changes.size) {
    store.journal(entries);
    table.writeComputed('attendance', changes);
  }
  markHeld(store, e);
  return eventDetail(store, id);
}

/**
 * The results presented, recommendations and follow-ups; each follow-up line becomes the next
 * action of the partner it names (« Prochaine action » and « Prochaine échéance », which « Ma
 * semaine » lists) when that partner has none or a later one. The event is « Tenu ». Recording the
 * same text again changes nothing.
 */
export function recordEventResults(store: Store, id: string, r: { results: string; recommendations: string; followUps: string }): ResultsReport {
  const e = heldEvent(store, id);
  store.table(EVENTS).update(id, userInput({ results: r.results, recommendations: r.recommendations, followUps: r.followUps }), 'bilan');
  markHeld(store, e);
  const partners = store.table(PARTNERS);
  const invited = partnerIdsOf(e.partnerIds).flatMap((pid) => {
    const p = partners.get(pid)?.record;
    return p ? [{ id: pid, name: text(p.name), acronym: text(p.acronym) }] : [];
  });
  const plan = planFollowUps(r.followUps, invited, text(e.date));
  const report: ResultsReport = {
    event: eventDetail(store, id),
    nextActions: [],
    kept: plan.unassigned.map((l) => `« ${l} » : aucun partenaire invité n'y est nommé.`),
    message: '',
  };
  const chosen = firstPerPartner(plan.followUps);
  for (const f of plan.followUps) {
    const p = partners.getOrThrow(f.partnerId).record;
    if (chosen.get(f.partnerId) !== f) {
      report.kept.push(`« ${f.line} » : une autre suite pour ${text(p.name)} vient plus tôt.`);
      continue;
    }
    const next = nextActionAfter({ nextAction: text(p.nextAction), nextDue: text(p.nextDue) }, f);
    if (next) {
      partners.update(f.partnerId, next, `suites de l'événement ${id}`);
      report.nextActions.push({ partnerId: f.partnerId, partnerName: text(p.name), action: next.nextAction, due: next.nextDue });
    } else if (!(text(p.nextAction) === f.line && text(p.nextDue) === f.due)) {
      report.kept.push(`« ${f.line} » : ${text(p.name)} a déjà une prochaine action plus proche (${text(p.nextAction)}).`);
    }
  }
  const n = report.nextActions.length;
  report.message = `Bilan enregistré.${n ? ` ${n} prochaine${n > 1 ? 's' : ''} action${n > 1 ? 's' : ''} mise${n > 1 ? 's' : ''} à jour.` : ''}${
    report.kept.length
      ? ` ${report.kept.length} suite${report.kept.length > 1 ? 's' : ''} gardée${report.kept.length > 1 ? 's' : ''} dans l'événement seulement.`
      : ''
  }`;
  return report;
}
