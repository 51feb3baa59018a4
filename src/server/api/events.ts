/** Sidebar API: events — planning, invitations, agenda Doc, attendance and results (src/app/events.ts). */
import * as events from '../../app/events';
import { listEvents as list, eventDetail } from '../../app/event-read';
import { sendEventInvitations as invite } from '../../app/event-invitations';
import { makeEventAgenda as agenda } from '../../app/event-agenda';
import { cancelEvent as cancel } from '../../app/event-cancellation';
import { EVENT_PAGE } from '../../domain/contracts/paging';
import { serve } from '../frame/endpoint';

export const listEvents = serve('listEvents', ({ ports }, q) => list(ports.store, { when: q.when, offset: q.offset ?? 0, limit: q.limit ?? EVENT_PAGE }));
export const getEvent = serve('getEvent', ({ ports }, id) => eventDetail(ports.store, id));
export const planEvent = serve('planEvent', ({ ports }, plan) => events.planEvent(ports.store, { ...plan, guests: plan.guests ?? [] }));
export const sendEventInvitations = serve('sendEventInvitations', ({ ports, settings }, id) => invite(ports, settings.organisation, id));
export const makeEventAgenda = serve('makeEventAgenda', ({ ports, settings }, id) => agenda(ports, settings.organisation, id));
export const cancelEvent = serve('cancelEvent', ({ ports, settings }, id, reason) => cancel(ports, settings.organisation, id, reason));
export const recordEventAttendance = serve('recordEventAttendance', ({ ports }, id, marks) => events.recordAttendance(ports.store, id, marks));
export const recordEventResults = serve('recordEventResults', ({ ports }, id, r) => events.recordEventResults(ports.store, id, r));
