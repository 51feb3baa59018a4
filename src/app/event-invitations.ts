/**
 * « Envoyer les invitations »: one French e-mail per participant with an address, keyed in
 * « Envois » (event and participant), so a second click, a retried request or a later run never
 * sends one twice. They are queued in one write, then sent now within MailApp's daily quota; those
 * that do not fit wait « en attente » for the hourly « e-mails » job, and the confirmation says so.
 */
import { EVENTS, PARTICIPANTS } from '../domain/events/tables';
import { invitationFacts, invitationKey, invitationMail } from '../domain/events/invitation';
import type { InvitationReport } from '../domain/events/view';
import { isAddress } from '../domain/commitments/alerts';
import { text } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import { enqueueOnce, sendQueuedKeys, statusesOf } from './mail/notices';
import type { Ports } from './ports';
import { eventDetail } from './event-read';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function sendEventInvitations(ports: Ports, organisation: string, id: string): InvitationReport {
  const { store } = ports;
  const events = store.table(EVENTS);
  const e = events.getOrThrow(id).record as DataRecord;
  if (text(e.status) === 'Annulé') throw new Error(`Événements › ${id} : l'événement est annulé, aucune invitation n'est envoyée.`);
  const participants = store
    .table(PARTICIPANTS)
    .all()
    .filter((p) => p.record.eventId === id);
  const reachable = participants.filter((p) => isAddress(text(p.record.email)));
  if (!reachable.length)
    throw new Error(`Événements › ${id} : aucun participant n'a d'adresse e-mail. Ajoutez des contacts avec une adresse aux partenaires invités.`);
  const keys = reachable.map((p) => invitationKey(id, text(p.record.id)));
  const before = statusesOf(ports, keys);
  const facts = invitationFacts(id, e, organisation, true);
  const queued = new Set(
    enqueueOnce(
      ports,
      reachable.map((p) => invitationMail(facts, { id: text(p.record.id), name: text(p.record.name), email: text(p.record.email) })),
    ),
  );
  sendQueuedKeys(ports, keys);
  const after = statusesOf(ports, keys);
  const newly = keys.filter((k) => after.get(k) === 'envoyé' && before.get(k) !== 'envoyé').length;
  const alreadySent = keys.filter((k) => before.get(k) === 'envoyé').length;
  const waiting = keys.filter((k) => after.get(k) === 'en attente').length;
  const failed = keys.filter((k) => after.get(k) === 'échec').length;
  // « Invité le »: when the invitation was first queued (one write for all).
  const stamp = store.stamp();
  const invitedAt = new Map(reachable.filter((p) => queued.has(invitationKey(id, text(p.record.id)))).map((p) => [p.row, stamp]));
  if (invitedAt.size) store.table(PARTICIPANTS).writeComputed('invitedAt', invitedAt);
  if (text(e.status) === 'Planifié' || text(e.status) === '') events.update(id, { status: 'Invitations envoyées' }, 'invitations');
  const noAddress = participants.length - reachable.length;
  const parts = [
    newly || (!waiting && !alreadySent) ? plural(newly, 'envoyée', 'envoyées') : '',
    waiting ? `${waiting} ${waiting > 1 ? 'attendent' : 'attend'} le quota de demain` : '',
    alreadySent ? `${plural(alreadySent, 'déjà envoyée', 'déjà envoyées')} (pas renvoyée${alreadySent > 1 ? 's' : ''})` : '',
    failed ? `${plural(failed, 'en échec', 'en échec')} (voir la feuille « Envois »)` : '',
    noAddress ? `${plural(noAddress, 'participant sans adresse', 'participants sans adresse')}` : '',
  ].filter(Boolean);
  return { event: eventDetail(store, id), sent: newly, waiting, alreadySent, failed, noAddress, message: `Invitations : ${parts.join(', ')}.` };
}
