/** Shared setup for the FormApp emulator tests: a world with FormApp installed and a spreadsheet to link. */
import { World } from '../../src/dev/emulator';
import { MimeTypes } from '../../src/dev/emulator/core/drive-store';
import { installFormApp } from '../../src/dev/emulator/forms';
import { SpreadsheetModel } from '../../src/dev/emulator/spreadsheet/model';
import { addSurveyItems } from '../../src/dev/fidelity/checks/forms';

export function formsWorld(now?: Date): World {
  const world = new World(now ? { now } : {});
  Object.assign(globalThis, installFormApp(world));
  return world;
}

/** A spreadsheet made directly in Drive (the SpreadsheetApp emulator is someone else's). */
export function newSpreadsheet(world: World, locale = 'fr_FR'): SpreadsheetModel {
  const rec = world.drive.create('Pacte', MimeTypes.SPREADSHEET, world.owner);
  const ss = new SpreadsheetModel(rec.id, world.timeZone);
  ss.locale = locale;
  ss.addSheet('Feuille 1');
  rec.content = ss;
  return ss;
}

/** Pacte's satisfaction survey: a 1–5 scale, an NPS 0–10, choices, checkboxes, a comment and a partner token. */
export function pacteSurvey() {
  return addSurveyItems(FormApp.create('Enquête de satisfaction'));
}
