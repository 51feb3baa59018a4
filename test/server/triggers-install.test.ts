/**
 * « Initialiser le classeur » on the BUILT bundle, run as the editor add-on Pacte ships as:
 * exactly one hourly dispatcher and one form-submit trigger, repaired when run again.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions_1 —
 * "Each add-on can only have one trigger of each type, per user, per document."
 */
import { seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { _uiState } from '../../src/dev/emulator/ui';
import { EXPECTED_TRIGGERS, RETIRED_HANDLERS } from '../../src/domain/jobs/trigger-plan';

const { admin, officer: chargee } = USERS;
let wb: PartnersWorkbook;

/** The admin's triggers, as « handler:TYPE » (plus the source for form-submit ones). */
const triggers = () =>
  wb.world.run(
    () =>
      ScriptApp.getProjectTriggers()
        .map((t) => `${t.getHandlerFunction()}:${String(t.getEventType())}`)
        .sort(),
    { user: admin },
  );
const ids = () => wb.world.run(() => ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()), { user: admin });
const initialise = () => wb.call('initialiseWorkbook', [], { user: admin });
const lastAlert = () => _uiState(wb.world).alerts.at(-1)!.prompt;
const EXPECTED = ['onSurveySubmit:ON_FORM_SUBMIT', 'runScheduledJobs:CLOCK'];

describe('as an editor add-on (the default)', () => {
  seededPerFile(() => (wb = workbookWithPartners([])));

  it('a fresh workbook gets exactly one time-driven and one form-submit trigger, on this spreadsheet', () => {
    expect(triggers()).toEqual(EXPECTED);
    expect(EXPECTED_TRIGGERS.map((t) => `${t.handler}:${t.eventType}`).sort()).toEqual(EXPECTED);
    const submit = wb.world.run(
      () =>
        ScriptApp.getProjectTriggers()
          .find((t) => t.getHandlerFunction() === 'onSurveySubmit')!
          .getTriggerSourceId(),
      {
        user: admin,
      },
    );
    expect(submit).toBe(wb.world.activeSpreadsheetId);
  });

  it('running it again changes nothing; a trigger deleted by hand is recreated and said so', () => {
    const before = ids();
    initialise();
    expect(ids()).toEqual(before);
    expect(lastAlert()).toBe('Le classeur est déjà prêt : rien à ajouter.');
    wb.world.run(() => ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'runScheduledJobs')!), {
      user: admin,
    });
    expect(triggers()).toEqual(['onSurveySubmit:ON_FORM_SUBMIT']);
    initialise();
    expect(triggers()).toEqual(EXPECTED);
    expect(lastAlert()).toBe('Déclencheurs installés : tâches planifiées (toutes les heures).');
  });

  it('replaces the daily trigger an earlier version left (deleted first: Google allows one time-driven trigger per document)', () => {
    wb.world.run(
      () => {
        for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
        ScriptApp.newTrigger('runConventionsDaily').timeBased().everyDays(1).atHour(6).create();
        ScriptApp.newTrigger('onSurveySubmit').forSpreadsheet(wb.world.activeSpreadsheetId!).onFormSubmit().create();
      },
      { user: admin },
    );
    initialise();
    expect(triggers()).toEqual(EXPECTED);
    expect(lastAlert()).toBe(
      'Déclencheurs installés : tâches planifiées (toutes les heures).\nDéclencheurs en trop supprimés : ancien déclencheur runConventionsDaily.',
    );
  });

  it("leaves the hourly trigger of the admin's other workbook alone", () => {
    const other = wb.world.inspect(() => SpreadsheetApp.create('Autre classeur').getId(), admin);
    const home = wb.world.activeSpreadsheetId;
    wb.world.activeSpreadsheetId = other;
    initialise(); // a fresh workbook: the admin becomes its admin, and it gets its own triggers
    wb.world.activeSpreadsheetId = home;
    initialise();
    expect(triggers()).toEqual([...EXPECTED, ...EXPECTED].sort());
  });

  it('is for admins only, through the sidebar endpoint too', () => {
    expect(() => initialise()).not.toThrow();
    expect(() => wb.call('initialiseWorkbook', [], { user: chargee })).toThrow('Accès refusé');
    expect(() => wb.call('installTriggers', [], { user: chargee })).toThrow('Accès refusé');
    expect(wb.call('installTriggers', [], { user: admin })).toEqual({ created: [], removed: [] });
  });
});

describe('as a bound script (no add-on rule)', () => {
  seededPerFile(() => (wb = workbookWithPartners([], { world: { addOn: false } })));

  it('removes duplicates and both triggers of earlier versions', () => {
    wb.world.run(
      () => {
        ScriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
        ScriptApp.newTrigger('onSurveySubmit').forSpreadsheet(wb.world.activeSpreadsheetId!).onFormSubmit().create();
        for (const h of RETIRED_HANDLERS) ScriptApp.newTrigger(h).timeBased().everyHours(1).create();
      },
      { user: admin },
    );
    expect(triggers()).toHaveLength(6);
    expect(wb.call('installTriggers', [], { user: admin })).toEqual({
      created: [],
      removed: ['runConventionsDaily', 'runSurveyJobs', 'runScheduledJobs', 'onSurveySubmit'],
    });
    expect(triggers()).toEqual(EXPECTED);
  });
});
