/**
 * ScriptApp installable triggers: builders, limits, form-submit firing and time-driven runs.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { MimeTypes } from '../../src/dev/emulator/core/drive-store';
import { SpreadsheetModel } from '../../src/dev/emulator/spreadsheet/model';
import { installScriptServices, _advanceTime, _failedTriggerRuns, _runDueTriggers, _runSimpleTrigger, _setAddOn } from '../../src/dev/emulator/script';

let world: World;
let scope: Record<string, unknown>;
beforeEach(() => {
  world = new World({ owner: 'direction@ajcad-mali.org' });
  scope = installScriptServices(world);
  Object.assign(globalThis, scope);
  world.scope = scope;
});

function spreadsheet(): { id: string; model: SpreadsheetModel } {
  const rec = world.drive.create('Pacte', MimeTypes.SPREADSHEET, world.owner);
  const model = new SpreadsheetModel(rec.id, 'Africa/Bamako');
  model.locale = 'fr_FR';
  rec.content = model;
  const sheet = model.addSheet('Réponses au formulaire 1');
  sheet.values = [
    ['Horodateur', 'Partenaire', 'Note'],
    [new Date(Date.UTC(2026, 2, 12, 9, 5, 0)), 'ONG Espoir', 4],
  ];
  return { id: rec.id, model };
}

describe('ScriptApp triggers', () => {
  it('creates spreadsheet and form triggers and describes them', () => {
    // https://developers.google.com/apps-script/reference/script/trigger
    const t = ScriptApp.newTrigger('onSubmit_').forSpreadsheet('ss-1').onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe('onSubmit_');
    expect(t.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe('ss-1');
    expect(t.getUniqueId()).toMatch(/^\d{19}$/);
    const f = ScriptApp.newTrigger('onForm_').forForm('form-1').onFormSubmit().create();
    expect(f.getTriggerSource()).toBe(ScriptApp.TriggerSource.FORMS);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['onSubmit_', 'onForm_']);
  });

  it('shows each user only their own triggers, and deletes by trigger', () => {
    // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
    ScriptApp.newTrigger('a').forSpreadsheet('ss-1').onOpen().create();
    world.run(
      () => {
        expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
        ScriptApp.newTrigger('b').forSpreadsheet('ss-1').onEdit().create();
      },
      { user: 'staff@ajcad-mali.org' },
    );
    const mine = ScriptApp.getProjectTriggers();
    expect(mine.map((t) => t.getHandlerFunction())).toEqual(['a']);
    ScriptApp.deleteTrigger(mine[0]!);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(ScriptApp.getUserTriggers({ getId: () => 'ss-1' } as GoogleAppsScript.Spreadsheet.Spreadsheet)).toHaveLength(0);
  });

  it("allows at most 20 triggers per user, with Google's text", () => {
    // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Triggers 20 / user / script"
    for (let i = 0; i < 20; i++)
      ScriptApp.newTrigger('h' + i)
        .forSpreadsheet('ss-1')
        .onChange()
        .create();
    expect(() => ScriptApp.newTrigger('h20').forSpreadsheet('ss-1').onChange().create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    world.run(() => ScriptApp.newTrigger('other').forSpreadsheet('ss-1').onChange().create(), { user: 'staff@ajcad-mali.org' });
  });

  it('accepts everyMinutes only 1, 5, 10, 15 or 30, and refuses sub-hourly triggers in an add-on', () => {
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
    // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers — add-ons: at most once an hour
    _setAddOn(world, true);
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create()).toThrow(
      'Add-ons may not create time-based triggers to run more frequently than once per hour.',
    );
    ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    _setAddOn(world, false);
    expect(ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create().getEventType()).toBe(ScriptApp.EventType.CLOCK);
  });
});

describe('editor add-on: one trigger of each type per user per document', () => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions_1 — "Each add-on
  // can only have one trigger of each type, per user, per document. For example, in a given spreadsheet, a
  // given user can only have one edit trigger, although the user could also have a form-submit trigger or a
  // time-driven trigger in the same spreadsheet. A different user with access to the same spreadsheet could
  // have their own separate set of triggers." Error text as quoted by add-on users (ljay79/jira-tools#53).
  const TOO_MANY_CLOCK = 'This add-on has created too many time-based triggers in this document for this Google user account.';

  it('refuses a second time-driven trigger in the same document, whatever its handler or schedule', () => {
    _setAddOn(world, true);
    world.activeSpreadsheetId = 'ss-1';
    ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(6).create();
    expect(() => ScriptApp.newTrigger('hourly_').timeBased().everyHours(1).create()).toThrow(TOO_MANY_CLOCK);
    // Other types in the same document, and the same type for another user or in another document, are allowed.
    ScriptApp.newTrigger('submit_').forSpreadsheet('ss-1').onFormSubmit().create();
    expect(() => ScriptApp.newTrigger('submit2_').forSpreadsheet('ss-1').onFormSubmit().create()).toThrow(
      'This add-on has created too many form-submit triggers in this document for this Google user account.',
    );
    world.run(() => ScriptApp.newTrigger('hourly_').timeBased().everyHours(1).create(), { user: 'staff@ajcad-mali.org' });
    world.activeSpreadsheetId = 'ss-2';
    ScriptApp.newTrigger('hourly_').timeBased().everyHours(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(3);
  });

  it('allows a new one once the first is deleted, and does not apply to a plain (bound) script', () => {
    _setAddOn(world, true);
    world.activeSpreadsheetId = 'ss-1';
    const first = ScriptApp.newTrigger('a_').timeBased().everyHours(1).create();
    ScriptApp.deleteTrigger(first);
    ScriptApp.newTrigger('b_').timeBased().everyHours(1).create();
    _setAddOn(world, false);
    ScriptApp.newTrigger('c_').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('d_').forSpreadsheet('ss-1').onEdit().create();
    ScriptApp.newTrigger('e_').forSpreadsheet('ss-1').onEdit().create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b_', 'c_', 'd_', 'e_']);
    expect(() => {
      _setAddOn(world, true);
      ScriptApp.newTrigger('f_').timeBased().everyDays(1).create();
    }).toThrow(TOO_MANY_CLOCK);
  });
});

describe('trigger firing', () => {
  it('runs a spreadsheet onFormSubmit trigger as its creator with values and namedValues', () => {
    // https://developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets)
    const { id } = spreadsheet();
    const seen: { user: string; e: Record<string, unknown> }[] = [];
    scope.onSubmit_ = (e: Record<string, unknown>) => seen.push({ user: Session.getEffectiveUser().getEmail(), e });
    ScriptApp.newTrigger('onSubmit_').forSpreadsheet(id).onFormSubmit().create();
    world.run(
      () => world.emit('formSubmit', { spreadsheetId: id, formId: 'form-1', sheetName: 'Réponses au formulaire 1', range: { row: 2, numColumns: 3 } }),
      {
        user: '',
        cause: 'form',
      },
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]!.user).toBe('direction@ajcad-mali.org');
    expect(seen[0]!.e.triggerUid).toBe(ScriptApp.getProjectTriggers()[0]!.getUniqueId());
    expect(seen[0]!.e.values).toEqual(['12/03/2026 09:05:00', 'ONG Espoir', '4']);
    expect(seen[0]!.e.namedValues).toEqual({ Horodateur: ['12/03/2026 09:05:00'], Partenaire: ['ONG Espoir'], Note: ['4'] });
    expect(seen[0]!.e.authMode).toBe(ScriptApp.AuthMode.FULL);
  });

  it("gives a blank active user in a trigger run by default, or the creator's email when so configured", () => {
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser() — "If security policies
    // do not allow access to the user's identity, User.getEmail() returns a blank string. … the user's email
    // address is not available in any context that allows a script to run without that user's authorization".
    // Whether an installable trigger's run counts is not said: blank is the safer default.
    const seen: string[] = [];
    scope.who_ = (e: { triggerUid: string }) => seen.push(`${Session.getActiveUser().getEmail()}|${Session.getEffectiveUser().getEmail()}|${e.triggerUid}`);
    const t = ScriptApp.newTrigger('who_').timeBased().everyHours(1).create();
    _advanceTime(world, 3600 * 1000);
    world.triggerActiveUser = 'creator';
    _advanceTime(world, 3600 * 1000);
    expect(seen).toEqual([`|direction@ajcad-mali.org|${t.getUniqueId()}`, `direction@ajcad-mali.org|direction@ajcad-mali.org|${t.getUniqueId()}`]);
  });

  it('uses the values FormApp computed, and fires form triggers with the response', () => {
    const responses: unknown[] = [];
    scope.onForm_ = (e: { response: unknown }) => responses.push(e.response);
    scope.onSheet_ = (e: { values: string[] }) => responses.push(e.values);
    ScriptApp.newTrigger('onForm_').forForm('form-1').onFormSubmit().create();
    ScriptApp.newTrigger('onSheet_').forSpreadsheet('ss-9').onFormSubmit().create();
    world.emit('formSubmit:form', { formId: 'form-1', response: 'R1' });
    world.emit('formSubmit', { spreadsheetId: 'ss-9', formId: 'form-1', values: ['a', 'b'], namedValues: { Q: ['b'] } });
    world.emit('formSubmit:form', { formId: 'form-2', response: 'R2' });
    expect(responses).toEqual(['R1', ['a', 'b']]);
  });

  it('fires a trigger once even when the services are installed into a second scope over the same world', () => {
    installScriptServices(world); // e.g. the sandbox: Code.js in a vm context, seeding code in the test realm
    const runs: unknown[] = [];
    scope.onSubmitOnce_ = (e: unknown) => runs.push(e);
    ScriptApp.newTrigger('onSubmitOnce_').forSpreadsheet('ss-1').onFormSubmit().create();
    world.emit('formSubmit', { spreadsheetId: 'ss-1', formId: 'f', values: ['x'], namedValues: { Q: ['x'] } });
    expect(runs).toHaveLength(1);
  });

  it('records a failing handler instead of throwing at the submitter', () => {
    const { id } = spreadsheet();
    scope.boom_ = () => {
      throw new Error('Feuille introuvable');
    };
    ScriptApp.newTrigger('boom_').forSpreadsheet(id).onFormSubmit().create();
    ScriptApp.newTrigger('missing_').forSpreadsheet(id).onFormSubmit().create();
    expect(() =>
      world.emit('formSubmit', { spreadsheetId: id, formId: 'f', sheetName: 'Réponses au formulaire 1', range: { row: 2, numColumns: 3 } }),
    ).not.toThrow();
    expect(_failedTriggerRuns(world).map((f) => [f.handler, f.message])).toEqual([
      ['boom_', 'Feuille introuvable'],
      ['missing_', 'Script function not found: missing_'],
    ]);
  });

  it('runs time-driven triggers in order as the clock advances, each in its own execution', () => {
    // https://developers.google.com/apps-script/reference/script/clock-trigger-builder
    const runs: string[] = [];
    const note = (name: string) => () =>
      runs.push(`${name}@${Utilities.formatDate(new Date(world.clock.now()), 'Africa/Bamako', 'dd HH:mm')}#${world.execution.cause}`);
    scope.hourly_ = note('hourly');
    scope.daily_ = note('daily');
    scope.once_ = note('once');
    ScriptApp.newTrigger('hourly_').timeBased().everyHours(6).create(); // created 12 Mar 09:00 GMT
    ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(7).nearMinute(30).create();
    ScriptApp.newTrigger('once_')
      .timeBased()
      .after(90 * 60 * 1000)
      .create();
    expect(_advanceTime(world, 24 * 3600 * 1000)).toBe(6);
    expect(runs).toEqual([
      'once@12 10:30#trigger:clock',
      'hourly@12 15:00#trigger:clock',
      'hourly@12 21:00#trigger:clock',
      'hourly@13 03:00#trigger:clock',
      'daily@13 07:30#trigger:clock',
      'hourly@13 09:00#trigger:clock',
    ]);
    expect(_runDueTriggers(world)).toBe(0);
    // A one-off trigger stays listed (it still counts toward the limit) until deleted.
    expect(ScriptApp.getProjectTriggers()).toHaveLength(3);
  });

  it('keeps a daily trigger at the same wall-clock hour across a DST change (inTimezone)', () => {
    world.clock.set(Date.UTC(2026, 2, 27, 12, 0));
    const runs: string[] = [];
    scope.morning_ = () => runs.push(Utilities.formatDate(new Date(world.clock.now()), 'Europe/Paris', 'dd HH:mm z'));
    ScriptApp.newTrigger('morning_').timeBased().everyDays(1).atHour(8).inTimezone('Europe/Paris').create();
    _advanceTime(world, 3 * 24 * 3600 * 1000);
    expect(runs).toEqual(['28 08:00 CET', '29 08:00 CEST', '30 08:00 CEST']);
  });
});

describe('simple triggers', () => {
  // https://developers.google.com/apps-script/guides/triggers#restrictions — "They cannot run for longer than 30 seconds."
  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle — onOpen runs in
  // "AuthMode.NONE (unless enabled, then AuthMode.LIMITED)"; onInstall in AuthMode.FULL.
  it('runs onOpen in NONE before the add-on is enabled in the document, LIMITED after; onEdit in LIMITED; onInstall in FULL', () => {
    const modes: string[] = [];
    for (const name of ['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']) scope[name] = (e: { authMode: string }) => modes.push(`${name}:${e.authMode}`);
    _runSimpleTrigger(world, 'onOpen', {}, { enabled: false });
    _runSimpleTrigger(world, 'onOpen');
    _runSimpleTrigger(world, 'onEdit');
    _runSimpleTrigger(world, 'onInstall');
    _runSimpleTrigger(world, 'onSelectionChange');
    expect(modes).toEqual(['onOpen:NONE', 'onOpen:LIMITED', 'onEdit:LIMITED', 'onInstall:FULL', 'onSelectionChange:LIMITED']);
  });

  it('refuses an authorized service in LIMITED mode', () => {
    scope.onEdit = () => ScriptApp.newTrigger('x').timeBased().everyHours(1).create();
    expect(() => _runSimpleTrigger(world, 'onEdit')).toThrow('You do not have permission to call ScriptApp.newTrigger.');
  });

  it('stops a simple trigger after 30 seconds (the execution-time text; Google documents no other), an installable run after 6 minutes', () => {
    scope.onEdit = () => {
      Session.getScriptTimeZone();
      world.clock.advance(29 * 1000);
      Session.getScriptTimeZone();
      world.clock.advance(1000);
      Session.getScriptTimeZone();
    };
    expect(() => _runSimpleTrigger(world, 'onEdit')).toThrow('Exceeded maximum execution time');
    const reached: number[] = [];
    scope.long_ = () => {
      world.clock.advance(5 * 60 * 1000);
      reached.push(Session.getScriptTimeZone().length);
      world.clock.advance(60 * 1000);
      reached.push(Session.getScriptTimeZone().length);
    };
    ScriptApp.newTrigger('long_').timeBased().after(1000).create();
    _advanceTime(world, 2000);
    expect(reached).toHaveLength(1);
    expect(_failedTriggerRuns(world).map((f) => f.message)).toEqual(['Exceeded maximum execution time']);
  });
});
