/** Pipeline domain: FCFA conversion, board aggregation, sorting, filters, stage rules, default probabilities. */
import { toOpportunityCard } from '../../src/domain/pipeline/opportunity-card';
import { toXof, EUR_TO_XOF } from '../../src/domain/format/xof';
import { buildBoard } from '../../src/domain/pipeline/board';
import { checkStageChange, DEFAULT_PROBABILITY, defaultProbability, matchStage, probabilityAfterMove, STAGE_ACTIONS } from '../../src/domain/pipeline/stages';
import { API } from '../../src/domain/contracts/api';
import type { DataRecord } from '../../src/domain/schema/field';

const TODAY = '2026-03-12';
const AWA = 'awa.traore@ajcad-mali.org';
const MOUSSA = 'moussa.keita@ajcad-mali.org';

const opp = (over: DataRecord): DataRecord => ({
  id: 'OPP-0000',
  partnerId: 'PAR-0001',
  partnerName: 'Délégation de l’Union européenne au Mali',
  partnerType: 'PTF / bailleur',
  title: 'Projet',
  stage: 'Cible',
  amount: '',
  currency: 'XOF',
  probability: '',
  decisionDate: '',
  nextAction: '',
  nextDue: '',
  owner: AWA,
  axis: 'Gouvernance et citoyenneté active',
  reason: '',
  ...over,
});

const RECORDS: DataRecord[] = [
  opp({ id: 'OPP-0001', title: 'Budget participatif', amount: 1_000_000, nextDue: '2026-03-20' }),
  opp({
    id: 'OPP-0002',
    title: 'Jeunes et paix',
    amount: 10_000,
    currency: 'EUR',
    probability: 25,
    nextDue: '2026-03-01',
    owner: MOUSSA,
    partnerType: 'ONG nationale',
    axis: 'Cohésion sociale et paix',
  }),
  opp({ id: 'OPP-0003', title: 'Académie citoyenne', amount: 500, currency: 'USD', probability: 50 }),
  opp({ id: 'OPP-0004', title: 'Observatoire', stage: 'Négociation', amount: 2_000_000, probability: 60, nextDue: '2026-03-11', owner: MOUSSA }),
  opp({ id: 'OPP-0005', title: 'Redevabilité', stage: 'Négociation', amount: 1234.56, currency: 'EUR', probability: 50, nextDue: '2026-04-01' }),
  opp({ id: 'OPP-0006', title: 'Convention cadre', stage: 'Signée', amount: 3_000_000, probability: 100, nextDue: '2026-01-01' }),
  opp({ id: 'OPP-0007', title: 'Étape tapée à la main', stage: 'Gagnée', amount: 9_999_999 }),
];

describe('opportunity card', () => {
  it('converts to FCFA: XOF as is, EUR at 655,957 rounded to the franc, other currencies only with a rate', () => {
    expect(EUR_TO_XOF).toBe(655.957);
    expect(toXof(1_500_000, 'XOF')).toBe(1_500_000);
    expect(toXof(1_500_000, '')).toBe(1_500_000);
    expect(toXof(10_000, 'EUR')).toBe(6_559_570);
    expect(toXof(1234.56, 'eur')).toBe(809_818); // 1 234,56 × 655,957 = 809 818,27…
    expect(toXof(500, 'USD')).toBeNull();
    expect(toXof(500, 'USD', { USD: 600 })).toBe(300_000);
    expect(toXof(null, 'EUR')).toBeNull();
  });

  it('is overdue when the next action is due before today and the stage is still open', () => {
    expect(toOpportunityCard(opp({ nextDue: '2026-03-11' }), TODAY).overdue).toBe(true);
    expect(toOpportunityCard(opp({ nextDue: TODAY }), TODAY).overdue).toBe(false);
    expect(toOpportunityCard(opp({ nextDue: '' }), TODAY).overdue).toBe(false);
    for (const stage of ['Signée', 'Abandonnée', 'Refusée']) expect(toOpportunityCard(opp({ stage, nextDue: '2026-01-01' }), TODAY).overdue).toBe(false);
  });

  it('is plain JSON with every contract field', () => {
    const card = toOpportunityCard(RECORDS[1], TODAY);
    expect(card).toEqual({
      id: 'OPP-0002',
      partnerId: 'PAR-0001',
      partnerName: 'Délégation de l’Union européenne au Mali',
      partnerType: 'ONG nationale',
      title: 'Jeunes et paix',
      stage: 'Cible',
      amount: 10_000,
      currency: 'EUR',
      amountXof: 6_559_570,
      probability: 25,
      decisionDate: '',
      nextAction: '',
      nextDue: '2026-03-01',
      owner: MOUSSA,
      axis: 'Cohésion sociale et paix',
      relay: '',
      overdue: true,
    });
  });
});

describe('buildBoard', () => {
  const board = buildBoard(RECORDS, TODAY);
  const col = (stage: string, b = board) => b.columns.find((c) => c.stage === stage)!;

  it('has one column per pipeline stage, in pipeline order', () => {
    expect(board.today).toBe(TODAY);
    expect(board.columns.map((c) => c.stage)).toEqual(['Cible', 'Contact', 'Note conceptuelle', 'Négociation', 'Signature', 'Signée', 'Abandonnée', 'Refusée']);
  });

  it('sums amounts in FCFA and weights them by probability (stage default when empty)', () => {
    // Cible: 1 000 000 (10 % by default) + 10 000 € = 6 559 570 (25 %) + 500 $ US (no rate: not counted)
    expect(col('Cible')).toMatchObject({ count: 3, total: 7_559_570, weighted: 1_739_893 }); // 100 000 + 1 639 892,5
    // Négociation: 2 000 000 × 60 % + 1 234,56 € = 809 818 × 50 %
    expect(col('Négociation')).toMatchObject({ count: 2, total: 2_809_818, weighted: 1_604_909 }); // 1 200 000 + 404 909
    expect(col('Signée')).toMatchObject({ count: 1, total: 3_000_000, weighted: 3_000_000 });
    expect(col('Contact')).toEqual({ stage: 'Contact', count: 0, total: 0, weighted: 0, cards: [] });
  });

  it('counts other currencies when a rate is given', () => {
    expect(col('Cible', buildBoard(RECORDS, TODAY, {}, { USD: 600 }))).toMatchObject({ total: 7_859_570, weighted: 1_889_893 });
  });

  it('leaves out records whose stage is not a pipeline stage', () => {
    expect(board.columns.flatMap((c) => c.cards.map((k) => k.id))).not.toContain('OPP-0007');
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(6);
  });

  it('sorts cards overdue first, then by next due date, undated last', () => {
    expect(col('Cible').cards.map((c) => c.id)).toEqual(['OPP-0002', 'OPP-0001', 'OPP-0003']);
    expect(col('Négociation').cards.map((c) => [c.id, c.overdue])).toEqual([
      ['OPP-0004', true],
      ['OPP-0005', false],
    ]);
  });

  it('filters by owner (case ignored), partner type and strategic axis; dropdowns list every value', () => {
    const mine = buildBoard(RECORDS, TODAY, { owner: 'AWA.Traore@ajcad-mali.org' });
    expect(mine.columns.flatMap((c) => c.cards.map((k) => k.id))).toEqual(['OPP-0001', 'OPP-0003', 'OPP-0005', 'OPP-0006']);
    expect(col('Cible', mine)).toMatchObject({ count: 2, total: 1_000_000, weighted: 100_000 });
    const ong = buildBoard(RECORDS, TODAY, { partnerType: 'ong nationale' });
    expect(ong.columns.flatMap((c) => c.cards.map((k) => k.id))).toEqual(['OPP-0002']);
    const axis = buildBoard(RECORDS, TODAY, { axis: 'Cohesion sociale et paix', owner: AWA });
    expect(axis.columns.every((c) => c.count === 0)).toBe(true);
    expect(mine.owners).toEqual([AWA, MOUSSA]);
    expect(mine.partnerTypes).toEqual(['ONG nationale', 'PTF / bailleur']);
    expect(mine.axes).toEqual(['Cohésion sociale et paix', 'Gouvernance et citoyenneté active']);
  });

  it('reads the pipeline by relay: the opportunities of the partners a relay introduced, counted and summed', () => {
    const relayed = RECORDS.map((r) => (['OPP-0001', 'OPP-0004'].includes(String(r.id)) ? { ...r, relay: 'Association des Maliens de France' } : r));
    const via = buildBoard(relayed, TODAY, { relay: 'association des maliens de france' });
    expect(via.columns.flatMap((c) => c.cards.map((k) => k.id))).toEqual(['OPP-0001', 'OPP-0004']);
    expect(col('Cible', via)).toMatchObject({ count: 1, total: 1_000_000 });
    expect(col('Négociation', via)).toMatchObject({ count: 1, total: 2_000_000, weighted: 1_200_000 });
    expect(via.relays).toEqual(['Association des Maliens de France']);
  });
});

describe('stage rules', () => {
  const ok = { hasConvention: false, reason: '', isAdmin: false };

  it('gives each stage its default probability', () => {
    expect(DEFAULT_PROBABILITY).toEqual({
      Cible: 10,
      Contact: 20,
      'Note conceptuelle': 40,
      Négociation: 60,
      Signature: 80,
      Signée: 100,
      Abandonnée: 0,
      Refusée: 0,
    });
    expect(defaultProbability('note conceptuelle')).toBe(40);
    expect(defaultProbability('Gagnée')).toBeNull();
    expect(matchStage(' negociation ')).toBe('Négociation');
  });

  it('allows moving forward and back, telling them apart for the Journal', () => {
    expect(checkStageChange('Cible', 'Négociation', ok)).toBe('avancement');
    expect(checkStageChange('Négociation', 'Contact', ok)).toBe('retour');
    expect(STAGE_ACTIONS.retour).toBe('retour à une étape antérieure');
    expect(checkStageChange(null, 'Contact', ok)).toBe('création');
  });

  it('refuses « Signée » without a linked convention, and accepts it with one', () => {
    expect(() => checkStageChange('Signature', 'Signée', ok)).toThrow(
      "Opportunités, colonne « Étape » : impossible de passer à « Signée » sans convention. Créez d'abord la convention ou liez-la à cette opportunité (feuille Conventions, colonne « ID opportunité »).",
    );
    expect(() => checkStageChange(null, 'Signée', ok)).toThrow("une opportunité ne peut pas être créée à l'étape « Signée »");
    expect(checkStageChange('Signature', 'Signée', { ...ok, hasConvention: true })).toBe('clôture');
  });

  it('requires a reason to abandon or for a refusal', () => {
    expect(() => checkStageChange('Contact', 'Abandonnée', ok)).toThrow(
      "Opportunités, colonne « Motif (abandon/refus) » : indiquez le motif pour passer l'opportunité à « Abandonnée ».",
    );
    expect(() => checkStageChange('Contact', 'Refusée', ok)).toThrow('« Motif (abandon/refus) »');
    expect(checkStageChange('Contact', 'Refusée', { ...ok, reason: 'Hors priorités du bailleur' })).toBe('clôture');
  });

  it('lets only an admin reopen a closed opportunity', () => {
    expect(() => checkStageChange('Abandonnée', 'Contact', ok)).toThrow(
      "Opportunités, colonne « Étape » : l'opportunité est « Abandonnée » ; seul un administrateur peut la rouvrir",
    );
    expect(() => checkStageChange('Signée', 'Refusée', { ...ok, reason: 'x' })).toThrow('seul un administrateur');
    expect(checkStageChange('Refusée', 'Note conceptuelle', { ...ok, isAdmin: true })).toBe('réouverture');
  });

  it('moves the probability with the stage unless the user chose one', () => {
    expect(probabilityAfterMove('Cible', 'Contact', 10)).toBe(20);
    expect(probabilityAfterMove('Cible', 'Contact', null)).toBe(20);
    expect(probabilityAfterMove('Cible', 'Négociation', 35)).toBe(35);
    expect(probabilityAfterMove('Négociation', 'Abandonnée', 35)).toBe(0);
    expect(probabilityAfterMove('Signature', 'Signée', 70)).toBe(100);
    expect(probabilityAfterMove('Abandonnée', 'Contact', 0)).toBe(20);
  });
});

describe('arguments from the sidebar (the declared schemas)', () => {
  it('accepts a record of plain values and refuses anything else in French', () => {
    const opportunity = API.saveOpportunity.args[0];
    expect(opportunity.check({ title: 'X', amount: 5, primary: true, notes: null, skip: undefined })).toEqual({
      title: 'X',
      amount: 5,
      primary: true,
      notes: null,
    });
    expect(() => opportunity.check(null)).toThrow(
      "Argument « l'opportunité » : une fiche (champs : texte, nombre ou booléen ; au plus 200) attendu, reçu rien.",
    );
    expect(() => opportunity.check(['x'])).toThrow('attendu, reçu une liste');
    expect(() => opportunity.check({ amount: { $gt: 0 } })).toThrow(
      "Argument « l'opportunité », champ « amount » : un texte, un nombre ou un booléen attendu, reçu un objet.",
    );
    expect(() => API.moveOpportunity.args[0].check(42)).toThrow("Argument « l'opportunité » : un identifiant comme OPP-0001 attendu, reçu 42.");
    const filter = API.getBoard.args[0];
    expect(filter.check({ owner: ' a@b.org ', axis: '' })).toEqual({ owner: 'a@b.org', axis: '' });
    expect(() => filter.check({ owner: 3 })).toThrow('Argument « le filtre » › « responsable » : un texte d’au plus 254 caractères attendu, reçu 3.');
  });
});
