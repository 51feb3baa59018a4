/**
 * The register of resources through the built bundle: an in-kind contribution valued with the
 * grid « Initialiser » wrote, who may write, the feed from a signed convention written in a few
 * blocks and never twice, and the page with its totals for a reader.
 */
import { CONVENTIONS, OPPORTUNITIES } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { rows } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

let wb: PartnersWorkbook;
let conventionId = '';

const seeded = seededPerFile(() => {
  wb = workbookWithPartners([partner({ name: 'Fondation Sahel' }), partner({ name: 'Coopération suisse' })]);
  wb.world.run(
    () => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin);
      const [opp] = SheetTable.open(ctx, OPPORTUNITIES).insert([
        {
          partnerId: wb.partnerIds[0],
          title: 'Appui jeunesse',
          stage: 'Signée',
          amount: 4_000_000,
          currency: 'XOF',
          axis: 'Leadership des jeunes et des femmes',
        },
      ]);
      [{ id: conventionId }] = SheetTable.open(ctx, CONVENTIONS).insert([
        {
          partnerId: wb.partnerIds[0],
          opportunityId: opp.id,
          type: 'Convention de partenariat',
          status: 'Active',
          startDate: '2026-01-15',
          amount: 10_000,
          inKind: 1_500_000,
          currency: 'EUR',
        },
      ]);
    },
    { user: USERS.admin, cause: 'test-seed' },
  );
  wb.world.log.reset();
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const register = () => rows(wb, 'Ressources');

describe('addResource', () => {
  it('values staff time with the default grid (25 000 FCFA per day) and writes the FCFA value with the row', () => {
    const item = wb.call('addResource', [{ kind: 'En nature', inKindCategory: 'Temps de personnel', quantity: 3, date: '2026-03-02', conventionId }], {
      user: USERS.finance,
    });
    expect(item).toMatchObject({ amount: 75_000, amountXof: 75_000, partnerName: 'Fondation Sahel', axis: 'Leadership des jeunes et des femmes' });
    expect(register()).toEqual([expect.objectContaining({ ID: item.id, 'Montant (FCFA)': 75_000, Statut: 'Reçue', Partenaire: 'Fondation Sahel' })]);
  });

  it('is refused to a reader, in French, before anything is written', () => {
    expect(() => wb.call('addResource', [{ kind: 'Financière', amount: 5, date: '2026-03-02', conventionId }], { user: USERS.reader })).toThrow(
      /^Accès refusé : cette action est réservée aux rôles admin, chargé, DAF/,
    );
    expect(register()).toEqual([]);
  });
});

describe('syncResources', () => {
  it('feeds the convention once in a few blocks, a second run writes nothing; the totals count a receipt once', () => {
    expect(wb.call('syncResources', [], { user: USERS.officer })).toEqual({ added: 2, updated: 0, archived: 0 });
    const writes = wb.world.log.count('Range.setValues');
    expect(writes).toBeLessThanOrEqual(6);
    expect(register().map((r) => [r.Source, r['Montant (FCFA)']])).toEqual([
      [`Convention ${conventionId} — numéraire`, 6_559_570],
      [`Convention ${conventionId} — nature`, 1_500_000],
    ]);
    wb.world.log.reset();
    expect(wb.call('syncResources', [], { user: USERS.officer })).toEqual({ added: 0, updated: 0, archived: 0 });
    expect(wb.world.log.count('Range.setValues')).toBe(0);

    wb.call('addResource', [{ kind: 'Financière', amount: 5000, currency: 'EUR', date: '2026-03-05', conventionId }], { user: USERS.officer });
    const page = wb.call('listResources', [{ year: 2026 }], { user: USERS.reader });
    expect(page.totals).toMatchObject({ mobilisedXof: 8_059_570, receivedXof: 3_279_785, target: 100_000_000 }); // the default annual target Initialiser writes
    expect(page.valuation[0]).toMatchObject({ label: expect.stringMatching(/^Temps de personnel — 25\s000\sFCFA par jour$/) });
  });
});
