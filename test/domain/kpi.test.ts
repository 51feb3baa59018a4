/** The KPI set over a fixed data set (kpi-fixture.ts): each expected value counted by hand. */
import { loyaltyActions } from '../../src/domain/events/loyalty';
import { computeKpis, measureKpis, type KpiData } from '../../src/domain/kpi/compute';
import type { KpiKey, KpiSet } from '../../src/domain/kpi/model';
import { customPeriod, monthPeriod, previousPeriod, quarterPeriod, shiftPeriod, yearPeriod } from '../../src/domain/kpi/periods';
import { parseTargets, targetFor } from '../../src/domain/kpi/targets';
import { KPI_DATA, TODAY } from './kpi-fixture';

const ctx = { today: TODAY, rates: {} };
const valueOf = (set: KpiSet, key: KpiKey) => set.values.find((v) => v.key === key)!;
const { targets } = parseTargets([
  { key: 'Ressources mobilisées', value: '12 000 000' },
  { key: 'Partenariats formalisés (6 mois)', value: '5' },
  { key: 'satisfaction', value: '4' },
]);

describe('KPI periods', () => {
  it('names months, quarters and years in French and finds the period before', () => {
    expect(monthPeriod(2026, 3)).toEqual({ kind: 'month', from: '2026-03-01', to: '2026-03-31', label: 'mars 2026' });
    expect(quarterPeriod(2026, 1)).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' });
    expect(quarterPeriod(2026, 2).label).toBe('2e trimestre 2026');
    expect(yearPeriod(2026)).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: 'année 2026' });
    expect(monthPeriod(2024, 2).to).toBe('2024-02-29');
    // Year boundary: January's previous month is December of the year before; Q1's is Q4.
    expect(previousPeriod(monthPeriod(2026, 1))).toEqual(monthPeriod(2025, 12));
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
    expect(shiftPeriod(monthPeriod(2025, 12), 1)).toEqual(monthPeriod(2026, 1));
    expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
    // 10 days (1st–10th March) → the 10 days before: 19–28 February.
    expect(previousPeriod(customPeriod('2026-03-01', '2026-03-10'))).toMatchObject({
      from: '2026-02-19',
      to: '2026-02-28',
      label: 'du 19 février 2026 au 28 février 2026',
    });
  });
});

describe('KPI targets (Paramètres › Objectifs)', () => {
  it('prorates counts and amounts by months, never rates, and names the rows it cannot read', () => {
    // 12 000 000 a year → 1 000 000 a month, 3 000 000 a quarter.
    expect(targetFor(targets, 'resourcesMobilised', monthPeriod(2026, 3))).toBe(1_000_000);
    expect(targetFor(targets, 'resourcesMobilised', quarterPeriod(2026, 1))).toBe(3_000_000);
    // 5 in 6 months → 5 / 6 = 0,83 a month, 2,5 a quarter, 10 a year.
    expect(targetFor(targets, 'partnershipsFormalised', monthPeriod(2026, 3))).toBe(0.83);
    expect(targetFor(targets, 'partnershipsFormalised', quarterPeriod(2026, 1))).toBe(2.5);
    expect(targetFor(targets, 'partnershipsFormalised', yearPeriod(2026))).toBe(10);
    expect(targetFor(targets, 'satisfactionMean', yearPeriod(2026))).toBe(4);
    expect(targetFor(targets, 'nps', yearPeriod(2026))).toBeNull();
    const bad = parseTargets([
      { key: 'Partenaires rêvés', value: '3' },
      { key: 'NPS', value: 'beaucoup' },
      { key: 'Respect des échéances (nous)', value: '90' },
    ]);
    expect(bad.targets).toEqual([{ key: 'complianceOurs', value: 90, months: null }]);
    expect(bad.problems).toEqual([
      'Paramètres › Objectifs, clé « Partenaires rêvés » : indicateur inconnu (attendu : le libellé d’un indicateur, par exemple « Ressources mobilisées »).',
      'Paramètres › Objectifs, « NPS » : la valeur « beaucoup » n’est pas un nombre positif.',
    ]);
  });
});

describe('computeKpis on the fixed data set', () => {
  const march = computeKpis(KPI_DATA, monthPeriod(2026, 3), monthPeriod(2026, 2), targets, ctx);

  it('counts partners identified, qualified and approached (archived rows never count)', () => {
    // Created in March: PAR-1 (PAR-4 is archived) = 1; February: PAR-2 = 1.
    expect(valueOf(march, 'partnersIdentified')).toMatchObject({ value: 1, previous: 1 });
    // March: PAR-1 entered Analyse 20/03, PAR-2 Approbation 02/03 (and its analysis decided 03/03: once), PAR-3 analysis 25/03 = 3.
    // February: PAR-2 entered Analyse 15/02 = 1.
    expect(valueOf(march, 'partnersQualified')).toMatchObject({ value: 3, previous: 1 });
    // First interaction: PAR-1 06/03 (March), PAR-2 12/02 (February), PAR-3 20/12/2025.
    expect(valueOf(march, 'partnersApproached')).toMatchObject({ value: 1, previous: 1 });
  });

  it('counts dossiers submitted and the conversion of those decided', () => {
    // March: OPP-1 (Note conceptuelle 05/03), OPP-4 (created at that stage 22/03) = 2; February: OPP-2 (20/02) = 1.
    expect(valueOf(march, 'dossiersSubmitted')).toMatchObject({ value: 2, previous: 1 });
    // Decided in March: OPP-1 Signée, OPP-2 Refusée, OPP-3 Abandonnée (last change 30/03) → 1 / 3 = 33 %; none in February.
    expect(valueOf(march, 'conversionRate')).toMatchObject({ value: 33, count: 3, previous: null });
  });

  it('counts resources by the register’s rule (one contribution = max(promised, received)), in FCFA, by nature, partner type and axis', () => {
    // RES-1 1 000 000 + RES-2 1 000 € × 655,957 = 655 957 + RES-3 200 000 + CONV-2's contribution max(RES-6 2 000 000 promised,
    // RES-7 500 000 received against its amendment) = 2 000 000 → 3 855 957. RES-4 archived; RES-8 (GBP, no rate) left out.
    // Rows counted: RES-1, 2, 3, 6, 7 = 5. February: RES-5 300 000.
    expect(valueOf(march, 'resourcesMobilised')).toMatchObject({ value: 3_855_957, count: 5, previous: 300_000, target: 1_000_000 });
    expect(valueOf(march, 'resourcesMobilised').parts).toEqual([
      { label: 'En nature', value: 200_000 },
      // 1 000 000 + 655 957 + 2 000 000.
      { label: 'Financière', value: 3_655_957 },
      // PAR-1: 655 957 + 200 000; PAR-2: 1 000 000 + 2 000 000.
      { label: 'Type : OSC', value: 855_957 },
      { label: 'Type : PTF / bailleur', value: 3_000_000 },
      // CONV-2's contribution takes the axis of its pledge (RES-7 has none).
      { label: 'Axe : Axe 1', value: 3_000_000 },
      { label: 'Axe : Axe 2', value: 855_957 },
    ]);
  });

  it('counts active conventions, those up to date (one with no deliverable is), and partnerships formalised', () => {
    // Active in March: CONV-1 (from 20/03), CONV-2, CONV-3 (avenant CONV-4 and draft CONV-5 left out) = 3; February: CONV-2 = 1.
    expect(valueOf(march, 'activeConventions')).toMatchObject({ value: 3, previous: 1 });
    // On 31/03: CONV-2 has ENG-1 (livrable due 15/03, not done) late; CONV-1's report done 24/03; CONV-3 has none → 2 / 3 = 67 %.
    // February: CONV-2 has nothing due yet → 1 / 1 = 100 %.
    expect(valueOf(march, 'conventionsUpToDate')).toMatchObject({ value: 67, count: 3, previous: 100 });
    // CONV-1 signed 19/03 (last signature), CONV-3 on its start 01/03 (no signature row) = 2; target 5 / 6 = 0,83.
    expect(valueOf(march, 'partnershipsFormalised')).toMatchObject({ value: 2, previous: 0, target: 0.83 });
  });

  it('rates deadline compliance ours and the partners’', () => {
    // Ours due in March: ENG-2 on time, ENG-3 late (ENG-5 cancelled) → 1 / 2 = 50 %.
    expect(valueOf(march, 'complianceOurs')).toMatchObject({ value: 50, count: 2, previous: null });
    // Partners': ENG-7 and ENG-4 on time, ENG-1 not done → 2 / 3 = 67 %.
    expect(valueOf(march, 'compliancePartners')).toMatchObject({ value: 67, count: 3 });
  });

  it('counts loyalty actions, satisfaction with NPS, and evaluations decided', () => {
    // EVT-1 held (EVT-2 only planned) + workshops of PAR-1 and PAR-2 (PAR-4's archived) = 3.
    expect(valueOf(march, 'loyaltyActions')).toMatchObject({
      value: 3,
      previous: 0,
      // loyaltyActions' order: event types first, then the workshops logged on partners' pages.
      parts: [
        { label: 'OpenDay', value: 1 },
        { label: 'Atelier (interaction)', value: 2 },
      ],
    });
    // T1: 6 × 4 = 24; T2: 5 + 3 = 8 → 32 / 8 answers = 4; T1's second answer and the flagged one left out. February: all 3.
    expect(valueOf(march, 'satisfactionMean')).toMatchObject({ value: 4, count: 2, previous: 3, target: 4 });
    // 9 promoter, 7 passive → 100 × (1 − 0) / 2 = 50; February: one passive → 0.
    expect(valueOf(march, 'nps')).toMatchObject({ value: 50, count: 2, previous: 0 });
    expect(valueOf(march, 'evaluationResults')).toMatchObject({
      value: 2,
      previous: 1,
      parts: [
        { label: 'Maintenir', value: 1 },
        { label: 'Renforcer', value: 1 },
      ],
    });
  });

  it('gives zeros and no rate over an empty month', () => {
    const m = measureKpis(KPI_DATA, monthPeriod(2025, 11), ctx);
    expect(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.value]))).toEqual({
      partnersIdentified: 0,
      partnersQualified: 0,
      partnersApproached: 0,
      dossiersSubmitted: 0,
      conversionRate: null,
      resourcesMobilised: 0,
      // CONV-2 runs from June 2025: active, nothing due yet.
      activeConventions: 1,
      conventionsUpToDate: 100,
      complianceOurs: null,
      compliancePartners: null,
      loyaltyActions: 0,
      satisfactionMean: null,
      nps: null,
      evaluationResults: 0,
      partnershipsFormalised: 0,
    });
  });

  it('compares January with the December before (year boundary)', () => {
    const jan = computeKpis(KPI_DATA, monthPeriod(2026, 1), previousPeriod(monthPeriod(2026, 1)), targets, ctx);
    expect(jan.previous.label).toBe('décembre 2025');
    // December 2025: PAR-3 created 15/12 and first met 20/12; January: EVT-3 visit held.
    expect(valueOf(jan, 'partnersIdentified')).toMatchObject({ value: 0, previous: 1 });
    expect(valueOf(jan, 'partnersApproached')).toMatchObject({ value: 0, previous: 1 });
    expect(valueOf(jan, 'loyaltyActions')).toMatchObject({ value: 1, previous: 0 });
  });

  it('covers the quarter: the first quarter holds February and March', () => {
    const q1 = computeKpis(KPI_DATA, quarterPeriod(2026, 1), quarterPeriod(2025, 4), targets, ctx);
    // 3 855 957 + 300 000 = 4 155 957 against 3 000 000.
    expect(valueOf(q1, 'resourcesMobilised')).toMatchObject({ value: 4_155_957, target: 3_000_000 });
    // PAR-1, PAR-2 (Q1); PAR-3 in Q4 2025.
    expect(valueOf(q1, 'partnersIdentified')).toMatchObject({ value: 2, previous: 1 });
  });

  it('counts loyalty actions with the very function the events and reports use', () => {
    for (const period of [monthPeriod(2026, 3), monthPeriod(2026, 1), quarterPeriod(2026, 1), monthPeriod(2025, 11)]) {
      const { value, parts } = measureKpis(KPI_DATA, period, ctx).loyaltyActions;
      expect({ value, parts }).toEqual(loyaltyActions(KPI_DATA.events, KPI_DATA.interactions, period));
    }
  });

  it('leaves out archived rows of every table', () => {
    const archivedAll: KpiData = Object.fromEntries(
      Object.entries(KPI_DATA).map(([k, rows]) => [k, (rows as Record<string, unknown>[]).map((r) => ({ ...r, archivedAt: '2026-04-01 08:00:00' }))]),
    ) as unknown as KpiData;
    const m = measureKpis(archivedAll, monthPeriod(2026, 3), ctx);
    expect([m.partnersIdentified.value, m.resourcesMobilised.value, m.activeConventions.value, m.loyaltyActions.value, m.dossiersSubmitted.value]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});
