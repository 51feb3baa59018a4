/** What the sidebar receives of events: a page of them, one event's page, and what an action did. */
import type { LocalDate } from '../format/local-date';

export interface EventSummary {
  id: string;
  date: LocalDate;
  time: string;
  type: string;
  title: string;
  place: string;
  status: string;
  partnerNames: string[];
  participants: number;
}

export interface EventPage {
  items: EventSummary[];
  total: number;
  offset: number;
  today: LocalDate;
}

export interface ParticipantLine {
  id: string;
  partnerId: string;
  partnerName: string;
  name: string;
  email: string;
  attendance: string;
  invitedAt: string;
}

export interface EventDetail extends EventSummary {
  owner: string;
  partners: { id: string; name: string }[];
  agendaItems: string;
  agendaUrl: string;
  results: string;
  recommendations: string;
  followUps: string;
  notes: string;
  /** Why it was called off ('' unless « Annulé »). */
  cancelReason: string;
  participantLines: ParticipantLine[];
}

/** « Annuler l'événement »: the event, and how many participants were told. */
export interface CancellationReport {
  event: EventDetail;
  /** Participants told now (an e-mail already sent is never sent again). */
  told: number;
  waiting: number;
  message: string;
}

/** « Envoyer les invitations »: the event and what became of each invitation, with the French confirmation. */
export interface InvitationReport {
  event: EventDetail;
  sent: number;
  waiting: number;
  alreadySent: number;
  failed: number;
  /** Participants with no e-mail address: not invited. */
  noAddress: number;
  message: string;
}

/** « Enregistrer le bilan »: the event, and the next actions its follow-ups gave the partners. */
export interface ResultsReport {
  event: EventDetail;
  nextActions: { partnerId: string; partnerName: string; action: string; due: string }[];
  /** Follow-ups that did not become a next action, each with why (French). */
  kept: string[];
  message: string;
}

/** An event a partner was invited to, held: one line of its history on its page. */
export interface PartnerLoyaltyAction {
  id: string;
  date: LocalDate;
  type: string;
  title: string;
  /** The partner's people present (names). */
  present: string[];
}
