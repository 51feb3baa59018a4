/**
 * The invitation to an event, one per participant, in French: its key in « Envois » (one
 * message per event and participant, whatever the clicks and retries), subject, text and HTML
 * (every value escaped).
 */
import { escapeHtml } from '../commitments/digest';
import { formatDateFr } from '../format/french';
import { text } from '../records/coerce';

export interface InvitationFacts {
  eventId: string;
  type: string;
  title: string;
  date: string;
  time: string;
  place: string;
  agendaUrl: string;
  organisation: string;
  owner: string;
}

/** What the e-mails say of an event row (its agenda linked only when asked). */
export function invitationFacts(eventId: string, e: Readonly<Record<string, unknown>>, organisation: string, withAgenda: boolean): InvitationFacts {
  return {
    eventId,
    type: text(e.type),
    title: text(e.title),
    date: text(e.date),
    time: text(e.time),
    place: text(e.place),
    agendaUrl: withAgenda ? text(e.agendaUrl) : '',
    organisation,
    owner: text(e.owner),
  };
}

export const invitationKey = (eventId: string, participantId: string): string => `evenement:${eventId}:${participantId}`;

export function invitationMail(e: InvitationFacts, participant: { id: string; name: string; email: string }) {
  const when = `le ${formatDateFr(e.date)}${e.time ? ` à ${e.time}` : ''}`;
  const lines = [
    `${participant.name ? `Bonjour ${participant.name},` : 'Madame, Monsieur,'}`,
    `${e.organisation || 'Notre organisation'} a le plaisir de vous inviter à « ${e.title} » (${e.type}), ${when}${e.place ? `, ${e.place}` : ''}.`,
    e.agendaUrl ? `Ordre du jour : ${e.agendaUrl}` : "L'ordre du jour vous sera communiqué prochainement.",
    `Merci de confirmer votre présence en répondant à ce message${e.owner ? ` ou en écrivant à ${e.owner}` : ''}.`,
    'Au plaisir de vous y retrouver,',
    e.organisation,
  ].filter((l) => text(l) !== '');
  return {
    key: invitationKey(e.eventId, participant.id),
    to: [participant.email],
    subject: `Invitation : ${e.title} — ${formatDateFr(e.date)}`,
    body: lines.join('\n\n'),
    htmlBody: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
  };
}

export const cancellationKey = (eventId: string, participantId: string): string => `evenement:annulation:${eventId}:${participantId}`;

/** The notice that an event the participant was invited to is called off, with its reason. */
export function cancellationMail(e: InvitationFacts & { reason: string }, participant: { id: string; name: string; email: string }) {
  const lines = [
    `${participant.name ? `Bonjour ${participant.name},` : 'Madame, Monsieur,'}`,
    `Nous sommes au regret de vous informer que « ${e.title} » (${e.type}), prévu le ${formatDateFr(e.date)}${e.time ? ` à ${e.time}` : ''}${e.place ? `, ${e.place}` : ''}, est annulé.`,
    `Motif : ${e.reason}`,
    `Pour toute question, répondez à ce message${e.owner ? ` ou écrivez à ${e.owner}` : ''}.`,
    'Avec nos excuses,',
    e.organisation,
  ].filter((l) => text(l) !== '');
  return {
    key: cancellationKey(e.eventId, participant.id),
    to: [participant.email],
    subject: `Annulation : ${e.title} — ${formatDateFr(e.date)}`,
    body: lines.join('\n\n'),
    htmlBody: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
  };
}
