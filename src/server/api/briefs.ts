/** Sidebar API: the meeting brief, a Google Doc made from the organisation's template. Workflow in src/app/briefs.ts. */
import { createMeetingBrief as create } from '../../app/briefs';
import { serve } from '../frame/endpoint';

export const createMeetingBrief = serve('createMeetingBrief', ({ ports, settings }, partnerId, brief) => create(ports, settings, partnerId, brief));
