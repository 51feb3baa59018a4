/**
 * Layout of the « Tableau satisfaction » sheet (owned by Pacte, rewritten in one block): one line
 * per campaign (response rate, mean, NPS with counts), the means per dimension × campaign with
 * their n, and the scores per partner type. The chart shows the means per dimension of the last
 * campaigns (at most CHART_CAMPAIGNS columns, contiguous at the right end of that table).
 */
import type { DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import type { CampaignAggregate, DimensionDef } from './aggregate';
import { SMALL_SAMPLE } from './aggregate';
import { text } from '../records/coerce';

export const DASHBOARD_SHEET = 'Tableau satisfaction';
export const CHART_TITLE = 'Moyennes par dimension (1 à 5)';
const CHART_CAMPAIGNS = 4;

type Cell = string | number;

export interface DashboardLayout {
  values: Cell[][];
  /** 1-based rows to show in bold. */
  boldRows: number[];
  /** The chart's source: labels in column 1 and series columns, rows headerRow..lastRow (1-based, header included). */
  chart: { headerRow: number; lastRow: number; firstColumn: number; lastColumn: number } | null;
}

const num = (v: number | null | undefined): Cell => (v === null || v === undefined ? '' : v);

export function dashboardLayout(
  aggregates: readonly CampaignAggregate[],
  campaigns: ReadonlyMap<string, DataRecord>,
  dimensions: readonly DimensionDef[],
  today: LocalDate,
): DashboardLayout {
  const sent = aggregates.filter((a) => text(campaigns.get(a.campaignId)?.sendDate));
  const title = (a: CampaignAggregate) => text(campaigns.get(a.campaignId)?.title) || a.campaignId;
  const width = Math.max(12, 1 + 2 * sent.length);
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const push = (r: Cell[], isBold = false) => {
    rows.push([...r, ...new Array(width - r.length).fill('')]);
    if (isBold) bold.push(rows.length);
  };

  push([`Tableau de satisfaction des partenaires au ${formatDateFr(today)}`], true);
  push([
    'Feuille gérée par Pacte : elle est réécrite après chaque réponse reçue. Ne la modifiez pas à la main. Les réponses signalées (jeton inconnu, doublon) ne sont pas comptées.',
  ]);
  push([]);
  push(
    [
      'Campagne',
      'ID',
      "Date d'envoi",
      'Envoyés',
      'Réponses',
      'Taux de réponse (%)',
      'Moyenne (1-5)',
      'NPS',
      'Promoteurs',
      'Passifs',
      'Détracteurs',
      'Avertissement',
    ],
    true,
  );
  for (const a of aggregates) {
    const c = campaigns.get(a.campaignId);
    const sendDate = text(c?.sendDate);
    push([
      title(a),
      a.campaignId,
      sendDate ? formatDateFr(sendDate) : 'non envoyée',
      typeof c?.sent === 'number' ? c.sent : 0,
      a.answered,
      num(a.responseRate),
      num(a.overall.mean),
      num(a.nps.nps),
      a.nps.promoters,
      a.nps.passives,
      a.nps.detractors,
      a.n === 0 ? 'aucune réponse' : a.smallSample ? `moins de ${SMALL_SAMPLE} réponses : peu fiable` : '',
    ]);
  }
  push([]);

  let chart: DashboardLayout['chart'] = null;
  push(['Moyennes par dimension (1 à 5)'], true);
  const header: Cell[] = ['Dimension', ...sent.map(title), ...sent.map((a) => `n — ${title(a)}`)];
  push(header, true);
  const headerRow = rows.length;
  dimensions.forEach((d, i) => push([d.label, ...sent.map((a) => num(a.dimensions[i]?.mean)), ...sent.map((a) => a.dimensions[i]?.n ?? 0)]));
  if (sent.length > 0) {
    const lastColumn = 1 + sent.length;
    chart = { headerRow, lastRow: rows.length, firstColumn: Math.max(2, lastColumn - CHART_CAMPAIGNS + 1), lastColumn };
  }
  push([]);

  push(['Par type de partenaire'], true);
  push(['Campagne', 'Type de partenaire', 'Réponses', 'Moyenne (1-5)', 'NPS'], true);
  for (const a of sent) for (const g of a.byPartnerType) push([title(a), g.group, g.n, num(g.mean), num(g.nps)]);
  return { values: rows, boldRows: bold, chart };
}
