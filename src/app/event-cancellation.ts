/**
 * « Annuler l'événement »: the event becomes « Annulé » with its reason (journaled), and each
 * participant who was sent an invitation is told once by e-mail, keyed in « Envois » (event and
 * participant): cancelling again, a retried request or a later run never sends it twice. A held
 * event is not cancelled (its attendance and results stand).
 */
import { EVENTS, PARTICIPANTS } from '../domain/events/tables';
import { cancellationKey, cancellationMail, invitationFacts } from '../domain/events/invitation';
import { HELD } from '../domain/events/loyalty';
import type { CancellationReport } from '../domain/events/view';
import { isAddress } from '../domain/commitments/alerts';
import { text } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import { enqueueOnce, sendQueuedKeys, statusesOf } from './mail/notices';
import type { Ports } from './ports';
import { eventDetail } from './event-read';

export const CANCELLED = 'Annulé';

export function cancelEvent(ports: Ports, organisation: string, id: string, reason: string): CancellationReport {
  const { store } = ports;
  const events = store.table(EVENTS);
  const e = events.getOrThrow(id).record as DataRecord;
  const why = reason.trim();
  if (!why) throw new Error(`Événements › ${id}, champ « Motif d'annulation » : dites pourquoi l'événement est annulé (les participants le liront).`);
  if (text(e.status) === HELD) throw new Error(`Événements › ${id} : l'événement a été tenu, il ne peut plus être annulé.`);
  if (text(e.status) !== CANCELLED || text(e.cancelReason) !== why) events.update(id, { status: CANCELLED, cancelReason: why }, 'annulation');
  // Only those who were invited know of the event: they are the ones to tell.
  const told = store
    .table(PARTICIPANTS)
    .all()
    .filter((p) => p.record.eventId === id && text(p.record.invitedAt) !== '' && isAddress(text(p.record.email)));
  const keys = told.map((p) => cancellationKey(id, text(p.record.id)));
  const before = statusesOf(ports, keys);
  // The reason of the first notice stands: a participant is told once.
  const facts = { ...invitationFacts(id, e, organisation, false), reason: why };
  enqueueOnce(
    ports,
    told.map((p) => cancellationMail(facts, { id: text(p.record.id), name: text(p.record.name), email: text(p.record.email) })),
  );
  sendQueuedKeys(ports, keys);
  const after = statusesOf(ports, keys);
  const newly = keys.filter((k) => after.get(k) === 'envoyé' && before.get(k) !== 'envoyé').length;
  const waiting = keys.filter((k) => after.get(k) === 'en attente').length;
  const parts = [
    newly ? `${newly} participant${newly > 1 ? 's' : ''} prévenu${newly > 1 ? 's' : ''} par e-mail` : '',
    waiting ? `${waiting} ${waiting > 1 ? 'attendent' : 'attend'} le quota de demain` : '',
    !keys.length ? "aucune invitation n'avait été envoyée, personne à prévenir" : '',
    keys.length && !newly && !waiting ? 'les participants avaient déjà été prévenus' : '',
  ].filter(Boolean);
  return { event: eventDetail(store, id), told: newly, waiting, message: `Événement annulé : ${parts.join(', ')}.` };
}
