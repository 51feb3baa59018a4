/** The sheet store: whole-table reads, header-mapped columns, validated block writes, Journal. */
import { SheetTable } from '../../src/services/sheet-table';
import { PARTNERS, JOURNAL } from '../../src/domain/schema/tables';
import { ValidationError } from '../../src/domain/records/validate';
import { checkRows } from '../../src/domain/records/row-problems';
import { setupWorkbook, partnerInput, reorderAsUser, STAFF, type TestWorkbook } from '../support/workbook';

let wb: TestWorkbook;
beforeEach(() => {
  wb = setupWorkbook();
});

const open = (user = STAFF) => SheetTable.open(wb.ctx(user), PARTNERS);
const insert = (inputs: Record<string, unknown>[], user = STAFF) => wb.world.run(() => open(user).insert(inputs), { user });

function seed(n: number): void {
  insert(Array.from({ length: n }, (_, i) => partnerInput({ name: `Partenaire ${i + 1}`, acronym: `P${i + 1}` })));
  wb.world.log.reset();
}

describe('reading', () => {
  it('reads the whole table with one getValues call, whatever the number of rows', () => {
    seed(10);
    wb.world.run(() => open().all());
    const small = wb.world.log.snapshot();
    seed(1000);
    wb.world.run(() => expect(open().all()).toHaveLength(1010));
    expect(small).toMatchObject({ 'Sheet.getSheetValues': 1, 'Spreadsheet.getSheetByName': 1 });
    expect(Object.keys(small).filter((k) => /^(Range|Sheet)\./.test(k))).toEqual(['Sheet.getSheetValues']);
    expect(wb.world.log.snapshot()).toEqual(small);
  });

  it('finds columns by header after a user reorders them and adds a column of their own', () => {
    insert([partnerInput({ name: 'ONU Femmes', region: 'Bamako' })]);
    reorderAsUser(wb, 'Partenaires', 'Région', 2, { header: 'Mon suivi', at: 3 });
    const rec = wb.world.run(() => open().all()[0].record);
    expect(rec).toMatchObject({ id: 'PAR-0001', name: 'ONU Femmes', region: 'Bamako', type: 'OSC' });
  });

  it('names the missing column and how to restore it, in French', () => {
    wb.world.run(() =>
      wb
        .sheet('Partenaires')
        .getRange(1, 4)
        .setValues([['Typologie']]),
    );
    expect(() => wb.world.run(() => open())).toThrow(
      /Feuille « Partenaires » : colonne introuvable en ligne 1 : « Type »\. Lancez Pacte → Initialiser le classeur/,
    );
  });

  it('names a missing sheet', () => {
    wb.world.run(() => wb.spreadsheet.deleteSheet(wb.sheet('Partenaires')));
    expect(() => wb.world.run(() => open())).toThrow('La feuille « Partenaires » est introuvable. Lancez Pacte → Initialiser le classeur pour la créer.');
  });
});

describe('reading cells as their declared type', () => {
  /** What an editor types straight into the sheet, in the columns « Alignement (0-5) », « Prochaine échéance », « Téléphone ». */
  function typeInSheet(cells: Record<string, unknown>): void {
    wb.world.run(() => {
      const sheet = wb.sheet('Partenaires');
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      for (const [header, value] of Object.entries(cells)) sheet.getRange(2, headers.indexOf(header) + 1).setValue(value);
    });
  }

  it('reads an empty amount or score as null and numeric text as a number', () => {
    insert([partnerInput({ name: 'ONU Femmes' })]);
    typeInSheet({ 'Potentiel (0-5)': '4', Téléphone: 76123456 });
    const { record, unfit } = wb.world.run(() => open().all()[0]);
    expect(record).toMatchObject({ alignment: null, potential: 4, phone: '76123456', priority: null });
    expect(unfit).toBeUndefined();
  });

  it('reads a cell that does not fit its type as empty, keeps what was typed for the row problem, and clears it on request', () => {
    insert([partnerInput({ name: 'ONU Femmes' })]);
    typeInSheet({ 'Alignement (0-5)': 'beaucoup', 'Prochaine échéance': 'hier' });
    const stored = wb.world.run(() => open().all()[0]);
    expect(stored.record).toMatchObject({ alignment: null, nextDue: '' });
    expect(stored.unfit).toEqual({ alignment: 'beaucoup', nextDue: 'hier' });
    expect(checkRows(PARTNERS, [stored])[0].problems).toEqual([
      "Partenaires, ligne 2, colonne « Alignement (0-5) » : « beaucoup » n'est pas valide (attendu : un nombre entre 0 et 5).",
      "Partenaires, ligne 2, colonne « Prochaine échéance » : « hier » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    ]);
    // Emptying the field is a change: the typed text leaves the sheet.
    wb.world.run(() => open().update('PAR-0001', { alignment: null }), { user: STAFF });
    expect(wb.world.run(() => open().all()[0].unfit)).toEqual({ nextDue: 'hier' });
  });
});

describe('inserting', () => {
  it('gives sequential IDs, audit columns and writes all rows in one block', () => {
    const created = insert([partnerInput({ name: 'A' }), partnerInput({ name: 'B' }), partnerInput({ name: 'C' })]);
    expect(created.map((r) => r.id)).toEqual(['PAR-0001', 'PAR-0002', 'PAR-0003']);
    expect(created[0]).toMatchObject({ updatedBy: STAFF });
    expect(String(created[0].createdAt)).toMatch(/^2026-03-12T\d\d:\d\d:\d\d$/);
    wb.world.log.reset();
    insert(Array.from({ length: 100 }, (_, i) => partnerInput({ name: `N${i}` })));
    expect(wb.world.log.count('Range.setValues')).toBe(2); // the partners block + the Journal block
  });

  it('stores formula-like and number-like text exactly as typed, never as a formula', () => {
    const evil = ['=HYPERLINK("http://x.example","clic")', '+1', '-2+3', '@A1', '007', "'cité"];
    insert(evil.map((name) => partnerInput({ name })));
    const sheet = wb.sheet('Partenaires');
    const col = wb.values('Partenaires')[0].indexOf('Nom') + 1;
    const [names, formulas] = wb.world.run(() => {
      const range = sheet.getRange(2, col, evil.length, 1);
      return [range.getValues().map((r) => r[0]), range.getFormulas().map((r) => r[0])];
    });
    expect(names).toEqual(evil);
    expect(formulas.every((f) => f === '')).toBe(true);
  });

  it('writes nothing when one row is invalid, and names each bad row and column', () => {
    insert([partnerInput()]);
    const before = wb.values('Partenaires');
    const journalBefore = wb.values('Journal');
    let error: ValidationError | undefined;
    try {
      insert([partnerInput({ name: 'Bon' }), partnerInput({ name: '', type: 'Ongg' }), partnerInput({ alignment: '9' })]);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message.split('\n')).toEqual([
      'Partenaires, ligne 4, colonne « Nom » : ce champ est obligatoire.',
      expect.stringMatching(/^Partenaires, ligne 4, colonne « Type » : « Ongg » n'est pas valide \(attendu : une des valeurs : OSC,/),
      "Partenaires, ligne 5, colonne « Alignement (0-5) » : « 9 » n'est pas valide (attendu : un nombre entre 0 et 5).",
    ]);
    expect(wb.values('Partenaires')).toEqual(before);
    expect(wb.values('Journal')).toEqual(journalBefore);
  });

  it('never hands out an ID twice, even after the last row was deleted', () => {
    insert([partnerInput({ name: 'A' }), partnerInput({ name: 'B' })]);
    wb.world.run(() => wb.sheet('Partenaires').deleteRow(3));
    expect(insert([partnerInput({ name: 'C' })])[0].id).toBe('PAR-0003');
  });

  it('grows the sheet when the rows do not fit', () => {
    const max = wb.world.run(() => wb.sheet('Partenaires').getMaxRows());
    insert(Array.from({ length: max + 5 }, (_, i) => partnerInput({ name: `N${i}` })));
    expect(wb.world.run(() => open().all())).toHaveLength(max + 5);
  });
});

describe('updating', () => {
  it('rewrites only the changed cells of one row, not the sheet', () => {
    seed(50);
    wb.world.run(() => open().update('PAR-0020', { region: 'Ségou' }), { user: STAFF });
    // One run (Région … neighbouring Pacte columns) for the row, one for the audit columns, one Journal append.
    expect(wb.world.log.count('Range.setValues')).toBeLessThanOrEqual(3);
    const rows = wb.world.run(() => open().all());
    expect(rows.filter((r) => r.record.region === 'Ségou').map((r) => r.record.id)).toEqual(['PAR-0020']);
  });

  it("leaves the user's own columns alone, even a formula between Pacte's columns", () => {
    insert([partnerInput({ name: 'ONU Femmes' })]);
    reorderAsUser(wb, 'Partenaires', 'Région', 2, { header: 'Mon suivi', at: 3 });
    wb.world.run(() => wb.sheet('Partenaires').getRange(2, 3).setFormula('=LEN(C2)'));
    wb.world.run(() => open().update('PAR-0001', { region: 'Kayes', acronym: 'ONUF', name: 'ONU Femmes Mali' }), { user: STAFF });
    expect(wb.world.run(() => wb.sheet('Partenaires').getRange(2, 3).getFormula())).toBe('=LEN(C2)');
    expect(wb.world.run(() => open().get('PAR-0001')!.record)).toMatchObject({ region: 'Kayes', acronym: 'ONUF', name: 'ONU Femmes Mali' });
  });

  it('journals each changed field with who, when, before and after', () => {
    insert([partnerInput({ stage: 'Analyse' })]);
    wb.world.run(() => open().update('PAR-0001', { stage: 'Approbation', region: 'Bamako' }), { user: STAFF });
    const journal = wb.world.run(() =>
      SheetTable.open(wb.ctx(), JOURNAL)
        .all()
        .map((s) => s.record),
    );
    expect(journal.at(-1)).toMatchObject({
      user: STAFF,
      sheet: 'Partenaires',
      recordId: 'PAR-0001',
      action: 'modification',
      field: 'Statut du cycle',
      before: 'Analyse',
      after: 'Approbation',
    });
    expect(journal.filter((j) => j.action === 'modification')).toHaveLength(1); // region did not change
  });

  it('refuses a bad value with the row number and writes nothing', () => {
    seed(3);
    const before = wb.values('Partenaires');
    expect(() => wb.world.run(() => open().update('PAR-0002', { nextDue: '2026-02-30' }))).toThrow(
      "Partenaires, ligne 3, colonne « Prochaine échéance » : « 2026-02-30 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    );
    expect(wb.values('Partenaires')).toEqual(before);
  });

  it('reports an unknown ID in French', () => {
    expect(() => wb.world.run(() => open().update('PAR-9999', { region: 'Kayes' }))).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-9999 ».");
  });
});

describe('dates', () => {
  it('writes a day as that day in the spreadsheet time zone and reads it back unchanged', () => {
    wb = setupWorkbook({ timeZone: 'Africa/Niamey' });
    insert([partnerInput({ nextDue: '12/03/2026' })]);
    const col = wb.values('Partenaires')[0].indexOf('Prochaine échéance') + 1;
    expect(wb.world.run(() => wb.sheet('Partenaires').getRange(2, col).getDisplayValue())).toBe('12/03/2026');
    expect(wb.world.run(() => open().get('PAR-0001')!.record.nextDue)).toBe('2026-03-12');
  });
});
