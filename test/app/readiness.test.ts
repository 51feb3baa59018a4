/**
 * The readiness self-assessment (src/app/readiness.ts) on the in-memory store: start, answers saved
 * (a wrong one refuses the whole save), finish into scores and a gap plan written once, a
 * sub-partner's assessment, the documents' checklist and statuses, a gap action done.
 */
import { finishAssessment, getReadiness, markGapActionDone, saveAssessmentAnswers, saveInstitutionalDocument, startAssessment } from '../../src/app/readiness';
import type { Ports } from '../../src/app/ports';
import { PARTNERS } from '../../src/domain/schema/tables';
import { ASSESSMENT_ANSWERS, ASSESSMENTS, GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS } from '../../src/domain/readiness/tables';
import { AREAS } from '../../src/domain/readiness/grid';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import type { TableSpec } from '../../src/domain/schema/field';

const DAF = 'daf@amade.org';
const settings = parseSettings(defaultSettingsRows('AMADE'));
const DRIVE = 'https://drive.google.com/file/d/abc/view';

function setup(opts: { sheets?: readonly TableSpec[] } = {}) {
  const store = new MemoryStore({ user: DAF, now: () => new Date('2026-03-01T09:00:00Z'), ...opts });
  return { store, ports: { store } as unknown as Ports };
}

const rows = (store: MemoryStore, spec: typeof ASSESSMENTS | typeof GAP_ACTIONS | typeof ASSESSMENT_ANSWERS | typeof INSTITUTIONAL_DOCUMENTS) =>
  store
    .table(spec)
    .all()
    .map((s) => s.record as Record<string, unknown>);

const finance = AREAS.find((a) => a.key === 'finance')!;

describe('an assessment of our organisation', () => {
  it('starts once, saves answers in one block (only those changed), finishes into scores and a gap plan, and then refuses answers', () => {
    const { store, ports } = setup();
    const started = startAssessment(ports, settings);
    expect(startAssessment(ports, settings).assessment!.id).toBe(started.assessment!.id);
    expect(started.assessment).toMatchObject({ subject: 'Auto-évaluation', status: 'En cours', owner: DAF, date: '2026-03-01' });
    const id = started.assessment!.id;

    const answers = Object.fromEntries(finance.questions.map((q) => [q.code, { answer: 'Oui', evidence: '' }]));
    answers['FIN-1'] = { answer: 'non', evidence: 'Pas d’audit depuis 2023' };
    answers['FIN-4'] = { answer: 'Partiellement', evidence: '' };
    const saved = saveAssessmentAnswers(ports, settings, id, answers);
    expect(saved.assessment!.answers['FIN-1']).toEqual({ answer: 'Non', evidence: 'Pas d’audit depuis 2023' });
    expect(rows(store, ASSESSMENT_ANSWERS)).toHaveLength(6);
    // The same answers again, one changed: one row appended.
    saveAssessmentAnswers(ports, settings, id, { ...answers, 'FIN-6': { answer: 'Sans objet' } });
    expect(rows(store, ASSESSMENT_ANSWERS)).toHaveLength(7);

    const done = finishAssessment(ports, settings, id);
    expect(done.assessment!.score).toMatchObject({ overall: 70, risk: 'Significatif', criticalGaps: ['FIN-1'] });
    expect(done.assessment!.plan.map((p) => [p.questionCode, p.priority, p.due, p.owner, p.status])).toEqual([
      ['FIN-1', 'Critique', '2026-03-31', DAF, 'À faire'],
      ['FIN-4', 'Normale', '2026-08-28', DAF, 'À faire'],
    ]);
    expect(rows(store, ASSESSMENTS)[0]).toMatchObject({ status: 'Terminée', overall: 70, risk: 'Significatif', score_finance: 70, finishedOn: '2026-03-01' });
    expect(() => finishAssessment(ports, settings, id)).toThrow('Auto-évaluation AUT-0001 : elle est terminée');
    expect(() => saveAssessmentAnswers(ports, settings, id, answers)).toThrow('elle est terminée');
    expect(rows(store, GAP_ACTIONS)).toHaveLength(2);
    expect(getReadiness(store, settings).history).toEqual([{ id, date: '2026-03-01', status: 'Terminée', overall: 70, risk: 'Significatif' }]);

    const afterDone = markGapActionDone(ports, settings, done.assessment!.plan[0].id, '2026-03-10');
    expect(afterDone.assessment!.plan[0]).toMatchObject({ status: 'Réalisée' });
  });

  it('refuses a save naming each wrong question, and writes nothing', () => {
    const { store, ports } = setup();
    const id = startAssessment(ports, settings).assessment!.id;
    expect(() => saveAssessmentAnswers(ports, settings, id, { 'GOU-1': { answer: 'Oui' }, 'GOU-2': { answer: 'bof' }, 'XYZ-9': { answer: 'Oui' } })).toThrow(
      'Question GOU-2 : « bof » n’est pas une réponse (attendu : Oui, Partiellement, Non ou Sans objet).\nAuto-évaluation : question inconnue « XYZ-9 ».',
    );
    expect(rows(store, ASSESSMENT_ANSWERS)).toEqual([]);
    expect(() => finishAssessment(ports, settings, id)).toThrow('aucune question n’a de réponse');
  });

  it('is refused in French on a workbook made before the readiness sheets', () => {
    const { ports } = setup({ sheets: [PARTNERS] });
    expect(() => startAssessment(ports, settings)).toThrow('La feuille « Auto-évaluations » n’existe pas encore');
  });
});

describe('a sub-partner’s assessment', () => {
  it('is kept apart from ours, named after the partner, without the document checklist', () => {
    const { store, ports } = setup();
    const [partner] = store.table(PARTNERS).insert([{ name: 'Association Kènè', type: 'ONG nationale' }]);
    startAssessment(ports, settings);
    const theirs = startAssessment(ports, settings, partner.id);
    expect(theirs).toMatchObject({ subject: 'Association Kènè', documents: [] });
    expect(theirs.assessment).toMatchObject({ partnerId: partner.id, subject: 'Association Kènè' });
    expect(rows(store, ASSESSMENTS)).toHaveLength(2);
    expect(getReadiness(store, settings).assessment!.partnerId).toBe('');
  });
});

describe('the documents’ checklist', () => {
  it('lists the standard documents as manquant, then each saved with its file and expiry, statuses written to the sheet', () => {
    const { store, ports } = setup();
    const first = getReadiness(store, settings).documents;
    expect(first).toHaveLength(9);
    expect(first.every((d) => d.status === 'Manquant' && d.id === '')).toBe(true);

    saveInstitutionalDocument(ports, settings, { document: 'Attestation fiscale', fileUrl: DRIVE, issuedOn: '2025-04-01', expiresOn: '2026-03-20' });
    const after = saveInstitutionalDocument(ports, settings, { document: 'RIB', fileUrl: DRIVE });
    expect(after.documents.find((d) => d.document === 'Attestation fiscale')).toMatchObject({ status: 'Expire bientôt', expiresOn: '2026-03-20' });
    expect(after.documents.find((d) => d.document === 'RIB')).toMatchObject({ status: 'À jour' });
    // Updated in place, never a second row.
    saveInstitutionalDocument(ports, settings, { document: 'attestation fiscale', fileUrl: DRIVE, expiresOn: '2026-02-01' });
    expect(rows(store, INSTITUTIONAL_DOCUMENTS).map((r) => [r.document, r.status])).toEqual([
      ['Attestation fiscale', 'Expiré'],
      ['RIB', 'À jour'],
    ]);
    expect(() => saveInstitutionalDocument(ports, settings, { document: 'RIB', issuedOn: '2026-03-01', expiresOn: '2026-01-01' })).toThrow(
      'Documents institutionnels, « RIB », colonne « Date d’expiration » : elle précède la date d’émission',
    );
  });
});
