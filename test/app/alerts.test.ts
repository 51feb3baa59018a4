/**
 * The « alertes » job on the in-memory store with fake ports: once per key whatever the runs,
 * resumed where the time budget stopped it, and over 50 000 commitments killed at random points
 * (before or after the write to Envois, around its position, before a batch leaves) then re-run:
 * every alert of an uninterrupted run is sent, none twice.
 */
import { ALERTS_JOB, MARGIN_MS, SEND_STEP, runAlerts } from '../../src/app/alerts';
import { runScheduledJobs, TIME_BUDGET_MS, type JobBudget } from '../../src/app/jobs/dispatcher';
import { listJobErrors } from '../../src/app/jobs/job-errors';
import { sendQueued } from '../../src/app/mail/notices';
import type { Ports } from '../../src/app/ports';
import type { MailPort } from '../../src/app/ports/mail';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import type { Delivery, Outgoing, OutboxLog } from '../../src/domain/mail/outbox';
import { COMMITMENTS, CONTACTS, CONVENTIONS, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { defaultSettingsRows } from '../../src/domain/settings/settings';
import type { TableSpec } from '../../src/domain/schema/field';
import type { Store } from '../../src/store/store';
import { MemoryStore } from '../../src/store/memory-store';
import { addDays } from '../../src/domain/format/local-date';

const TODAY = '2026-03-12';
const DG = 'dg@amade.org';

class Killed extends Error {}

interface Options {
  commitments: number;
  owners: number;
  /** Probability that each kill point kills the execution. */
  kill?: () => boolean;
  /** Due dates from 10 days ago to `spread` − 10 days ahead. */
  spread: number;
  /** Clock time each e-mail takes to leave. */
  sendMs?: number;
}

/** A workbook with `n` commitments over `owners` owners, alerts daily with partner reminders. */
function workbook(opts: Options) {
  let nowMs = Date.parse(`${TODAY}T09:00:00Z`);
  jest.spyOn(Date, 'now').mockImplementation(() => nowMs);
  const store = new MemoryStore({ user: 'tâche planifiée', timeZone: 'Africa/Bamako', now: () => new Date(nowMs) });
  const settings = defaultSettingsRows('AMADE').map((r) =>
    r.key === 'Fréquence du récapitulatif' ? { ...r, value: 'quotidien' } : r.key === 'Rappels aux partenaires' ? { ...r, value: 'oui' } : r,
  );
  store.table(SETTINGS).insert(settings);
  const partners = store.table(PARTNERS).insert(Array.from({ length: 100 }, (_, i) => ({ name: `Partenaire ${i}`, type: 'ONG nationale' })));
  // Half the partners have a contact with an address.
  store
    .table(CONTACTS)
    .insert(partners.filter((_, i) => i % 2 === 0).map((p, i) => ({ partnerId: p.id, name: `Contact ${i}`, email: `contact${i}@partenaire.org` })));
  const conventions = store
    .table(CONVENTIONS)
    .insert(
      partners.flatMap((p) =>
        [0, 1].map(() => ({ partnerId: p.id, type: 'Convention de partenariat', status: 'Active', docUrl: 'https://docs.google.com/document/d/D' })),
      ),
    );
  store.table(COMMITMENTS).insert(
    Array.from({ length: opts.commitments }, (_, i) => ({
      conventionId: conventions[i % conventions.length].id,
      kind: 'Livrable',
      label: `Livrable ${i}`,
      due: addDays(TODAY, (i % opts.spread) - 10),
      owner: `resp${Math.floor((i * opts.owners) / opts.commitments)}@amade.org`,
      party: i % 3 === 0 ? 'Partenaire' : 'Nous',
      amount: 1000 * (i % 7),
    })),
  );
  const positions = new Map<string, string>();
  const sent: string[] = [];
  const kill = (at: string) => {
    if (opts.kill?.()) throw new Killed(at);
  };
  /** One execution: its own table cache over the same rows; kill points around Envois and the position. */
  const execution = (): Ports => {
    const exec = Object.assign(Object.create(store) as Store, { tables: new Map() });
    const table = exec.table.bind(exec);
    exec.table = <S extends TableSpec>(spec: S) => {
      const t = table(spec);
      if (spec !== (MAIL_LOG as TableSpec)) return t;
      return new Proxy(t, {
        get(target, p) {
          if (p === 'insert')
            return (rows: never) => {
              kill('avant Envois');
              const out = target.insert(rows);
              kill('après Envois');
              return out;
            };
          const v = Reflect.get(target, p, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    };
    const mail: MailPort = {
      remainingQuota: () => 1_000_000,
      sendAll(_name: string, messages: readonly Outgoing[], log: OutboxLog): Delivery[] {
        kill('avant un lot');
        log.claim?.(messages);
        const out = messages.map((m) => {
          nowMs += opts.sendMs ?? 0;
          sent.push(m.key);
          return { key: m.key, outcome: 'sent' as const, error: '', sentAt: exec.stamp() };
        });
        log.record(out);
        return out;
      },
      recoverClaim: () => undefined,
      workbookUrl: () => 'https://docs.google.com/spreadsheets/d/pacte/edit',
      sheetId: () => 42,
    };
    const jobRecords = {
      position: (name: string) => positions.get(name) ?? null,
      setPosition: (name: string, v: string | null) => {
        kill('avant la position');
        if (v === null) positions.delete(name);
        else positions.set(name, v);
      },
    };
    return {
      store: exec,
      mail,
      jobRecords,
      roleTable: { current: () => ({ [DG]: 'DG', 'chargee@amade.org': 'chargé' }) },
      lock: { run: <T>(fn: () => T) => fn() },
    } as unknown as Ports;
  };
  const budget = (ms = TIME_BUDGET_MS): JobBudget => {
    const start = nowMs;
    return { remainingMs: () => ms - (nowMs - start) };
  };
  const logKeys = () =>
    store
      .table(MAIL_LOG)
      .all()
      .map((r) => r.record.key);
  /** The keys of the messages sent (the outbox sends Envois rows by ID). */
  const sentKeys = () => {
    const keyOf = new Map(
      store
        .table(MAIL_LOG)
        .all()
        .map((r) => [r.record.id, r.record.key]),
    );
    return sent.map((id) => keyOf.get(id) ?? id);
  };
  return { store, execution, budget, sent: { keys: sentKeys }, logKeys, positions, advance: (ms: number) => (nowMs += ms) };
}

afterEach(() => jest.restoreAllMocks());

const dupes = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('the « alertes » job', () => {
  it('queues and sends each alert once: a second run the same day sends nothing; the next day brings the new digests', () => {
    const w = workbook({ commitments: 300, owners: 5, spread: 90 });
    const first = runAlerts(w.execution(), w.budget());
    expect(first).toMatchObject({ day: TODAY, complete: true });
    expect(first.queued).toBeGreaterThan(5);
    expect(first.sent).toBe(first.queued);
    expect(first.noPartnerAddress.length).toBeGreaterThan(0);
    expect(
      w.sent
        .keys()
        .filter((k) => k.startsWith('alerte:recap:'))
        .sort(),
    ).toEqual([0, 1, 2, 3, 4].map((i) => `alerte:recap:resp${i}@amade.org:${TODAY}`));
    const again = runAlerts(w.execution(), w.budget());
    expect(again).toMatchObject({ queued: 0, sent: 0, complete: true });
    w.advance(24 * 3600 * 1000);
    const next = runAlerts(w.execution(), w.budget());
    expect(next.sent).toBeGreaterThanOrEqual(5);
    expect(dupes(w.sent.keys())).toEqual([]);
    // Escalations go to the DG once each, whatever the days that follow.
    const escalated = w.sent.keys().filter((k) => k.startsWith('alerte:escalade:'));
    expect(escalated.length).toBeGreaterThan(0);
    expect(dupes(escalated)).toEqual([]);
  });

  it('stops when the budget is spent and resumes where it stopped on the next run', () => {
    const w = workbook({ commitments: 2000, owners: 200, spread: 90, sendMs: 1500 });
    const runs = [];
    for (let i = 0; i < 30; i++) {
      const b = w.budget(2 * 60 * 1000);
      const r = runAlerts(w.execution(), b);
      runs.push(r);
      // Never past the budget by more than one send.
      expect(b.remainingMs()).toBeGreaterThanOrEqual(MARGIN_MS - SEND_STEP * 1500);
      if (r.complete && r.sent === 0) break;
    }
    expect(runs.length).toBeGreaterThan(2);
    expect(runs[0].complete).toBe(true);
    expect(runs[0].sent).toBeLessThan(runs[0].queued);
    expect(dupes(w.sent.keys())).toEqual([]);
    expect(new Set(w.sent.keys())).toEqual(new Set(w.logKeys()));
  });

  it('over 50 000 commitments killed at random points and re-run: 0 duplicate, 0 missed', () => {
    const clean = workbook({ commitments: 50_000, owners: 2000, spread: 150 });
    const expected = runAlerts(clean.execution(), clean.budget());
    expect(expected.complete).toBe(true);
    expect(expected.queued).toBeGreaterThan(1000);
    const all = new Set(clean.sent.keys());
    jest.restoreAllMocks();

    // mulberry32: the same kills at every run of the test.
    let seed = 1;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let killing = true;
    const killed = workbook({ commitments: 50_000, owners: 2000, spread: 150, kill: () => killing && random() < 0.2, sendMs: 200 });
    const kills: string[] = [];
    let runs = 0;
    for (; runs < 200; runs++) {
      try {
        const r = runAlerts(killed.execution(), killed.budget());
        if (r.complete && r.sent === 0) break;
      } catch (e) {
        if (!(e instanceof Killed)) throw e;
        kills.push(e.message);
      }
    }
    // Whatever is still queued leaves with the hourly « e-mails » job.
    killing = false;
    sendQueued(killed.execution());
    // Killed at every kind of point, several times.
    expect(new Set(kills)).toEqual(new Set(['avant Envois', 'après Envois', 'avant la position', 'avant un lot']));
    expect(kills.length).toBeGreaterThan(10);
    expect(dupes(killed.sent.keys())).toEqual([]);
    expect(dupes(killed.logKeys())).toEqual([]);
    expect(new Set(killed.sent.keys())).toEqual(all);
    expect(JSON.parse(killed.positions.get(ALERTS_JOB)!)).toMatchObject({ day: TODAY, done: true });
  }, 120_000);
});

describe('errors of scheduled jobs', () => {
  it('land in Journal des erreurs with their stack, newest first, one write per run', () => {
    const w = workbook({ commitments: 1, owners: 1, spread: 1 });
    const ports = Object.assign(w.execution(), {
      jobRecords: { read: () => ({}), write: () => undefined, takeLease: () => true, releaseLease: () => undefined },
    }) as Ports;
    const report = runScheduledJobs(ports, [
      {
        name: 'casse',
        schedule: { every: 'hour' },
        run: () => {
          throw new Error('Feuille « Conventions » introuvable');
        },
      },
    ]);
    expect(report.ran).toEqual([{ name: 'casse', outcome: 'échec', error: 'Feuille « Conventions » introuvable' }]);
    const page = listJobErrors(w.store, { offset: 0, limit: 10 });
    expect(page.total).toBe(1);
    expect(page.errors[0]).toMatchObject({ at: '2026-03-12T09:00:00', job: 'casse', message: 'Feuille « Conventions » introuvable' });
    expect(page.errors[0].stack).toContain('alerts.test.ts');
  });
});
