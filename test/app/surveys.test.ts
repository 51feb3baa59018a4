/** The survey use cases on the in-memory store, with fake Forms, outbox and document marks. */
import { createCampaign, listCampaigns } from '../../src/app/surveys/campaigns';
import { reportSurveyBounces, resendUncertain, sendCampaign } from '../../src/app/surveys/sending';
import { onSurveySubmit, syncSurveyResponses } from '../../src/app/surveys/receiving';
import { getCampaignResults, refreshSatisfaction } from '../../src/app/surveys/results';
import { surveyJobs } from '../../src/app/surveys/jobs';
import type { Ports } from '../../src/app/ports';
import type { FormAnswer } from '../../src/app/ports/surveys';
import type { MailPort } from '../../src/app/ports/mail';
import type { Delivery, Outgoing, Recovered } from '../../src/domain/mail/outbox';
import { draft } from '../support/survey-draft';
import { MemoryStore } from '../../src/store/memory-store';
import { CONTACTS, JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { CAMPAIGNS, RESPONSES, SENDS } from '../../src/domain/surveys/tables';
import { DASHBOARD_SHEET } from '../../src/domain/surveys/dashboard';
import { parseSettings } from '../../src/domain/settings/settings';

const ADMIN = 'admin@pacte.test';
const FULL = { collaboration: '5', communication: '4', commitments: '4', accountability: '5', addedValue: '4', resultsSharing: '3', nps: '9' };
const LOW = { collaboration: '1', communication: '2', commitments: '1', accountability: '2', addedValue: '1', resultsSharing: '2', nps: '2' };

function workbook() {
  const clock = { now: new Date('2026-03-12T09:00:00Z') };
  const store = new MemoryStore({ user: ADMIN, timeZone: 'Africa/Bamako', now: () => clock.now });
  const mailed: Outgoing[] = [];
  const closed: string[] = [];
  const warnings: string[] = [];
  const marks = new Map<string, string>();
  /** Form responses by form ID, as Google keeps them. */
  const submitted = new Map<string, FormAnswer[]>();
  const fake = { claim: null as Map<string, Recovered> | null, quota: 100, fail: new Set<string>() };
  let tokens = 0;
  let forms = 0;
  // The mail outbox as the use cases see it (the same port as approval notices): a quota, addresses Gmail refuses.
  const mail: MailPort = {
    remainingQuota: () => fake.quota,
    recoverClaim: (_name, apply) => {
      if (fake.claim) apply(fake.claim);
      fake.claim = null;
    },
    sendAll: (_name, messages, log) => {
      const out: Delivery[] = messages.map((m) => {
        if (fake.fail.has(m.to[0])) return { key: m.key, outcome: 'invalid', error: 'Invalid email', sentAt: '' };
        mailed.push(m);
        return { key: m.key, outcome: 'sent', error: '', sentAt: store.stamp() };
      });
      log.record(out);
      return out;
    },
    workbookUrl: () => 'https://docs.google.com/spreadsheets/d/pacte',
    sheetId: () => 7,
  };
  const surveyPorts: Pick<Ports, 'store' | 'surveys' | 'mail'> = {
    store,
    mail,
    surveys: {
      forms: {
        create: (q, opts) => {
          const formId = `FORM-${++forms}`;
          return {
            formId,
            publishedUrl: `https://docs.google.com/forms/d/e/pub-${formId}/viewform`,
            editUrl: `https://docs.google.com/forms/d/${formId}/edit`,
            items: Object.fromEntries(q.questions.map((question, i) => [question.key, i + 1])),
            responseSheet: `Réponses ${opts.title}`,
          };
        },
        linkTemplate: (formId, item) => `https://forms.test/${formId}?entry.${item}=TOKEN`,
        personalLink: (template, token) => template.replace('TOKEN', token),
        close: (formId) => void closed.push(formId),
        responsesSince: (formId, _items, since, skip) =>
          (submitted.get(formId) ?? []).filter((a) => (since === null || a.timestampMs >= since) && !skip.has(a.responseId)),
        submittedSheet: (event) => event as { formUrl: string | null; sheetName: string },
      },
      marks: { get: (k) => marks.get(k) ?? null, all: () => Object.fromEntries(marks), set: (k, v) => void marks.set(k, v) },
      withDocumentLock: (fn) => fn(),
      settings: () => ({ ...parseSettings([]), organisation: 'Fondation Test' }),
      newToken: () => `tok-${++tokens}`,
      warn: (m) => void warnings.push(m),
    },
  };
  const partner = (name: string, email = '') => store.table(PARTNERS).insert([{ name, type: 'OSC', email }])[0].id;
  const contact = (partnerId: string, email: string) => store.table(CONTACTS).insert([{ partnerId, name: `Contact ${email}`, email }]);
  const rows = <S extends typeof SENDS | typeof RESPONSES | typeof CAMPAIGNS | typeof JOURNAL>(spec: S) =>
    store
      .table(spec)
      .all()
      .map((r) => r.record);
  const sends = () => store.columns(SENDS, ['campaignId', 'step', 'token', 'email', 'status', 'error']).rows.map((r) => r.record);
  const responses = () => store.columns(RESPONSES, ['campaignId', 'responseId', 'token', 'flag', 'partnerId']).rows.map((r) => r.record);
  const journal = (action: string) =>
    rows(JOURNAL)
      .filter((j) => j.action === action)
      .map((j) => j.after);
  /** A respondent answers through the link of `token`. */
  const answer = (formId: string, responseId: string, token: string, scores: Record<string, string>) => {
    clock.now = new Date(clock.now.getTime() + 60_000);
    const list = submitted.get(formId) ?? [];
    list.push({ responseId, timestampMs: clock.now.getTime(), answers: { ...scores, token } });
    submitted.set(formId, list);
  };
  const ports = surveyPorts as Ports;
  return { store, ports, clock, mailed, closed, warnings, marks, fake, partner, contact, rows, sends, responses, journal, answer };
}

/** Two partners with a contact each, one with no address at all. */
function withPartners() {
  const w = workbook();
  const a = w.partner('Association Alpha');
  const b = w.partner('Banque Beta');
  const c = w.partner('Collectif Gamma');
  w.contact(a, 'alpha@example.org');
  w.contact(b, 'beta@example.org');
  return { ...w, ids: [a, b, c] };
}

describe('createCampaign', () => {
  it('queues one first sending per partner with a personal token, and partners without address as such; nothing is mailed', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), 'Fondation Test');
    expect(c).toMatchObject({ title: 'Satisfaction 2026', status: 'Programmée', targets: 3, sent: 0, queued: 2 });
    expect(w.sends()).toEqual([
      { campaignId: c.id, step: 'Envoi', token: 'tok-1', email: 'alpha@example.org', status: 'En attente', error: '' },
      { campaignId: c.id, step: 'Envoi', token: 'tok-2', email: 'beta@example.org', status: 'En attente', error: '' },
      {
        campaignId: c.id,
        step: 'Envoi',
        token: 'tok-3',
        email: '',
        status: 'Adresse invalide',
        error: 'Aucune adresse e-mail valide (ni contact, ni fiche partenaire).',
      },
    ]);
    expect(w.rows(CAMPAIGNS)[0]).toMatchObject({ formId: 'FORM-1', responseSheet: 'Réponses Satisfaction 2026' });
    expect(w.journal('formulaire')).toEqual([
      `Formulaire créé (questionnaire v1) : https://docs.google.com/forms/d/e/pub-FORM-1/viewform ; 2 destinataire(s) en attente, 1 partenaire(s) sans adresse valide`,
    ]);
    expect(w.mailed).toEqual([]);
  });

  it('refuses a targeting that matches no partner, naming the field, and creates no form', () => {
    const w = workbook();
    expect(() => createCampaign(w.ports, draft([], { target: { types: ['Média'] } }), '')).toThrow(
      'Enquête, champ « Cibles » : aucun partenaire ne correspond à ce ciblage.',
    );
    expect(w.rows(CAMPAIGNS)).toEqual([]);
  });
});

describe('sendCampaign', () => {
  it('mails each recipient once with their personal link: a second send mails nobody again', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids, { sendDate: '2026-03-20' }), 'Fondation Test');
    const first = sendCampaign(w.ports, c.id, 'Fondation Test');
    expect(first).toMatchObject({ status: 'En cours', sent: 2, queued: 0, targets: 3 });
    expect(w.mailed.map((m) => [m.to[0], m.name])).toEqual([
      ['alpha@example.org', 'Fondation Test'],
      ['beta@example.org', 'Fondation Test'],
    ]);
    expect(w.mailed[0].body).toContain('https://forms.test/FORM-1?entry.');
    expect(w.mailed[0].body).toContain('=tok-1');
    // The send date, later than today, became today.
    expect(w.rows(CAMPAIGNS)[0].sendDate).toBe('2026-03-12');
    sendCampaign(w.ports, c.id, 'Fondation Test');
    expect(w.mailed).toHaveLength(2);
    expect(w.journal('envoi')).toEqual(['2 envoyé(s)', '0 envoyé(s)']);
  });

  it('sends what the quota allows and leaves the rest « En attente » for the hourly job', () => {
    const w = withPartners();
    w.fake.quota = 1;
    const c = createCampaign(w.ports, draft(w.ids), '');
    expect(sendCampaign(w.ports, c.id, '')).toMatchObject({ sent: 1, queued: 1 });
    expect(w.journal('envoi')).toEqual(['1 envoyé(s), 1 en attente (quota quotidien atteint)']);
  });

  it('an address Gmail refuses becomes « Adresse invalide » with its reason', () => {
    const w = withPartners();
    w.fake.fail.add('beta@example.org');
    const c = createCampaign(w.ports, draft(w.ids), '');
    sendCampaign(w.ports, c.id, '');
    expect(w.sends()[1]).toMatchObject({ status: 'Adresse invalide', error: 'Refusé par Gmail : Invalid email' });
  });

  it('refuses a closed campaign, or one past its closing date, in French', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids, { closingDate: '2026-03-13', reminderDays: [] }), '');
    w.clock.now = new Date('2026-03-14T09:00:00Z');
    expect(() => sendCampaign(w.ports, c.id, '')).toThrow(`Enquête ${c.id} : la date de clôture est passée.`);
    w.store.table(CAMPAIGNS).update(c.id, { status: 'Clôturée' });
    expect(() => sendCampaign(w.ports, c.id, '')).toThrow(`Enquête ${c.id} : elle est clôturée, plus aucun envoi n'est possible.`);
    expect(w.mailed).toEqual([]);
  });
});

describe('receiving responses', () => {
  it('a response is recorded once, with its partner, however many times the trigger and the sync run', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    sendCampaign(w.ports, c.id, '');
    w.answer('FORM-1', 'resp-1', 'tok-1', FULL);
    const sheet = { formUrl: 'https://docs.google.com/forms/d/FORM-1/viewform', sheetName: '' };
    expect(onSurveySubmit(w.ports, sheet)).toMatchObject({ campaignId: c.id, stored: 1, unknownTokens: 0 });
    expect(onSurveySubmit(w.ports, sheet)).toMatchObject({ stored: 0 });
    expect(syncSurveyResponses(w.ports, c.id)).toEqual([{ campaignId: c.id, stored: 0, unknownTokens: 0, missingTokens: 0, duplicates: 0 }]);
    expect(w.responses()).toEqual([{ campaignId: c.id, responseId: 'resp-1', token: 'tok-1', flag: '', partnerId: w.ids[0] }]);
    expect(listCampaigns(w.store)[0]).toMatchObject({ answered: 1, responseRate: 50 });
    // The dashboard was refreshed after the submission.
    expect(w.store.ownedSheet(DASHBOARD_SHEET)).toBeDefined();
  });

  it('a forwarded link answered twice: the first counts, the second is kept as « doublon »; an unknown token is flagged', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    sendCampaign(w.ports, c.id, '');
    w.answer('FORM-1', 'resp-1', 'tok-1', FULL);
    w.answer('FORM-1', 'resp-2', 'tok-1', LOW);
    w.answer('FORM-1', 'resp-3', 'forged', FULL);
    expect(syncSurveyResponses(w.ports, undefined)).toEqual([{ campaignId: c.id, stored: 3, unknownTokens: 1, missingTokens: 0, duplicates: 1 }]);
    expect(w.responses().map((r) => [r.responseId, r.flag])).toEqual([
      ['resp-1', ''],
      ['resp-2', 'doublon'],
      ['resp-3', 'jeton inconnu'],
    ]);
    expect(w.journal('synchronisation')).toEqual(['3 réponse(s) récupérée(s)']);
  });

  it('a response sheet of a form that is not a Pacte survey is ignored', () => {
    const w = withPartners();
    createCampaign(w.ports, draft(w.ids), '');
    expect(onSurveySubmit(w.ports, { formUrl: 'https://docs.google.com/forms/d/OTHER/viewform', sheetName: '' })).toBeNull();
    expect(w.responses()).toEqual([]);
  });
});

describe('results', () => {
  it('aggregates the counted responses per dimension and NPS; per-partner scores only for the roles allowed', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    sendCampaign(w.ports, c.id, '');
    w.answer('FORM-1', 'resp-1', 'tok-1', FULL);
    w.answer('FORM-1', 'resp-2', 'tok-2', { ...FULL, collaboration: '3', nps: '10' });
    syncSurveyResponses(w.ports, c.id);
    const settings = parseSettings([]);
    const r = getCampaignResults(w.store, settings, 'admin', c.id);
    expect(r.dimensions.find((d) => d.dimension === 'Qualité de la collaboration')).toMatchObject({ mean: 4, n: 2, distribution: [0, 0, 1, 0, 1] });
    expect(r.nps).toMatchObject({ nps: 100, promoters: 2, n: 2 });
    expect(r.byPartner.map((p) => p.group)).toEqual(['Association Alpha', 'Banque Beta']);
    expect(getCampaignResults(w.store, settings, 'lecteur', c.id).byPartner).toEqual([]);
    expect(() => getCampaignResults(w.store, settings, 'admin', 'ENQ-0099')).toThrow('ENQ-0099');
  });

  it('a low score becomes the partner’s next action, once, however often the dashboard is refreshed', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    sendCampaign(w.ports, c.id, '');
    w.answer('FORM-1', 'resp-1', 'tok-2', LOW);
    syncSurveyResponses(w.ports, c.id);
    const partner = w.store.table(PARTNERS).getOrThrow(w.ids[1]).record;
    expect(partner.nextAction).toContain('Satisfaction 2026');
    expect(refreshSatisfaction(w.ports).followUps).toEqual([]);
    expect(
      w
        .rows(JOURNAL)
        .filter((j) => j.action === 'suivi enquête' && j.recordId === w.ids[1])
        .map((j) => j.field),
    ).toEqual(['Prochaine action', 'Prochaine échéance']);
  });
});

describe('bounces and uncertain sends', () => {
  it('a bounced address becomes « Rebond » and counts in the campaign; journaled', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    // The partner without address already counts as failed.
    expect(sendCampaign(w.ports, c.id, '')).toMatchObject({ bounced: 1 });
    expect(reportSurveyBounces(w.store, c.id, ['BETA@example.org', 'unknown@example.org'])).toMatchObject({ bounced: 2 });
    expect(w.sends()[1].status).toBe('Rebond');
    expect(w.journal('rebond')).toEqual(['1 adresse(s) en échec signalée(s)']);
  });

  it('a send cut off by a killed run is « Envoi incertain », never resent automatically, until an admin decides it', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids), '');
    w.fake.claim = new Map<string, Recovered>([
      ['tok-1|Envoi', 'sent'],
      ['tok-2|Envoi', 'uncertain'],
    ]);
    w.fake.quota = 0;
    sendCampaign(w.ports, c.id, '');
    expect(w.sends().map((s) => s.status)).toEqual(['Envoyé', 'Envoi incertain', 'Adresse invalide']);
    w.fake.quota = 100;
    surveyJobs(w.ports);
    expect(w.mailed).toEqual([]);
    const r = resendUncertain(w.ports, c.id, '');
    expect(r).toMatchObject({ requeued: 1, sent: 1 });
    expect(w.mailed.map((m) => m.to[0])).toEqual(['beta@example.org']);
    expect(w.journal('renvoi')).toEqual([`1 envoi(s) incertain(s) renvoyé(s) sur décision de ${ADMIN}`]);
  });
});

describe('surveyJobs', () => {
  it('sends on the send date, reminds only non-respondents, then closes the form after the closing date', () => {
    const w = withPartners();
    const c = createCampaign(w.ports, draft(w.ids, { sendDate: '2026-03-13', reminderDays: [7], closingDate: '2026-03-31' }), '');
    expect(surveyJobs(w.ports).sending.sent).toBe(0);
    w.clock.now = new Date('2026-03-13T09:00:00Z');
    expect(surveyJobs(w.ports).sending.sent).toBe(2);
    w.answer('FORM-1', 'resp-1', 'tok-1', FULL);
    w.clock.now = new Date('2026-03-20T09:00:00Z');
    const reminder = surveyJobs(w.ports);
    expect(reminder.synced).toMatchObject([{ campaignId: c.id, stored: 1 }]);
    expect(reminder.sending.sent).toBe(1);
    expect(w.mailed.map((m) => [m.to[0], m.subject.startsWith('Rappel')])).toEqual([
      ['alpha@example.org', false],
      ['beta@example.org', false],
      ['beta@example.org', true],
    ]);
    w.clock.now = new Date('2026-04-01T09:00:00Z');
    expect(surveyJobs(w.ports).sending.closed).toEqual([c.id]);
    expect(w.closed).toEqual(['FORM-1']);
    expect(w.rows(CAMPAIGNS)[0].status).toBe('Clôturée');
  });
});
