/** The readiness self-assessment (domain/readiness): scores, risk thresholds, the gap plan's order, documents' status at their boundaries, the weights in Paramètres. */
import { AREAS, QUESTIONS, parseAnswer, type Answer } from '../../src/domain/readiness/grid';
import { RISK_THRESHOLDS, riskOf, scoreReadiness } from '../../src/domain/readiness/score';
import { gapPlan } from '../../src/domain/readiness/gap-plan';
import { documentStatus } from '../../src/domain/readiness/documents';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';

const every = (answer: Answer): Record<string, Answer> => Object.fromEntries(QUESTIONS.map((q) => [q.code, answer]));

describe('the grid', () => {
  it('has six areas of 4 to 8 questions, unique codes, default weights adding up to 100', () => {
    expect(AREAS.map((a) => a.label)).toEqual([
      'Gouvernance',
      'Gestion financière',
      'Passation des marchés',
      'Ressources humaines',
      'Gestion des programmes',
      'Protection (PSEA)',
    ]);
    for (const a of AREAS) expect(a.questions.length).toBeGreaterThanOrEqual(4);
    for (const a of AREAS) expect(a.questions.length).toBeLessThanOrEqual(8);
    expect(new Set(QUESTIONS.map((q) => q.code)).size).toBe(QUESTIONS.length);
    expect(AREAS.reduce((s, a) => s + a.weight, 0)).toBe(100);
  });
  it('reads answers whatever their case, and nothing else', () => {
    expect(parseAnswer(' partiellement ')).toBe('Partiellement');
    expect(parseAnswer('sans OBJET')).toBe('Sans objet');
    expect(parseAnswer('peut-être')).toBeNull();
  });
});

describe('scores and risk', () => {
  it('scores Oui 100, Non 0, Partiellement 50, and leaves Sans objet out', () => {
    expect(scoreReadiness(every('Oui'))).toMatchObject({ overall: 100, risk: 'Faible', complete: true, criticalGaps: [] });
    expect(scoreReadiness(every('Partiellement'))).toMatchObject({ overall: 50, risk: 'Significatif' });
    const finance = { ...every('Oui'), 'FIN-3': 'Sans objet' as const, 'FIN-4': 'Non' as const };
    expect(scoreReadiness(finance).areas.find((a) => a.key === 'finance')!.score).toBe(80);
  });
  it('rates on the documented thresholds, each boundary included', () => {
    expect(RISK_THRESHOLDS.map((t) => t.min)).toEqual([85, 70, 50]);
    expect([100, 85, 84, 70, 69, 50, 49, 0].map(riskOf)).toEqual(['Faible', 'Faible', 'Modéré', 'Modéré', 'Significatif', 'Significatif', 'Élevé', 'Élevé']);
  });
  it('weights the areas as Paramètres says, leaving out an area with nothing scored', () => {
    const answers = { ...every('Oui'), ...Object.fromEntries(AREAS[1].questions.map((q) => [q.code, 'Partiellement' as const])) };
    // Defaults: finance 30 of 100 at 50 % → 85.
    expect(scoreReadiness(answers).overall).toBe(85);
    // Finance alone counts: 50.
    const onlyFinance = Object.fromEntries(AREAS.map((a) => [a.key, a.key === 'finance' ? 1 : 0]));
    expect(scoreReadiness(answers, onlyFinance).overall).toBe(50);
    expect(scoreReadiness({ 'GOU-2': 'Non' })).toMatchObject({ overall: 0, complete: false });
    expect(scoreReadiness({})).toMatchObject({ overall: null, risk: null });
  });
  it('caps the rating at « Significatif » when a critical question is answered Non', () => {
    const s = scoreReadiness({ ...every('Oui'), 'FIN-1': 'Non' });
    expect(s.overall).toBeGreaterThanOrEqual(85);
    expect(s).toMatchObject({ risk: 'Significatif', criticalGaps: ['FIN-1'] });
    // An « Élevé » rating is never made better by the cap.
    expect(scoreReadiness({ ...every('Non') }).risk).toBe('Élevé');
  });
});

describe('the gap plan', () => {
  it('turns each Non and Partiellement into the question’s action, critical items first, with their due dates', () => {
    const answers = {
      ...every('Oui'),
      'GOU-2': 'Partiellement',
      'PRO-4': 'Non',
      'GOU-3': 'Non',
      'FIN-1': 'Partiellement',
      'FIN-5': 'Non',
      'RH-1': 'Sans objet',
    } as const;
    const plan = gapPlan(answers, '2026-03-01', 'daf@ong.org');
    expect(plan.map((p) => [p.questionCode, p.priority, p.due])).toEqual([
      ['FIN-5', 'Critique', '2026-03-31'],
      ['PRO-4', 'Critique', '2026-03-31'],
      ['GOU-3', 'Haute', '2026-05-30'],
      ['FIN-1', 'Haute', '2026-05-30'],
      ['GOU-2', 'Normale', '2026-08-28'],
    ]);
    expect(plan[0]).toMatchObject({ action: 'Instaurer la double signature et l’archivage des pièces justificatives', owner: 'daf@ong.org', area: 'finance' });
    expect(gapPlan(every('Oui'), '2026-03-01', '')).toEqual([]);
  });
});

describe('document status', () => {
  const today = '2026-03-01';
  it('is manquant without a file, à jour without an expiry', () => {
    expect(documentStatus({ fileUrl: ' ', expiresOn: '2030-01-01' }, today)).toBe('Manquant');
    expect(documentStatus({ fileUrl: 'https://drive.google.com/file/d/x', expiresOn: '' }, today)).toBe('À jour');
  });
  it('expires bientôt from 30 days before its expiry, the expiry day included, and is expiré the day after', () => {
    const at = (expiresOn: string) => documentStatus({ fileUrl: 'https://drive.google.com/file/d/x', expiresOn }, today);
    expect(at('2026-04-01')).toBe('À jour');
    expect(at('2026-03-31')).toBe('Expire bientôt');
    expect(at('2026-03-01')).toBe('Expire bientôt');
    expect(at('2026-02-28')).toBe('Expiré');
  });
});

describe('Paramètres › Auto-évaluation', () => {
  it('writes each area’s default weight, reads them back, and keeps the default for an unreadable value', () => {
    const rows = defaultSettingsRows('ONG');
    expect(rows.filter((r) => r.section === 'Auto-évaluation').map((r) => [r.key, r.value])).toEqual(AREAS.map((a) => [a.label, String(a.weight)]));
    expect(parseSettings(rows).readinessWeights).toEqual(Object.fromEntries(AREAS.map((a) => [a.key, a.weight])));
    const edited = parseSettings([
      { section: 'auto-evaluation', key: 'gestion financiere', value: '40' },
      { section: 'Auto-évaluation', key: 'Gouvernance', value: 'beaucoup' },
    ]);
    expect(edited.readinessWeights).toEqual({ finance: 40 });
  });
});
