/** SpreadsheetApp emulator: number formats and what getDisplayValues shows, per locale and time zone. */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp, _displayDateTime, _setDefaultSpreadsheetLocale } from '../../src/dev/emulator/spreadsheet';

let world: World;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
});

const NNBSP = '\u202f';

function show(locale: string, value: unknown, format?: string, tz = 'Africa/Bamako'): string {
  _setDefaultSpreadsheetLocale(world, locale);
  const ss = SpreadsheetApp.create('Formats');
  ss.setSpreadsheetTimeZone(tz);
  const cell = ss.getSheets()[0].getRange('A1');
  if (format !== undefined) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

// Pattern syntax: https://developers.google.com/sheets/api/guides/formats
// Display values: https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
describe('number patterns', () => {
  it.each([
    ['0', 1234.56, '1235'],
    ['0.00', 1234.5, '1234.50'],
    ['#,##0', 1234567.4, '1,234,567'],
    ['#,##0.00', -1234.5, '-1,234.50'],
    ['#,##0 "FCFA"', 2500000, '2,500,000 FCFA'],
    ['0%', 0.125, '13%'],
    ['0.0%', 0.125, '12.5%'],
    ['#,##0;(#,##0)', -42, '(42)'],
  ])('en_US: %s shows %p as %p', (format, value, expected) => {
    expect(show('en_US', value, format)).toBe(expected);
  });

  // fr_FR groups thousands with U+202F (narrow no-break space, CLDR) — not verified on a live sheet.
  it.each([
    ['0.00', 1234.5, '1234,50'],
    ['#,##0', 1234567, `1${NNBSP}234${NNBSP}567`],
    ['#,##0.00', 655.957, '655,96'],
    ['#,##0 "FCFA"', 2500000, `2${NNBSP}500${NNBSP}000 FCFA`],
    ['0%', 0.5, '50%'],
  ])('fr_FR: %s shows %p as %p', (format, value, expected) => {
    expect(show('fr_FR', value, format)).toBe(expected);
  });

  it('shows numbers without a format in the automatic format, with the locale’s decimal mark', () => {
    expect(show('en_US', 1234.5)).toBe('1234.5');
    expect(show('fr_FR', 1234.5)).toBe('1234,5');
    expect(show('fr_FR', 1 / 3)).toBe('0,3333333333');
  });

  it("'@' shows a number as typed text and leaves text alone", () => {
    expect(show('en_US', 12, '@')).toBe('12');
    expect(show('en_US', 'PAR-0001', '0.00')).toBe('PAR-0001');
  });
});

describe('date patterns', () => {
  const when = new Date(Date.UTC(2026, 2, 5, 14, 7, 9)); // 5 March 2026 14:07:09 UTC

  it.each([
    ['dd/mm/yyyy', '05/03/2026'],
    ['d mmmm yyyy', '5 mars 2026'],
    ['dd/mm/yyyy hh:mm', '05/03/2026 14:07'],
    ['yyyy-mm-dd', '2026-03-05'],
    ['dddd d mmm', 'jeudi 5 mars'],
    ['ddd d mmm yyyy', 'jeu. 5 mars 2026'], // CLDR abbreviations; unverified on a live sheet
  ])('fr_FR, Africa/Bamako (UTC+0): %s shows %p', (format, expected) => {
    expect(show('fr_FR', when, format)).toBe(expected);
  });

  it('renders dates in the spreadsheet’s time zone, not the script’s', () => {
    expect(show('fr_FR', when, 'dd/mm/yyyy hh:mm', 'Asia/Tokyo')).toBe('05/03/2026 23:07');
    expect(show('en_US', new Date(Date.UTC(2026, 2, 5, 23, 30)), 'd mmmm yyyy', 'Asia/Tokyo')).toBe('6 March 2026');
  });

  it('uses 12-hour clock with AM/PM', () => {
    expect(show('en_US', when, 'h:mm AM/PM')).toBe('2:07 PM');
  });

  it('shows a written Date without a format as date and time in the locale’s order', () => {
    expect(show('fr_FR', when)).toBe('05/03/2026 14:07:09');
    expect(show('en_US', when)).toBe('3/5/2026 14:07:09');
  });

  it('shows a form timestamp (_displayDateTime, e.values) as that cell displays, midnight included', () => {
    const midnight = new Date(Date.UTC(2026, 2, 5, 0, 0, 0));
    expect(_displayDateTime(when, 'fr_FR', 'Africa/Bamako')).toBe(show('fr_FR', when));
    expect(_displayDateTime(when, 'en_US', 'Africa/Bamako')).toBe(show('en_US', when));
    expect(_displayDateTime(when, 'en_GB', 'Africa/Bamako')).toBe('05/03/2026 14:07:09');
    expect(_displayDateTime(midnight, 'fr_FR', 'Africa/Bamako')).toBe('05/03/2026 00:00:00');
  });

  it('a date pattern on a serial number shows the date', () => {
    expect(show('fr_FR', 46086, 'dd/mm/yyyy')).toBe('05/03/2026');
  });
});

describe('format storage', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)
  it('setNumberFormats sets per cell and getNumberFormats reads them back', () => {
    const r = SpreadsheetApp.create('F').getSheets()[0].getRange('A1:B1');
    r.setNumberFormats([['0.00', '@']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '@']]);
    expect(r.getCell(1, 1).getNumberFormat()).toBe('0.00');
  });

  it('a typed percent gets a percent format, and booleans show as the locale writes them', () => {
    _setDefaultSpreadsheetLocale(world, 'en_US');
    const r = SpreadsheetApp.create('F').getSheets()[0].getRange('A1:B1');
    r.setValues([['15%', true]]);
    expect(r.getValues()).toEqual([[0.15, true]]);
    expect(r.getDisplayValues()).toEqual([['15%', 'TRUE']]);
  });
});
