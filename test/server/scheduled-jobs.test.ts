/**
 * The hourly dispatcher (runScheduledJobs) on the BUILT bundle, driven by the emulator's trigger
 * runner as the test clock moves: each job on its schedule, none starved by another that throws
 * or overruns; the handlers refused to anyone but their trigger or an admin; trigger runs recorded
 * as « tâche planifiée », whatever Session gives in a trigger run.
 */
import { _advanceTime, _failedTriggerRuns } from '../../src/dev/emulator/script';
import { _outbox, _setMailQuota } from '../../src/dev/emulator/mail';
import type { LoadedScript } from '../../src/dev/load-script';
import type { DispatchReport } from '../../src/domain/contracts';
import { CONVENTIONS, JOURNAL } from '../../src/domain/schema/tables';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import { RESPONSES } from '../../src/domain/surveys/tables';
import { draftConvention } from './approval-fixture';
import { records, rows } from '../support/demo-sheets';
import { admin, chargee, create, draft, FULL, lecteur, linksByAddress, respond, send, surveyWorkbook, DESTINATION_ALLOWED } from './surveys-support';

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Every run of the hourly trigger: when (UTC = Bamako time) and what it reported. The handler is wrapped in the script's scope, where the trigger runner finds it. */
function recordRuns(wb: LoadedScript): { at: string; report: DispatchReport }[] {
  const runs: { at: string; report: DispatchReport }[] = [];
  const real = wb.context.runScheduledJobs as (e: unknown) => DispatchReport;
  wb.context.runScheduledJobs = (e: unknown) => {
    const at = new Date(wb.world.clock.now()).toISOString().slice(5, 16);
    const report = real(e);
    runs.push({ at, report });
    return report;
  };
  return runs;
}
const ran = (r: { report: DispatchReport }) => r.report.ran.map((j) => `${j.name}:${j.outcome}`);
/** Each Forms read of responses takes `ms` of clock time (a slow Forms API), from now on. */
function slowForms(wb: LoadedScript): { ms: number } {
  const slow = { ms: 0 };
  const previous = wb.world.log.guard;
  wb.world.log.guard = (name: string) => {
    previous?.(name);
    if (name === 'Form.getResponses') wb.world.clock.advance(slow.ms);
  };
  return slow;
}
const jobRecord = (wb: LoadedScript, name: string) =>
  JSON.parse(wb.world.run(() => PropertiesService.getDocumentProperties()!.getProperty(`pacte.job.${name}`) ?? '{}')) as Record<string, string>;

describe('over 8 days of the hourly trigger', () => {
  it('runs the survey and e-mail jobs every hour, the sharing job daily at 05:00 and the conventions job daily at 06:00, in the spreadsheet zone', () => {
    const { wb } = surveyWorkbook(3);
    const runs = recordRuns(wb);
    _advanceTime(wb.world, 8 * DAY);
    expect(runs).toHaveLength(8 * 24);
    expect(runs.every((r) => ran(r).includes('enquêtes:terminée'))).toBe(true);
    // First run an hour after « Initialiser » (never run yet), then every day at 06:00.
    expect(runs.filter((r) => ran(r).includes('conventions:terminée')).map((r) => r.at)).toEqual([
      '03-12T10:00',
      ...[13, 14, 15, 16, 17, 18, 19, 20].map((d) => `03-${d}T06:00`),
    ]);
    expect(runs.every((r) => ran(r).includes('e-mails:terminée'))).toBe(true);
    expect(runs.filter((r) => ran(r).includes('partage:terminée')).map((r) => r.at)).toEqual([
      '03-12T10:00',
      ...[13, 14, 15, 16, 17, 18, 19, 20].map((d) => `03-${d}T05:00`),
    ]);
    expect(runs.every((r) => r.report.postponed.length === 0)).toBe(true);
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
  });

  it('a job that throws is recorded and retried each hour; the other runs every hour all the same', () => {
    const { wb } = surveyWorkbook(3);
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().deleteSheet(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Conventions')!), {
      user: admin,
    });
    const runs = recordRuns(wb);
    _advanceTime(wb.world, 2 * DAY);
    expect(runs).toHaveLength(48);
    expect(runs.every((r) => ran(r).includes('enquêtes:terminée') && ran(r).includes('conventions:échec'))).toBe(true);
    expect(jobRecord(wb, 'conventions')).toMatchObject({ outcome: 'échec', error: expect.stringContaining('Conventions') });
    // Repaired by « Initialiser »: the job catches up at the next hour, then runs daily again.
    wb.call('initialiseWorkbook', [], { user: admin });
    _advanceTime(wb.world, DAY);
    expect(
      runs
        .slice(48)
        .filter((r) => ran(r).includes('conventions:terminée'))
        .map((r) => r.at),
    ).toEqual(['03-14T10:00', '03-15T06:00']);
  });

  it('a job that overruns the budget postpones the next to the following hour, where it runs first; one killed at 6 minutes runs last and starves no one', () => {
    const { wb, partnerIds } = surveyWorkbook(3);
    send(wb, create(wb, draft(partnerIds)).id);
    const slow = slowForms(wb);
    const runs = recordRuns(wb);
    slow.ms = 5 * MIN; // the survey job now takes 5 minutes: past the 4 min 30 s budget
    _advanceTime(wb.world, 2 * HOUR);
    expect(runs.map((r) => [r.at, ran(r), r.report.postponed])).toEqual([
      [
        '03-12T10:00',
        ['enquêtes:terminée'],
        [
          'conventions',
          'engagements',
          'tableau des engagements',
          'évaluations',
          'alertes',
          'partage',
          'ressources',
          'indicateurs',
          'rapports',
          'veille',
          'e-mails',
        ],
      ],
      [
        '03-12T11:00',
        [
          'conventions:terminée',
          'engagements:terminée',
          'tableau des engagements:terminée',
          'évaluations:terminée',
          'alertes:terminée',
          'partage:terminée',
          'ressources:terminée',
          'indicateurs:terminée',
          'rapports:terminée',
          'veille:terminée',
          'e-mails:terminée',
          'enquêtes:terminée',
        ],
        [],
      ],
    ]);

    slow.ms = 7 * MIN; // now killed by the 6-minute limit every time
    _advanceTime(wb.world, DAY);
    const failed = _failedTriggerRuns(wb.world);
    expect(failed).toHaveLength(24);
    expect(new Set(failed.map((f) => f.message))).toEqual(new Set(['Exceeded maximum execution time']));
    expect(jobRecord(wb, 'enquêtes')).toMatchObject({ outcome: 'interrompue', error: expect.stringContaining('limite de 6 minutes') });
    // Every run was killed, yet the conventions job ran at 06:00: before the killed one, now last.
    const conventionsRun = jobRecord(wb, 'conventions');
    expect(conventionsRun).toMatchObject({ lastSlot: '2026-03-13', outcome: 'terminée' });
    expect(conventionsRun.lastRun).toMatch(/^2026-03-13T06:0/);

    // The hourly e-mails job ran every hour before the killed one, never starved.
    expect(jobRecord(wb, 'e-mails')).toMatchObject({ outcome: 'terminée' });

    slow.ms = 0;
    _advanceTime(wb.world, HOUR);
    expect(ran(runs.at(-1)!)).toEqual(['engagements:terminée', 'alertes:terminée', 'e-mails:terminée', 'enquêtes:terminée']);
  });
});

describe('who may run the trigger handlers', () => {
  it('refuses a stranger, a blank email and a lecteur (even with a real trigger ID), changing nothing', () => {
    const { wb } = surveyWorkbook(3);
    const id = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2025-01-01', endDate: '2026-03-01' });
    const uid = wb.world.run(
      () =>
        ScriptApp.getProjectTriggers()
          .find((t) => t.getHandlerFunction() === 'runScheduledJobs')!
          .getUniqueId(),
      {
        user: admin,
      },
    );
    const journalBefore = records(wb, JOURNAL).length;
    for (const [user, e] of [
      ['inconnu@gmail.com', {}],
      ['', {}],
      [lecteur, {}],
      [lecteur, { triggerUid: uid }],
    ] as const) {
      for (const handler of ['runScheduledJobs', 'onSurveySubmit'] as const)
        expect(() => wb.call(handler, [e], { user })).toThrow(
          'Accès refusé : cette tâche est lancée par le déclencheur de Pacte ; seul un admin peut la lancer à la main.',
        );
    }
    expect(records(wb, CONVENTIONS).find((c) => c.id === id)!.status).toBe('Active');
    expect(records(wb, JOURNAL)).toHaveLength(journalBefore);
    expect(_outbox(wb.world)).toHaveLength(0);
    expect(jobRecord(wb, 'conventions')).toEqual({});
    // An admin may run it by hand: recorded under the admin's own name.
    wb.call('runScheduledJobs', [{}], { user: admin });
    expect(records(wb, CONVENTIONS).find((c) => c.id === id)!.updatedBy).toBe(admin);
  });

  it("a demoted admin's trigger is refused at every run, while the remaining admin's keeps running the jobs", () => {
    const { wb } = surveyWorkbook(3);
    const id = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2025-01-01', endDate: '2026-03-01' });
    // A second admin installs Pacte's triggers (their own), then is demoted by the first.
    wb.call('setRole', [chargee, 'admin'], { user: admin });
    wb.call('installTriggers', [], { user: chargee });
    const theirs = wb.world.run(() => ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()), { user: chargee });
    wb.call('setRole', [chargee, 'chargé'], { user: admin });
    const before = _failedTriggerRuns(wb.world).length;
    _advanceTime(wb.world, 2 * HOUR);
    const failed = _failedTriggerRuns(wb.world).slice(before);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => theirs.includes(f.triggerUid) && f.message.includes('Accès refusé'))).toBe(true);
    // The admin's own trigger ran the conventions job: the convention past its end date expired.
    expect(records(wb, CONVENTIONS).find((c) => c.id === id)!.status).toBe('Expirée');
  });

  it("another workbook's trigger of the same person is not this workbook's: its ID is refused here", () => {
    const { wb } = surveyWorkbook(3);
    const home = wb.world.activeSpreadsheetId;
    // The lecteur of this workbook is admin of another one, with Pacte's triggers there.
    const other = wb.world.inspect(() => SpreadsheetApp.create('Autre classeur').getId(), lecteur);
    wb.world.activeSpreadsheetId = other;
    wb.call('initialiseWorkbook', [], { user: lecteur });
    const theirs = wb.world.run(() => ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()), { user: lecteur });
    wb.world.activeSpreadsheetId = home;
    const journalBefore = records(wb, JOURNAL).length;
    for (const uid of theirs)
      for (const handler of ['runScheduledJobs', 'onSurveySubmit'] as const)
        expect(() => wb.call(handler, [{ triggerUid: uid }], { user: lecteur })).toThrow('Accès refusé');
    expect(records(wb, JOURNAL)).toHaveLength(journalBefore);
  });
});

describe.each(['blank', 'creator'] as const)('trigger runs when Session gives %s as the active user', (mode) => {
  it('record « tâche planifiée » in the Journal, the audit columns and the mail log, and decide nothing on an email', () => {
    const { wb, partnerIds } = surveyWorkbook(3, { ...DESTINATION_ALLOWED, triggerActiveUser: mode });
    const id = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2025-01-01', endDate: '2026-03-01' });
    // A validation request queued by the mail quota, for the daily job to send.
    const queued = draftConvention(wb, 5_000_000);
    _setMailQuota(wb.world, 0);
    wb.call('submitForValidation', [queued], { user: chargee });
    expect(records(wb, MAIL_LOG).map((m) => m.status)).toEqual(['en attente']);
    _setMailQuota(wb.world, 100);
    // A survey answered through the form-submit trigger.
    const c = create(wb, draft(partnerIds));
    send(wb, c.id);
    const before = records(wb, JOURNAL).length;
    respond(wb, c.id, [...linksByAddress(wb).values()][0], FULL);
    expect(records(wb, RESPONSES)).toHaveLength(1);

    _advanceTime(wb.world, HOUR);
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
    expect(records(wb, CONVENTIONS).find((c2) => c2.id === id)).toMatchObject({ status: 'Expirée', updatedBy: 'tâche planifiée' });
    expect(records(wb, MAIL_LOG)).toEqual([expect.objectContaining({ status: 'envoyé', updatedBy: 'tâche planifiée' })]);
    // Everything journaled since the answer came from trigger runs: the expiry and the job's sending.
    const byTrigger = rows(wb, 'Journal').slice(before);
    expect(byTrigger.map((j) => j.Action)).toContain('expiration');
    expect(new Set(byTrigger.map((j) => j.Utilisateur))).toEqual(new Set(['tâche planifiée']));
  });
});
