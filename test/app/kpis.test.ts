/**
 * The KPI use cases on the in-memory store: the set for a period, the monthly snapshot appended
 * once to « Indicateurs » (never rewritten: a second run, a run on the 2nd, a row edited by hand),
 * and the panel's trends read from the snapshots while the month under way is computed live.
 */
import { kpiPanel, kpiSet, snapshotLastMonth } from '../../src/app/kpis';
import { moveOpportunity, saveOpportunity } from '../../src/app/pipeline';
import { monthPeriod, quarterPeriod } from '../../src/domain/kpi/periods';
import { INDICATORS } from '../../src/domain/kpi/tables';
import { KPI_KEYS } from '../../src/domain/kpi/model';
import { RESOURCES } from '../../src/domain/resources/tables';
import { INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';

const settings = parseSettings(defaultSettingsRows('AMADE'));

function setup() {
  let now = new Date('2026-03-10T09:00:00Z');
  const store = new MemoryStore({ user: 'chargee@amade.org', timeZone: 'Africa/Bamako', now: () => now });
  const at = (day: string) => (now = new Date(`${day}T09:00:00Z`));
  const [sahel] = store.table(PARTNERS).insert([
    { name: 'Fondation Sahel', type: 'Fondation' },
    { name: 'Commune de Ségou', type: 'Collectivité territoriale' },
  ]);
  store.table(INTERACTIONS).insert([{ partnerId: sahel.id, date: '2026-03-11', type: 'Atelier' }]);
  store.table(RESOURCES).insert([{ partnerId: sahel.id, date: '2026-03-12', kind: 'Financière', amount: 1000, currency: 'EUR', amountXof: 655_957 }]);
  const indicators = () => store.table(INDICATORS).all();
  const value = (month: string, key: string) => indicators().find((s) => s.record.month === month && s.record.key === key)?.record.value;
  return { store, at, indicators, value, sahel: sahel.id };
}

describe('KPI use cases', () => {
  it('computes the set for a period against the previous one and the targets of Paramètres', () => {
    const w = setup();
    const march = kpiSet(w.store, settings, monthPeriod(2026, 3));
    const of = (key: string) => march.values.find((v) => v.key === key)!;
    expect(march.previous.label).toBe('février 2026');
    // Two partners created on 10 March, none in February.
    expect(of('partnersIdentified')).toMatchObject({ value: 2, previous: 0 });
    expect(of('loyaltyActions')).toMatchObject({ value: 1 });
    // Default target: 100 000 000 a year → 8 333 333,33 a month; « 5 in 6 months » → 0,83.
    expect(of('resourcesMobilised')).toMatchObject({ value: 655_957, target: 8_333_333.33 });
    expect(of('partnershipsFormalised').target).toBe(0.83);
    expect(march.values.map((v) => v.key)).toEqual([...KPI_KEYS]);
  });

  it('snapshots the month just ended once, on the first run of the month, and never rewrites it', () => {
    const w = setup();
    w.at('2026-04-01');
    expect(snapshotLastMonth(w.store, settings)).toBe('2026-03');
    expect(w.indicators()).toHaveLength(KPI_KEYS.length);
    expect(w.indicators()[0].record).toMatchObject({ month: '2026-03', key: 'partnersIdentified', label: 'Partenaires identifiés', value: 2, target: null });
    // A second run the same day, then a run on the 2nd: nothing written.
    expect(snapshotLastMonth(w.store, settings)).toBeNull();
    w.at('2026-04-02');
    expect(snapshotLastMonth(w.store, settings)).toBeNull();
    expect(w.indicators()).toHaveLength(KPI_KEYS.length);
    // A past row edited by hand stays as typed; a later edit of the data does not move the snapshot.
    const row = w.indicators().find((s) => s.record.key === 'loyaltyActions')!.row;
    w.store.setColumn(INDICATORS, 'value', new Map([[row, 7]]));
    w.store.table(PARTNERS).insert([{ name: 'Partenaire tardif', type: 'OSC' }]);
    w.store.table(INTERACTIONS).insert([{ partnerId: w.sahel, date: '2026-03-20', type: 'Atelier' }]);
    expect(snapshotLastMonth(w.store, settings)).toBeNull();
    expect(w.value('2026-03', 'loyaltyActions')).toBe(7);
    expect(w.value('2026-03', 'partnersIdentified')).toBe(2);
    // Live, March now holds the second workshop.
    expect(kpiSet(w.store, settings, monthPeriod(2026, 3)).values.find((v) => v.key === 'loyaltyActions')!.value).toBe(2);
    // Next month's first run writes April only.
    w.at('2026-05-01');
    expect(snapshotLastMonth(w.store, settings)).toBe('2026-04');
    expect(w.indicators()).toHaveLength(2 * KPI_KEYS.length);
  });

  it('shows 12 months of trend: past months from the snapshots (edited or not), the month under way live', () => {
    const w = setup();
    w.at('2026-04-01');
    snapshotLastMonth(w.store, settings);
    w.store.table(INTERACTIONS).insert([{ partnerId: w.sahel, date: '2026-03-20', type: 'Atelier' }]);
    w.store.table(INTERACTIONS).insert([{ partnerId: w.sahel, date: '2026-04-05', type: 'Atelier' }]);
    w.at('2026-04-06');
    const panel = kpiPanel(w.store, settings, { period: { kind: 'quarter', date: '2026-04-06' } });
    expect(panel.period).toEqual(quarterPeriod(2026, 2));
    const loyalty = panel.items.find((i) => i.key === 'loyaltyActions')!;
    expect(loyalty.trend).toHaveLength(12);
    expect(loyalty.trend.slice(-3)).toEqual([
      { month: '2026-02', value: null },
      // The snapshot (1), not March's live value (2).
      { month: '2026-03', value: 1 },
      { month: '2026-04', value: 1 },
    ]);
    expect(loyalty.trend[0].month).toBe('2025-05');
    expect(loyalty.definition).toContain('Événements tenus');
    expect(panel.problems).toEqual([]);
    // The panel's size does not grow with the rows: 15 KPIs × 12 months whatever the data.
    w.store.table(PARTNERS).insert(Array.from({ length: 300 }, (_, i) => ({ name: `P${i}`, type: 'OSC' as const })));
    const bigger = kpiPanel(w.store, settings, { period: { kind: 'quarter', date: '2026-04-06' } });
    expect(Math.abs(JSON.stringify(bigger).length - JSON.stringify(panel).length)).toBeLessThan(20);
  });

  it('writes nothing when the workbook has no « Indicateurs » sheet yet', () => {
    const store = new MemoryStore({ sheets: [PARTNERS], now: () => new Date('2026-04-01T09:00:00Z') });
    expect(snapshotLastMonth(store, settings)).toBeNull();
  });

  it('dates dossiers submitted and decided by the opportunities’ stage history, written on each move', () => {
    const w = setup();
    const { id } = saveOpportunity(w.store, 'chargé', settings, { partnerId: w.sahel, title: 'Appui jeunesse', stage: 'Contact' });
    w.at('2026-03-20');
    moveOpportunity(w.store, 'chargé', settings, id, 'Note conceptuelle', '');
    w.at('2026-04-03');
    moveOpportunity(w.store, 'chargé', settings, id, 'Refusée', 'Hors priorités du bailleur');
    const log = JSON.parse(String(w.store.table(OPPORTUNITIES).getOrThrow(id).record.stageLog)) as { stage: string; at: string }[];
    expect(log.map((s) => [s.stage, s.at.slice(0, 10)])).toEqual([
      ['Contact', '2026-03-10'],
      ['Note conceptuelle', '2026-03-20'],
      ['Refusée', '2026-04-03'],
    ]);
    const of = (month: number, key: string) => kpiSet(w.store, settings, monthPeriod(2026, month)).values.find((v) => v.key === key)!;
    // Submitted in March, refused in April: conversion 0 / 1 in April, nothing decided in March.
    expect(of(3, 'dossiersSubmitted').value).toBe(1);
    expect(of(3, 'conversionRate')).toMatchObject({ value: null, count: 0 });
    expect(of(4, 'dossiersSubmitted').value).toBe(0);
    expect(of(4, 'conversionRate')).toMatchObject({ value: 0, count: 1 });
  });
});
