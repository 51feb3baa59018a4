/**
 * A partner's lifecycle history is kept on its row (« Historique du cycle »), so its page costs the
 * same whatever the Journal's length; a workbook made before the column reads the Journal until
 * « Initialiser » adds the column and fills it once from the Journal.
 */
import { USERS, workbookWithPartners } from '../support/workbooks';

type Wb = ReturnType<typeof workbookWithPartners>;
const sheet = (name: string) => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
const headerColumn = (name: string, header: string) =>
  (sheet(name).getRange(1, 1, 1, sheet(name).getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;

function dropStageLogColumn(wb: Wb) {
  wb.world.run(() => sheet('Partenaires').deleteColumn(headerColumn('Partenaires', 'Historique du cycle')), { user: USERS.admin });
}

/** Copies of the Journal's first entry (another sheet's) until it holds `rows` rows. */
function growJournal(wb: Wb, rows: number) {
  wb.world.run(
    () => {
      const journal = sheet('Journal');
      const last = journal.getLastRow();
      const first = journal.getRange(2, 1, 1, journal.getLastColumn()).getValues()[0];
      const added = rows + 1 - last;
      if (last + added > journal.getMaxRows()) journal.insertRowsAfter(journal.getMaxRows(), last + added - journal.getMaxRows());
      journal.getRange(last + 1, 1, added, first.length).setValues(Array.from({ length: added }, () => first));
    },
    { user: USERS.admin },
  );
}

function partnerWithMoves(wb: Wb) {
  const { id } = wb.call('savePartner', [{ name: 'Association des jeunes de Kati', acronym: 'AJK', type: 'OSC' }, []], { user: USERS.officer });
  wb.call('movePartnerStage', [id, 'Analyse', 'Premier contact à Kati.'], { user: USERS.officer });
  return id;
}

const sheetsCallsOf = (wb: Wb, id: string) => {
  wb.world.log.reset();
  const detail = wb.call('getPartner', [id], { user: USERS.reader });
  return { calls: wb.world.log.sheetsCalls(), history: detail.stageHistory };
};

const EXPECTED = [
  { stage: 'Identification', at: '2026-03-12T09:00:00', by: USERS.officer },
  { stage: 'Analyse', at: '2026-03-12T09:00:00', by: USERS.officer, note: 'Premier contact à Kati.' },
];

it('the partner page costs the same Sheets calls with 1,000 and 50,000 Journal rows, the Journal unread', () => {
  const wb = workbookWithPartners([]);
  const id = partnerWithMoves(wb);
  growJournal(wb, 1_000);
  const small = sheetsCallsOf(wb, id);
  growJournal(wb, 50_000);
  const large = sheetsCallsOf(wb, id);
  expect(small.history).toEqual(EXPECTED);
  expect(large).toEqual(small);
  expect(large.calls).toBeLessThanOrEqual(15); // seven tables (two calls each, Évaluations and Événements included) and the spreadsheet: no Journal
});

it('a workbook made before the column shows the history from the Journal, then « Initialiser » fills the column once', () => {
  const wb = workbookWithPartners([]);
  dropStageLogColumn(wb);
  const id = partnerWithMoves(wb);
  const before = sheetsCallsOf(wb, id);
  expect(before.history).toEqual(EXPECTED);

  const report = wb.call('initialiseWorkbook', [], { user: USERS.admin });
  expect(report.addedColumns).toContain('Partenaires › Historique du cycle');
  const after = sheetsCallsOf(wb, id);
  expect(after.history).toEqual(EXPECTED);
  expect(after.calls).toBe(before.calls - 2);

  // Later moves add to the column; a second « Initialiser » rebuilds nothing.
  wb.call('movePartnerStage', [id, 'Identification'], { user: USERS.officer });
  expect(wb.call('initialiseWorkbook', [], { user: USERS.admin }).addedColumns).toEqual([]);
  expect(sheetsCallsOf(wb, id).history.map((h) => h.stage)).toEqual(['Identification', 'Analyse', 'Identification']);
});
