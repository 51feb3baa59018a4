/**
 * Targets of Paramètres › Objectifs: one row per KPI, its key the KPI's label or a short alias
 * (« Ressources mobilisées », « ressources »), its value a number. Counts and amounts are annual
 * unless the key ends with the span they cover — « (mensuel) », « (trimestriel) », « (6 mois) » —
 * and are prorated by months to the period shown: « Partenariats formalisés (6 mois) » = 5 gives
 * 0,83 for a month, 2,5 for a quarter, 10 for a year. Rates, scores and the NPS are never prorated.
 */
import { foldText, parseFrenchNumber } from '../records/normalise';
import { DEFINITIONS, KPI_DEFINITIONS } from './definitions';
import type { KpiKey, Period } from './model';
import { periodDays } from './periods';

export const OBJECTIVES_SECTION = 'Objectifs';

export interface Target {
  key: KpiKey;
  value: number;
  /** Months the value covers (12 for an annual target); null: the same for any period (rates). */
  months: number | null;
}

const ALIASES: Readonly<Record<string, KpiKey>> = {
  identifies: 'partnersIdentified',
  qualifies: 'partnersQualified',
  approches: 'partnersApproached',
  dossiers: 'dossiersSubmitted',
  conversion: 'conversionRate',
  ressources: 'resourcesMobilised',
  'conventions actives': 'activeConventions',
  'livrables a jour': 'conventionsUpToDate',
  'echeances (nous)': 'complianceOurs',
  'echeances (partenaires)': 'compliancePartners',
  fidelisation: 'loyaltyActions',
  satisfaction: 'satisfactionMean',
  evaluations: 'evaluationResults',
  formalises: 'partnershipsFormalised',
};

const SPANS: Readonly<Record<string, number>> = {
  mensuel: 1,
  mois: 1,
  trimestriel: 3,
  trimestre: 3,
  '6 mois': 6,
  semestre: 6,
  semestriel: 6,
  annuel: 12,
  an: 12,
};

const BY_NAME = new Map<string, KpiKey>([...KPI_DEFINITIONS.map((d) => [foldText(d.label), d.key] as const), ...Object.entries(ALIASES)]);

function kpiNamed(name: string): { key: KpiKey; months: number | null } | null {
  const whole = BY_NAME.get(foldText(name));
  if (whole) return { key: whole, months: null };
  const m = /^(.*)\(([^)]*)\)\s*$/.exec(name);
  const key = m && BY_NAME.get(foldText(m[1]));
  const months = m && SPANS[foldText(m[2])];
  return key && months ? { key, months } : null;
}

const prorated = (key: KpiKey): boolean => ['count', 'xof'].includes(DEFINITIONS[key].unit);

/** The section's rows as targets; each row Pacte cannot read is a French sentence naming it. */
export function parseTargets(rows: readonly { key: string; value: string }[]): { targets: Target[]; problems: string[] } {
  const targets: Target[] = [];
  const problems: string[] = [];
  for (const r of rows) {
    if (!r.key.trim()) continue;
    const named = kpiNamed(r.key);
    const value = parseFrenchNumber(r.value);
    if (!named)
      problems.push(
        `Paramètres › ${OBJECTIVES_SECTION}, clé « ${r.key} » : indicateur inconnu (attendu : le libellé d’un indicateur, par exemple « Ressources mobilisées »).`,
      );
    else if (value === null || value < 0)
      problems.push(`Paramètres › ${OBJECTIVES_SECTION}, « ${r.key} » : la valeur « ${r.value} » n’est pas un nombre positif.`);
    else targets.push({ key: named.key, value, months: prorated(named.key) ? (named.months ?? 12) : null });
  }
  return { targets, problems };
}

/** Months in the period (a range of days in average months). */
function monthsIn(p: Period): number {
  if (p.kind === 'month') return 1;
  if (p.kind === 'quarter') return 3;
  if (p.kind === 'year') return 12;
  return periodDays(p) / (365.25 / 12);
}

/** The target for this KPI over the period (the last row given wins), rounded to 2 decimals; null when none. */
export function targetFor(targets: readonly Target[], key: KpiKey, period: Period): number | null {
  const t = [...targets].reverse().find((x) => x.key === key);
  if (!t) return null;
  const value = t.months === null ? t.value : (t.value * monthsIn(period)) / t.months;
  return Math.round(value * 100) / 100;
}

/** A prorated KPI's target over a year (the last row given wins); null when none. */
export function annualTarget(targets: readonly Target[], key: KpiKey): number | null {
  const t = [...targets].reverse().find((x) => x.key === key);
  return t ? (t.months === null ? t.value : (t.value * 12) / t.months) : null;
}

/** Rows « Initialiser » writes: an annual amount, the formalisation target of the first six months, two rates. */
export function defaultObjectiveRows(): Record<string, string>[] {
  return [
    { section: OBJECTIVES_SECTION, key: 'Ressources mobilisées', value: '100000000', note: 'Objectif annuel en FCFA, proraté au mois et au trimestre' },
    { section: OBJECTIVES_SECTION, key: 'Partenariats formalisés (6 mois)', value: '5', note: 'Au moins 5 partenariats formalisés dans les 6 premiers mois' },
    { section: OBJECTIVES_SECTION, key: 'Respect des échéances (nous)', value: '90', note: 'En % : un taux ne se proratise pas' },
    { section: OBJECTIVES_SECTION, key: 'Satisfaction moyenne', value: '4', note: 'Sur 5' },
  ];
}
