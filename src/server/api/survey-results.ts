/** Sidebar API: satisfaction scores of a survey campaign, and the « Tableau satisfaction » sheet. */
import type { DashboardRefresh } from '../../domain/contracts';
import type { CampaignResults } from '../../domain/contracts';
import { campaignResults } from '../../domain/surveys/results';
import { DEFAULT_DETAIL_ROLES } from '../../domain/surveys/results-settings';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { loadSettings } from '../../services/settings-store';
import { RecordNotFoundError } from '../../store/errors';
import { loadCampaignAggregate, refreshSatisfactionDashboard } from '../../services/surveys/dashboard';
import { serve } from '../frame/endpoint';

/**
 * Scores of one campaign: per dimension, NPS, per partner type, trend, comments. Per-partner
 * scores only for the roles of Paramètres › Enquêtes (admin and DG by default).
 * Reads « Enquêtes » and « Réponses » once each: ≤ 5 Sheets calls, whatever the number of responses
 * (« Partenaires » only for rows stored before « Réponses » carried the partner's type and name).
 */
export const getCampaignResults = serve('getCampaignResults', ({ ctx, role }, id): CampaignResults => {
  const found = loadCampaignAggregate(ctx, id);
  if (!found) throw new RecordNotFoundError(CAMPAIGNS.sheetName, id);
  return campaignResults(found.campaign, found.aggregate, role, loadSettings(ctx).survey?.detailRoles ?? DEFAULT_DETAIL_ROLES);
});

/** Rewrites « Tableau satisfaction » now (it is also refreshed after each response received). */
export const refreshSatisfactionSheet = serve('refreshSatisfactionSheet', ({ ctx }): DashboardRefresh => refreshSatisfactionDashboard(ctx));
