/**
 * « Événements »: results-sharing and loyalty events (OpenDay, atelier Bilan/Perspectives,
 * restitution, visite) — planned, invited, held with their attendance, results, recommendations
 * and follow-ups; « Participants »: one row per person invited to one event.
 */
import { defineTable, withInputLimits } from '../schema/field';
import { EVENT_TYPES } from '../schema/vocabulary';

export const EVENT_STATUSES = ['Planifié', 'Invitations envoyées', 'Tenu', 'Annulé'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENTS = defineTable(
  'events',
  'Événements',
  'EVT',
  withInputLimits([
    { key: 'date', header: 'Date', type: 'date', required: true },
    { key: 'type', header: 'Type', type: 'enum', values: EVENT_TYPES, required: true },
    { key: 'title', header: 'Intitulé', type: 'text', required: true, maxLength: 200 },
    // Partner IDs separated by commas (« PAR-1, PAR-7 »): the partners the event is held with or for.
    { key: 'partnerIds', header: 'Partenaires (ID)', type: 'text' },
    { key: 'notes', header: 'Notes', type: 'longtext' },
    { key: 'status', header: 'Statut', type: 'enum', values: EVENT_STATUSES, addedLater: true },
    { key: 'place', header: 'Lieu', type: 'text', maxLength: 300, addedLater: true },
    { key: 'time', header: 'Heure', type: 'text', maxLength: 20, addedLater: true },
    { key: 'owner', header: 'Responsable', type: 'email', addedLater: true },
    // One item per line: the « Ordre du jour » Doc lists them.
    { key: 'agendaItems', header: "Points de l'ordre du jour", type: 'longtext', addedLater: true },
    { key: 'agendaUrl', header: 'Ordre du jour (Doc)', type: 'url', system: true, addedLater: true },
    { key: 'results', header: 'Résultats présentés', type: 'longtext', addedLater: true },
    { key: 'recommendations', header: 'Recommandations', type: 'longtext', addedLater: true },
    { key: 'followUps', header: 'Suites à donner', type: 'longtext', addedLater: true },
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
    // Why the event was called off (status « Annulé »): the participants' e-mail gives it.
    { key: 'cancelReason', header: "Motif d'annulation", type: 'text', maxLength: 500, addedLater: true },
  ]),
);

export const ATTENDANCE_STATUSES = ['Invité', 'Présent', 'Absent', 'Excusé'] as const;

export const PARTICIPANTS = defineTable(
  'participants',
  'Participants',
  'PTC',
  withInputLimits([
    { key: 'eventId', header: 'ID événement', type: 'ref', ref: 'events', required: true },
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners' },
    { key: 'contactId', header: 'ID contact', type: 'ref', ref: 'contacts' },
    { key: 'name', header: 'Nom', type: 'text', required: true, maxLength: 200 },
    { key: 'email', header: 'Email', type: 'email' },
    { key: 'attendance', header: 'Présence', type: 'enum', values: ATTENDANCE_STATUSES },
    { key: 'invitedAt', header: 'Invité le', type: 'datetime', system: true },
  ]),
);
