/**
 * Eleven past monthly snapshots in « Indicateurs » (April 2025 – February 2026), as the dispatcher
 * would have appended them on each 1st, so the demo's KPI panel shows trends; March 2026, the
 * demo's month under way, is computed live.
 */
import type { LoadedScript } from '../load-script';
import { storeFor } from '../../services/sheets-store';
import { createStoreContext } from '../../services/store-context';
import { DEFINITIONS } from '../../domain/kpi/definitions';
import { KPI_KEYS, type KpiKey } from '../../domain/kpi/model';
import { monthKey, monthPeriod, shiftPeriod } from '../../domain/kpi/periods';
import { INDICATORS } from '../../domain/kpi/tables';
import { DEMO_USERS } from './demo-data';

/** Month i (0 = April 2025) → a plausible value: slow growth with some months up and down. */
const VALUES: Record<KpiKey, (i: number) => number> = {
  partnersIdentified: (i) => 3 + (i % 3),
  partnersQualified: (i) => 2 + (i % 2),
  partnersApproached: (i) => 2 + (i % 4),
  dossiersSubmitted: (i) => 1 + (i % 3),
  conversionRate: (i) => 40 + 2 * i,
  resourcesMobilised: (i) => 4_000_000 + 650_000 * i - (i % 2) * 900_000,
  activeConventions: (i) => 3 + Math.floor(i / 4),
  conventionsUpToDate: (i) => 70 + i - (i % 3) * 4,
  complianceOurs: (i) => 75 + i,
  compliancePartners: (i) => 65 + i - (i % 2) * 5,
  loyaltyActions: (i) => 1 + (i % 3),
  satisfactionMean: (i) => Math.round((3.6 + 0.05 * i) * 100) / 100,
  nps: (i) => 10 + 3 * i,
  evaluationResults: (i) => i % 2,
  partnershipsFormalised: (i) => (i % 3 === 0 ? 1 : 0),
};

export function seedKpiSnapshots(loaded: LoadedScript): void {
  const rows = Array.from({ length: 11 }, (_, i) => {
    const month = shiftPeriod(monthPeriod(2025, 4), i);
    const written = `${shiftPeriod(month, 1).from}T01:05:00`;
    return KPI_KEYS.map((key) => ({
      month: monthKey(month.from),
      key,
      label: DEFINITIONS[key].label,
      value: VALUES[key](i),
      target: null,
      computedAt: written,
    }));
  }).flat();
  loaded.world.run(() => storeFor(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin)).append(INDICATORS, rows), {
    user: DEMO_USERS.admin,
    cause: 'demo-seed',
  });
}
