/**
 * SpreadsheetApp emulator: protected sheets and ranges refuse writes by users who are not their
 * editors. References (https://developers.google.com/apps-script/reference/spreadsheet/…):
 * - protection#canEdit(): "The spreadsheet owner is always able to edit protected ranges and sheets."
 * - range#protect(): "Until the script actually changes the list of editors for the range (…), the
 *   permissions mirror those of the spreadsheet itself, which effectively means that the range
 *   remains unprotected. If the range is already protected, this method creates a new protected
 *   range that overlaps the existing one. If a cell is protected by multiple protected ranges and any
 *   of them prevent a particular user from editing the cell, then that user is not permitted to edit the cell."
 * - sheet#protect(): "If the sheet is already protected, this method returns an object representing
 *   its existing protection settings. A protected sheet may include unprotected regions."
 * - protection#isWarningOnly(): "Warning-based protection means that every user can edit data in the
 *   area, except editing prompts a warning asking the user to confirm the edit." (scripts get no prompt)
 * - protection#removeEditors(): "Neither the owner of the spreadsheet nor the current user can be removed."
 * - protection#addEditor(): "This method does not automatically give the user permission to edit the
 *   spreadsheet itself; to do that in addition, call Spreadsheet.addEditor(emailAddress)."
 * The refusal text, as Sheets gives it: "You are trying to edit a protected cell or object. Please
 * contact the spreadsheet owner to remove protection if you need to edit." (quoted in Google Sheets
 * error lists, e.g. https://integrately.com/integrations/google-sheets/error).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const STAFF = 'staff@ajcad-mali.org';
const OTHER = 'other@ajcad-mali.org';

let world: World;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
let s: GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  world = new World({ owner: 'direction@ajcad-mali.org' });
  Object.assign(globalThis, installSpreadsheetApp(world));
  ss = SpreadsheetApp.create('Test');
  ss.addEditors([STAFF, OTHER]);
  s = ss.getSheets()[0];
});

const as = <T>(user: string, fn: () => T): T => world.run(fn, { user });

/** Protects the sheet for the owner and STAFF only. */
function lockSheet(): GoogleAppsScript.Spreadsheet.Protection {
  const p = s.protect().setDescription('Réservé');
  p.removeEditors(p.getEditors());
  p.addEditor(STAFF);
  return p;
}

describe('who may write a protected sheet', () => {
  it('refuses every kind of write by a user who is not an editor of the protection, and changes nothing', () => {
    s.getRange('A1').setValue('avant');
    lockSheet();
    as(OTHER, () => {
      const writes: [string, () => unknown][] = [
        ['setValue', () => s.getRange('A1').setValue('après')],
        ['setValues', () => s.getRange('A2:B2').setValues([[1, 2]])],
        ['setFormula', () => s.getRange('C1').setFormula('=1+1')],
        ['appendRow', () => s.appendRow(['x'])],
        ['setNote', () => s.getRange('A1').setNote('note')],
        ['setNumberFormat', () => s.getRange('A1').setNumberFormat('0.00')],
        ['setBackground', () => s.getRange('A1').setBackground('red')],
        ['setDataValidation', () => s.getRange('A1').setDataValidation(null)],
        ['clearContent', () => s.getRange('A1').clearContent()],
        ['clear', () => s.clear()],
        ['clearContents', () => s.clearContents()],
        ['insertRowsAfter', () => s.insertRowsAfter(1000, 10)],
        ['insertColumnsAfter', () => s.insertColumnsAfter(26, 1)],
        ['deleteRows', () => s.deleteRows(2, 1)],
        ['deleteColumns', () => s.deleteColumns(2, 1)],
        ['deleteSheet', () => (ss.insertSheet('Autre'), ss.deleteSheet(s))],
      ];
      const refused = writes.filter(([, write]) => {
        try {
          write();
          return false;
        } catch (e) {
          return (e as Error).message === PROTECTED;
        }
      });
      expect(refused.map(([name]) => name)).toEqual(writes.map(([name]) => name));
    });
    expect(s.getRange('A1').getValue()).toBe('avant');
    expect(s.getRange('A1').getNote()).toBe('');
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getLastRow()).toBe(1);
  });

  it('lets the protection’s editors and the owner write', () => {
    lockSheet();
    as(STAFF, () => s.getRange('A1').setValue('staff'));
    as(world.owner, () => s.appendRow(['owner']));
    expect(s.getRange('A1:A2').getValues()).toEqual([['staff'], ['owner']]);
  });

  it('a protection whose editors were never changed mirrors the spreadsheet: nothing is refused', () => {
    const p = s.protect();
    as(OTHER, () => {
      expect(p.canEdit()).toBe(true);
      s.getRange('A1').setValue('libre');
    });
    expect(s.getRange('A1').getValue()).toBe('libre');
  });

  it('a warning-only protection does not stop a script', () => {
    const p = lockSheet().setWarningOnly(true);
    as(OTHER, () => {
      expect(p.canEdit()).toBe(true);
      s.getRange('A1').setValue('averti');
    });
    expect(s.getRange('A1').getValue()).toBe('averti');
  });

  it('unprotected regions of a protected sheet stay writable', () => {
    lockSheet().setUnprotectedRanges([s.getRange('B2:C5')]);
    as(OTHER, () => {
      s.getRange('B2:C3').setValues([
        [1, 2],
        [3, 4],
      ]);
      expect(() => s.getRange('C5:D5').setValues([[5, 6]])).toThrow(PROTECTED);
    });
    expect(s.getRange('B2').getValue()).toBe(1);
  });

  it('domain edit lets every user of the owner’s domain write', () => {
    const p = lockSheet().setDomainEdit(true);
    expect(p.canDomainEdit()).toBe(true);
    as(OTHER, () => s.getRange('A1').setValue('domaine'));
    as('someone@gmail.com', () => expect(() => s.getRange('A2').setValue('x')).toThrow(PROTECTED));
  });
});

describe('protected ranges', () => {
  function lockHeader(): GoogleAppsScript.Spreadsheet.Protection {
    const p = s.getRange('A1:C1').protect();
    p.removeEditors(p.getEditors());
    return p;
  }

  it('refuses a write that touches the range, allows one beside it', () => {
    lockHeader();
    as(OTHER, () => {
      expect(() => s.getRange('C1:D1').setValues([['x', 'y']])).toThrow(PROTECTED);
      s.getRange('A2:D2').setValues([[1, 2, 3, 4]]);
      s.getRange('D1').setValue('libre');
      // Rows added below the range or at the end of the sheet are not in it.
      s.insertRowsAfter(1000, 5);
      expect(() => s.deleteRow(1)).toThrow(PROTECTED);
    });
    expect(s.getRange('C1').getValue()).toBe('');
  });

  it('overlapping protections: any one that refuses the user refuses the cell', () => {
    const outer = s.getRange('A1:E5').protect();
    outer.addEditor(STAFF);
    const inner = s.getRange('B2:C3').protect();
    inner.removeEditors([STAFF]);
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(2);
    as(STAFF, () => {
      s.getRange('A1').setValue('ok');
      expect(() => s.getRange('B2').setValue('non')).toThrow(PROTECTED);
    });
  });

  it('moves with its cells when rows are inserted above it, and is gone with its deleted rows', () => {
    const p = s.getRange('A3:B4').protect();
    p.removeEditors(p.getEditors());
    s.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A5:B6');
    s.deleteRows(5, 2);
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe('the Protection object', () => {
  it('Sheet.protect() on a protected sheet returns the existing protection', () => {
    const first = s.protect().setDescription('Une seule');
    expect(s.protect().getDescription()).toBe('Une seule');
    expect(first.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.SHEET);
    expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('neither the owner nor the current user can be removed from the editors', () => {
    const p = as(STAFF, () => {
      const prot = s.protect();
      prot.removeEditors([world.owner, STAFF, OTHER]);
      return prot;
    });
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([world.owner, STAFF]);
  });

  it('adding a protection editor does not make them an editor of the spreadsheet', () => {
    lockSheet().addEditor('newcomer@ajcad-mali.org');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([world.owner, STAFF, OTHER]);
    ss.removeEditor(OTHER);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([world.owner, STAFF]);
  });

  it('a user who may not edit a protection can neither read its editors nor change or remove it', () => {
    const p = lockSheet();
    as(OTHER, () => {
      expect(p.canEdit()).toBe(false);
      expect(() => p.getEditors()).toThrow(PROTECTED);
      expect(() => p.addEditor(OTHER)).toThrow(PROTECTED);
      expect(() => p.remove()).toThrow(PROTECTED);
    });
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('Spreadsheet.getProtections lists the protections of every sheet', () => {
    lockSheet();
    ss.insertSheet('Journal').getRange('A1:H1').protect();
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => p.getRange().getSheet().getName())).toEqual([s.getName()]);
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual(['A1:H1']);
  });
});
