/** What the sidebar's events view needs of the events' domain: its answers' shapes. */
export type { EventDetail, EventPage, EventSummary, ParticipantLine } from '../events/view';
