/**
 * One bad row never breaks a view. Any editor may type anything in a cell: a blank or « hier » in a date
 * column, « beaucoup » or 1e308 in an amount, a status the dropdown would refuse (after removing the
 * dropdown). Typed by hand in Versions, Conventions, Opportunités and Engagements, each such cell leaves
 * the convention page, the convention list, the pipeline board, Ma semaine and the partner's page working: the row is shown
 * with its problem (sheet, row, column, what is expected), no raw value (NaN, Infinity, 1e+308) reaches
 * the sidebar, and the other rows carry no problem.
 */
import { fullWorkbook, type FullWorkbook } from '../support/full-workbook';
import { seededPerFile, USERS } from '../support/workbooks';

/** Types `value` by hand in row 2 of `sheet`, column `header` (its dropdown removed first); returns the row's ID cells. */
function typeByHand(wb: FullWorkbook, sheet: string, header: string, value: unknown): { id: string; conventionId: string; partnerId: string } {
  return wb.world.run(
    () => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
      const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[];
      const cell = s.getRange(2, headers.indexOf(header) + 1);
      cell.clearDataValidations();
      cell.setValue(value);
      const row = s.getRange(2, 1, 1, headers.length).getValues()[0];
      return {
        id: String(row[headers.indexOf('ID')]),
        conventionId: String(row[headers.indexOf('ID convention')] ?? ''),
        partnerId: String(row[headers.indexOf('ID partenaire')] ?? ''),
      };
    },
    { user: USERS.admin, cause: 'hand' },
  );
}

const CASES: [string, string, unknown][] = [
  ['Versions', 'Généré le', 'hier'],
  ['Versions', 'Version', 'deux'],
  ['Versions', 'Lien Doc', ''],
  ['Conventions', 'Date de début', 'bientôt'],
  ['Conventions', 'Montant', 'beaucoup'],
  ['Conventions', 'Montant', 1e308],
  ['Conventions', 'Montant', -5],
  ['Conventions', 'Statut', 'Inventé'],
  ['Opportunités', 'Échéance', 'demain'],
  ['Opportunités', 'Montant demandé', 1e308],
  ['Opportunités', 'Montant demandé', 'beaucoup'],
  ['Opportunités', 'Étape', 'Inventée'],
  ['Opportunités', 'Probabilité (%)', 'forte'],
  ['Opportunités', 'Devise', 'XYZ'],
  ['Engagements', 'Échéance', ''],
  ['Engagements', 'Échéance', 'fin mars'],
  ['Engagements', 'Montant', 'beaucoup'],
  ['Engagements', 'Statut', 'Inventé'],
];

const RAW = /NaN|Infinity|undefined|e\+\d|\[object Object\]/;
const admin = { user: USERS.admin };
const seeded = seededPerFile(fullWorkbook);

describe('one bad row typed by hand', () => {
  it.each(CASES)('%s › %s = %p: every view works, the row shows its problem', (sheet, header, value) => {
    const wb = seeded();
    const { id, conventionId, partnerId } = typeByHand(wb, sheet, header, value);
    const list = wb.call('listConventions', [], admin);
    const target = sheet === 'Conventions' ? id : conventionId || list[0].id;
    const detail = wb.call('getConvention', [target], admin);
    const board = wb.call('getBoard', [{}], admin);
    const week = wb.call('getMyWeek', [], admin);
    const partner = wb.call('getPartner', [partnerId || detail.convention.partnerId], admin);
    for (const view of [list, detail, board, week, partner]) expect(JSON.stringify(view)).not.toMatch(RAW);

    const rows = {
      Conventions: [...list, detail.convention],
      Versions: detail.versions,
      Engagements: detail.commitments,
      Opportunités: [...board.columns.flatMap((c) => c.cards), ...(board.unplaced ?? [])],
    }[sheet]! as { problems?: string[] }[];
    if (sheet === 'Opportunités') expect(partner.opportunities.find((o) => o.id === id)?.problems?.length).toBeGreaterThan(0);
    const flagged = rows.filter((r) => r.problems?.length);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) expect(r.problems!.join(' ')).toMatch(new RegExp(`^${sheet}, ligne 2, colonne « ${header.replace(/[()%]/g, '\\$&')} » : `));
    // Only that row: every other row of every view is clean.
    const all: { id?: string; problems?: string[] }[] = [
      ...list,
      detail.convention,
      ...detail.versions,
      ...detail.commitments,
      ...board.columns.flatMap((c) => c.cards),
      ...(board.unplaced ?? []),
    ];
    expect(all.filter((r) => r.problems?.length && !flagged.includes(r) && !(sheet === 'Conventions' && r.id === id))).toEqual([]);
  });

  it.each([
    ['Versions', 'Généré le'],
    ['Conventions', 'Date de fin'],
    ['Engagements', 'Montant'],
  ])('%s › %s left blank (not required): every view works, no problem shown', (sheet, header) => {
    const wb = seeded();
    const { id, conventionId } = typeByHand(wb, sheet, header, '');
    const detail = wb.call('getConvention', [sheet === 'Conventions' ? id : conventionId], admin);
    expect(JSON.stringify(detail)).not.toMatch(/problems/);
    expect(wb.call('listConventions', [], admin).length).toBeGreaterThan(0);
    wb.call('getMyWeek', [], admin);
  });

  it('a huge amount in one opportunity leaves the column totals finite and the others counted', () => {
    const wb = seeded();
    const before = wb.call('getBoard', [{}], admin);
    const { id } = typeByHand(wb, 'Opportunités', 'Montant demandé', 1e308);
    const after = wb.call('getBoard', [{}], admin);
    const card = after.columns.flatMap((c) => c.cards).find((c) => c.id === id)!;
    expect(card.amount).toBeNull();
    const column = after.columns.find((c) => c.stage === card.stage)!;
    const old = before.columns.find((c) => c.stage === card.stage)!;
    const oldCard = old.cards.find((c) => c.id === id)!;
    expect(column.total).toBe(old.total - (oldCard.amountXof ?? 0));
  });
});
