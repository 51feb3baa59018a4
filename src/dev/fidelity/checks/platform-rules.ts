/**
 * Google's platform rules that a standalone project can observe: the cell size limit, the
 * owner's writes through a protection, what `$` means in a Docs replacement (undocumented: the
 * emulator's default is held against Google here), and the publishing state and URL shapes of a
 * form created by a script.
 */
import { check } from '../check';

const SPREADSHEET = 'https://developers.google.com/apps-script/reference/spreadsheet';
const DOCUMENT = 'https://developers.google.com/apps-script/reference/document';
const FORMS = 'https://developers.google.com/apps-script/reference/forms';

export const platformRuleChecks = [
  // Google Sheets limits: "A cell can contain up to 50,000 characters."
  check('Range.setValues: 50,000 characters per cell, one more is refused and nothing written', `${SPREADSHEET}/range#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    sheet.getRange('A1').setValues([['x'.repeat(50000)]]);
    t.equal(String(sheet.getRange('A1').getValues()[0][0]).length, 50000, 'exactly 50,000 is stored');
    t.throws(
      () => sheet.getRange('A2:B2').setValues([['court', 'y'.repeat(50001)]]),
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    t.equal(sheet.getRange('A2:B2').getValues(), [['', '']], 'the refused call wrote nothing');
  }),

  // "Protections … can be edited by the owner"; warning-only protections do not stop scripts.
  check('Protection: the owner writes through a sheet protection; warning-only is reported', `${SPREADSHEET}/protection#setWarningOnly(Boolean)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    const protection = sheet.protect().setDescription('Pacte fidelity');
    t.ok(protection.canEdit(), 'the owner can edit');
    sheet.getRange('A1').setValues([['écrit']]);
    t.equal(sheet.getRange('A1').getValues(), [['écrit']]);
    protection.setWarningOnly(true);
    t.equal(protection.isWarningOnly(), true);
    t.equal(
      sheet
        .getParent()
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)
        .map((p) => p.getDescription()),
      ['Pacte fidelity'],
    );
  }),

  // The replacement's syntax is undocumented; the emulator reads it as Java's Matcher does ($0, $1, \$).
  check('Body.replaceText: $0 in the replacement is the match (emulator default: Java syntax)', `${DOCUMENT}/body#replaceText(String,String)`, (t) => {
    const body = t.document().getBody();
    body.appendParagraph('Fonds X');
    body.replaceText('X', '[$0]');
    t.equal(body.getText().trim(), 'Fonds [X]');
    body.replaceText('Fonds', 'Prix \\$');
    t.equal(body.getText().trim(), 'Prix $ [X]');
  }),

  // Forms API changes: "forms created by the API after June 30, 2026 will be created in an unpublished state".
  check('FormApp.create: a new form starts unpublished; its edit and published URLs have their shapes', `${FORMS}/form#isPublished()`, (t) => {
    // setPublished/isPublished are newer than @types/google-apps-script.
    const form = t.form() as GoogleAppsScript.Forms.Form & { isPublished(): boolean; setPublished(enabled: boolean): GoogleAppsScript.Forms.Form };
    t.equal(form.isPublished(), false, 'unpublished at creation');
    form.setPublished(true);
    t.equal(form.isPublished(), true);
    t.match(form.getEditUrl(), /^https:\/\/docs\.google\.com\/forms\/d\/[\w-]+\/edit/);
    t.match(form.getPublishedUrl(), /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform/);
  }),
];
