/** Amounts in other currencies reach the FCFA totals through the dated rate kept in Paramètres. */
import type { Board, OpportunityCard } from '../../src/domain/contracts';
import { parseSettings } from '../../src/domain/settings/settings';
import { formatMoney } from '../../src/domain/format/french';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([partner({ name: 'National Endowment for Democracy', acronym: 'NED', type: 'Fondation' })]);
  // An amount in dollars, and one in FCFA at the same stage: the column's total holds both.
  for (const [title, amount, currency] of [
    ['Clubs citoyens dans les lycées', 85_000, 'USD'],
    ['Radio des jeunes', 2_000_000, 'XOF'],
  ] as const)
    wb.call('saveOpportunity', [{ partnerId: wb.partnerIds[0], title, stage: 'Note conceptuelle', amount, currency }], { user: USERS.officer });
  return wb;
});

const ned = (board: Board): OpportunityCard => board.columns.flatMap((c) => c.cards).find((c) => c.title === 'Clubs citoyens dans les lycées')!;
const board = () => wb.call('getBoard', [{}], { user: USERS.officer });

/** Adds rows to Paramètres as a user types them, then lets Pacte hear the edit (settings are cached). */
function addSettingsRows(rows: string[][]): void {
  wb.world.run(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!;
    const range = sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 4);
    range.setValues(rows);
    (wb.context.onEdit as (e: unknown) => void)({ range });
  });
}

const saveOpportunity = (title: string, amount: number, currency: string): OpportunityCard =>
  wb.call('saveOpportunity', [{ partnerId: wb.partnerIds[0], title, stage: 'Contact', amount, currency }], { user: USERS.officer }) as OpportunityCard;

const cardOf = (title: string): OpportunityCard =>
  board()
    .columns.flatMap((c) => c.cards)
    .find((c) => c.title === title)!;

function setUsdRate(value: string): void {
  wb.world.run(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!;
    const rows = sheet.getDataRange().getValues();
    const row = rows.findIndex((r) => r[0] === 'Taux de change' && r[1] === 'USD') + 1;
    sheet.getRange(row, 3, 1, 2).setValues([[`'${value}`, 'taux du 1er mars 2026']]);
    (wb.context.onEdit as (e: unknown) => void)({ range: sheet.getRange(row, 3) });
  });
}

describe('exchange rates (Paramètres › Taux de change)', () => {
  it('reads rates in French notation, dated by their comment, and ignores empty or unknown ones', () => {
    const s = parseSettings([
      { section: 'Taux de change', key: 'usd', value: '602,35', note: '' },
      { section: 'Taux de change', key: 'GBP', value: '', note: '' },
      { section: 'Taux de change', key: 'Dollar', value: '600', note: 'taux du 1er mars 2026' },
      { section: 'Taux de change', key: 'Florin', value: '3', note: '' },
      { section: 'Taux de change', key: 'livre sterling', value: '760', note: '15/01/2026' },
    ]);
    expect(s.rates).toEqual({
      USD: [
        { from: '', rate: 602.35 },
        { from: '2026-03-01', rate: 600 },
      ],
      GBP: [{ from: '2026-01-15', rate: 760 }],
    });
  });

  it('leaves a USD amount out of the FCFA totals until a rate is entered, then converts it', () => {
    const before = board();
    expect(ned(before)).toMatchObject({ amount: 85000, currency: 'USD', amountXof: null });
    const column = (b: Board) => b.columns.find((c) => c.stage === ned(b).stage)!;
    setUsdRate('600');
    const after = board();
    expect(ned(after).amountXof).toBe(51_000_000);
    expect(column(after).total - column(before).total).toBe(51_000_000);
  });

  it('stores « FCFA » typed as Devise as XOF, shown in FCFA', () => {
    saveOpportunity('Université d’été', 1_500_000, 'FCFA');
    const stored = wb.world.run(() => {
      const values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Opportunités')!.getDataRange().getValues();
      const row = values.find((r) => r.includes('Université d’été'))!;
      return row[values[0].indexOf('Devise')];
    });
    expect(stored).toBe('XOF');
    const card = cardOf('Université d’été');
    expect(card).toMatchObject({ currency: 'XOF', amountXof: 1_500_000 });
    // What the pipeline card prints.
    expect(formatMoney(card.amountXof!)).toBe('1\u00a0500\u00a0000\u00a0FCFA');
  });

  it('converts pounds sterling at the rate in force today, none before a rate is entered', () => {
    saveOpportunity('Bourses Chevening', 10_000, 'livres sterling');
    expect(cardOf('Bourses Chevening')).toMatchObject({ currency: 'GBP', amount: 10_000, amountXof: null });
    // Today is 12 March 2026: the April rate is not yet in force.
    addSettingsRows([
      ['Taux de change', 'GBP', '760', 'taux du 1er janvier 2026'],
      ['Taux de change', 'GBP', '800', 'taux du 1er avril 2026'],
    ]);
    expect(cardOf('Bourses Chevening').amountXof).toBe(7_600_000);
  });
});
