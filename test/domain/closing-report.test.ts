/** The closing report's default template filled with facts where every section is empty: a sentence each, no field left. */
import { closingReportData, commitmentsBalance, type ClosingFacts } from '../../src/domain/evaluation/closing-report';
import { TEMPLATES } from '../../src/domain/templates/defaults';
import { planFill } from '../../src/domain/templates/engine';
import { applyPlan, documentText } from '../../src/domain/templates/apply';
import { defaultTemplate } from '../support/default-template';

const template = defaultTemplate('rapport-cloture');

const none = { due: 0, onTime: 0, late: 0, rate: null };
const facts = (over: Partial<ClosingFacts> = {}): ClosingFacts => ({
  partner: { id: 'PAR-0007', name: 'Association Kènè' },
  organisation: 'AJCAD Mali',
  author: 'awa.traore@ajcad-mali.org',
  today: '2026-03-12',
  conventions: [],
  commitments: [],
  compliance: { ours: none, partner: none },
  evaluationId: 'EVA-0003',
  ours: {},
  theirs: {},
  decision: 'Clore',
  justification: 'Le partenaire a cessé ses activités.',
  lessons: '',
  ...over,
});

const filled = (f: ClosingFacts): string => {
  const result = planFill(template, TEMPLATES['rapport-cloture'].catalogue, closingReportData(f));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return documentText(applyPlan(template, result.plan).body);
};

it('an empty partnership: each section says so, in French, and no field is left', () => {
  const text = filled(facts());
  expect(text).not.toMatch(/\{\{|\}\}/);
  for (const sentence of [
    'période non renseignée',
    'Aucune convention n’a été conclue avec ce partenaire.',
    'AJCAD Mali : aucun engagement. Taux de respect des échéances : aucune échéance due.',
    'Appréciation d’ensemble : non renseignée pour AJCAD Mali, non renseignée pour Association Kènè.',
    'Aucune leçon apprise n’a été consignée.',
    'Décision : Clore. Le partenaire a cessé ses activités.',
    'le 12 mars 2026',
  ])
    expect(text).toContain(sentence);
});

it('a convention with its amount and period; the commitments balance counts each outcome', () => {
  const text = filled(
    facts({
      conventions: [
        {
          id: 'CONV-0002',
          type: 'Accord de financement',
          status: 'Clôturée',
          startDate: '2025-01-01',
          endDate: '2025-12-31',
          amount: 2000000,
          currency: 'XOF',
        },
      ],
    }),
  );
  expect(text.replace(/\s/g, ' ')).toContain('CONV-0002 Accord de financement du 1er janvier 2025 au 31 décembre 2025 Clôturée 2 000 000 FCFA');
  expect(
    commitmentsBalance(
      [
        { status: 'Réalisé', due: '2026-01-10', doneOn: '2026-01-09' },
        { status: 'Réalisé', due: '2026-01-10', doneOn: '2026-01-20' },
        { status: 'Annulé', due: '2026-01-10' },
        { status: 'En retard', due: '2026-02-01' },
        { status: 'À venir', due: '2026-06-01' },
      ],
      '2026-03-12',
    ),
  ).toBe('5 engagements : 1 réalisé à temps, 1 réalisé en retard, 1 en retard, non réalisé, 1 annulé, 1 à venir');
});
