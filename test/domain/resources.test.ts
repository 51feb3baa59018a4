import { fedRows, rootsOf, type FeedInput, type ResourceRow } from '../../src/domain/resources/feed';
import { planSync } from '../../src/domain/resources/sync-plan';
import { resourceTotals, type TotalsContext } from '../../src/domain/resources/totals';
import { valueResource } from '../../src/domain/resources/valuing';
import { defaultValuationRows, parseValuation } from '../../src/domain/resources/valuation';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import type { Row } from '../../src/domain/schema/field';
import type { CONVENTIONS, OPPORTUNITIES } from '../../src/domain/schema/tables';

type Convention = Row<typeof CONVENTIONS>;
type Opportunity = Row<typeof OPPORTUNITIES>;

const convention = (c: Partial<Convention>): Convention =>
  ({
    partnerId: 'PAR-1',
    type: 'Convention de partenariat',
    status: 'Signée',
    startDate: '2026-02-01',
    amount: null,
    inKind: null,
    currency: 'XOF',
    amends: '',
    opportunityId: '',
    inKindDescription: '',
    ...c,
  }) as Convention;
const opportunity = (o: Partial<Opportunity>): Opportunity =>
  ({ partnerId: 'PAR-2', title: 'Appui', stage: 'Signée', amount: 1_000_000, currency: 'XOF', decisionDate: '2026-03-01', axis: 'Axe A', ...o }) as Opportunity;

const USD = {
  USD: [
    { from: '2026-01-01', rate: 600 },
    { from: '2026-06-01', rate: 560 },
  ],
};

function feed(conventions: Convention[], opportunities: Opportunity[] = [], rates: FeedInput['rates'] = USD) {
  return fedRows({ conventions, opportunities, signedOn: new Map(), rates, fallbackDate: () => '2026-12-31' });
}

/** The register after the feed: existing rows with the plan applied (inserts get RES-n IDs). */
function apply(existing: ResourceRow[], conventions: Convention[], opportunities: Opportunity[] = []): ResourceRow[] {
  const plan = planSync(
    existing.map((record, i) => ({ row: i + 2, record })),
    feed(conventions, opportunities),
    USD,
    '2026-12-01 10:00:00',
  );
  const rows = existing.map((r) => ({ ...r }));
  for (const c of plan.changes) (rows[c.row - 2] as Record<string, unknown>)[c.field] = c.after;
  plan.inserts.forEach((d, i) =>
    rows.push({ ...d, id: `RES-${existing.length + i + 1}`, archivedAt: '', inKindCategory: '', quantity: null, partnerName: '' } as ResourceRow),
  );
  return rows;
}

const live = (rows: ResourceRow[]) => rows.filter((r) => !r.archivedAt);

const ctx = (conventions: Convention[], target: number | null = null): TotalsContext => {
  const rootOf = rootsOf(conventions);
  return {
    rootOf,
    conventionOfOpportunity: new Map(conventions.filter((c) => c.opportunityId).map((c) => [c.opportunityId, rootOf.get(c.id) ?? c.id])),
    partners: new Map([
      ['PAR-1', { name: 'Fondation A', type: 'Fondation' }],
      ['PAR-2', { name: 'Ambassade B', type: 'Ambassade' }],
    ]),
    target,
    top: 20,
  };
};

describe('valuation grid (Paramètres › Valorisation)', () => {
  it('writes one default row per category and reads rates and units back', () => {
    const grid = parseValuation(defaultValuationRows().map((r) => ({ key: r.key, value: r.value, note: r.note })));
    expect(grid['Temps de personnel']).toEqual({ rate: 25_000, unit: 'par jour' });
    expect(grid.Autre).toBeUndefined();
    expect(parseSettings(defaultSettingsRows('AMADE')).valuation).toEqual(grid);
  });

  it('reads the annual target of « Objectifs » as the KPI panel does, none when absent', () => {
    const target = (rows: { key: string; value: string }[]) => parseSettings(rows.map((r) => ({ section: 'Objectifs', ...r }))).resourcesTarget;
    expect(target([{ key: 'Ressources mobilisées', value: '150 000 000' }])).toBe(150_000_000);
    expect(target([{ key: 'Ressources mobilisées (6 mois)', value: '60 000 000' }])).toBe(120_000_000);
    expect(target([])).toBeNull();
    expect(parseSettings(defaultSettingsRows('AMADE')).resourcesTarget).toBe(100_000_000);
  });
});

describe('valueResource', () => {
  const grid = { 'Temps de personnel': { rate: 25_000, unit: 'par jour' } };
  const base = { kind: 'En nature', amount: '', currency: '', quantity: 3, inKindCategory: 'Temps de personnel', date: '2026-03-02' } as const;

  it('values an in-kind contribution by quantity × rate when the amount is blank', () => {
    expect(valueResource(base, grid, USD, 'Ressource')).toEqual({ amount: 75_000, currency: 'XOF', amountXof: 75_000 });
  });

  it('keeps a typed amount over the grid', () => {
    expect(valueResource({ ...base, amount: '40 000' }, grid, USD, 'Ressource').amount).toBe(40_000);
  });

  it('refuses, naming the row and the field, when there is neither amount nor quantity', () => {
    expect(() => valueResource({ ...base, quantity: '' }, grid, USD, 'Ressource RES-0004')).toThrow(
      /^Ressource RES-0004, champ « Montant » : indiquez la valeur en FCFA/,
    );
    expect(() => valueResource({ ...base, inKindCategory: 'Locaux' }, grid, USD, 'Ressource')).toThrow(
      /« Locaux » n’a pas de taux dans Paramètres › Valorisation/,
    );
    expect(() => valueResource({ ...base, kind: 'Financière' }, grid, USD, 'Ressource')).toThrow(/champ « Montant » : indiquez le montant/);
    expect(() => valueResource({ ...base, quantity: -2 }, grid, USD, 'Ressource')).toThrow(/champ « Quantité »/);
  });

  it('converts cash at the rate of its date; FCFA is XOF', () => {
    const cash = { ...base, kind: 'Financière', amount: 1000, currency: 'USD' };
    expect(valueResource({ ...cash, date: '2026-03-02' }, grid, USD, 'R').amountXof).toBe(600_000);
    expect(valueResource({ ...cash, date: '2026-07-01' }, grid, USD, 'R').amountXof).toBe(560_000);
    expect(valueResource({ ...cash, currency: 'FCFA', amount: 5 }, grid, USD, 'R')).toEqual({ amount: 5, currency: 'XOF', amountXof: 5 });
  });

  it('keeps a row without a rate with an empty FCFA value, never 0', () => {
    expect(valueResource({ ...base, kind: 'Financière', amount: 1000, currency: 'GBP' }, grid, USD, 'R')).toEqual({
      amount: 1000,
      currency: 'GBP',
      amountXof: null,
    });
  });
});

describe('the feed', () => {
  const c3 = convention({ id: 'CONV-3', amount: 1000, currency: 'USD', inKind: 500_000, inKindDescription: 'Salle', opportunityId: 'OPP-1' });

  it('feeds cash and in-kind pledges of effective conventions, and signed opportunities no convention carries', () => {
    const rows = feed(
      [c3, convention({ id: 'CONV-4', status: 'Brouillon', amount: 9 })],
      [opportunity({ id: 'OPP-1' }), opportunity({ id: 'OPP-2' }), opportunity({ id: 'OPP-9', stage: 'Négociation' })],
    );
    expect(rows.map((r) => [r.source, r.kind, r.amountXof, r.status])).toEqual([
      ['Convention CONV-3 — numéraire', 'Financière', 600_000, 'Promise'],
      ['Convention CONV-3 — nature', 'En nature', 500_000, 'Promise'],
      ['Opportunité OPP-2', 'Financière', 1_000_000, 'Promise'],
    ]);
    expect(rows[0].axis).toBe('Axe A');
  });

  it('a second run changes nothing (idempotent)', () => {
    const once = apply([], [c3], [opportunity({ id: 'OPP-2' })]);
    expect(
      planSync(
        once.map((record, i) => ({ row: i + 2, record })),
        feed([c3], [opportunity({ id: 'OPP-2' })]),
        USD,
        'x',
      ),
    ).toEqual({ inserts: [], changes: [] });
  });

  it('updates the row of a convention whose amount changed, rather than adding one', () => {
    const once = apply([], [c3]);
    const twice = apply(once, [{ ...c3, amount: 2000 }]);
    expect(twice).toHaveLength(2);
    expect(twice[0]).toMatchObject({ amount: 2000, amountXof: 1_200_000 });
  });

  it('an amendment replaces the figures of the convention it amends', () => {
    const avenant = convention({ id: 'CONV-5', type: 'Avenant', amends: 'CONV-3', startDate: '2026-05-01', amount: 1500, currency: 'USD' });
    const rows = apply(apply([], [c3]), [c3, avenant]);
    expect(live(rows).map((r) => [r.source, r.amount, r.conventionId])).toEqual([
      ['Convention CONV-3 — numéraire', 1500, 'CONV-3'],
      ['Convention CONV-3 — nature', 500_000, 'CONV-3'],
    ]);
    expect(rows[0].label).toMatch(/avenant CONV-5/);
  });

  it('archives the opportunity row once a convention carries it, and the pledge of a terminated convention (the opportunity comes back)', () => {
    const first = apply([], [], [opportunity({ id: 'OPP-1' })]);
    const then = apply(first, [c3], [opportunity({ id: 'OPP-1' })]);
    expect(live(then).map((r) => r.source)).toEqual(['Convention CONV-3 — numéraire', 'Convention CONV-3 — nature']);
    const ended = apply(then, [{ ...c3, status: 'Résiliée' }], [opportunity({ id: 'OPP-1' })]);
    expect(live(ended).map((r) => r.source)).toEqual(['Opportunité OPP-1']);
    expect(ended).toHaveLength(3);
  });

  it('keeps the FCFA value at the rate of its date, and fills a blank one once the rate is entered', () => {
    const gbp = convention({ id: 'CONV-7', amount: 100, currency: 'GBP' });
    const [row] = apply([], [gbp]);
    expect(row.amountXof).toBeNull();
    const withRate = planSync([{ row: 2, record: row }], feed([gbp], [], { GBP: 780 }), { GBP: 780 }, 'x');
    expect(withRate.changes).toEqual([{ row: 2, id: 'RES-1', field: 'amountXof', before: null, after: 78_000 }]);
    const typed = { ...row, id: 'RES-9', source: '', amountXof: null } as ResourceRow;
    expect(planSync([{ row: 3, record: typed }], [], { GBP: 780 }, 'x').changes.map((c) => [c.field, c.after])).toEqual([['amountXof', 78_000]]);
  });
});

describe('totals: nothing counted twice', () => {
  const c3 = convention({ id: 'CONV-3', amount: 1_000_000, opportunityId: 'OPP-1', partnerId: 'PAR-1' });
  const receipt = (amountXof: number, extra: Partial<ResourceRow> = {}): ResourceRow =>
    ({
      id: `RES-R${amountXof}`,
      partnerId: 'PAR-1',
      date: '2026-04-01',
      kind: 'Financière',
      amount: amountXof,
      currency: 'XOF',
      amountXof,
      status: 'Reçue',
      conventionId: 'CONV-3',
      opportunityId: '',
      axis: '',
      source: '',
      archivedAt: '',
      ...extra,
    }) as ResourceRow;

  it('a receipt against a pledged convention does not add to its pledge: mobilised = max(promised, received)', () => {
    const rows = [...live(apply([], [c3])), receipt(400_000)];
    const t = resourceTotals(rows, ctx([c3]));
    expect([t.mobilisedXof, t.promisedXof, t.receivedXof]).toEqual([1_000_000, 1_000_000, 400_000]);
  });

  it('receipts beyond the pledge count in full', () => {
    const rows = [...live(apply([], [c3])), receipt(700_000), receipt(600_000, { id: 'RES-X' })];
    expect(resourceTotals(rows, ctx([c3])).mobilisedXof).toBe(1_300_000);
  });

  it('a receipt against an amendment or against the opportunity counts with the convention', () => {
    const avenant = convention({ id: 'CONV-5', amends: 'CONV-3', amount: 1_200_000, startDate: '2026-05-01' });
    const rows = [
      ...live(apply([], [c3, avenant])),
      receipt(500_000, { conventionId: 'CONV-5' }),
      receipt(300_000, { conventionId: '', opportunityId: 'OPP-1' }),
    ];
    expect(resourceTotals(rows, ctx([c3, avenant])).mobilisedXof).toBe(1_200_000);
  });

  it('cash and in-kind are separate contributions; rows without a rate are counted apart', () => {
    const rows = [
      ...live(apply([], [{ ...c3, inKind: 200_000 }])),
      receipt(50_000, { kind: 'En nature' }),
      receipt(0, { id: 'RES-G', amountXof: null, currency: 'GBP', amount: 10, conventionId: '' }),
    ];
    const t = resourceTotals(rows, ctx([c3], 2_400_000));
    expect(t.byKind).toEqual([
      { key: 'Financière', amountXof: 1_000_000 },
      { key: 'En nature', amountXof: 200_000 },
    ]);
    expect([t.mobilisedXof, t.missingRate, t.targetPercent]).toEqual([1_200_000, 1, 50]);
  });

  it('totals by partner type and axis; only the top partners listed, the rest counted', () => {
    const rows = [receipt(100, { conventionId: '', axis: 'Axe A' }), receipt(300, { id: 'R2', conventionId: '', partnerId: 'PAR-2' })];
    const t = resourceTotals(rows, { ...ctx([]), top: 1 });
    expect(t.byPartnerType).toEqual([
      { key: 'Ambassade', amountXof: 300 },
      { key: 'Fondation', amountXof: 100 },
    ]);
    expect(t.byAxis).toEqual([
      { key: 'Sans axe', amountXof: 300 },
      { key: 'Axe A', amountXof: 100 },
    ]);
    expect(t.byPartner).toEqual([{ key: 'PAR-2', name: 'Ambassade B', amountXof: 300 }]);
    expect(t.otherPartners).toEqual({ count: 1, amountXof: 100 });
    expect(t.target).toBeNull();
  });
});
