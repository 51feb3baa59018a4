/**
 * The resources register's use cases (src/app/resources.ts) on the in-memory store: a contribution
 * typed by hand (valued, converted, linked, refused in French), the feed from conventions and
 * signed opportunities (idempotent, one block per changed column), and the page with its totals.
 */
import { kpiSet } from '../../src/app/kpis';
import { addResource, listResources, syncResources, updateResource } from '../../src/app/resources';
import { yearPeriod } from '../../src/domain/kpi/periods';
import { CONVENTIONS, JOURNAL, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { RESOURCES } from '../../src/domain/resources/tables';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';

const settings = {
  ...parseSettings([...defaultSettingsRows('AMADE'), { section: 'Objectifs', key: 'Ressources mobilisées', value: '10 000 000', note: '' }]),
  rates: { USD: [{ from: '2026-01-01' as const, rate: 600 }] },
};

function setup() {
  const store = new MemoryStore({ user: 'chargee@amade.org', timeZone: 'Africa/Bamako', now: () => new Date('2026-03-12T09:00:00Z') });
  const [fondation, ambassade] = store.table(PARTNERS).insert([
    { name: 'Fondation Sahel', type: 'Fondation' },
    { name: 'Ambassade de Suède', type: 'PTF / bailleur' },
  ]);
  const [opp, signedOpp] = store.table(OPPORTUNITIES).insert([
    { partnerId: fondation.id, title: 'Appui jeunesse', stage: 'Signée', amount: 2_000_000, currency: 'XOF', axis: 'Axe 5' },
    { partnerId: ambassade.id, title: 'Appui gouvernance', stage: 'Signée', amount: 1000, currency: 'USD', decisionDate: '2026-02-10', axis: 'Axe 1' },
  ]);
  const [conv] = store.table(CONVENTIONS).insert([
    {
      partnerId: fondation.id,
      opportunityId: opp.id,
      type: 'Convention de partenariat',
      status: 'Active',
      startDate: '2026-01-15',
      amount: 3_000_000,
      inKind: 500_000,
      currency: 'XOF',
    },
    { partnerId: ambassade.id, type: 'Convention de partenariat', status: 'Brouillon', amount: 9_000_000 },
  ]);
  const rows = () =>
    store
      .table(RESOURCES)
      .all()
      .map((s) => s.record);
  return { store, fondation: fondation.id, ambassade: ambassade.id, conv: conv.id, opp: opp.id, signedOpp: signedOpp.id, rows };
}

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('addResource', () => {
  it('values an in-kind contribution by quantity with the grid, links its convention, and writes its FCFA value', () => {
    const { store, conv, fondation, opp, rows } = setup();
    const item = addResource(store, settings, { kind: 'En nature', inKindCategory: 'Temps de personnel', quantity: 4, date: '2026-03-02', conventionId: conv });
    expect(item).toMatchObject({
      amount: 100_000,
      currency: 'XOF',
      amountXof: 100_000,
      partnerId: fondation,
      partnerName: 'Fondation Sahel',
      axis: 'Axe 5',
      status: 'Reçue',
    });
    expect(rows()[0]).toMatchObject({ opportunityId: opp, amountXof: 100_000, source: '' });
  });

  it('converts cash at the dated rate, and keeps a row without a rate with no FCFA value', () => {
    const { store, ambassade } = setup();
    expect(addResource(store, settings, { kind: 'Financière', amount: 500, currency: 'USD', date: '2026-03-01', partnerId: ambassade }).amountXof).toBe(
      300_000,
    );
    expect(addResource(store, settings, { kind: 'Financière', amount: 500, currency: 'GBP', date: '2026-03-01', partnerId: ambassade }).amountXof).toBeNull();
  });

  it('refuses in French, naming the field, and writes nothing', () => {
    const { store, conv, ambassade, rows } = setup();
    expect(errorOf(() => addResource(store, settings, { kind: 'En nature', date: '2026-03-02', conventionId: conv }))).toMatch(
      /^Ressource, champ « Montant » : indiquez la valeur en FCFA/,
    );
    expect(
      errorOf(() => addResource(store, settings, { kind: 'Financière', amount: 5, date: '2026-03-02', conventionId: conv, partnerId: ambassade })),
    ).toMatch(/champ « ID convention » : la convention CONV-\d+ est signée avec PAR-\d+, pas avec/);
    expect(errorOf(() => addResource(store, settings, { kind: 'Don', amount: 5, date: '2026-03-02', partnerId: ambassade }))).toMatch(/champ « Nature »/);
    expect(errorOf(() => addResource(store, settings, { kind: 'Financière', amount: 5, date: 'hier', partnerId: ambassade }))).toMatch(
      /Ressources.*colonne « Date »/,
    );
    expect(rows()).toEqual([]);
  });
});

describe('updateResource', () => {
  it('re-values when the quantity changes; refuses to edit a fed row', () => {
    const { store, conv, rows } = setup();
    const item = addResource(store, settings, { kind: 'En nature', inKindCategory: 'Temps de personnel', quantity: 4, date: '2026-03-02', conventionId: conv });
    expect(updateResource(store, settings, item.id, { quantity: 6 })).toMatchObject({ amount: 150_000, amountXof: 150_000 });
    syncResources(store, settings);
    const fed = rows().find((r) => r.source)!;
    expect(errorOf(() => updateResource(store, settings, String(fed.id), { amount: 1 }))).toMatch(/cette ligne suit « Convention CONV-\d+ — numéraire »/);
  });
});

describe('syncResources', () => {
  it('feeds pledges once: a second run writes nothing', () => {
    const { store, rows, conv, signedOpp } = setup();
    expect(syncResources(store, settings)).toEqual({ added: 3, updated: 0, archived: 0 });
    expect(rows().map((r) => [r.source, r.status, r.amountXof])).toEqual([
      [`Convention ${conv} — numéraire`, 'Promise', 3_000_000],
      [`Convention ${conv} — nature`, 'Promise', 500_000],
      [`Opportunité ${signedOpp}`, 'Promise', 600_000],
    ]);
    const journalBefore = store.table(JOURNAL).all().length;
    expect(syncResources(store, settings)).toEqual({ added: 0, updated: 0, archived: 0 });
    expect(rows()).toHaveLength(3);
    expect(store.table(JOURNAL).all()).toHaveLength(journalBefore);
  });

  it('follows an amendment and a terminated convention, journaling what it changes', () => {
    const { store, rows, conv, opp, signedOpp } = setup();
    syncResources(store, settings);
    store
      .table(CONVENTIONS)
      .insert([{ partnerId: rows()[0].partnerId, type: 'Avenant', amends: conv, status: 'Signée', startDate: '2026-03-01', amount: 4_000_000 }]);
    expect(syncResources(store, settings)).toEqual({ added: 0, updated: 1, archived: 0 });
    expect(rows()[0]).toMatchObject({ amount: 4_000_000, amountXof: 4_000_000 });
    store.table(CONVENTIONS).update(conv, { status: 'Résiliée' });
    expect(syncResources(store, settings).archived).toBe(2);
    // The opportunity the convention carried is pledged again, beside the other signed one.
    expect(rows().map((r) => r.source)).toEqual([`Opportunité ${signedOpp}`, `Opportunité ${opp}`]);
    const journal = store
      .table(JOURNAL)
      .all()
      .map((s) => s.record)
      .filter((r) => r.action === 'mise à jour depuis les conventions');
    expect(journal.map((r) => [r.field, r.before, r.after])).toContainEqual(['Montant', '3000000', '4000000']);
  });
});

describe('listResources', () => {
  it('counts a receipt against a pledged convention once, against the annual target', () => {
    const { store, conv } = setup();
    syncResources(store, settings);
    addResource(store, settings, { kind: 'Financière', amount: 1_000_000, date: '2026-03-05', conventionId: conv, status: 'Reçue' });
    const page = listResources(store, settings, { offset: 0, limit: 2, filters: { year: 2026 } });
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    expect(page.totals).toMatchObject({ mobilisedXof: 4_100_000, promisedXof: 4_100_000, receivedXof: 1_000_000, target: 10_000_000, targetPercent: 41 });
    expect(listResources(store, settings, { offset: 0, limit: 50, filters: {} }).totals.target).toBe(10_000_000);
    expect(listResources(store, settings, { offset: 0, limit: 50, filters: {}, allYears: true }).totals.target).toBeNull();
  });

  it('gives the same figure as the KPI « Ressources mobilisées » for the same year', () => {
    const { store, conv, opp, fondation, ambassade } = setup();
    syncResources(store, settings);
    addResource(store, settings, { kind: 'Financière', amount: 1_000_000, date: '2026-03-05', conventionId: conv, status: 'Reçue' });
    addResource(store, settings, { kind: 'Financière', amount: 3_500_000, date: '2026-03-06', opportunityId: opp, partnerId: fondation, status: 'Reçue' });
    addResource(store, settings, { kind: 'En nature', amount: 80_000, date: '2025-11-20', partnerId: ambassade, status: 'Reçue' });
    // Typed in the sheet: no FCFA value yet (USD converted at its date; GBP has no rate: « taux à saisir »).
    store.table(RESOURCES).insert([
      { partnerId: ambassade, date: '2026-02-01', kind: 'Financière', amount: 100, currency: 'USD', status: 'Reçue' },
      { partnerId: ambassade, date: '2026-02-02', kind: 'Financière', amount: 100, currency: 'GBP', status: 'Reçue' },
    ]);
    const mobilised = (year: number) => listResources(store, settings, { offset: 0, limit: 1, filters: { year } }).totals.mobilisedXof;
    const kpi = (year: number) => kpiSet(store, settings, yearPeriod(year)).values.find((v) => v.key === 'resourcesMobilised')!.value;
    // 2026: the convention max(3 000 000 pledged, 1 000 000 + 3 500 000 received) = 4 500 000, its in-kind 500 000,
    // the other signed opportunity 600 000, 100 USD × 600 = 60 000 → 5 660 000. 2025: 80 000.
    expect([mobilised(2026), mobilised(2025)]).toEqual([5_660_000, 80_000]);
    expect([kpi(2026), kpi(2025)]).toEqual([mobilised(2026), mobilised(2025)]);
  });
});
