/** The scheduled jobs on fake ports: the dispatcher's order, failures, budget and killed runs; the trigger installer; the sharing job. */
import { KILLED, TIME_BUDGET_MS, runScheduledJobs, type ScheduledJob } from '../../src/app/jobs/dispatcher';
import { installTriggers } from '../../src/app/jobs/triggers';
import { shareFolder } from '../../src/app/jobs/folder-sharing';
import type { Ports } from '../../src/app/ports';
import type { Triggers } from '../../src/app/ports/jobs';
import type { JobRecord } from '../../src/domain/jobs/schedule';
import type { InstalledTrigger } from '../../src/domain/jobs/trigger-plan';
import { JOURNAL } from '../../src/domain/schema/tables';
import { MemoryStore } from '../../src/store/memory-store';

const MIN = 60 * 1000;

/** A workbook at `local` (Bamako = UTC) with job records in memory; the clock moves when a job says so. */
function world(local: string, records: Record<string, JobRecord> = {}) {
  let nowMs = Date.parse(`${local}Z`);
  jest.spyOn(Date, 'now').mockImplementation(() => nowMs);
  const store = new MemoryStore({ user: 'tâche planifiée', now: () => new Date(nowMs) });
  let lease = 0;
  const jobRecords = {
    read: () => JSON.parse(JSON.stringify(records)) as Record<string, JobRecord>,
    write: (name: string, r: JobRecord) => void (records[name] = r),
    takeLease: (at: number, forMs: number) => (lease > at ? false : ((lease = at + forMs), true)),
    releaseLease: () => void (lease = 0),
  };
  // The dispatcher's last step puts « Ma semaine »'s extracts again: nowhere to put them here.
  const weekCache = { read: () => new Map(), save: () => undefined };
  const ports = { store, jobRecords, weekCache, lock: { run: <T>(fn: () => T) => fn() } } as unknown as Ports;
  const ran: string[] = [];
  const job = (name: string, every: 'hour' | number, run: () => unknown = () => 'ok'): ScheduledJob => ({
    name,
    schedule: every === 'hour' ? { every } : { every: 'day', atHour: every },
    run: () => (ran.push(name), run()),
  });
  return { ports, records, ran, job, advance: (ms: number) => (nowMs += ms), holdLease: () => (lease = nowMs + 10 * MIN) };
}

afterEach(() => jest.restoreAllMocks());

describe('the hourly dispatcher', () => {
  it('runs the most overdue job first, then the others in their order, and records each slot', () => {
    const w = world('2026-03-12T09:10:00', {
      mails: { lastSlot: '2026-03-12T08', outcome: 'terminée' },
      conventions: { lastSlot: '2026-03-10', outcome: 'terminée' },
    });
    const report = runScheduledJobs(w.ports, [w.job('mails', 'hour'), w.job('conventions', 6), w.job('surveys', 'hour')]);
    // Never run is the most overdue; a daily job two days behind comes before an hourly one an hour behind.
    expect(w.ran).toEqual(['surveys', 'conventions', 'mails']);
    expect(report).toEqual({
      ran: ['surveys', 'conventions', 'mails'].map((name) => ({ name, outcome: 'terminée', result: 'ok' })),
      postponed: [],
      skipped: false,
    });
    expect(w.records.conventions).toEqual({ lastSlot: '2026-03-12', lastRun: '2026-03-12T09:10:00', outcome: 'terminée' });
    expect(w.records.mails.lastSlot).toBe('2026-03-12T09');
    // Nothing is due again in the same hour.
    expect(runScheduledJobs(w.ports, [w.job('mails', 'hour'), w.job('conventions', 6), w.job('surveys', 'hour')]).ran).toEqual([]);
  });

  it('records a failing job « échec » with its error, keeps it due, and still runs the others', () => {
    const w = world('2026-03-12T09:00:00');
    const failing = w.job('partage', 'hour', () => {
      throw new Error('Drive indisponible');
    });
    const report = runScheduledJobs(w.ports, [failing, w.job('e-mails', 'hour')]);
    expect(report.ran).toEqual([
      { name: 'partage', outcome: 'échec', error: 'Drive indisponible' },
      { name: 'e-mails', outcome: 'terminée', result: 'ok' },
    ]);
    expect(w.records.partage).toEqual({ lastRun: '2026-03-12T09:00:00', outcome: 'échec', error: 'Drive indisponible' });
    w.ran.length = 0;
    runScheduledJobs(w.ports, [failing, w.job('e-mails', 'hour')]);
    expect(w.ran).toEqual(['partage']);
  });

  it('starts no job once the budget is spent: the rest are postponed, still due, and run first next hour', () => {
    const w = world('2026-03-12T09:00:00');
    const slow = w.job('enquêtes', 'hour', () => w.advance(TIME_BUDGET_MS));
    const jobs = [slow, w.job('conventions', 6), w.job('e-mails', 'hour')];
    const report = runScheduledJobs(w.ports, jobs);
    expect(w.ran).toEqual(['enquêtes']);
    expect(report.postponed).toEqual(['conventions', 'e-mails']);
    expect(w.records.conventions).toBeUndefined();
    w.ran.length = 0;
    w.advance(60 * MIN - TIME_BUDGET_MS);
    runScheduledJobs(w.ports, jobs);
    expect(w.ran.slice(0, 2)).toEqual(['conventions', 'e-mails']);
  });

  it('records a run killed mid-way « interrompue » and runs that job after the others', () => {
    const killedAt9 = { enquêtes: { lastSlot: '2026-03-12T08', running: '2026-03-12T09:00:00' } };
    const w = world('2026-03-12T10:00:00', killedAt9);
    // The other job spends the budget: the killed one is postponed, its record left as the kill made it.
    const report = runScheduledJobs(w.ports, [w.job('enquêtes', 'hour'), w.job('e-mails', 'hour', () => w.advance(TIME_BUDGET_MS))]);
    expect(w.ran).toEqual(['e-mails']);
    expect(report.postponed).toEqual(['enquêtes']);
    expect(w.records.enquêtes).toEqual({ lastSlot: '2026-03-12T08', lastRun: '2026-03-12T09:00:00', outcome: 'interrompue', error: KILLED });
    expect(KILLED).toContain('la limite de 6 minutes');

    const again = world('2026-03-12T10:00:00', { enquêtes: { lastSlot: '2026-03-12T08', running: '2026-03-12T09:00:00' } });
    runScheduledJobs(again.ports, [again.job('enquêtes', 'hour'), again.job('e-mails', 'hour')]);
    expect(again.ran).toEqual(['e-mails', 'enquêtes']);
    expect(again.records.enquêtes).toEqual({ lastSlot: '2026-03-12T10', lastRun: '2026-03-12T10:00:00', outcome: 'terminée' });
  });

  it('does nothing while another dispatcher holds the lease', () => {
    const w = world('2026-03-12T09:00:00');
    w.holdLease();
    expect(runScheduledJobs(w.ports, [w.job('e-mails', 'hour')])).toEqual({ ran: [], postponed: [], skipped: true });
    expect(w.ran).toEqual([]);
  });
});

describe('installTriggers', () => {
  const WB = 'wb-1';
  function account(installed: InstalledTrigger[], schedulers: Record<string, string> = {}) {
    const calls: string[] = [];
    let next = 1;
    const triggers: Triggers = {
      workbookId: WB,
      list: () => [...installed],
      remove: (t) => void calls.push(`supprime ${t.handler} ${t.id}`),
      createHourly: (h) => (calls.push(`crée ${h}`), `new-${next++}`),
      createFormSubmit: (h) => void calls.push(`crée ${h}`),
      schedulers: () => ({ ...schedulers }),
      recordScheduler: (wb, id) => void (schedulers[wb] = id),
    };
    return { triggers, calls, schedulers };
  }
  const clock = (id: string, handler = 'runScheduledJobs'): InstalledTrigger => ({ id, handler, eventType: 'CLOCK', sourceId: '' });
  const submit = (id: string, sourceId = WB): InstalledTrigger => ({ id, handler: 'onSurveySubmit', eventType: 'ON_FORM_SUBMIT', sourceId });

  it('creates both triggers on a fresh workbook and records the hourly one for it', () => {
    const a = account([]);
    expect(installTriggers(a.triggers)).toEqual({ created: ['runScheduledJobs', 'onSurveySubmit'], removed: [] });
    expect(a.schedulers).toEqual({ [WB]: 'new-1' });
  });

  it('deletes duplicates and retired handlers first, keeps the recorded one and never another workbook’s', () => {
    const a = account([clock('t1'), clock('t2'), clock('other'), clock('old', 'runConventionsDaily'), submit('s1'), submit('s2'), submit('s3', 'wb-2')], {
      [WB]: 't2',
      'wb-2': 'other',
    });
    expect(installTriggers(a.triggers)).toEqual({ created: [], removed: ['runConventionsDaily', 'runScheduledJobs', 'onSurveySubmit'] });
    expect(a.calls).toEqual(['supprime runConventionsDaily old', 'supprime runScheduledJobs t1', 'supprime onSurveySubmit s2']);
    expect(a.schedulers).toEqual({ [WB]: 't2', 'wb-2': 'other' });
  });
});

describe('the sharing job « partage »', () => {
  it('journals each access change of Pacte’s folder, and does nothing before the folder exists', () => {
    const store = new MemoryStore({ user: 'tâche planifiée' });
    const changes = {
      added: [{ email: 'awa@org.ml', role: 'writer' as const }],
      changed: [{ email: 'dg@org.ml', role: 'reader' as const }],
      removed: ['ex@org.ml'],
    };
    const drive: { folder?: string } = {};
    const folderSharing = { pacteFolder: () => drive.folder, shareWithRoles: jest.fn(() => changes) };
    expect(shareFolder({ store, folderSharing })).toEqual({ folder: 'aucun' });
    expect(folderSharing.shareWithRoles).not.toHaveBeenCalled();

    drive.folder = 'F1';
    expect(shareFolder({ store, folderSharing })).toBe(changes);
    expect(
      store
        .table(JOURNAL)
        .all()
        .map(({ record: r }) => [r.sheet, r.recordId, r.action, r.field, r.before, r.after]),
    ).toEqual([
      ['Dossier Drive', 'F1', 'partage', 'awa@org.ml', 'aucun accès', 'modification'],
      ['Dossier Drive', 'F1', 'partage', 'dg@org.ml', 'modification', 'lecture'],
      ['Dossier Drive', 'F1', 'partage', 'ex@org.ml', 'accès', 'aucun accès'],
    ]);
  });
});
