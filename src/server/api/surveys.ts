/**
 * Sidebar API: survey campaigns — create (form generated), list with live progress, send now,
 * catch-up sync of responses, bounced addresses, resend after an interrupted run. Results are in
 * survey-results.ts. The workflows are the use cases of src/app/surveys.
 */
import { createCampaign as create, listCampaigns as list } from '../../app/surveys/campaigns';
import { reportSurveyBounces as bounces, resendUncertain as resend, sendCampaign as send } from '../../app/surveys/sending';
import { syncSurveyResponses as sync } from '../../app/surveys/receiving';
import { serve } from '../frame/endpoint';

export const createCampaign = serve('createCampaign', ({ ports, settings }, draft) => create(ports, draft, settings.organisation));

/** Live progress at each call; `opened` is always null (link opens are not measurable with Google Forms and MailApp). */
export const listCampaigns = serve('listCampaigns', ({ ports }) => list(ports.store));

export const sendCampaign = serve('sendCampaign', ({ ports, settings }, campaignId) => send(ports, campaignId, settings.organisation));

export const syncSurveyResponses = serve('syncSurveyResponses', ({ ports }, campaignId) => sync(ports, campaignId));

export const reportSurveyBounces = serve('reportSurveyBounces', ({ ports }, campaignId, emails) => bounces(ports.store, campaignId, emails));

export const resendUncertain = serve('resendUncertain', ({ ports, settings }, campaignId) => resend(ports, campaignId, settings.organisation));
