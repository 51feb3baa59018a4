/**
 * How a periodic report writes a KPI: its value in French (« 45 % », « 1 250 000 FCFA »,
 * « 3,8 / 5 », « +20 »), its move against the previous period (▲ ▼ =), its standing against the
 * target (green: reached; orange: close; red: behind), and what to do about a red one.
 *
 * API: `formatKpi(unit, value)`, `trendMark(value, previous)`, `targetTone(value)`,
 * `attainment(value)`, `RECOMMENDATIONS`.
 */
import { formatMoney, formatNumberFr, NBSP } from '../format/french';
import type { KpiKey, KpiUnit, KpiValue } from '../kpi/model';
import type { RowTone } from './document';

export function formatKpi(unit: KpiUnit, value: number | null): string {
  if (value === null) return 'n.d.';
  switch (unit) {
    case 'percent':
      return `${formatNumberFr(value)}${NBSP}%`;
    case 'xof':
      return formatMoney(value, 'XOF');
    case 'score':
      return `${formatNumberFr(value, 1)}${NBSP}/${NBSP}5`;
    case 'nps':
      return value > 0 ? `+${formatNumberFr(value)}` : formatNumberFr(value);
    default:
      return formatNumberFr(value, Number.isInteger(value) ? 0 : 1);
  }
}

/** ▲ higher than the period before, ▼ lower, = the same; « — » when either is unknown. */
export function trendMark(value: number | null, previous: number | null): string {
  if (value === null || previous === null) return '—';
  return value > previous ? '▲' : value < previous ? '▼' : '=';
}

/** How far below the target still counts as « close » (orange): points for rates, a share for counts and amounts. */
const CLOSE: Readonly<Record<KpiUnit, { points?: number; share?: number }>> = {
  percent: { points: 10 },
  nps: { points: 10 },
  score: { points: 0.5 },
  count: { share: 0.8 },
  xof: { share: 0.8 },
};

/** Green when the target is reached, orange when close, red when behind; null without a target or a value. */
export function targetTone(v: Pick<KpiValue, 'unit' | 'value' | 'target'>): RowTone | null {
  if (v.value === null || v.target === null) return null;
  if (v.value >= v.target) return 'green';
  const close = CLOSE[v.unit];
  const near = close.points !== undefined ? v.value >= v.target - close.points : v.value >= v.target * (close.share ?? 0);
  return near ? 'orange' : 'red';
}

/** The value as a share of its target (counts and amounts), or null. */
export function attainment(v: Pick<KpiValue, 'unit' | 'value' | 'target'>): number | null {
  if (v.value === null || !v.target || (v.unit !== 'count' && v.unit !== 'xof')) return null;
  return Math.round((100 * v.value) / v.target);
}

/** What the author is invited to do when a KPI is behind its target (the Doc is theirs to edit). */
export const RECOMMENDATIONS: Readonly<Record<KpiKey, string>> = {
  partnersIdentified: 'Élargir la veille et la prospection : programmer une revue des appels et des bailleurs par axe stratégique.',
  partnersQualified: 'Accélérer les analyses de due diligence en attente et fixer une date de décision à chacune.',
  partnersApproached: 'Planifier un premier contact avec les partenaires identifiés qui n’ont encore eu aucune interaction.',
  dossiersSubmitted: 'Prioriser les opportunités au stade « Contact » les mieux alignées et préparer leur note conceptuelle.',
  conversionRate: 'Analyser les motifs de refus et d’abandon de la période et renforcer la préparation des dossiers.',
  resourcesMobilised: 'Relancer les promesses non encore reçues et concentrer l’effort sur les opportunités proches de la signature.',
  activeConventions: 'Faire aboutir les conventions en validation ou en signature et préparer le renouvellement de celles qui expirent.',
  conventionsUpToDate: 'Faire le point avec les responsables des conventions dont un livrable est en retard et fixer une nouvelle échéance.',
  complianceOurs: 'Réunir les responsables de nos engagements en retard et arrêter avec eux un plan de rattrapage daté.',
  compliancePartners: 'Relancer les partenaires en retard sur leurs engagements, par écrit, en proposant un point d’étape.',
  loyaltyActions: 'Programmer une journée portes ouvertes ou un atelier bilan et perspectives avec les partenaires actifs.',
  satisfactionMean: 'Lire les commentaires des enquêtes et répondre aux dimensions les moins bien notées par des actions concrètes.',
  nps: 'Contacter les partenaires détracteurs pour comprendre leurs réserves et y répondre.',
  evaluationResults: 'Tenir les évaluations conjointes échues et consigner leur décision.',
  partnershipsFormalised: 'Accompagner les partenariats informels les plus actifs vers une convention ou un protocole d’accord.',
};
