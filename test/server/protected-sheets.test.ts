/**
 * Protected sheets and ranges (the emulator refuses, with Google's text, a write by a user who is
 * not an editor of the protection; the owner always may write). Pacte names the protected sheet and
 * what to do, in French, and leaves nothing half-written: a request refused at its second sheet or at
 * its Journal puts back what it had already written. Built bundle on the emulator.
 */
import { values as sheetValues } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin: ADMIN, officer: AWA } = USERS;

let wb: PartnersWorkbook;
/** A partner of Awa's, seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([partner({ owner: AWA })]);
  return wb;
});

const snapshot = () => ['Partenaires', 'Contacts', 'Journal', 'Textes longs'].map((s) => sheetValues(wb, s));

/** The owner (the admin here) protects `sheet`, or only its header row, for themselves only. */
function protect(sheet: string, headerOnly = false, warningOnly = false): void {
  wb.world.run(
    () => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
      const p = (headerOnly ? s.getRange(1, 1, 1, s.getLastColumn()).protect() : s.protect()).setDescription('Réservé à la direction');
      // Sheet.protect() returns the sheet's existing protection (the Journal has Pacte's warning-only one): made restrictive here.
      p.setWarningOnly(false);
      p.removeEditors(p.getEditors());
      if (warningOnly) p.setWarningOnly(true);
    },
    { user: ADMIN },
  );
}

const newPartner = { name: 'Association des jeunes de Ségou', acronym: 'AJS', type: 'OSC' };
const contacts = [{ name: 'Fatoumata Diarra', email: 'f.diarra@ajs.ml', primary: true }];
const save = (user: string = AWA) => wb.call('savePartner', [newPartner, contacts], { user });

describe('a chargé blocked by a protection', () => {
  it('on « Partenaires »: a French message naming the sheet and what to do; no row, no Journal entry', () => {
    protect('Partenaires');
    const before = snapshot();
    expect(() => save()).toThrow(
      /^La feuille « Partenaires » est protégée \(cellules A\d+:[A-Z]+\d+\) : vous ne pouvez pas y écrire\. Rien n'a été enregistré\. Demandez au propriétaire du classeur ou à un administrateur de vous ajouter aux éditeurs de cette protection \(Données → Protéger des feuilles et des plages\) ou de la retirer, puis recommencez\.$/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('on « Contacts » only: the partner written first is put back, with nothing journaled', () => {
    protect('Contacts');
    const before = snapshot();
    expect(() => save()).toThrow('La feuille « Contacts » est protégée');
    expect(snapshot()).toEqual(before);
  });

  it('on the Journal only: the partner and its contact are put back (both or neither)', () => {
    const [id] = wb.partnerIds;
    wb.call('savePartner', [{ id, notes: '=SOMME(A1:A3) reste du texte' }, []], { user: ADMIN });
    protect('Journal');
    const before = snapshot();
    expect(() => save()).toThrow(/^La feuille « Journal » est protégée \((nouvelle ligne|cellules )/);
    expect(snapshot()).toEqual(before);
    // An edit too: the changed cells are put back as they were (formula-like text stays text).
    expect(() => wb.call('savePartner', [{ id, nextAction: 'Rappeler', notes: 'autre note' }, []], { user: AWA })).toThrow('« Journal » est protégée');
    expect(snapshot()).toEqual(before);
    expect(sheetValues(wb, 'Partenaires')[1]).toContain('=SOMME(A1:A3) reste du texte');
  });

  it('the owner may still write, and the same request succeeds once the chargé is an editor of the protection', () => {
    protect('Journal');
    expect(save(ADMIN).id).toMatch(/^PAR-/);
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].addEditor(AWA), {
      user: ADMIN,
    });
    const { id } = wb.call('savePartner', [{ ...newPartner, name: 'Autre association', acronym: 'AA' }, []], { user: AWA });
    expect(sheetValues(wb, 'Journal').some((r) => r[3] === id)).toBe(true);
  });
});

describe('protections that do not concern the write', () => {
  it('a protected header row and a warning-only sheet do not stop a chargé adding a partner', () => {
    protect('Partenaires', true);
    protect('Journal', false, true);
    const { id } = save();
    expect(sheetValues(wb, 'Partenaires').some((r) => r[0] === id)).toBe(true);
    expect(sheetValues(wb, 'Journal').some((r) => r[3] === id)).toBe(true);
  });
});
