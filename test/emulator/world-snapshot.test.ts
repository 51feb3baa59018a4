/**
 * snapshotWorld: a world seeded once and put back before each test. Each kind of state a test can
 * change (spreadsheets and their formats, documents, Drive, properties, cache, triggers, mail, clock,
 * call counts, new file IDs) comes back as it was, and nothing a test did reaches the next one.
 */
import { installEmulator, snapshotWorld, type World, type WorldSnapshot } from '../../src/dev/emulator';
import { _createActiveSpreadsheet } from '../../src/dev/emulator/spreadsheet';
import { _outbox } from '../../src/dev/emulator/mail';

let world: World;
let seeded: WorldSnapshot;
let docId: string;

const sheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
const body = () => DocumentApp.openById(docId).getBody().getText();

beforeAll(() => {
  world = installEmulator(globalThis, { now: new Date('2026-03-12T09:00:00Z') });
  world.run(() => {
    const ss = _createActiveSpreadsheet(world, 'Partenariats');
    const s = ss.insertSheet('Partenaires');
    s.getRange('A1:B2').setValues([
      ['ID', 'Nom'],
      ['PAR-0001', 'CNJ'],
    ]);
    s.getRange('A2:A1000').setNumberFormat('@');
    s.getRange('B2:B1000').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['CNJ', 'AFD']).build());
    docId = DocumentApp.create('Convention').getId();
    DocumentApp.openById(docId).getBody().setText('Article 1');
    PropertiesService.getScriptProperties().setProperty('version', '3');
    CacheService.getScriptCache().put('jeton', 'abc');
    ScriptApp.newTrigger('onEdit_').forSpreadsheet(ss).onEdit().create();
    MailApp.sendEmail('awa@partenaire.ml', 'Bienvenue', 'Bonjour');
  });
  world.log.reset();
  seeded = snapshotWorld(world);
});

beforeEach(() => seeded.restore());

describe('restoring a snapshot', () => {
  it('brings back cell values, formats and validations, and drops added sheets', () => {
    world.run(() => {
      sheet()
        .getRange('A2:B2')
        .setValues([['PAR-0002', 'AFD']]);
      sheet().getRange('A2:A1000').setNumberFormat('0.00');
      sheet().getRange('B2:B1000').clearDataValidations();
      sheet().insertRowBefore(1);
      SpreadsheetApp.getActiveSpreadsheet().insertSheet('Contacts');
    });
    seeded.restore();
    world.run(() => {
      expect(sheet().getRange('A1:B2').getValues()).toEqual([
        ['ID', 'Nom'],
        ['PAR-0001', 'CNJ'],
      ]);
      expect(sheet().getRange('A500').getNumberFormat()).toBe('@');
      expect(sheet().getRange('B500').getDataValidation()?.getCriteriaValues()).toEqual([['CNJ', 'AFD'], true]);
      expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')).toBeNull();
    });
  });

  it('brings back a document body', () => {
    world.run(() => DocumentApp.openById(docId).getBody().appendParagraph('Article 2'));
    seeded.restore();
    expect(world.run(body)).toBe('Article 1');
  });

  it('forgets Drive files made or trashed since', () => {
    const made = world.run(() => DriveApp.createFile('notes.txt', 'x').getId());
    world.run(() => DriveApp.getFileById(docId).setTrashed(true));
    seeded.restore();
    world.run(() => {
      expect(() => DriveApp.getFileById(made)).toThrow();
      expect(DriveApp.getFileById(docId).isTrashed()).toBe(false);
    });
  });

  it('brings back properties and cache entries', () => {
    world.run(() => {
      PropertiesService.getScriptProperties().setProperty('version', '4').setProperty('ajout', 'oui');
      CacheService.getScriptCache().remove('jeton');
    });
    seeded.restore();
    world.run(() => {
      expect(PropertiesService.getScriptProperties().getProperties()).toEqual({ version: '3' });
      expect(CacheService.getScriptCache().get('jeton')).toBe('abc');
    });
  });

  it('brings back the triggers', () => {
    world.run(() => {
      for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
      ScriptApp.newTrigger('hourly_').timeBased().everyHours(1).create();
    });
    seeded.restore();
    expect(world.run(() => ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()))).toEqual(['onEdit_']);
  });

  it('brings back the mail sent, the clock, the call counts and the next file ID', () => {
    const nextId = world.run(() => DriveApp.createFile('a.txt', 'a').getId());
    seeded.restore();
    world.run(() => MailApp.sendEmail('moussa@partenaire.ml', 'Relance', 'Bonjour'));
    world.clock.advance(3_600_000);
    seeded.restore();
    expect(_outbox(world).map((m) => m.subject)).toEqual(['Bienvenue']);
    expect(world.clock.now()).toBe(Date.parse('2026-03-12T09:00:00Z'));
    expect(world.log.count('MailApp.sendEmail')).toBe(0);
    expect(world.run(() => DriveApp.createFile('a.txt', 'a').getId())).toBe(nextId);
  });

  it('can be restored again after a restore and further changes', () => {
    world.run(() => sheet().getRange('B2').setValue('AFD'));
    seeded.restore();
    world.run(() => sheet().getRange('B2').setValue('AFD'));
    seeded.restore();
    expect(world.run(() => sheet().getRange('B2').getValue())).toBe('CNJ');
  });
});

describe('between tests restored before each', () => {
  it('a test writes a row and a property', () => {
    world.run(() => {
      sheet().appendRow(['PAR-0002', 'AFD']);
      PropertiesService.getScriptProperties().setProperty('fuite', 'oui');
    });
    expect(world.run(() => sheet().getLastRow())).toBe(3);
  });

  it('the next one does not see them', () => {
    world.run(() => {
      expect(sheet().getLastRow()).toBe(2);
      expect(PropertiesService.getScriptProperties().getProperty('fuite')).toBeNull();
    });
  });
});

it('refuses to save a world while an execution is open', () => {
  const exec = world.begin();
  try {
    expect(() => snapshotWorld(world)).toThrow('an execution is still open');
  } finally {
    world.end(exec);
  }
});
