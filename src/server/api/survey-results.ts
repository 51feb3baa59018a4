/** Sidebar API: satisfaction scores of a survey campaign, and the « Tableau satisfaction » sheet. */
import { getCampaignReach as reach, getCampaignResults as results, refreshSatisfaction } from '../../app/surveys/results';
import { serve } from '../frame/endpoint';

/** Per-partner scores only for the roles of Paramètres › Enquêtes; « Enquêtes » and « Réponses » read once each. */
export const getCampaignResults = serve('getCampaignResults', ({ ports, settings, role }, id) => results(ports.store, settings, role, id));

/** The targets without a usable address, and today's mail quota, for the campaign's page. */
export const getCampaignReach = serve('getCampaignReach', ({ ports }, id) => reach(ports, id));

/** Rewrites « Tableau satisfaction » now (it is also refreshed after each response received). */
export const refreshSatisfactionSheet = serve('refreshSatisfactionSheet', ({ ports }) => refreshSatisfaction(ports));
