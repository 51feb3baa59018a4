/**
 * « Tableau des engagements » through the built bundle: rewritten in one setValues after clearing the
 * old block (a shorter list leaves no stale line), the most urgent first, amounts in FCFA, and the
 * same lines after a user moved the Engagements columns and added one of their own.
 */
import { rows, values } from '../support/demo-sheets';
import { workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { USERS, seededPerFile } from '../support/workbooks';
import { conventionWithCommitments } from '../support/convention-draft';

let wb: OpportunityWorkbook;
const BOARD = 'Tableau des engagements';

const seeded = seededPerFile(() => {
  wb = workbookWithOpportunity();
  wb.call(
    'generateConvention',
    [
      conventionWithCommitments(wb.partnerId, {
        commitments: [
          { kind: 'Rapport narratif', label: 'Rapport final', due: '2026-06-30', party: 'Nous', owner: USERS.finance },
          { kind: 'Versement', label: 'Première tranche', due: '2026-03-02', party: 'Partenaire', owner: USERS.officer, amount: 750000 },
          { kind: 'Visibilité', label: 'Logo sur la bannière', due: '2026-03-20', party: 'Nous', risk: 'Élevé' },
          { kind: 'Versement', label: 'Appui en euros', due: '2026-03-05', party: 'Partenaire', amount: 1000, currency: 'EUR' },
        ],
      }),
    ],
    { user: USERS.officer },
  );
  wb.world.log.reset();
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const board = () => values(wb, BOARD);
const idOf = (label: string) => rows(wb, 'Engagements').find((r) => r['Libellé'] === label)!.ID as string;

/** A user drags « Échéance » to column B and adds their own column C in Engagements. */
function reorderEngagements(): void {
  wb.world.run(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const from = headers.indexOf('Échéance') + 1;
    const column = sheet.getRange(1, from, sheet.getLastRow(), 1).getValues();
    sheet.insertColumnBefore(2);
    sheet.getRange(1, 2, column.length, 1).setValues(column);
    sheet.deleteColumn(from + 1);
    sheet.insertColumnBefore(3);
    sheet.getRange(1, 3).setValues([['Mes notes']]);
  });
}

describe('refreshCommitmentBoard', () => {
  it('writes the whole board in one setValues, the longest late first, done and cancelled last, amounts in FCFA', () => {
    wb.call('cancelCommitment', [idOf('Logo sur la bannière'), 'Pas de bannière'], { user: USERS.officer });
    wb.world.log.reset();
    expect(wb.call('refreshCommitmentBoard', [], { user: USERS.officer })).toEqual({ commitments: 4 });
    expect(wb.world.log.count('Range.setValues')).toBe(1);
    const v = board();
    expect(v[0].join(' | ')).toBe(
      'Convention | Partenaire | Nature | Libellé | Partie | Responsable | Échéance | Statut | Jours de retard | Montant (FCFA) | Risque',
    );
    // Today is 12 March 2026 (the test clock).
    expect(v.slice(1).map((r) => [r[3], r[7], r[8], r[9], r[10]])).toEqual([
      ['Première tranche', 'À venir', 10, 750000, ''],
      ['Appui en euros', 'À venir', 7, 655957, ''],
      ['Rapport final', 'À venir', '', '', ''],
      ['Logo sur la bannière', 'Annulé', '', '', 'Élevé'],
    ]);
    expect(v[1][1]).toBe(rows(wb, 'Partenaires')[0].Nom);
  });

  it('clears the old block: a shorter board leaves no line behind; a moved column in Engagements changes nothing', () => {
    wb.call('refreshCommitmentBoard', [], { user: USERS.officer });
    const before = board();
    reorderEngagements();
    wb.world.log.reset();
    wb.call('refreshCommitmentBoard', [], { user: USERS.officer });
    expect(wb.world.log.count('Range.setValues')).toBe(1);
    expect(board()).toEqual(before);
    // Rows deleted by hand: the sheet holds the new, shorter board only.
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!.deleteRows(3, 3));
    wb.call('refreshCommitmentBoard', [], { user: USERS.officer });
    expect(board()).toEqual([before[0], before.find((r) => r[3] === 'Rapport final')]);
  });

  it('is refused to a reader', () => {
    expect(() => wb.call('refreshCommitmentBoard', [], { user: USERS.reader })).toThrow(/Accès refusé|lecteur/);
  });
});

describe('the board kept up to date without anyone asking', () => {
  const boardLabels = () =>
    board()
      .slice(1)
      .map((r) => r[3]);

  it('is rewritten by the hourly dispatcher once a day, after the night’s statuses', () => {
    wb.world.clock.set(new Date('2026-03-13T06:30:00Z'));
    wb.call('runScheduledJobs', [], { user: USERS.admin });
    expect(boardLabels()).toHaveLength(4);
    expect(board()[1]).toEqual(expect.arrayContaining(['En retard']));
    wb.call('addCommitment', [{ conventionId: 'CONV-0001', kind: 'Autre', label: 'Visite de terrain', due: '2026-04-10', party: 'Nous' }], {
      user: USERS.officer,
    });
    wb.world.clock.set(new Date('2026-03-13T09:30:00Z'));
    wb.call('runScheduledJobs', [], { user: USERS.admin });
    expect(boardLabels()).toHaveLength(4);
    wb.world.clock.set(new Date('2026-03-14T06:30:00Z'));
    wb.call('runScheduledJobs', [], { user: USERS.admin });
    expect(boardLabels()).toContain('Visite de terrain');
  });

  it('« Tableau des engagements » in the menu rewrites it and shows it; refused to a reader', () => {
    expect(wb.call('showCommitmentBoard', [], { user: USERS.officer })).toEqual({ commitments: 4 });
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName())).toBe(BOARD);
    expect(boardLabels()).toHaveLength(4);
    expect(() => wb.call('showCommitmentBoard', [], { user: USERS.reader })).toThrow(/Accès refusé|lecteur/);
  });
});
