/** The joint health check (domain/evaluation): grid scoring, gaps, the calendar by category, the decision rules, the partner's Form. */
import { checkRatings, gapsBetween, scoreGrid, type Ratings } from '../../src/domain/evaluation/grid';
import { addMonths, defaultEvaluationRows, monthsFor, nextEvaluationDue, parseEvaluationMonths } from '../../src/domain/evaluation/calendar';
import { checkDecision, exitPlan, followUpReasons } from '../../src/domain/evaluation/decision';
import { CARRIER, evaluationQuestionnaire, partnerRatings } from '../../src/domain/evaluation/partner-form';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';

const all = (level: 'Vert' | 'Orange' | 'Rouge'): Ratings => ({
  governance: level,
  commitments: level,
  results: level,
  finance: level,
  addedValue: level,
  outlook: level,
});

describe('grid score', () => {
  it('averages the weighted dimensions: all green 100, all orange 50, all red 0', () => {
    expect(scoreGrid(all('Vert'))).toMatchObject({ average: 100, overall: 'Vert', complete: true, cappedBy: null });
    expect(scoreGrid(all('Orange'))).toMatchObject({ average: 50, overall: 'Orange' });
    expect(scoreGrid(all('Rouge'))).toMatchObject({ average: 0, overall: 'Rouge', red: Object.keys(all('Rouge')) });
  });

  it('a red critical dimension is not averaged away: it caps the overall rating', () => {
    const s = scoreGrid({ ...all('Vert'), finance: 'Rouge' });
    expect(s.average).toBe(80); // 80 would read « Vert » on its own
    expect(s.overall).toBe('Rouge');
    expect(s.cappedBy).toBe('finance');
  });

  it('a red non-critical dimension is averaged with the others', () => {
    const s = scoreGrid({ ...all('Vert'), outlook: 'Rouge' });
    expect(s).toMatchObject({ average: 90, overall: 'Vert', cappedBy: null, red: ['outlook'] });
  });

  it('an orange critical dimension caps at orange; a partial grid is scored on what is rated', () => {
    expect(scoreGrid({ ...all('Vert'), results: 'Orange' }).overall).toBe('Orange');
    expect(scoreGrid({ governance: 'Vert' })).toMatchObject({ average: 100, overall: 'Vert', complete: false });
    expect(scoreGrid({})).toMatchObject({ average: null, overall: null });
  });

  it('checks the ratings given, in French naming the dimension', () => {
    expect(checkRatings({ finance: 'rouge', outlook: '' })).toEqual({ ratings: { finance: 'Rouge' }, problems: [] });
    expect(checkRatings({ finance: 'bleu', budget: 'Vert' }).problems).toEqual([
      'Évaluation, dimension « Gestion financière » : « bleu » n’est pas valide (attendu : Vert, Orange, Rouge).',
      'Évaluation : dimension inconnue « budget » (attendu : governance, commitments, results, finance, addedValue, outlook).',
    ]);
  });
});

describe('gaps between the two sides', () => {
  it('flags the dimensions two levels apart', () => {
    const gaps = gapsBetween({ governance: 'Vert', finance: 'Vert', results: 'Orange' }, { governance: 'Rouge', finance: 'Orange', outlook: 'Vert' });
    const by = Object.fromEntries(gaps.map((g) => [g.key, g]));
    expect(by.governance).toMatchObject({ ours: 'Vert', partner: 'Rouge', gap: 2, flagged: true });
    expect(by.finance).toMatchObject({ gap: 1, flagged: false });
    expect(by.results).toMatchObject({ ours: 'Orange', partner: null, gap: null, flagged: false });
    expect(gaps.filter((g) => g.flagged)).toHaveLength(1);
  });
});

describe('evaluation calendar', () => {
  it('reads 6 or 12 months per category from Paramètres, written by « Initialiser »', () => {
    const s = parseSettings(defaultSettingsRows('AMADE'));
    expect(s.evaluationMonths).toEqual({ Stratégique: 6, Opérationnel: 12, Institutionnel: 12, Financier: 6, Technique: 12 });
    expect(
      parseEvaluationMonths([
        { key: 'technique', value: '6 mois' },
        { key: 'Financier', value: '9' },
        { key: 'Autre', value: '6' },
      ]),
    ).toEqual({ Technique: 6 });
    expect(defaultEvaluationRows().every((r) => r.section === 'Évaluation')).toBe(true);
    expect(monthsFor('', {})).toBe(12);
  });

  it('counts from the last evaluation, else from the signature, in spreadsheet days', () => {
    const months = { Stratégique: 6, Opérationnel: 12 };
    expect(nextEvaluationDue({ category: 'Stratégique', lastEvaluated: '', signedOn: '2026-03-31' }, months)).toBe('2026-09-30');
    expect(nextEvaluationDue({ category: 'Opérationnel', lastEvaluated: '', signedOn: '2026-03-31' }, months)).toBe('2027-03-31');
    expect(nextEvaluationDue({ category: 'Stratégique', lastEvaluated: '2026-10-15', signedOn: '2026-03-31' }, months)).toBe('2027-04-15');
    expect(nextEvaluationDue({ category: 'Stratégique', lastEvaluated: '', signedOn: '' }, months)).toBeNull();
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
  });
});

describe('decision rules', () => {
  it('requires a known decision and a justification, and the lessons learnt to close', () => {
    expect(checkDecision({ decision: 'réorienter', justification: ' Recentrer sur Mopti ' })).toEqual({
      decision: 'Réorienter',
      justification: 'Recentrer sur Mopti',
      lessons: '',
    });
    expect(() => checkDecision({ decision: 'prolonger', justification: 'x' })).toThrow(
      'Évaluation, champ « Décision » : « prolonger » n’est pas valide (attendu : une des valeurs : Renforcer, Maintenir, Réorienter, Clore).',
    );
    expect(() => checkDecision({ decision: 'maintenir', justification: '  ' })).toThrow(
      'Évaluation, champ « Justification » : indiquez ce qui motive la décision (obligatoire).',
    );
    expect(() => checkDecision({ decision: 'clore', justification: 'Objectifs atteints' })).toThrow('champ « Leçons apprises »');
  });

  it('a red dimension on either side or a detractor NPS needs a follow-up', () => {
    expect(followUpReasons(all('Vert'), all('Vert'), 9)).toEqual([]);
    expect(followUpReasons(all('Vert'), all('Vert'), null)).toEqual([]);
    expect(followUpReasons({ finance: 'Rouge' }, { finance: 'Rouge', outlook: 'Rouge' }, 6)).toEqual([
      'Gestion financière en rouge (nous et partenaire)',
      'Perspectives en rouge (partenaire)',
      'NPS de 6 (détracteur)',
    ]);
  });

  it('the exit plan gives final commitments to both parties', () => {
    const plan = exitPlan('EVA-0001', '2026-03-12');
    expect(plan.map((c) => c.party)).toEqual(['Partenaire', 'Partenaire', 'Nous']);
    expect(plan.every((c) => c.due === '2026-04-11')).toBe(true);
  });
});

describe('the partner’s Form', () => {
  it('asks every dimension once on a 1–5 scale, with the token item, and reads answers back as colours', () => {
    const q = evaluationQuestionnaire();
    expect(q.questions.filter((x) => x.kind === 'scale').map((x) => x.key)).toEqual(Object.values(CARRIER));
    expect(q.questions.map((x) => x.key)).toContain('token');
    const response = { [CARRIER.governance]: 5, [CARRIER.finance]: 3, [CARRIER.results]: 2, [CARRIER.outlook]: '' };
    expect(partnerRatings(response)).toEqual({ governance: 'Vert', finance: 'Orange', results: 'Rouge' });
  });
});
