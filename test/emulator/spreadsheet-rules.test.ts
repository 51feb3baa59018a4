/**
 * SpreadsheetApp emulator: data validation, conditional format rules and protections.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

let world: World;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
});

function sheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.create('Rules').getSheets()[0];
}

describe('data validation', () => {
  it('a rule that allows invalid data accepts anything', () => {
    const s = sheet();
    s.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 5).build());
    s.getRange('A1').setValue(9);
    expect(s.getRange('A1').getValue()).toBe(9);
  });

  it('checks numbers, dates, checkboxes and ranges against strict rules', () => {
    const s = sheet();
    const strict = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.setAllowInvalid(false).build();
    s.getRange('A1').setDataValidation(strict(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0)));
    s.getRange('B1').setDataValidation(strict(SpreadsheetApp.newDataValidation().requireDate()));
    s.getRange('C1').setDataValidation(strict(SpreadsheetApp.newDataValidation().requireCheckbox()));
    s.getRange('Z1:Z2').setValues([['Bamako'], ['Ségou']]);
    s.getRange('D1').setDataValidation(strict(SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('Z1:Z2'))));
    s.getRange('A1:D1').setValues([[3, new Date(), true, 'Ségou']]);
    expect(() => s.getRange('A1').setValue(-1)).toThrow('violates the data validation rules');
    expect(() => s.getRange('B1').setValue('hier')).toThrow('violates the data validation rules');
    expect(() => s.getRange('C1').setValue('oui')).toThrow('violates the data validation rules');
    expect(() => s.getRange('D1').setValue('Kayes')).toThrow('violates the data validation rules');
    const inRange = s.getRange('D1').getDataValidation()!.getCriteriaValues();
    expect((inRange[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('Z1:Z2');
  });

  it('copy() starts a builder from a rule; clearDataValidations and setDataValidation(null) remove rules', () => {
    const s = sheet();
    const base = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build();
    const copy = base.copy().setHelpText('1 à 5').build();
    expect(copy.getCriteriaValues()).toEqual([1, 5]);
    expect(base.getHelpText()).toBeNull();
    s.getRange('A1:A2').setDataValidation(copy);
    s.getRange('A1').clearDataValidations();
    s.getRange('A2').setDataValidation(null);
    expect(s.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
  });
});

describe('reading a list rule back (what « Initialiser » compares before replacing a dropdown)', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation: getCriteriaType() is the
  // DataValidationCriteria value, getCriteriaValues() the builder's arguments (requireValueInList(values, showDropdown)).
  it('gives VALUE_IN_LIST with [values, showDropdown], per cell of a row; a column-wide set replaces every cell’s rule', () => {
    const s = sheet();
    const list = (values: string[]) => SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();
    s.getRange('B1:B3').setDataValidation(list(['OSC', 'Fondation']));
    const [row] = s.getRange('A1:B1').getDataValidations();
    expect(row[0]).toBeNull();
    expect(row[1]!.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(row[1]!.getCriteriaValues()).toEqual([['OSC', 'Fondation'], true]);
    s.getRange('B1:B3').setDataValidation(list(['OSC', 'Fondation', 'Diaspora']));
    expect(
      s
        .getRange('B1:B3')
        .getDataValidations()
        .map(([r]) => r!.getCriteriaValues()[0]),
    ).toEqual([
      ['OSC', 'Fondation', 'Diaspora'],
      ['OSC', 'Fondation', 'Diaspora'],
      ['OSC', 'Fondation', 'Diaspora'],
    ]);
    s.getRange('B2').setValue('Diaspora');
    expect(s.getRange('B2').getValue()).toBe('Diaspora');
  });
});

describe('conditional format rules', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
  it('stores rules on the sheet and returns them with their ranges and condition', () => {
    const s = sheet();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2<TODAY()')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([s.getRange('A2:H1000')])
      .build();
    const score = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(4)
      .setBackground('#d9ead3')
      .setRanges([s.getRange('F2:F')])
      .build();
    s.setConditionalFormatRules([rule, score]);
    const rules = s.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:H1000']);
    const cond = rules[0].getBooleanCondition()!;
    expect(String(cond.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(cond.getCriteriaValues()).toEqual(['=$E2<TODAY()']);
    expect(cond.getBold()).toBe(true);
    expect(rules[1].getBooleanCondition()!.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    s.setConditionalFormatRules(rules.slice(1));
    expect(s.getConditionalFormatRules()).toHaveLength(1);
  });
});

describe('protection', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  it('protects a range: description, editors (owner always included), removal', () => {
    const s = sheet();
    const p = s.getRange('A1:H1').protect().setDescription('En-têtes');
    expect(p.getDescription()).toBe('En-têtes');
    expect(p.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.RANGE);
    p.addEditors(['staff@ajcad-mali.org']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([world.owner, 'staff@ajcad-mali.org']);
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([world.owner]);
    expect(p.getRange().getA1Notation()).toBe('A1:H1');
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
    p.remove();
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('warning-only protection has no editor list and anyone may edit', () => {
    const s = sheet();
    const p = s.protect().setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getEditors()).toEqual([]);
    world.run(() => expect(p.canEdit()).toBe(true), { user: 'other@ajcad-mali.org' });
  });

  it('a strict protection lets only its editors and the owner edit', () => {
    const p = sheet().protect();
    expect(p.canEdit()).toBe(true);
    world.run(() => expect(p.canEdit()).toBe(false), { user: 'other@ajcad-mali.org' });
  });
});
