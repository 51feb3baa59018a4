/**
 * Authorization scopes per method: the table is derived from Google's reference (each page's
 * "Authorization" section, carried by gas-types-detailed) and enforced from the manifest's scopes.
 */
import { execFileSync } from 'node:child_process';
import { installEmulator, type World } from '../../src/dev/emulator';
import { METHOD_SCOPES } from '../../src/dev/emulator/core/scope-table';
import { _createActiveSpreadsheet } from '../../src/dev/emulator/spreadsheet';
import { manifestOptions } from '../../src/dev/manifest';

const AUTH = 'https://www.googleapis.com/auth/';
const MORE = '. For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

describe('the scope table (src/dev/emulator/core/scope-table.ts)', () => {
  it('is exactly what build/derive-scopes.mjs derives from the pinned package (never edited by hand)', () => {
    // Exits 1, naming the file, when the committed table differs from a fresh derivation.
    const out = execFileSync(process.execPath, ['build/derive-scopes.mjs', '--check'], { encoding: 'utf8' });
    const summary = JSON.parse(out) as { stale: boolean; methods: number; withScopes: number; undocumented: string[]; shared: string[] };
    expect(summary.stale).toBe(false);
    expect(summary.methods).toBe(Object.keys(METHOD_SCOPES).length);
    console.log(`scope table: ${summary.methods} emulated methods documented, ${summary.withScopes} with scopes`);
    // Emulated methods the package does not document: the Element casts (documented on
    // ContainerElement/Element pages, not on Paragraph's own), Blob.getBlob, and two methods Google
    // deprecated and removed from the reference. They need no scope here: each is only reachable
    // through an object a scoped call returned (DocumentApp.openById, Sheet…).
    expect(summary.undocumented).toEqual([
      'base/Blob.getBlob',
      'document/ListItem.asListItem',
      'document/ListItem.asParagraph',
      'document/ListItem.asTable',
      'document/ListItem.asText',
      'document/Paragraph.asListItem',
      'document/Paragraph.asParagraph',
      'document/Paragraph.asTable',
      'document/Paragraph.asText',
      'document/Table.asTable',
      'document/TableCell.asTableCell',
      'document/TableRow.asTableRow',
      'spreadsheet/Range.getFontColor',
      'spreadsheet/Sheet.getTabColor',
    ]);
    // Document and Forms both name a class ListItem: the CallLog cannot tell them apart, so their scopes are merged.
    expect(summary.shared).toEqual(['ListItem.getType (document, forms)']);
  }, 120_000); // parses the emulator with the TypeScript checker

  it('holds what the reference pages list', () => {
    // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String): drive.readonly or drive.
    expect(METHOD_SCOPES['DriveApp.getFileById']).toEqual(['drive.readonly', 'drive']);
    // …#createFile(BlobSource): drive only.
    expect(METHOD_SCOPES['DriveApp.createFile']).toEqual(['drive']);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues(): currentonly or spreadsheets.
    expect(METHOD_SCOPES['Range.getValues']).toEqual(['spreadsheets.currentonly', 'spreadsheets']);
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String): spreadsheets only.
    expect(METHOD_SCOPES['SpreadsheetApp.openById']).toEqual(['spreadsheets']);
    // https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String): forms scopes only.
    expect(METHOD_SCOPES['Form.setDestination']).toEqual(['forms.currentonly', 'forms']);
    // https://developers.google.com/apps-script/reference/document/document#getAs(String): no Authorization section.
    expect(METHOD_SCOPES['Document.getAs']).toEqual([]);
    expect(METHOD_SCOPES['Session.getActiveUser']).toEqual(['userinfo.email']);
  });
});

describe('enforcement from the manifest', () => {
  let world: World;
  const withScopes = (...scopes: string[]) => {
    world = installEmulator(globalThis, { grantedScopes: scopes.map((s) => AUTH + s) });
    world.inspect(() => _createActiveSpreadsheet(world, 'Pacte'));
  };

  it("throws Google's text, with the alternatives in parentheses, when none of the method's scopes is granted", () => {
    // Texts as Google gives them: "You do not have permission to call DriveApp.getFolderById. Required permissions:
    // (https://www.googleapis.com/auth/drive.readonly || …/auth/drive)" (quoted in several users' guides) and, logged by an
    // add-on in December 2025, "You do not have permission to call UrlFetchApp.fetch. Required permissions:
    // https://www.googleapis.com/auth/script.external_request. For more information, see …troubleshooting#authorization-is".
    withScopes('spreadsheets.currentonly', 'drive.file');
    world.run(() => {
      expect(() => DriveApp.getFileById('x')).toThrow(
        `You do not have permission to call DriveApp.getFileById. Required permissions: (${AUTH}drive.readonly || ${AUTH}drive)${MORE}`,
      );
      expect(() => DriveApp.createFolder('x')).toThrow(`You do not have permission to call DriveApp.createFolder. Required permissions: ${AUTH}drive${MORE}`);
      expect(() => SpreadsheetApp.openById('x')).toThrow(`Required permissions: ${AUTH}spreadsheets${MORE}`);
      expect(() => DocumentApp.create('x')).toThrow(`You do not have permission to call DocumentApp.create. Required permissions: ${AUTH}documents`);
      // Granted: currentonly suffices for the active spreadsheet; a method whose page lists no scope always runs.
      expect(SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValues()).toEqual([['']]);
      expect(Utilities.formatString('%s', 'ok')).toBe('ok');
    });
  });

  it('grants a method when any one of its scopes is granted (spreadsheets covers currentonly methods)', () => {
    withScopes('spreadsheets');
    world.run(() => expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Pacte'));
  });

  it('checks nothing when no scopes are given, and nothing in world.inspect (the tester looking at Drive)', () => {
    world = installEmulator(globalThis);
    world.run(() => expect(DriveApp.createFolder('libre').getName()).toBe('libre'));
    withScopes('drive.file');
    expect(world.inspect(() => DriveApp.getRootFolder().getName())).toBe('My Drive');
  });

  it("runs Pacte's code under the scopes of its appsscript.json", () => {
    const m = manifestOptions();
    expect(m.grantedScopes).toContain(AUTH + 'drive.file');
    expect(m.grantedScopes).not.toContain(AUTH + 'drive');
    expect(m.advancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
  });

  describe('Form.setDestination to a spreadsheet under spreadsheets.currentonly (undocumented: an option)', () => {
    const link = () => {
      const form = FormApp.create('Enquête');
      form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
      return form.getDestinationId();
    };

    it('by default (the safer reading) needs the spreadsheets scope', () => {
      withScopes('spreadsheets.currentonly', 'forms');
      world.run(() => expect(link).toThrow(`You do not have permission to call Form.setDestination. Required permissions: ${AUTH}spreadsheets${MORE}`));
    });

    it('with formDestinationNeedsSpreadsheets: false, the forms scope suffices, as the page lists', () => {
      world = installEmulator(globalThis, { grantedScopes: [AUTH + 'spreadsheets.currentonly', AUTH + 'forms'], formDestinationNeedsSpreadsheets: false });
      const ss = world.inspect(() => _createActiveSpreadsheet(world, 'Pacte'));
      world.run(() => expect(link()).toBe(ss.getId()));
    });
  });
});
