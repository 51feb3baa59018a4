/** Sidebar API: satisfaction scores of a survey campaign, and the « Tableau satisfaction » sheet. */
import { getCampaignResults as results, refreshSatisfaction } from '../../app/surveys/results';
import { serve } from '../frame/endpoint';

/** Per-partner scores only for the roles of Paramètres › Enquêtes; « Enquêtes » and « Réponses » read once each. */
export const getCampaignResults = serve('getCampaignResults', ({ ports, settings, role }, id) => results(ports.store, settings, role, id));

/** Rewrites « Tableau satisfaction » now (it is also refreshed after each response received). */
export const refreshSatisfactionSheet = serve('refreshSatisfactionSheet', ({ ports }) => refreshSatisfaction(ports));
