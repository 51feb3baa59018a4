/**
 * The « alertes » job through the built bundle and the hourly dispatcher as the test clock moves:
 * commitments becoming overdue then in the next digest, each owner their own items (escaped HTML,
 * French dates and amounts), the escalation to the role of Paramètres › Alertes once, a partner
 * reminder once to the partner's contact; the copy for WhatsApp (getMyDigest); a job that throws in
 * *Journal des erreurs*, shown to an admin by listJobErrors and refused to a lecteur.
 */
import { _outbox } from '../../src/dev/emulator/mail';
import { rows, seedRows } from '../support/demo-sheets';
import { EVALUATIONS } from '../../src/domain/evaluation/tables';
import { WATCH } from '../../src/domain/watch/tables';
import { workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { USERS } from '../support/workbooks';
import type { ParamsOf } from '../../src/domain/contracts/api';
import { conventionWithCommitments } from '../support/convention-draft';

const NB = '\u00a0';
let wb: OpportunityWorkbook;

function setAlertSetting(key: string, value: string): void {
  wb.world.run(
    () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!;
      const values = sheet.getDataRange().getValues();
      const i = values.findIndex((r) => r[0] === 'Alertes' && r[1] === key);
      if (i < 0) throw new Error(`Paramètres › Alertes › ${key} absent`);
      sheet.getRange(i + 1, 3).setValue(value);
    },
    { user: USERS.admin },
  );
}

const at = (iso: string) => wb.world.clock.set(new Date(iso));
const runJobs = () => wb.call('runScheduledJobs', [], { user: USERS.admin });
const mails = () => _outbox(wb.world).filter((m) => m.subject.startsWith('Pacte — ') || m.subject.startsWith('Rappel'));
const mailsTo = (who: string) => mails().filter((m) => m.to.includes(who));

let CONVENTION: ParamsOf<'generateConvention'>[0];

beforeEach(() => {
  wb = workbookWithOpportunity();
  setAlertSetting('Fréquence du récapitulatif', 'quotidien');
  setAlertSetting("Rôle d'escalade", 'DAF');
  setAlertSetting('Rappels aux partenaires', 'oui');
  at('2026-03-12T09:30:00Z');
  CONVENTION = conventionWithCommitments(wb.partnerId, {
    commitments: [
      { kind: 'Versement', label: 'Première tranche', due: '2026-03-20', party: 'Partenaire', owner: USERS.officer, amount: 1500000 },
      { kind: 'Rapport narratif', label: '<script>alert(1)</script>', due: '2026-03-16', party: 'Nous', owner: USERS.finance },
    ],
  });
  wb.call('generateConvention', [CONVENTION], { user: USERS.officer });
});

describe('the « alertes » job in the hourly dispatcher', () => {
  it('each owner gets a digest of their own items only, escaped, with French dates and amounts; once a day', () => {
    const report = runJobs();
    expect(report.ran).toContainEqual(expect.objectContaining({ name: 'alertes', outcome: 'terminée' }));
    const [officer] = mailsTo(USERS.officer);
    expect(officer.subject).toBe('Pacte — vos engagements : 1 dans 30 jours');
    expect(officer.body).toContain(`Première tranche (CONV-0001, `);
    expect(officer.body).toContain(`échéance 20 mars 2026 — 1${NB}500${NB}000${NB}FCFA`);
    expect(officer.body).not.toContain('script');
    const [finance] = mailsTo(USERS.finance);
    expect(finance.subject).toBe('Pacte — vos engagements : 1 cette semaine');
    expect(finance.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(finance.htmlBody).not.toContain('<script>');
    expect(finance.htmlBody).toMatch(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A3"/);
    expect(finance.body).not.toContain('Première tranche');
    // Later the same day: nothing new.
    at('2026-03-12T15:30:00Z');
    runJobs();
    expect(mails()).toHaveLength(2);
  });

  it('a commitment becoming overdue is « En retard » and in the next digest; escalated once after 7 days; the partner reminded once', () => {
    runJobs();
    // From 13 March (7 days before the 20th), the partner's contact is reminded, once.
    at('2026-03-13T09:30:00Z');
    runJobs();
    at('2026-03-14T09:30:00Z');
    runJobs();
    const reminders = mailsTo('a.diallo@fjs.org');
    expect(reminders.map((m) => m.subject)).toEqual(['Rappel : échéance du 20 mars 2026 — Première tranche']);
    expect(reminders[0].body).toContain('Madame, Monsieur,');

    at('2026-03-22T09:30:00Z');
    runJobs();
    expect(rows(wb, 'Engagements').find((r) => r['Libellé'] === 'Première tranche')!.Statut).toBe('En retard');
    const latest = mailsTo(USERS.officer).pop()!;
    expect(latest.subject).toBe('Pacte — vos engagements : 1 en retard');
    expect(latest.body).toContain('échéance 20 mars 2026, 2 jours de retard');

    // The DAF (Paramètres › Alertes › Rôle d'escalade) hears of each once they are 7 days late.
    for (const day of ['2026-03-23', '2026-03-27', '2026-03-28', '2026-03-29']) {
      at(`${day}T09:30:00Z`);
      runJobs();
    }
    const escalations = mails().filter((m) => m.subject.startsWith('Pacte — engagement en retard'));
    expect(escalations.map((m) => [m.to.join(','), m.subject])).toEqual([
      [USERS.finance, 'Pacte — engagement en retard de 7 jours : <script>alert(1)</script>'],
      [USERS.finance, 'Pacte — engagement en retard de 7 jours : Première tranche'],
    ]);
    expect(mailsTo('a.diallo@fjs.org')).toHaveLength(1);
  });

  it('getMyDigest: the caller’s text for WhatsApp and counts', () => {
    at('2026-03-22T09:30:00Z');
    const mine = wb.call('getMyDigest', [], { user: USERS.officer });
    expect(mine.counts).toEqual({ late: 1, week: 0, month: 0 });
    expect(mine.text.split('\n').slice(0, 4)).toEqual([
      '*Pacte — engagements au 22 mars 2026*',
      '',
      '*En retard (1)*',
      expect.stringMatching(/^• ENG-0001 — Première tranche \(CONV-0001, .+\) : échéance 20 mars 2026, 2 jours de retard — 1\u00a0500\u00a0000\u00a0FCFA$/),
    ]);
    expect(wb.call('getMyDigest', [], { user: USERS.reader })).toEqual({ text: '', counts: { late: 0, week: 0, month: 0 } });
  });
});

describe('the job killed at random points (the 6-minute limit) and re-run every hour', () => {
  const KILLED = 'Exceeded maximum execution time';
  const PREFIXES = ['MailApp.sendEmail', 'Properties.setProperty', 'Range.setValues', 'MailApp.sendEmail'];
  const OWNERS = [USERS.officer, USERS.finance, USERS.legal, USERS.otherOfficer];

  /** 12 more commitments: 4 owners, some 7 days late or more (escalated), some the partner's within 7 days (reminded). */
  function manyCommitments(): void {
    for (let i = 0; i < 12; i++)
      wb.call(
        'addCommitment',
        [
          {
            conventionId: 'CONV-0001',
            kind: 'Autre',
            label: `Suivi ${i}`,
            due: `2026-03-${String(1 + 2 * i).padStart(2, '0')}`,
            party: i % 2 ? 'Partenaire' : 'Nous',
            owner: OWNERS[i % 4],
          },
        ],
        { user: USERS.officer },
      );
  }
  const sentPairs = () => mails().map((m) => `${m.to.join(',')} | ${m.subject}`);

  it('mails every alert of an uninterrupted run, none twice; a send cut mid-way is « Envoi incertain » for the admin, never resent', () => {
    manyCommitments();
    runJobs();
    const expected = sentPairs();
    expect(expected.length).toBeGreaterThan(8);

    wb = workbookWithOpportunity();
    setAlertSetting('Fréquence du récapitulatif', 'quotidien');
    setAlertSetting("Rôle d'escalade", 'DAF');
    setAlertSetting('Rappels aux partenaires', 'oui');
    at('2026-03-12T09:30:00Z');
    wb.call('generateConvention', [CONVENTION], { user: USERS.officer });
    manyCommitments();
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    let kills = 0;
    let killedInAlerts = 0;
    for (let hour = 9; hour <= 20; hour++) {
      at(`2026-03-12T${String(hour).padStart(2, '0')}:30:00Z`);
      if (hour < 17) wb.world.faults.failAt(1 + random(6), KILLED, { prefixes: [PREFIXES[random(PREFIXES.length)]], after: random(2) === 1 });
      // The dispatcher survives a job's death (recorded « échec »); a death outside the jobs ends the run.
      try {
        const report = runJobs();
        if (report.ran.some((j) => j.name === 'alertes' && j.error?.includes(KILLED))) killedInAlerts++;
      } catch (e) {
        expect(String(e)).toContain(KILLED);
      }
      if (wb.world.faults.failed) kills++;
      wb.world.faults.disarm();
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(killedInAlerts).toBeGreaterThanOrEqual(2);
    const got = sentPairs();
    expect(got.filter((p, i) => got.indexOf(p) !== i)).toEqual([]);
    const uncertain = rows(wb, 'Envois')
      .filter((r) => String(r['Erreur']).startsWith('Envoi incertain'))
      .map((r) => `${r['Destinataires']} | ${r['Objet']}`);
    expect(new Set([...got, ...uncertain])).toEqual(new Set(expected));
  });
});

describe('Journal des erreurs', () => {
  it('a job that throws lands there with its stack; listJobErrors shows it to an admin, refuses a lecteur', () => {
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().deleteSheet(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!), {
      user: USERS.admin,
    });
    const report = runJobs();
    const failed = report.ran.filter((j) => j.outcome === 'échec').map((j) => j.name);
    expect(failed).toEqual(expect.arrayContaining(['engagements', 'alertes']));
    const journal = rows(wb, 'Journal des erreurs');
    expect(journal.map((r) => r['Tâche']).sort()).toEqual([...failed].sort());
    expect(String(journal[0]['Message'])).toContain('Engagements');
    expect(String(journal[0]['Pile d’appels'])).toMatch(/at /);
    const page = wb.call('listJobErrors', [{ offset: 0, limit: 10 }], { user: USERS.admin });
    expect(page.total).toBe(failed.length);
    expect(page.errors[0]).toMatchObject({ job: failed[failed.length - 1], message: expect.stringContaining('Engagements') });
    expect(() => wb.call('listJobErrors', [{}], { user: USERS.reader })).toThrow('Accès refusé');
  });
});

describe('what digests hold beyond commitments, and what they leave out', () => {
  function setConventionStatus(status: string): void {
    wb.world.run(
      () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Conventions')!;
        const col = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[]).indexOf('Statut') + 1;
        sheet.getRange(2, col).setValue(status);
      },
      { user: USERS.admin },
    );
  }

  it('a joint evaluation due is in its owner’s digest and WhatsApp text, never escalated; decided, it leaves them', () => {
    seedRows(wb, EVALUATIONS, [{ partnerId: wb.partnerId, partnerName: 'FJS', due: '2026-03-05', owner: USERS.legal, status: 'À faire' }]);
    at('2026-03-22T09:30:00Z');
    runJobs();
    const [digest] = mailsTo(USERS.legal);
    expect(digest.subject).toBe('Pacte — vos engagements : 1 en retard');
    expect(digest.body).toMatch(/- EVA-0001 — Évaluation conjointe \([^,)]+\) : échéance 5 mars 2026, 17 jours de retard\n/);
    expect(mails().filter((m) => m.subject.startsWith('Pacte — engagement en retard') && m.body.includes('EVA-0001'))).toEqual([]);
    const mine = wb.call('getMyDigest', [], { user: USERS.legal });
    expect(mine.counts).toEqual({ late: 1, week: 0, month: 0 });
    expect(mine.text).toContain('• EVA-0001 — Évaluation conjointe (');
    wb.world.run(
      () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Évaluations')!;
        const col = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[]).indexOf('Statut') + 1;
        sheet.getRange(2, col).setValue('Décidée');
      },
      { user: USERS.admin },
    );
    expect(wb.call('getMyDigest', [], { user: USERS.legal }).text).toBe('');
  });

  it('a call of « Veille » decided Go or À étudier, due within 30 days, is in its owner’s digest and week; passed, far or No go, in neither', () => {
    seedRows(wb, WATCH, [
      { title: 'Appel PNUD jeunesse', funder: 'PNUD', deadline: '2026-03-18', decision: 'Go', owner: USERS.legal },
      { title: 'Fonds Sahel', funder: 'Fondation Sahel', deadline: '2026-04-10', decision: 'À étudier', owner: USERS.legal },
      { title: 'Appel refusé', deadline: '2026-03-14', decision: 'No go', owner: USERS.legal },
      { title: 'Appel lointain', deadline: '2026-04-30', decision: 'Go', owner: USERS.legal },
      { title: 'Appel clos', deadline: '2026-03-10', decision: 'Go', owner: USERS.legal },
    ]);
    runJobs();
    const [digest] = mailsTo(USERS.legal);
    expect(digest.subject).toBe('Pacte — vos engagements : 1 cette semaine, 1 dans 30 jours');
    expect(digest.body).toMatch(/- VEI-0001 — Date limite : Appel PNUD jeunesse \(PNUD\) : échéance 18 mars 2026\n/);
    expect(digest.body).toContain('VEI-0002 — Date limite : Fonds Sahel (Fondation Sahel) : échéance 10 avril 2026');
    expect(wb.call('getMyDigest', [], { user: USERS.legal }).counts).toEqual({ late: 0, week: 1, month: 1 });
    expect(wb.call('getMyWeek', [], { user: USERS.legal }).items.map((i) => [i.kind, i.id, i.due])).toEqual([
      ['veille', 'VEI-0001', '2026-03-18'],
      ['veille', 'VEI-0002', '2026-04-10'],
    ]);
  });

  it.each(['Résiliée', 'Clôturée'])('commitments of a convention « %s » are in no digest, escalation nor reminder', (status) => {
    setConventionStatus(status);
    for (const day of ['2026-03-13', '2026-03-16', '2026-03-22', '2026-03-29']) {
      at(`${day}T09:30:00Z`);
      runJobs();
    }
    expect(mails()).toEqual([]);
    expect(wb.call('getMyDigest', [], { user: USERS.officer }).counts).toEqual({ late: 0, week: 0, month: 0 });
    // The same convention active again: the next day's digest holds its overdue commitments.
    setConventionStatus('Active');
    at('2026-03-30T09:30:00Z');
    runJobs();
    expect(mailsTo(USERS.officer).map((m) => m.subject)).toEqual(['Pacte — vos engagements : 1 en retard']);
  });
});
