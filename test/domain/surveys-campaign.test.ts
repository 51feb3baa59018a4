/** Survey campaigns, pure rules: draft checks, recipients, due steps, progress, responses and duplicates, questionnaire. */
import { checkDraft, chooseRecipients, dueSteps, progressOf, surveyMail, targetFromRecord } from '../../src/domain/surveys/campaign';
import { placeResponses, responseRecord } from '../../src/domain/surveys/responses';
import { DEFAULT_QUESTIONNAIRE, questionnaireRows, readQuestionnaire } from '../../src/domain/surveys/questionnaire';
import type { DataRecord } from '../../src/domain/schema/field';

const TODAY = '2026-03-12';
const base = {
  title: 'Enquête',
  period: '2026',
  target: { types: ['OSC'] },
  language: 'fr',
  sendDate: TODAY,
  reminderDays: [7, 14],
  closingDate: '2026-04-30',
};

describe('checkDraft', () => {
  it('accepts a draft and normalises vocabularies, sorts reminders', () => {
    const d = checkDraft({ ...base, target: { types: ['osc', 'ong nationale'], stages: ['collaboration'] }, reminderDays: [14, 7, 7] }, TODAY);
    expect(d.target).toEqual({ types: ['OSC', 'ONG nationale'], categories: [], stages: ['Collaboration'], partnerIds: [] });
    expect(d.reminderDays).toEqual([7, 14]);
  });
  it.each([
    [{ title: ' ' }, 'Enquête, champ « Titre » : valeur obligatoire.'],
    [{ target: {} }, 'choisissez au moins un type'],
    [{ target: { categories: ['Amical'] } }, 'Ciblage, catégories : « Amical »'],
    [{ language: 'wo' }, 'champ « Langue »'],
    [{ sendDate: '12/03/2026' }, "champ « Date d'envoi » : une date AAAA-MM-JJ est attendue"],
    [{ closingDate: TODAY }, 'Date de clôture'],
    [{ reminderDays: [0] }, 'champ « Relances »'],
    [{ reminderDays: [50] }, 'la relance à J+50 tomberait après la clôture'],
  ])('refuses %j', (patch, message) => {
    expect(() => checkDraft({ ...base, ...patch }, TODAY)).toThrow(message);
  });
  it('refuses a non-object', () => expect(() => checkDraft('x', TODAY)).toThrow("Paramètre invalide : l'enquête doit être une fiche"));
});

describe('chooseRecipients', () => {
  const partners: DataRecord[] = [
    { id: 'PAR-0001', name: 'A', type: 'OSC', category: 'Stratégique', stage: 'Collaboration', email: '' },
    { id: 'PAR-0002', name: 'B', type: 'OSC', category: 'Technique', stage: 'Collaboration', email: 'contact@b.org' },
    { id: 'PAR-0003', name: 'C', type: 'OSC', category: 'Stratégique', stage: 'Identification', email: 'pas-une-adresse' },
    { id: 'PAR-0004', name: 'D', type: 'Média', category: 'Stratégique', stage: 'Collaboration', email: '' },
  ];
  const contacts: DataRecord[] = [
    { id: 'CON-0001', partnerId: 'PAR-0001', name: 'Second', email: 'second@a.org', primary: false },
    { id: 'CON-0002', partnerId: 'PAR-0001', name: 'Principal', email: 'Principal@A.org', primary: true },
    { id: 'CON-0003', partnerId: 'PAR-0004', name: 'Bad', email: 'bad@', primary: true },
    { id: 'CON-0004', partnerId: 'PAR-0004', name: 'Good', email: 'good@d.org', primary: false },
  ];
  it('primary contact first, one per partner, partner e-mail as fallback, partners without address listed', () => {
    const r = chooseRecipients(partners, contacts, { types: ['OSC'], categories: [], stages: [], partnerIds: ['PAR-0004'] });
    expect(r.recipients.map((x) => [x.partnerId, x.contactId, x.email])).toEqual([
      ['PAR-0001', 'CON-0002', 'principal@a.org'],
      ['PAR-0002', '', 'contact@b.org'],
      ['PAR-0004', 'CON-0004', 'good@d.org'],
    ]);
    expect(r.withoutEmail).toEqual([{ partnerId: 'PAR-0003', partnerName: 'C', partnerType: 'OSC' }]);
    expect(r.recipients.map((x) => x.partnerType)).toEqual(['OSC', 'OSC', 'Média']);
  });
  it('filters are combined (AND), hand-picked IDs added; unknown IDs refused', () => {
    expect(
      chooseRecipients(partners, contacts, { types: ['OSC'], categories: ['Stratégique'], stages: ['Collaboration'], partnerIds: [] }).recipients.map(
        (x) => x.partnerId,
      ),
    ).toEqual(['PAR-0001']);
    expect(() => chooseRecipients(partners, contacts, { types: [], categories: [], stages: [], partnerIds: ['PAR-0009'] })).toThrow(
      'partenaire introuvable : PAR-0009',
    );
  });
  it('reads a target back from an Enquêtes row', () => {
    expect(targetFromRecord({ targetTypes: 'OSC, Média', targetCategories: '', targetStages: '', targetPartnerIds: 'PAR-0001' })).toEqual({
      types: ['OSC', 'Média'],
      categories: [],
      stages: [],
      partnerIds: ['PAR-0001'],
    });
  });
});

describe('steps and progress', () => {
  const c = { sendDate: '2026-03-12', reminderDays: '7, 14', closingDate: '2026-04-30' };
  it('due steps by date, none before sending or after closing', () => {
    expect(dueSteps(c, '2026-03-11')).toEqual([]);
    expect(dueSteps(c, '2026-03-12')).toEqual(['Envoi']);
    expect(dueSteps(c, '2026-03-19')).toEqual(['Envoi', 'Relance 1']);
    expect(dueSteps(c, '2026-04-30')).toEqual(['Envoi', 'Relance 1', 'Relance 2']);
    expect(dueSteps(c, '2026-05-01')).toEqual([]);
  });
  it('progress counts first sendings only; answered = distinct known tokens', () => {
    const sends = [
      { step: 'Envoi', token: 'a', status: 'Envoyé' },
      { step: 'Envoi', token: 'b', status: 'Rebond' },
      { step: 'Envoi', token: 'c', status: 'En attente' },
      { step: 'Envoi', token: 'd', status: 'Adresse invalide' },
      { step: 'Relance 1', token: 'a', status: 'Envoyé' },
    ];
    expect(progressOf(sends, new Set(['a', 'zzz']))).toEqual({ targets: 4, sent: 2, queued: 1, answered: 1, bounced: 2 });
  });
  it('the e-mail carries the link, the partner and the French closing date', () => {
    const m = surveyMail({
      organisation: 'AJCAD',
      title: 'Satisfaction',
      period: '2026',
      closingDate: '2026-04-01',
      contactName: 'Awa',
      partnerName: 'ONG X',
      url: 'https://f/x',
      step: 'Relance 1',
      language: 'fr',
    });
    expect(m.subject).toBe('Rappel : AJCAD — Satisfaction : votre avis sur notre partenariat');
    expect(m.body).toContain('Votre lien personnel : https://f/x');
    expect(m.body).toContain('relie votre réponse à ONG X');
    expect(m.body).toContain("jusqu'au 1er avril 2026 inclus");
  });
});

describe('responses', () => {
  const owners = new Map([['tok-1', { partnerId: 'PAR-0001', contactId: 'CON-0001' }]]);
  const raw = (responseId: string, token: string, at: string, extra = {}) => ({
    campaignId: 'ENQ-0001',
    responseId,
    submittedAt: at,
    answers: { token, collaboration: '4', nps: '10', comments: '=1+1', ...extra },
  });
  it('parses scores, keeps text verbatim, resolves or flags the token', () => {
    expect(responseRecord(raw('r1', 'tok-1', '2026-03-12T10:00:00'), owners)).toMatchObject({
      partnerId: 'PAR-0001',
      contactId: 'CON-0001',
      collaboration: 4,
      communication: '',
      nps: 10,
      comments: '=1+1',
      flag: '',
    });
    expect(responseRecord(raw('r2', 'PAR-0001', '2026-03-12T10:00:00'), owners)).toMatchObject({ partnerId: '', flag: 'jeton inconnu' });
    expect(responseRecord(raw('r3', ' ', '2026-03-12T10:00:00'), owners)).toMatchObject({ flag: 'jeton manquant' });
    expect(responseRecord(raw('r4', 'tok-1', 'x', { collaboration: '7', nps: '11' }), owners)).toMatchObject({ collaboration: '', nps: '' });
  });
  it('idempotent by response ID; the FIRST response of a token counts, later ones are kept as « doublon » (a forwarded link cannot replace it)', () => {
    const a = responseRecord(raw('r1', 'tok-1', '2026-03-12T10:00:00'), owners);
    const b = responseRecord(raw('r2', 'tok-1', '2026-03-12T11:00:00'), owners);
    const first = placeResponses([a], []);
    expect(first).toEqual({ insert: [a], flagRows: [] });
    const stored = [{ row: 2, campaignId: 'ENQ-0001', responseId: 'r1', token: 'tok-1', flag: '', submittedAt: '2026-03-12T10:00:00' }];
    expect(placeResponses([a], stored)).toEqual({ insert: [], flagRows: [] });
    const later = placeResponses([b, a], stored);
    expect(later.flagRows).toEqual([]);
    expect(later.insert.map((r) => [r.responseId, r.flag])).toEqual([['r2', 'doublon']]);
    // An older response found later by the catch-up sync was the first: it counts, the stored one becomes « doublon ».
    const older = responseRecord(raw('r0', 'tok-1', '2026-03-12T09:00:00'), owners);
    expect(placeResponses([older], stored)).toEqual({ insert: [expect.objectContaining({ responseId: 'r0', flag: '' })], flagRows: [2] });
    // Two new ones at once: only the first stays unflagged.
    const two = placeResponses([b, a], []);
    expect(two.insert.map((r) => [r.responseId, r.flag])).toEqual([
      ['r1', ''],
      ['r2', 'doublon'],
    ]);
  });
});

describe('questionnaire', () => {
  const rowsOf = (records: Record<string, unknown>[]) => records.map((record, i) => ({ row: i + 2, record }));
  it('the default questionnaire round-trips through the « Questions » rows', () => {
    expect(readQuestionnaire(rowsOf(questionnaireRows(DEFAULT_QUESTIONNAIRE)))).toEqual(DEFAULT_QUESTIONNAIRE);
    expect(readQuestionnaire([])).toBeNull();
  });
  it('the latest version is used; errors name the row', () => {
    const v1 = questionnaireRows(DEFAULT_QUESTIONNAIRE);
    const v2 = v1.filter((r) => r.key !== 'addedValue').map((r) => ({ ...r, version: 2 }));
    expect(readQuestionnaire(rowsOf([...v1, ...v2]))!.questions.map((q) => q.key)).not.toContain('addedValue');
    expect(readQuestionnaire(rowsOf([...v1, ...v2]), 1)!.questions).toHaveLength(9);
    const noToken = v1.filter((r) => r.key !== 'token').map((r) => ({ ...r, version: 3 }));
    expect(() => readQuestionnaire(rowsOf(noToken))).toThrow("la version 3 n'a pas de question « token »");
    const twice = [...v1, { ...v1[0], order: 20 }];
    expect(() => readQuestionnaire(rowsOf(twice))).toThrow('Feuille « Questions », ligne 11, colonne « Clé » : « collaboration » apparaît deux fois');
  });
});
