/**
 * Survey campaigns on the BUILT bundle (run `node build/build.mjs` first): campaign → Google Form
 * → personal prefilled links → simulated responses → « Réponses » rows; quota exhaustion and
 * resume the next day; a run killed midway; missed trigger and catch-up sync; reminders only to
 * non-respondents; closing; call counts of one submission.
 */
import { CAMPAIGNS, QUESTIONS, RESPONSES, SENDS } from '../../src/domain/surveys/tables';
import { JOURNAL } from '../../src/domain/schema/tables';
import { _bounce, _bounces, _outbox, _setMailQuota } from '../../src/dev/emulator/mail';
import { _advanceTime, _failedTriggerRuns } from '../../src/dev/emulator/script';
import { RespondentError } from '../../src/dev/emulator/forms';
import { SheetTable } from '../../src/services/sheet-table';
import {
  admin,
  answeredCampaign,
  chargee,
  create,
  draft,
  FULL,
  items,
  lecteur,
  linksByAddress,
  list,
  partnersOfTypes,
  respond,
  send,
  surveyWorkbook,
  type SurveyWorkbook,
} from './surveys-support';
import { records, store } from '../support/demo-sheets';
import { seededPerFile } from '../support/workbooks';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

let wb: SurveyWorkbook;
let partnerIds: string[];

const responses = () => records(wb, RESPONSES);
const sends = () => records(wb, SENDS);
const install = () => wb.call('installTriggers', [], { user: admin });
/** The campaign's form (isPublished: newer than @types/google-apps-script). */
const formOf = (campaignId: string) =>
  wb.world.run(() => FormApp.openById(String(records(wb, CAMPAIGNS).find((c) => c.id === campaignId)!.formId))) as GoogleAppsScript.Forms.Form & {
    isPublished(): boolean;
  };
/** Recipients mailed for a step (subject « Rappel » = reminder). */
const mailed = (reminder = false) =>
  _outbox(wb.world)
    .filter((m) => m.subject.startsWith('Rappel') === reminder)
    .map((m) => m.to[0]);

/** Seeded once for the file; every test starts from this state, restored. */
const seeded = seededPerFile(() => {
  ({ wb, partnerIds } = surveyWorkbook(12));
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

describe('createCampaign', () => {
  it('generates a published Google Form sending its responses to the Pacte spreadsheet, and queues one tokened recipient per partner', () => {
    const c = create(wb, draft(partnerIds.slice(0, 5)));
    expect(c).toMatchObject({ id: 'ENQ-0001', status: 'Programmée', targets: 5, sent: 0, queued: 5, answered: 0, responseRate: null, bounced: 0 });
    const [row] = records(wb, CAMPAIGNS);
    expect(row).toMatchObject({
      title: 'Satisfaction 2026',
      questionnaireVersion: 1,
      language: 'Français',
      reminderDays: '7',
      targetPartnerIds: partnerIds.slice(0, 5).join(', '),
    });
    // The default questionnaire is written to « Questions » (version 1) and becomes the form's items.
    const questions = records(wb, QUESTIONS);
    expect(questions.map((q) => q.key)).toEqual([
      'collaboration',
      'communication',
      'commitments',
      'accountability',
      'addedValue',
      'resultsSharing',
      'nps',
      'comments',
      'token',
    ]);
    const form = formOf(c.id);
    wb.world.run(() => {
      expect(form.isPublished()).toBe(true);
      expect(form.isAcceptingResponses()).toBe(true);
      expect(form.getDestinationId()).toBe(SpreadsheetApp.getActiveSpreadsheet().getId());
      const titles = form.getItems().map((i) => i.getTitle());
      expect(titles[6]).toBe(`Recommanderiez-vous ${SpreadsheetApp.getActiveSpreadsheet().getName()} comme partenaire ?`);
      const nps = form.getItems()[6].asScaleItem();
      expect([nps.getLowerBound(), nps.getUpperBound()]).toEqual([0, 10]);
      // The response sheet recorded in Enquêtes is the one linked to this form.
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(row.responseSheet))!;
      expect(sheet.getFormUrl()).toContain(form.getId());
    });
    // One recipient per partner: the primary contact; random tokens, never the partner's name or ID.
    const log = sends();
    expect(log).toHaveLength(5);
    expect(log.map((s) => s.email)).toEqual([1, 2, 3, 4, 5].map((i) => `partner-${i}@example.org`));
    for (const s of log) {
      expect(s).toMatchObject({ campaignId: c.id, step: 'Envoi', status: 'En attente' });
      expect(String(s.token)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(log.map((s) => s.token)).size).toBe(5);
    expect(_outbox(wb.world)).toHaveLength(0);
  });

  it('publishes forms that Google creates unpublished (after June 30, 2026) and checks they accept responses', () => {
    wb.world.clock.set(Date.UTC(2026, 6, 2, 9));
    const c = create(wb, draft(partnerIds.slice(0, 2), { sendDate: '2026-07-02', closingDate: '2026-07-30' }));
    const created = wb.world.run(() => FormApp.create('témoin') as unknown as { isPublished(): boolean });
    expect(created.isPublished()).toBe(false); // what Google does from July 2026: Pacte's form was published by Pacte
    wb.world.run(() => expect([formOf(c.id).isPublished(), formOf(c.id).isAcceptingResponses()]).toEqual([true, true]));
  });

  it('targets by type and stage, reports partners without a valid address, and refuses bad drafts in French without writing', () => {
    expect(() => create(wb, draft([], {}))).toThrow('Enquête, champ « Cibles » : choisissez au moins un type');
    expect(() => create(wb, draft(['PAR-9999']))).toThrow('partenaire introuvable : PAR-9999');
    expect(() => create(wb, draft(partnerIds, { closingDate: '2026-03-01' }))).toThrow('Date de clôture');
    expect(() => create(wb, draft(partnerIds, { sendDate: '2026-03-01' }))).toThrow("Enquête, champ « Date d'envoi » : le 1er mars 2026 est passé");
    expect(() => create(wb, draft(partnerIds, { reminderDays: [60] }))).toThrow('la relance à J+60 tomberait après la clôture');
    expect(() => create(wb, { ...draft(partnerIds), target: { types: ['Banque'] } })).toThrow("Ciblage, types : « Banque » n'est pas une valeur possible");
    expect(() => create(wb, draft(partnerIds), lecteur)).toThrow();
    expect(records(wb, CAMPAIGNS)).toHaveLength(0);
    expect(sends()).toHaveLength(0);
    expect(wb.world.inspect(() => DriveApp.getFilesByType('application/vnd.google-apps.form').hasNext())).toBe(false);

    // All partners of one type: those without a contact are reported as « Adresse invalide ».
    const donors = partnersOfTypes(wb, ['PTF / bailleur', 'PTF / bailleur', 'OSC'], (k) => k !== 1);
    const c = create(wb, { ...draft([]), target: { types: ['PTF / bailleur'] } });
    const log = sends();
    const invalid = log.filter((s) => s.status === 'Adresse invalide');
    expect(log.map((s) => s.partnerId)).toEqual(donors.slice(0, 2));
    expect(invalid.map((s) => s.partnerId)).toEqual([donors[1]]);
    expect(c.targets).toBe(log.length);
    expect(c.bounced).toBe(invalid.length);
    expect(invalid.every((s) => s.error === 'Aucune adresse e-mail valide (ni contact, ni fiche partenaire).')).toBe(true);

    // The campaign's page names them, and says how many messages today's quota still allows.
    _setMailQuota(wb.world, 37);
    const page = wb.call('getCampaignReach', [c.id], { user: chargee });
    expect(page.unreachable).toEqual([
      { partnerName: String(invalid[0].partnerName), contactName: '', reason: 'Aucune adresse e-mail valide (ni contact, ni fiche partenaire).' },
    ]);
    expect(page.unreachable[0].partnerName).not.toBe('');
    expect(page.mailQuota).toBe(37);
  });
});

describe('sending and receiving, end to end', () => {
  it('mails personal prefilled links; the single submit trigger stores answers with their partner, flags unknown tokens and duplicates, keeps formula-like text as text', () => {
    install();
    const c = create(wb, draft(partnerIds.slice(0, 6)));
    const after = send(wb, c.id);
    expect(after).toMatchObject({ status: 'En cours', targets: 6, sent: 6, queued: 0 });
    const links = linksByAddress(wb);
    expect(links.size).toBe(6);
    const log = sends();
    for (const s of log) expect(links.get(String(s.email))).toContain(`=${s.token}`);
    const mail = _outbox(wb.world)[0];
    expect(mail.subject).toContain('Satisfaction 2026 : votre avis sur notre partenariat');
    expect(mail.body).toContain('Bonjour Directeur 1,');
    expect(mail.body).toContain("ouvert jusqu'au 30 avril 2026 inclus");

    const link = (i: number) => links.get(`partner-${i}@example.org`)!;
    respond(wb, c.id, link(1), { ...FULL, comments: '=HYPERLINK("http://evil.example","clic")' });
    respond(wb, c.id, link(2), { ...FULL, nps: 3, comments: '+1' });
    respond(wb, c.id, link(3), { ...FULL, comments: '' }); // optional comment left empty
    // Duplicate: partner 4's link is used twice (forwarded?); the first answer counts, the later one is kept, flagged.
    respond(wb, c.id, link(4), { ...FULL, nps: 2, comments: 'première' });
    wb.world.clock.advance(60_000);
    respond(wb, c.id, link(4), { ...FULL, nps: 10, comments: 'remplacée ?' });
    // Someone edits the code in the form: kept but flagged, not tied to any partner.
    respond(wb, c.id, link(5), { ...FULL, token: 'PAR-0005', comments: '@moi -2' });
    expect(_failedTriggerRuns(wb.world)).toEqual([]);

    const got = responses();
    expect(got).toHaveLength(6);
    const tokenOf = (i: number) => String(log.find((s) => s.email === `partner-${i}@example.org`)!.token);
    expect(got[0]).toMatchObject({
      campaignId: c.id,
      token: tokenOf(1),
      partnerId: partnerIds[0],
      contactId: expect.stringMatching(/^CON-/),
      flag: '',
      collaboration: 4,
      nps: 9,
      comments: '=HYPERLINK("http://evil.example","clic")',
    });
    expect(got[1]).toMatchObject({ partnerId: partnerIds[1], nps: 3, comments: '+1', flag: '' });
    expect(got[2]).toMatchObject({ partnerId: partnerIds[2], comments: '', flag: '' });
    expect(got[3]).toMatchObject({ partnerId: partnerIds[3], nps: 2, flag: '', comments: 'première' });
    expect(got[4]).toMatchObject({ partnerId: partnerIds[3], nps: 10, flag: 'doublon', comments: 'remplacée ?' });
    expect(got[5]).toMatchObject({ token: 'PAR-0005', partnerId: '', contactId: '', flag: 'jeton inconnu', comments: '@moi -2' });
    // Google's response IDs, each once.
    expect(new Set(got.map((r) => r.responseId)).size).toBe(6);
    // Nothing became a formula in « Réponses ».
    const formulas = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Réponses')!.getDataRange().getFormulas());
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);

    // Live progress: 4 partners answered (partner 4 once), the unknown token answers nobody's link.
    expect(list(wb)[0]).toMatchObject({ sent: 6, answered: 4, responseRate: 66.7 });
    expect(records(wb, CAMPAIGNS)[0]).toMatchObject({ answered: 4, sent: 6 });
  });

  it('stores 200 adversarial free-text answers exactly, as text', () => {
    install();
    const c = create(wb, draft(partnerIds.slice(0, 1)));
    send(wb, c.id);
    const [url] = [...linksByAddress(wb).values()];
    const starts = ['=', '+', '-', '@', '\t', "'", ' =', '==', '=+', '+=', '-=', '@@', '\r='];
    const bodies = [
      'HYPERLINK("http://x.example","y")',
      '1+1',
      'SUM(A1:A9)',
      "cmd|' /C calc'!A0",
      'IMPORTXML("http://x","//a")',
      '2',
      '1,5',
      'A1',
      'TRUE',
      '12/03/2026',
      'IMAGE("http://x/a.png")',
      '"quoted"',
      'Ω ½ — « »',
      '',
      '0x1F',
      '=1',
    ];
    const extra = [
      '007',
      '1,5',
      '12/03/2026',
      '2026-03-12',
      'VRAI',
      'faux',
      'true',
      '1e5',
      '50%',
      '-0',
      '+33 6 12',
      "'",
      "''=1",
      '<script>alert(1)</script>',
      'ligne 1\nligne 2',
      '   ',
      '=\n=',
      '%',
      '#REF!',
      '#N/A',
    ];
    const strings: string[] = [];
    for (const s of starts) for (const b of bodies) if (strings.length < 200 - extra.length) strings.push(s + b);
    strings.push(...extra);
    expect(strings).toHaveLength(200);
    for (const s of strings) respond(wb, c.id, url, { ...FULL, comments: s });
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
    const got = responses();
    expect(got).toHaveLength(200);
    // Exactly what was typed (a blank-only answer is what Forms stores).
    expect(got.map((r) => String(r.comments))).toEqual(strings);
    const sheet = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Réponses')!.getDataRange());
    expect(
      wb.world
        .run(() => sheet.getFormulas())
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    // Same token 200 times: one counted, 199 duplicates.
    expect(got.filter((r) => r.flag === '')).toHaveLength(1);
    expect(got.filter((r) => r.flag === 'doublon')).toHaveLength(199);
  });

  it('processing one submission costs the same number of calls after 1 or 60 past responses', () => {
    install();
    const c = create(wb, draft(partnerIds.slice(0, 3)));
    send(wb, c.id);
    const [a, b, d] = [...linksByAddress(wb).values()];
    const measure = (url: string) => {
      wb.world.log.reset();
      respond(wb, c.id, url, FULL);
      return { total: wb.world.log.total(), sheets: wb.world.log.sheetsCalls(), reads: wb.world.log.count('Sheet.getSheetValues') };
    };
    // Partners answer at different moments (5 s apart here: within the settings cache's 10 minutes).
    respond(wb, c.id, a, FULL);
    wb.world.clock.advance(5_000);
    const early = measure(b);
    for (let i = 0; i < 58; i++) {
      wb.world.clock.advance(5_000);
      respond(wb, c.id, a, FULL);
    }
    wb.world.clock.advance(5_000);
    const late = measure(d);
    expect(responses()).toHaveLength(61);
    expect(late).toEqual(early);
    console.log(`one submission (trigger + store + dashboard refresh): ${early.total} calls, ${early.sheets} Sheets calls`);
    expect(early.total).toBeLessThanOrEqual(120);
  });
});

describe('quota, resume and at-most-once', () => {
  it('quota exhausted midway: the rest is queued and sent by the hourly job the next day, with no duplicate and no one missed', () => {
    install();
    _setMailQuota(wb.world, 5);
    const c = create(wb, draft(partnerIds));
    expect(send(wb, c.id)).toMatchObject({ targets: 12, sent: 5, queued: 7 });
    expect(sends().filter((s) => s.status === 'En attente')).toHaveLength(7);
    _advanceTime(wb.world, 12 * HOUR); // jobs run hourly, the quota is still spent
    expect(mailed()).toHaveLength(5);
    _advanceTime(wb.world, 13 * HOUR); // 24 h after the first send: quota renewed
    expect(mailed()).toHaveLength(10);
    _advanceTime(wb.world, DAY);
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
    const got = mailed();
    expect(got).toHaveLength(12);
    expect(new Set(got).size).toBe(12);
    expect(new Set(got)).toEqual(new Set(sends().map((s) => s.email)));
    expect(list(wb)[0]).toMatchObject({ sent: 12, queued: 0 });
    // Re-running by hand sends nothing more.
    send(wb, c.id);
    wb.call('runScheduledJobs', [], { user: admin });
    expect(mailed()).toHaveLength(12);
  });

  it('an execution killed midway never mails anyone twice: the message being sent is marked « Envoi incertain »', () => {
    const c = create(wb, draft(partnerIds.slice(0, 6)));
    // Apps Script stops the execution during the 4th sendEmail (6-minute limit).
    const real = wb.context.MailApp as { sendEmail: (...a: unknown[]) => void; getRemainingDailyQuota: () => number };
    let calls = 0;
    wb.context.MailApp = {
      getRemainingDailyQuota: () => real.getRemainingDailyQuota(),
      sendEmail: (...a: unknown[]) => {
        if (++calls === 4) throw new Error('Exceeded maximum execution time');
        real.sendEmail(...a);
      },
    };
    expect(() => send(wb, c.id)).toThrow('Exceeded maximum execution time');
    wb.context.MailApp = real;
    expect(mailed()).toHaveLength(3);
    // The next run recovers the claim: 3 sent, 1 uncertain (not resent), 2 sent now.
    send(wb, c.id);
    const got = mailed();
    expect(got).toHaveLength(5);
    expect(new Set(got).size).toBe(5);
    const statuses = sends().map((s) => s.status);
    expect(statuses.filter((s) => s === 'Envoyé')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'Envoi incertain')).toHaveLength(1);
    send(wb, c.id);
    expect(mailed()).toHaveLength(5);
  });

  it('reports bounced addresses', () => {
    const c = create(wb, draft(partnerIds.slice(0, 3)));
    _bounce(wb.world, 'partner-2@example.org');
    send(wb, c.id);
    const bounced = _bounces(wb.world).map((b) => b.address);
    expect(bounced).toEqual(['partner-2@example.org']);
    const s = wb.call('reportSurveyBounces', [c.id, bounced], { user: chargee });
    expect(s).toMatchObject({ bounced: 1, sent: 3 });
    expect(sends().find((x) => x.email === 'partner-2@example.org')!.status).toBe('Rebond');
    expect(() => wb.callRaw('reportSurveyBounces', [c.id, 'x'], { user: chargee })).toThrow(
      'Argument « les adresses en échec » : une liste d’au plus 5\u00a0000 éléments attendu, reçu « x ».',
    );
  });
});

describe('trigger missed, reminders, closing', () => {
  it('responses submitted while the trigger is deleted are recovered by the catch-up sync, idempotently', () => {
    install();
    const c = create(wb, draft(partnerIds.slice(0, 4)));
    send(wb, c.id);
    const links = [...linksByAddress(wb).values()];
    respond(wb, c.id, links[0], FULL);
    wb.world.run(
      () => {
        for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === 'onSurveySubmit') ScriptApp.deleteTrigger(t);
      },
      { user: admin },
    );
    respond(wb, c.id, links[1], FULL);
    respond(wb, c.id, links[2], { ...FULL, comments: '=1+1' });
    expect(responses()).toHaveLength(1);
    const report = wb.call('syncSurveyResponses', [c.id], { user: chargee });
    expect(report[0]).toMatchObject({ campaignId: c.id, stored: 2 });
    expect(responses()).toHaveLength(3);
    expect(responses()[2].comments).toBe('=1+1');
    expect(wb.call('syncSurveyResponses', [c.id], { user: chargee })[0].stored).toBe(0);
    expect(wb.call('syncSurveyResponses', [], { user: chargee })[0].stored).toBe(0);
    expect(responses()).toHaveLength(3);
    expect(list(wb)[0].answered).toBe(3);
    // Installing again is idempotent: one submit trigger, one hourly dispatcher.
    install();
    install();
    const handlers = wb.world.run(() => ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()), { user: admin });
    expect(handlers.sort()).toEqual(['onSurveySubmit', 'runScheduledJobs']);
    expect(() => wb.call('syncSurveyResponses', ['PAR-0001'], { user: chargee })).toThrow("Enquêtes : aucun enregistrement avec l'ID « PAR-0001 ».");
    expect(() => wb.callRaw('syncSurveyResponses', ['PAR 1'], { user: chargee })).toThrow(
      "Argument « l'enquête » : un identifiant comme ENQ-0001 attendu, reçu « PAR 1 ».",
    );
    expect(() => wb.call('installTriggers', [], { user: chargee })).toThrow('Accès refusé');
  });

  it('reminders go only to those who have not answered; the form closes after the closing date', () => {
    install();
    const c = create(wb, draft(partnerIds.slice(0, 5), { reminderDays: [3], closingDate: '2026-03-20' }));
    send(wb, c.id);
    const links = linksByAddress(wb);
    respond(wb, c.id, links.get('partner-1@example.org')!, FULL);
    respond(wb, c.id, links.get('partner-3@example.org')!, FULL);
    _advanceTime(wb.world, 3 * DAY);
    expect(mailed(true).sort()).toEqual(['partner-2@example.org', 'partner-4@example.org', 'partner-5@example.org']);
    expect(sends().filter((s) => s.step === 'Relance 1')).toHaveLength(3);
    _advanceTime(wb.world, 2 * DAY);
    expect(mailed(true)).toHaveLength(3);
    // Closing: the form stops accepting responses, the campaign is « Clôturée ».
    _advanceTime(wb.world, 6 * DAY);
    expect(records(wb, CAMPAIGNS)[0].status).toBe('Clôturée');
    expect(wb.world.run(() => formOf(c.id).isAcceptingResponses())).toBe(false);
    expect(() => respond(wb, c.id, links.get('partner-2@example.org')!, FULL)).toThrow(RespondentError);
    expect(() => send(wb, c.id)).toThrow('elle est clôturée');
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
    const journal = records(wb, JOURNAL).filter((j) => j.recordId === c.id);
    expect(journal.map((j) => j.action)).toEqual(expect.arrayContaining(['création', 'formulaire', 'envoi', 'clôture']));
  });

  it('uses the latest questionnaire version of « Questions »; optional questions may be left empty', () => {
    create(wb, draft(partnerIds.slice(0, 1)));
    // The organisation writes a version 2: wording changed, « Partage des résultats » removed, communication optional.
    store(wb, (ctx) => {
      const v1 = SheetTable.open(ctx, QUESTIONS)
        .all()
        .map((s) => s.record);
      SheetTable.open(ctx, QUESTIONS).insert(
        v1
          .filter((q) => q.key !== 'resultsSharing')
          .map((q) => ({
            ...q,
            version: 2,
            required: q.key === 'communication' ? false : q.required,
            title: q.key === 'communication' ? 'Notre communication' : q.title,
          })),
      );
    });
    install();
    const c = create(wb, draft(partnerIds.slice(1, 2), { title: 'Enquête v2' }));
    expect(records(wb, CAMPAIGNS).find((r) => r.id === c.id)!.questionnaireVersion).toBe(2);
    expect(Object.keys(items(wb, c.id))).not.toContain('resultsSharing');
    send(wb, c.id);
    const url = linksByAddress(wb).get('partner-2@example.org')!;
    respond(wb, c.id, url, { collaboration: 5, commitments: 4, accountability: 4, addedValue: 3, nps: 8 });
    expect(responses()[0]).toMatchObject({ campaignId: c.id, collaboration: 5, communication: null, resultsSharing: null, nps: 8, flag: '' });
    // A broken version is refused with the row named.
    store(wb, (ctx) => SheetTable.open(ctx, QUESTIONS).insert([{ version: 3, order: 1, key: 'nps', kind: 'Échelle 1-5', title: 'NPS' }]));
    expect(() => create(wb, draft(partnerIds.slice(2, 3)))).toThrow(
      /Feuille « Questions », ligne \d+, colonne « Type de question » : la clé « nps » attend le type « NPS 0-10 »/,
    );
  });
});

describe('a campaign answered through its links', () => {
  it('leaves a sent campaign with its responses, a duplicate and an unknown code among them', () => {
    const s = answeredCampaign(wb, partnerIds.slice(0, 6));
    expect(s).toMatchObject({ status: 'En cours', queued: 0, bounced: 0, answered: 6 });
    const flags = wb.world.run(() => {
      const values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Réponses')!.getDataRange().getValues();
      return values.slice(1).map((r) => r[3]);
    });
    expect(flags).toEqual(expect.arrayContaining(['doublon', 'jeton inconnu']));
    expect(_failedTriggerRuns(wb.world)).toEqual([]);
  });
});
