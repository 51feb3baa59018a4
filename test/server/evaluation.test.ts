/**
 * A joint evaluation end to end through the built Code.js on the emulator: the daily job puts the
 * due evaluation in its owner's « Ma semaine », our grid is saved, the partner answers its Google
 * Form through the personal link, the evaluation shows both sides with the gaps, the NPS and the
 * commitments' compliance, and « Clore » starts the exit plan and closes the partnership.
 */
import { _advanceTime } from '../../src/dev/emulator/script';
import { _outbox } from '../../src/dev/emulator/mail';
import { ANALYSES, COMMITMENTS, CONTACTS, CONVENTIONS, PARTNERS } from '../../src/domain/schema/tables';
import { SIGNATURES } from '../../src/domain/conventions/approval-tables';
import { EVALUATIONS } from '../../src/domain/evaluation/tables';
import { CARRIER } from '../../src/domain/evaluation/partner-form';
import { records, seedRows } from '../support/demo-sheets';
import { partner, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { create, DESTINATION_ALLOWED, FULL, respond, send } from './surveys-support';
import { draft } from '../support/survey-draft';

const { officer: AWA, admin: ADMIN, reader: LECTEUR } = USERS;
const HOUR = 3600 * 1000;

/** The personal link of the latest message to `to`. */
function lastLink(wb: PartnersWorkbook, to: string): string {
  const mine = _outbox(wb.world).filter((m) => m.to[0] === to);
  return /https:\/\/docs\.google\.com\/forms\/\S+/.exec(mine[mine.length - 1].body)![0];
}

function seeded() {
  // 12 March 2026 in Bamako; signed 15 September 2025, a strategic partner is due 6 months later: the 15th.
  const wb = workbookWithPartners([partner({ name: 'Fondation Sahel', acronym: 'FS', category: 'Stratégique', stage: 'Collaboration', owner: AWA })], {
    world: DESTINATION_ALLOWED,
  });
  const [pid] = wb.partnerIds;
  seedRows(wb, CONTACTS, [{ partnerId: pid, name: 'Aminata Diallo', email: 'aminata@sahel.org', primary: true }]);
  seedRows(wb, ANALYSES, [{ partnerId: pid, decision: 'Approuvé' }]);
  const [conv] = seedRows(wb, CONVENTIONS, [{ partnerId: pid, type: 'Convention de partenariat', status: 'Active' }]);
  seedRows(wb, SIGNATURES, [{ conventionId: conv, version: 1, party: 'partenaire', date: '2025-09-15', signatory: 'La présidente' }]);
  seedRows(wb, COMMITMENTS, [
    { conventionId: conv, kind: 'Rapport narratif', label: 'Rapport S1', due: '2026-02-01', party: 'Partenaire', status: 'Réalisé', doneOn: '2026-02-10' },
    { conventionId: conv, kind: 'Versement', label: 'Tranche 1', due: '2026-01-15', party: 'Nous', status: 'Réalisé', doneOn: '2026-01-10' },
  ]);
  wb.call('installTriggers', [], { user: ADMIN });
  return { wb, pid };
}

describe('a joint evaluation, end to end', () => {
  it('due in Ma semaine, both grids, gaps, NPS, compliance, then « Clore » and the exit plan', () => {
    const { wb, pid } = seeded();
    // Entering « Évaluation » without an evaluation in progress is refused.
    expect(() => wb.call('movePartnerStage', [pid, 'Évaluation', ''], { user: AWA })).toThrow(
      `${pid} : L'étape « Évaluation » exige une évaluation conjointe en cours : démarrez-la d'abord (grille d'évaluation du partenaire).`,
    );

    // The daily job (first run an hour after « Initialiser ») creates it; Awa sees it in her week.
    _advanceTime(wb.world, 2 * HOUR);
    const [due] = records(wb, EVALUATIONS).map((r) => ({ ...r, id: String(r.id) }));
    expect(due).toMatchObject({ partnerId: pid, due: '2026-03-15', owner: AWA, status: 'À faire' });
    const week = wb.call('getMyWeek', [], { user: AWA });
    expect(week.items).toContainEqual(expect.objectContaining({ kind: 'évaluation', id: due.id, partnerName: 'Fondation Sahel', due: '2026-03-15' }));

    // A satisfaction survey answered with a detractor's NPS.
    const survey = create(wb, draft([pid]));
    send(wb, survey.id);
    respond(wb, survey.id, lastLink(wb, 'aminata@sahel.org'), { ...FULL, nps: 4 });

    // Our grid, then the partner's Form.
    expect(() => wb.call('saveEvaluation', [pid, { ratings: { finance: 'Vert' } }], { user: LECTEUR })).toThrow(/Accès refusé/);
    const ours = wb.call(
      'saveEvaluation',
      [
        pid,
        {
          ratings: { governance: 'Vert', commitments: 'Vert', results: 'Orange', finance: 'Vert', addedValue: 'Vert', outlook: 'Vert' },
          comments: 'Bonne dynamique',
        },
      ],
      {
        user: AWA,
      },
    );
    expect(ours).toMatchObject({ id: due.id, status: 'En cours', ours: { score: { overall: 'Orange', complete: true } } });
    // The Form's recipient, named before sending; the partner's page opens this evaluation.
    expect(ours.recipient).toEqual({ name: 'Aminata Diallo', email: 'aminata@sahel.org' });
    expect(wb.call('getPartner', [pid], { user: AWA }).evaluations).toEqual({ openId: due.id, lastDecidedId: null });
    const sent = wb.call('sendEvaluationForm', [due.id], { user: AWA });
    expect(sent.partner.formUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    const formCampaign = String(records(wb, EVALUATIONS)[0].campaignId);
    respond(wb, formCampaign, lastLink(wb, 'aminata@sahel.org'), {
      [CARRIER.governance]: 2,
      [CARRIER.commitments]: 4,
      [CARRIER.results]: 3,
      [CARRIER.finance]: 1,
      [CARRIER.addedValue]: 5,
      [CARRIER.outlook]: 4,
      comments: 'Les décaissements tardent',
    });

    // Side by side, as a reader sees it (the per-partner satisfaction stays with the roles allowed).
    const both = wb.call('getEvaluation', [due.id], { user: ADMIN });
    expect(both.partner).toMatchObject({ answered: true, comments: 'Les décaissements tardent', score: { overall: 'Rouge', cappedBy: 'finance' } });
    expect(both.gaps.filter((g) => g.flagged).map((g) => [g.key, g.ours, g.partner])).toEqual([
      ['governance', 'Vert', 'Rouge'],
      ['finance', 'Vert', 'Rouge'],
    ]);
    expect(both.satisfaction).toMatchObject({ campaignId: survey.id, nps: 4 });
    expect(both.compliance).toEqual({ ours: { due: 1, onTime: 1, late: 0, rate: 100 }, partner: { due: 1, onTime: 0, late: 1, rate: 0 } });
    expect(wb.call('getEvaluation', [due.id], { user: LECTEUR })).toMatchObject({ satisfaction: null, satisfactionHidden: true });
    // The evaluation's Form is no satisfaction survey: the dashboard counts the survey only.
    expect(wb.call('refreshSatisfactionSheet', [], { user: ADMIN }).campaigns).toBe(1);

    // In « Évaluation », it cannot be left before the decision.
    wb.call('movePartnerStage', [pid, 'Évaluation', ''], { user: AWA });
    expect(() => wb.call('movePartnerStage', [pid, 'Renouvellement', ''], { user: AWA })).toThrow("prenez d'abord la décision de l'évaluation en cours");

    // « Clore »: justification required; then the follow-up, the exit plan and « Clôture ».
    expect(() => wb.call('decideEvaluation', [due.id, { decision: 'clore', justification: ' ', lessons: 'x' }], { user: AWA })).toThrow(
      'Évaluation, champ « Justification » : indiquez ce qui motive la décision (obligatoire).',
    );
    const decided = wb.call(
      'decideEvaluation',
      [due.id, { decision: 'clore', justification: 'Objectifs non atteints', lessons: 'Suivre les décaissements chaque trimestre' }],
      {
        user: AWA,
      },
    );
    expect(decided).toMatchObject({ status: 'Décidée', decision: 'Clore', lessons: 'Suivre les décaissements chaque trimestre' });
    const added = records(wb, COMMITMENTS).filter((c) => String(c.label).includes(due.id));
    expect(added.map((c) => [c.party, c.kind, c.owner])).toEqual([
      ['Nous', 'Autre', AWA],
      ['Partenaire', 'Rapport narratif', ''],
      ['Partenaire', 'Rapport financier', ''],
      ['Nous', 'Autre', AWA],
    ]);
    expect(String(added[0].label)).toBe(
      `Suivi de l’évaluation ${due.id} : Gouvernance et communication en rouge (partenaire) ; Gestion financière en rouge (partenaire) ; NPS de 4 (détracteur)`,
    );
    expect(records(wb, PARTNERS)[0].stage).toBe('Clôture');
    expect(wb.call('getPartner', [pid], { user: AWA }).evaluations).toEqual({ openId: null, lastDecidedId: due.id });
  });
});
