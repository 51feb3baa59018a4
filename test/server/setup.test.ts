/** « Initialiser le classeur »: conditional formats on Partenaires and Opportunités, added once. */
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import type { Board } from '../../src/domain/contracts';

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners(somePartners(3));
  return wb;
});

interface RuleView {
  formula: string;
  ranges: string[];
}

const rules = (sheet: string): RuleView[] =>
  wb.world.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheet)!
      .getConditionalFormatRules()
      .map((r) => ({ formula: String(r.getBooleanCondition()!.getCriteriaValues()[0]), ranges: r.getRanges().map((x) => x.getA1Notation()) })),
  );

const columnOf = (sheet: string, header: string): string =>
  wb.world.run(() => {
    const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
    const i = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].indexOf(header);
    return String.fromCharCode(65 + i);
  });

describe('conditional formats', () => {
  it('marks overdue due dates in red and priority bands on Partenaires, overdue open opportunities on Opportunités', () => {
    const due = columnOf('Partenaires', 'Prochaine échéance');
    const score = columnOf('Partenaires', 'Score de priorité');
    const p = rules('Partenaires');
    expect(p.map((r) => r.formula)).toEqual([
      `=AND(AND(ISNUMBER($${due}2),$${due}2<TODAY()),N("pacte:echeance-depassee")=0)`,
      `=AND(AND(ISNUMBER($${score}2),$${score}2>=70),N("pacte:priorite-haute")=0)`,
      `=AND(AND(ISNUMBER($${score}2),$${score}2>=40,$${score}2<70),N("pacte:priorite-moyenne")=0)`,
      `=AND(AND(ISNUMBER($${score}2),$${score}2<40),N("pacte:priorite-basse")=0)`,
    ]);
    expect(p[0].ranges[0]).toMatch(new RegExp(`^${due}2:${due}\\d+$`));
    expect(p[1].ranges[0]).toMatch(new RegExp(`^${score}2:${score}\\d+$`));
    const backgrounds = wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Partenaires')!
        .getConditionalFormatRules()
        .map((r) => (r as unknown as { _data: { background: string } })._data.background),
    );
    expect(backgrounds).toEqual(['#f4c7c3', '#b7e1cd', '#fce8b2', '#e0e0e0']);
    const o = rules('Opportunités');
    const oDue = columnOf('Opportunités', 'Échéance');
    const stage = columnOf('Opportunités', 'Étape');
    expect(o).toEqual([
      {
        formula: `=AND(AND(ISNUMBER($${oDue}2),$${oDue}2<TODAY(),$${stage}2<>"Signée",$${stage}2<>"Abandonnée",$${stage}2<>"Refusée"),N("pacte:echeance-depassee")=0)`,
        ranges: [expect.stringMatching(new RegExp(`^${oDue}2:${oDue}\\d+$`))],
      },
    ]);
  });

  it('are not added again when « Initialiser » runs again, even after the user moved the column, and the user’s own rules stay', () => {
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      const mine = SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('OSC')
        .setBold(true)
        .setRanges([sheet.getRange('D2:D100')])
        .build();
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), mine]);
      // The user moves « Score de priorité » to the front; Sheets moves the rules' ranges and references with it.
      sheet.insertColumnBefore(1);
    });
    const before = { p: rules('Partenaires'), o: rules('Opportunités') };
    expect(before.p).toHaveLength(5);
    const report = wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(report).toEqual({ createdSheets: [], addedColumns: [] });
    wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(rules('Partenaires')).toEqual(before.p);
    expect(rules('Opportunités')).toEqual(before.o);
  });

  it('are added back if the user deleted one of them, without duplicating the others', () => {
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().slice(1));
    });
    wb.call('initialiseWorkbook', [], { user: USERS.admin });
    const markers = rules('Partenaires').map((r) => /pacte:[a-z-]+/.exec(r.formula)![0]);
    expect(markers.sort()).toEqual(['pacte:echeance-depassee', 'pacte:priorite-basse', 'pacte:priorite-haute', 'pacte:priorite-moyenne']);
  });
});

describe('the Devise columns', () => {
  it('offer the currency codes, and keep « FCFA » typed in the cell, read as XOF', () => {
    wb.call('saveOpportunity', [{ partnerId: wb.partnerIds[0], title: 'Caravane', stage: 'Contact', amount: 2_000_000, currency: 'EUR' }], {
      user: USERS.officer,
    });
    const column = columnOf('Opportunités', 'Devise');
    const rule = wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Opportunités')!;
      // A user types « FCFA » over « EUR »: the rule warns (allowInvalid) but keeps it.
      sheet.getRange(`${column}2`).setValue('FCFA');
      const r = sheet.getRange(`${column}2`).getDataValidation()!;
      return { values: r.getCriteriaValues()[0] as string[], allowInvalid: r.getAllowInvalid(), kept: sheet.getRange(`${column}2`).getValue() };
    });
    expect(rule.values).toEqual(expect.arrayContaining(['XOF', 'EUR', 'USD', 'GBP', 'CHF', 'XAF']));
    expect(rule).toMatchObject({ allowInvalid: true, kept: 'FCFA' });
    const board = wb.call('getBoard', [{}], { user: USERS.officer }) as Board;
    expect(board.columns.flatMap((c) => c.cards).find((c) => c.title === 'Caravane')).toMatchObject({ currency: 'XOF', amountXof: 2_000_000 });
  });
});

describe('the dropdowns of choice columns already there', () => {
  /** A workbook made with an older vocabulary: its dropdowns offer the lists of that time. */
  const OLD_LISTS: [string, string, string[]][] = [
    ['Partenaires', 'Type', ['OSC', 'ONG nationale', 'PTF / bailleur', 'Fondation', 'Diaspora / relais']],
    ['Veille', 'Décision', ['Candidater', 'Ne pas candidater', 'À étudier']],
    ['Ressources', 'Statut', ['Reçue']],
  ];
  const listAt = (sheet: string, header: string) =>
    wb.world.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
      const col = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].indexOf(header) + 1;
      const rules = s.getRange(2, col, s.getMaxRows() - 1, 1).getDataValidations();
      // Every row of the column holds the same rule.
      const lists = new Set(rules.map(([r]) => JSON.stringify(r?.getCriteriaValues()[0] ?? null)));
      return { lists: [...lists].map((l) => JSON.parse(l) as string[] | null), allowInvalid: rules[0][0]?.getAllowInvalid() };
    });

  it('gain the values their vocabulary gained, one call per column and only where the list differs; old values a vocabulary keeps stay accepted', () => {
    wb.world.run(() => {
      for (const [sheet, header, values] of OLD_LISTS) {
        const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
        const col = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].indexOf(header) + 1;
        s.getRange(2, col, s.getMaxRows() - 1, 1).setDataValidation(
          SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build(),
        );
      }
    });
    wb.world.log.reset();
    const report = wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(report).toEqual({ createdSheets: [], addedColumns: [], updatedDropdowns: ['Partenaires › Type', 'Ressources › Statut', 'Veille › Décision'] });
    expect(wb.world.log.count('Range.setDataValidation')).toBe(3);
    expect(listAt('Partenaires', 'Type')).toEqual({
      lists: [expect.arrayContaining(['Diaspora', 'Prescripteur / relais', 'Cluster ICC', 'Agence de coopération', 'Diaspora / relais'])],
      allowInvalid: false,
    });
    expect(listAt('Veille', 'Décision').lists).toEqual([['À étudier', 'Go', 'No go']]);
    expect(listAt('Ressources', 'Statut').lists).toEqual([['Promise', 'Reçue']]);
    // A strict dropdown refuses what it does not list: the former type is still listed, so still typed in.
    const kept = wb.world.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      const col = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].indexOf('Type') + 1;
      s.getRange(2, col).setValue('Diaspora / relais');
      return s.getRange(2, col).getValue();
    });
    expect(kept).toBe('Diaspora / relais');
    wb.world.log.reset();
    expect(wb.call('initialiseWorkbook', [], { user: USERS.admin })).toEqual({ createdSheets: [], addedColumns: [] });
    expect(wb.world.log.count('Range.setDataValidation')).toBe(0);
  });

  it('are left alone where the user removed the dropdown', () => {
    wb.world.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      const col = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].indexOf('Type') + 1;
      s.getRange(2, col, s.getMaxRows() - 1, 1).setDataValidation(null);
    });
    expect(wb.call('initialiseWorkbook', [], { user: USERS.admin })).toEqual({ createdSheets: [], addedColumns: [] });
    expect(listAt('Partenaires', 'Type').lists).toEqual([null]);
  });
});
