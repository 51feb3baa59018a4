/**
 * The readiness self-assessment through the built Code.js on the emulator: weights from the
 * Paramètres Initialiser wrote, the DAF answers and finishes, the scores and the gap plan land in
 * their sheets (read by header), a chargé reads but may not write, a sub-partner is assessed apart,
 * and an expiring document shows in the DAF's « Ma semaine ».
 */
import { partner, USERS, workbookWithPartners } from '../support/workbooks';
import { rows } from '../support/demo-sheets';

const { finance: DAF, officer: AWA } = USERS;

describe('the readiness self-assessment, end to end', () => {
  it('answered and finished by the DAF: scores on the row, the gap plan in « Plan de renforcement », documents in Ma semaine', () => {
    const wb = workbookWithPartners([partner({ name: 'Association Kènè', type: 'OSC' })]);
    const [pid] = wb.partnerIds;
    const today = wb.call('getReadiness', [null], { user: AWA }).today;
    expect(wb.call('getReadiness', [null], { user: AWA }).areas.find((a) => a.key === 'finance')!.weight).toBe(30);
    expect(() => wb.call('startAssessment', [null], { user: AWA })).toThrow(/Accès refusé.*admin, DAF, DG/);

    const id = wb.call('startAssessment', [null], { user: DAF }).assessment!.id;
    // A wrong answer refuses the whole save.
    expect(() =>
      wb.call(
        'saveAssessmentAnswers',
        [
          id,
          [
            { code: 'FIN-1', answer: 'Oui' },
            { code: 'FIN-2', answer: 'bof' },
          ],
        ],
        { user: DAF },
      ),
    ).toThrow('Question FIN-2 : « bof » n’est pas une réponse');
    expect(rows(wb, 'Réponses auto-évaluation')).toEqual([]);
    wb.call(
      'saveAssessmentAnswers',
      [
        id,
        [
          { code: 'FIN-1', answer: 'Non', evidence: 'Dernier audit : 2023' },
          { code: 'FIN-2', answer: 'Oui', evidence: 'Manuel adopté en 2024' },
          { code: 'FIN-3', answer: 'Partiellement' },
          { code: 'FIN-4', answer: 'Oui' },
          { code: 'FIN-5', answer: 'Oui' },
          { code: 'FIN-6', answer: 'Sans objet' },
        ],
      ],
      { user: DAF },
    );
    expect(rows(wb, 'Réponses auto-évaluation').map((r) => [r['Question'], r['Réponse'], r['Justificatif']])).toContainEqual([
      'FIN-1',
      'Non',
      'Dernier audit : 2023',
    ]);

    const done = wb.call('finishAssessment', [id], { user: DAF });
    expect(done.assessment!.score).toMatchObject({ overall: 70, risk: 'Significatif' });
    const [row] = rows(wb, 'Auto-évaluations');
    expect(row).toMatchObject({
      Évalué: 'Auto-évaluation',
      Statut: 'Terminée',
      'Score global (%)': 70,
      'Niveau de risque': 'Significatif',
      'Score Gestion financière (%)': 70,
    });
    expect(rows(wb, 'Plan de renforcement').map((r) => [r['Question'], r['Priorité'], r['Responsable'], r['Statut']])).toEqual([
      ['FIN-1', 'Critique', DAF, 'À faire'],
      ['FIN-3', 'Normale', DAF, 'À faire'],
    ]);
    expect(() => wb.call('finishAssessment', [id], { user: DAF })).toThrow('elle est terminée');

    // A sub-partner's assessment is its own row, named after it.
    const theirs = wb.call('startAssessment', [pid], { user: DAF });
    expect(theirs.assessment).toMatchObject({ partnerId: pid, subject: 'Association Kènè', status: 'En cours' });
    expect(wb.call('getReadiness', [null], { user: AWA }).assessment!.id).toBe(id);

    // An attestation expiring within 30 days: « Expire bientôt », and in the DAF's week (not in a chargé's).
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86400000).toISOString().slice(0, 10);
    const docs = wb.call(
      'saveInstitutionalDocument',
      [{ document: 'Attestation fiscale', fileUrl: 'https://drive.google.com/file/d/af/view', expiresOn: soon }],
      {
        user: DAF,
      },
    ).documents;
    expect(docs.find((d) => d.document === 'Attestation fiscale')).toMatchObject({ status: 'Expire bientôt' });
    expect(docs.filter((d) => d.status === 'Manquant')).toHaveLength(8);
    expect(rows(wb, 'Documents institutionnels')).toEqual([expect.objectContaining({ Document: 'Attestation fiscale', État: 'Expire bientôt' })]);
    expect(wb.call('getMyWeek', [], { user: DAF }).items).toContainEqual(
      expect.objectContaining({ kind: 'document', title: 'Expire bientôt : Attestation fiscale', due: soon }),
    );
    expect(wb.call('getMyWeek', [], { user: AWA }).items.filter((i) => i.kind === 'document')).toEqual([]);
  });
});
