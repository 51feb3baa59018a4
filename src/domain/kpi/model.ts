/**
 * The KPI set directors read: each indicator's key, French label, unit and definition (shown in
 * the README, the KPI panel and every report's annex), and the shape of a computed value — for a
 * period, beside the previous period and the target of Paramètres › Objectifs.
 */
import type { LocalDate } from '../format/local-date';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** A closed range of days in the spreadsheet's zone, with its French name (« mars 2026 », « T1 2026 », « 2026 »). */
export interface Period {
  kind: PeriodKind;
  from: LocalDate;
  to: LocalDate;
  label: string;
}

export type KpiUnit = 'count' | 'percent' | 'xof' | 'score' | 'nps';

export const KPI_KEYS = [
  'partnersIdentified',
  'partnersQualified',
  'partnersApproached',
  'dossiersSubmitted',
  'conversionRate',
  'resourcesMobilised',
  'activeConventions',
  'conventionsUpToDate',
  'complianceOurs',
  'compliancePartners',
  'loyaltyActions',
  'satisfactionMean',
  'nps',
  'evaluationResults',
  'partnershipsFormalised',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface KpiDefinition {
  key: KpiKey;
  label: string;
  unit: KpiUnit;
  /** One French sentence: what is counted, over which rows, in which period. */
  definition: string;
  /** True when a higher value is better (▲ is good news); false for none of today's KPIs but kept explicit. */
  higherIsBetter: boolean;
}

/** A part of a value (by partner type, by axis, by party…), in the value's unit. */
export interface KpiPart {
  label: string;
  value: number | null;
}

export interface KpiValue {
  key: KpiKey;
  label: string;
  unit: KpiUnit;
  /** null when nothing allows a value (a rate over zero cases, a mean of no answers). */
  value: number | null;
  /** How many cases the value stands on (answers, commitments due, dossiers): « 12 réponses ». */
  count?: number;
  /** The same KPI over the period just before (same length). */
  previous: number | null;
  /** The target for this period from Paramètres › Objectifs (an annual target prorated where said), null when none. */
  target: number | null;
  parts?: KpiPart[];
}

export interface KpiSet {
  period: Period;
  previous: Period;
  values: KpiValue[];
}
