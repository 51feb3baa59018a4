/**
 * Joint evaluations (src/app/evaluations.ts) on the in-memory store: the daily step creating due
 * evaluations by category, our grid, both sides with gaps, NPS and compliance, the decision and its
 * follow-ups, the exit plan, and the lifecycle's gates around « Évaluation ».
 */
import { createDueEvaluations, decideEvaluation, getEvaluation, saveEvaluation, sendEvaluationForm, startEvaluation } from '../../src/app/evaluations';
import { movePartnerStage } from '../../src/app/partners';
import type { Ports } from '../../src/app/ports';
import type { DocumentsPort } from '../../src/app/ports/documents';
import { defaultTemplate } from '../support/default-template';
import { ANALYSES, COMMITMENTS, CONVENTIONS, PARTNERS } from '../../src/domain/schema/tables';
import { SIGNATURES } from '../../src/domain/conventions/approval-tables';
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { EVALUATIONS } from '../../src/domain/evaluation/tables';
import { CARRIER } from '../../src/domain/evaluation/partner-form';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';

const OFFICER = 'chargee@amade.org';
const OWNER = 'owner@amade.org';
const settings = parseSettings(defaultSettingsRows('AMADE'));

function setup(today = '2026-09-20') {
  const store = new MemoryStore({ user: OFFICER, timeZone: 'Africa/Bamako', now: () => new Date(`${today}T09:00:00Z`) });
  const partners = store.table(PARTNERS).insert([
    { name: 'Fondation Sahel', type: 'Fondation', category: 'Stratégique', stage: 'Collaboration', owner: OWNER },
    { name: 'Commune de Ségou', type: 'Collectivité territoriale', category: 'Opérationnel', stage: 'Collaboration', owner: OWNER },
  ]);
  store.table(ANALYSES).insert(partners.map((p) => ({ partnerId: p.id, decision: 'Approuvé' })));
  const conventions = store.table(CONVENTIONS).insert(partners.map((p) => ({ partnerId: p.id, type: 'Convention de partenariat', status: 'Active' })));
  store.table(SIGNATURES).insert(conventions.map((c) => ({ conventionId: c.id, version: 1, party: 'partenaire', date: '2026-03-31', signatory: 'DG' })));
  const calls: string[] = [];
  const documents: Partial<DocumentsPort> = {
    pacteFolder: () => 'root',
    partnerFolder: (root, id) => `${root}/${id}`,
    createTemplate: (def) => `tpl-${def.key}`,
    readTemplate: () => defaultTemplate('rapport-cloture'),
    fillTemplate: (_id, _t, _plan, folder, name) => (
      calls.push(`fill ${folder}/${name}`),
      { id: 'doc-1', url: 'https://docs.google.com/document/d/doc-1/edit' }
    ),
    archiveFiles: (folder, ids) => (calls.push(`archive ${folder}: ${ids.join(', ')}`), `${folder}/Archives`),
    makeOnce: (_step, _folder, _name, make) => make(),
  };
  const ports = { store, documents } as unknown as Ports;
  const commitments = () =>
    store
      .table(COMMITMENTS)
      .all()
      .map((s) => s.record);
  return { store, ports, calls, sahel: partners[0].id, segou: partners[1].id, convention: conventions[0].id, commitments };
}

/** The partner answers the evaluation Form (1–5 per dimension) and a satisfaction survey with an NPS. */
function partnerAnswers(w: ReturnType<typeof setup>, evaluationId: string, scores: Record<string, number>, nps: number) {
  const [evalCampaign, survey] = w.store.table(CAMPAIGNS).insert(
    ['Évaluation conjointe EVA', 'Satisfaction 2026'].map((title) => ({
      title,
      period: '2026',
      status: 'En cours',
      language: 'Français',
      questionnaireVersion: 1,
      sendDate: '2026-09-01',
      closingDate: '2026-10-30',
    })),
  );
  const evaluations = w.store.table(EVALUATIONS);
  evaluations.writeComputed('campaignId', new Map([[evaluations.getOrThrow(evaluationId).row, evalCampaign.id]]));
  const grid = Object.fromEntries(Object.entries(scores).map(([k, v]) => [CARRIER[k], v]));
  // Stored as the receiving writes them: every answer a cell value (the table's dimension columns are declared in a loop).
  const rows: Record<string, string | number>[] = [
    { campaignId: survey.id, responseId: 'R1', token: 't1', submittedAt: '2026-09-02 10:00', partnerId: w.sahel, collaboration: 4, nps },
    { campaignId: evalCampaign.id, responseId: 'R2', token: 't2', submittedAt: '2026-09-03 10:00', partnerId: w.sahel, ...grid, comments: 'Rapports tardifs' },
  ];
  w.store.table(RESPONSES).insert(rows as never[]);
}

describe('createDueEvaluations', () => {
  it('creates the due ones by category (6 months strategic, 12 operational), for the partner’s owner, once', () => {
    const w = setup('2026-09-20');
    const created = createDueEvaluations(w.store, settings.evaluationMonths);
    const rows = w.store
      .table(EVALUATIONS)
      .all()
      .map((s) => s.record);
    expect(created).toHaveLength(1);
    expect(rows).toEqual([expect.objectContaining({ partnerId: w.sahel, due: '2026-09-30', owner: OWNER, status: 'À faire' })]);
    expect(createDueEvaluations(w.store, settings.evaluationMonths)).toEqual([]);
    // Set to 6 months in Paramètres, the operational partner falls due too.
    expect(createDueEvaluations(w.store, { ...settings.evaluationMonths, Opérationnel: 6 })).toHaveLength(1);
  });
});

describe('an evaluation from grid to decision', () => {
  it('saves our grid, shows both sides with gaps, NPS and compliance', () => {
    const w = setup();
    const mine = saveEvaluation(w.ports, settings, 'admin', w.sahel, { ratings: { governance: 'vert', finance: 'Rouge', results: 'Vert' }, comments: 'RAS' });
    expect(mine.ours.score).toMatchObject({ overall: 'Rouge', cappedBy: 'finance' });
    expect(mine.status).toBe('En cours');
    // A second save keeps the ratings left out.
    expect(saveEvaluation(w.ports, settings, 'admin', w.sahel, { ratings: { outlook: 'Orange' } }).ours.ratings).toEqual({
      governance: 'Vert',
      finance: 'Rouge',
      results: 'Vert',
      outlook: 'Orange',
    });
    w.store
      .table(COMMITMENTS)
      .insert([{ conventionId: w.convention, kind: 'Livrable', label: 'R1', due: '2026-06-01', party: 'Partenaire', status: 'Réalisé', doneOn: '2026-05-30' }]);
    partnerAnswers(w, mine.id, { governance: 1, finance: 4, results: 3 }, 5);
    const both = getEvaluation(w.store, settings, 'admin', mine.id);
    expect(both.partner).toMatchObject({ answered: true, comments: 'Rapports tardifs', ratings: { governance: 'Rouge', finance: 'Vert', results: 'Orange' } });
    expect(both.gaps.filter((g) => g.flagged).map((g) => g.key)).toEqual(['governance', 'finance']);
    expect(both.satisfaction).toMatchObject({ nps: 5, scores: { 'Qualité de la collaboration': 4 } });
    expect(both.compliance.partner).toMatchObject({ due: 1, onTime: 1, rate: 100 });
    // The per-partner answers stay hidden from the roles Paramètres › Enquêtes does not name.
    expect(getEvaluation(w.store, settings, 'lecteur', mine.id)).toMatchObject({ satisfaction: null, satisfactionHidden: true });
  });

  it('« Maintenir » with a red dimension and a detractor: a follow-up commitment « Nous » for the owner', () => {
    const w = setup();
    const e = saveEvaluation(w.ports, settings, 'admin', w.sahel, { ratings: { finance: 'Rouge' } });
    partnerAnswers(w, e.id, { finance: 4 }, 3);
    expect(() => decideEvaluation(w.ports, settings, 'admin', e.id, { decision: 'maintenir', justification: '' })).toThrow('champ « Justification »');
    const decided = decideEvaluation(w.ports, settings, 'admin', e.id, { decision: 'maintenir', justification: 'Plan de redressement financier' });
    expect(decided).toMatchObject({ status: 'Décidée', decision: 'Maintenir', justification: 'Plan de redressement financier' });
    expect(w.commitments()).toEqual([
      expect.objectContaining({
        party: 'Nous',
        owner: OWNER,
        due: '2026-10-20',
        label: `Suivi de l’évaluation ${e.id} : Gestion financière en rouge (nous) ; NPS de 3 (détracteur)`,
      }),
    ]);
    expect(decided.followUp).toBe(w.commitments()[0].id);
    expect(() => decideEvaluation(w.ports, settings, 'admin', e.id, { decision: 'clore', justification: 'x', lessons: 'y' })).toThrow('elle est déjà décidée');
    // The next one counts from this decision: 6 months later for a strategic partner.
    expect(startEvaluation(w.ports, settings, 'admin', w.sahel).history.map((h) => h.id)).toEqual([e.id]);
  });

  it('« Clore » starts the exit plan: final commitments, lessons learnt, partner in « Clôture »', () => {
    const w = setup();
    const e = startEvaluation(w.ports, settings, 'admin', w.segou);
    movePartnerStage(w.store, w.segou, 'Évaluation', '');
    expect(() => movePartnerStage(w.store, w.segou, 'Clôture', 'Fin')).toThrow("prenez d'abord la décision de l'évaluation en cours");
    const decided = decideEvaluation(w.ports, settings, 'admin', e.id, {
      decision: 'Clore',
      justification: 'Objectifs atteints',
      lessons: 'Cadrer les rapports dès le départ',
    });
    expect(decided.lessons).toBe('Cadrer les rapports dès le départ');
    expect(w.commitments().map((c) => [c.party, c.kind])).toEqual([
      ['Partenaire', 'Rapport narratif'],
      ['Partenaire', 'Rapport financier'],
      ['Nous', 'Autre'],
    ]);
    expect(w.store.table(PARTNERS).getOrThrow(w.segou).record.stage).toBe('Clôture');
    // The closing report in the partner's folder, its link on the evaluation.
    expect(w.calls[0]).toBe(`fill root/${w.segou}/Rapport de clôture — Commune de Ségou — ${e.id}`);
    expect(decided.closingReportUrl).toBe('https://docs.google.com/document/d/doc-1/edit');
  });

  it('refuses to send the partner’s Form when no contact has an e-mail address', () => {
    const w = setup();
    const e = startEvaluation(w.ports, settings, 'admin', w.sahel);
    expect(() => sendEvaluationForm(w.ports, settings, 'admin', e.id)).toThrow(
      `Évaluation ${e.id} : aucun contact de Fondation Sahel n’a d’adresse e-mail ; ajoutez-en une sur sa fiche, puis recommencez.`,
    );
  });

  it('« Évaluation » is refused without an evaluation in progress', () => {
    const w = setup();
    expect(() => movePartnerStage(w.store, w.sahel, 'Évaluation', '')).toThrow(
      `${w.sahel} : L'étape « Évaluation » exige une évaluation conjointe en cours : démarrez-la d'abord (grille d'évaluation du partenaire).`,
    );
    startEvaluation(w.ports, settings, 'admin', w.sahel);
    expect(movePartnerStage(w.store, w.sahel, 'Évaluation', '')).toEqual({ id: w.sahel });
  });
});
