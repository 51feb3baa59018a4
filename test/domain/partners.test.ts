/** Partners domain: priority score and quadrant, due diligence, duplicates, lifecycle rules, history counts. */
import { priorityScore, quadrantOf, historyComponent, usableWeights } from '../../src/domain/partners/priority';
import { assessDueDiligence, decisionProblem, latestAnalysis, summariseAnalysis } from '../../src/domain/partners/due-diligence';
import { duplicatesMessage, findDuplicates, nameKey } from '../../src/domain/partners/duplicates';
import { checkTransition, stageHistory, stageOptions } from '../../src/domain/partners/lifecycle';
import { historyCounts, oneYearBefore, recentInteractions } from '../../src/domain/partners/partner-detail';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';

describe('Mendelow quadrant', () => {
  it('puts high power and high interest in « Gérer étroitement », and so on', () => {
    expect(quadrantOf('Élevé', 'Élevé')).toBe('Gérer étroitement');
    expect(quadrantOf('Élevé', 'Faible')).toBe('Satisfaire');
    expect(quadrantOf('Faible', 'Élevé')).toBe('Informer');
    expect(quadrantOf('Faible', 'Faible')).toBe('Surveiller');
  });

  it('counts « Moyen » as high for interest and low for power', () => {
    expect(quadrantOf('Élevé', 'Moyen')).toBe('Gérer étroitement');
    expect(quadrantOf('Moyen', 'Élevé')).toBe('Informer');
    expect(quadrantOf('Moyen', 'Moyen')).toBe('Informer');
    expect(quadrantOf('Moyen', 'Faible')).toBe('Surveiller');
  });

  it('reads levels as typed by hand (case, accents) and gives no quadrant when one is missing', () => {
    expect(quadrantOf('eleve', ' ÉLEVÉ ')).toBe('Gérer étroitement');
    expect(quadrantOf('Élevé', '')).toBe('');
    expect(quadrantOf(null, 'Élevé')).toBe('');
    expect(quadrantOf('Très élevé', 'Élevé')).toBe('');
  });
});

describe('priority score', () => {
  const base = { alignment: 4, potential: 3, power: 'Élevé', interest: 'Faible', interactions12m: 3, activeConventions: 1 };

  it('matches the hand-computed example of the module comment (default weights 35/25/25/15)', () => {
    // 35 × 4/5 + 25 × 3/5 + 25 × 2/3 (Satisfaire) + 15 × (½ × 3/6 + ½ × 1/2) = 28 + 15 + 16.67 + 7.5 = 67.17
    expect(priorityScore(base)).toBe(67);
  });

  it('gives 100 to a fully aligned key player with a full history, 0 to a partner rated 0 everywhere', () => {
    expect(priorityScore({ alignment: 5, potential: 5, power: 'Élevé', interest: 'Élevé', interactions12m: 12, activeConventions: 3 })).toBe(100);
    expect(priorityScore({ alignment: 0, potential: 0, power: 'Faible', interest: 'Faible', interactions12m: 0, activeConventions: 0 })).toBe(0);
  });

  it('applies the weights of Paramètres (relative: divided by their sum)', () => {
    // Only alignment counts: 4/5 → 80, whatever the rest.
    expect(priorityScore(base, { alignment: 1, potential: 0, influence: 0, history: 0 })).toBe(80);
    // 50/50 alignment and history: (0.8 + 0.5) / 2 = 65.
    expect(priorityScore(base, { alignment: 10, potential: 0, influence: 0, history: 10 })).toBe(65);
    // Weights 70/50/50/30 are the defaults doubled: same score.
    expect(priorityScore(base, { alignment: 70, potential: 50, influence: 50, history: 30 })).toBe(67);
  });

  it('falls back to the default weights when all are zero or unusable', () => {
    expect(usableWeights({ alignment: 0, potential: -3, influence: NaN, history: 0 })).toEqual({ alignment: 35, potential: 25, influence: 25, history: 15 });
    expect(priorityScore(base, { alignment: 0, potential: 0, influence: 0, history: 0 })).toBe(67);
  });

  it('saturates the history at 6 interactions a year and 2 active conventions', () => {
    expect(historyComponent(0, 0)).toBe(0);
    expect(historyComponent(6, 0)).toBe(0.5);
    expect(historyComponent(60, 2)).toBe(1);
    expect(historyComponent(3, 1)).toBe(0.5);
  });

  it('is null for a partner not assessed at all (no alignment, potential or quadrant)', () => {
    expect(priorityScore({ alignment: '', potential: null, power: '', interest: 'Élevé', interactions12m: 5, activeConventions: 1 })).toBeNull();
    // Alignment alone: 35 × 3/5 = 21 (the rest counts 0).
    expect(priorityScore({ alignment: 3, potential: '', power: '', interest: '', interactions12m: 0, activeConventions: 0 })).toBe(21);
  });

  it('reads the weights from Paramètres › Priorité, defaults 35/25/25/15', () => {
    expect(parseSettings(defaultSettingsRows('X')).priorityWeights).toEqual({ alignment: 35, potential: 25, influence: 25, history: 15 });
    const s = parseSettings([
      { section: 'Priorité', key: 'Alignement', value: '50' },
      { section: 'priorite', key: 'historique', value: '0' },
      { section: 'Priorité', key: 'Influence', value: 'beaucoup' },
    ]);
    expect(s.priorityWeights).toEqual({ alignment: 50, potential: 25, influence: 25, history: 0 });
  });
});

describe('due diligence (HACT-like)', () => {
  const all = (v: number) => ({ legal: v, governance: v, finance: v, reputation: v, alignment: v, risks: v });

  it('maps ratings 1–5 to 0–100 with key criteria weighing double', () => {
    expect(assessDueDiligence(all(5)).score).toBe(100);
    expect(assessDueDiligence(all(3)).score).toBe(50);
    // Key criteria at 5 (weight 2 each), the others at 3: (3 × 2 × 1 + 3 × 1 × 0.5) / 9 = 7.5 / 9 = 83.3
    expect(assessDueDiligence({ legal: 5, governance: 5, finance: 5, reputation: 3, alignment: 3, risks: 3 }).score).toBe(83);
    // The reverse weighs less: (3 × 2 × 0.5 + 3 × 1 × 1) / 9 = 6 / 9 = 66.7
    expect(assessDueDiligence({ legal: 3, governance: 3, finance: 3, reputation: 5, alignment: 5, risks: 5 }).score).toBe(67);
  });

  it('caps the score at 40 when one key criterion is critical (≤ 2), whatever the other answers', () => {
    // Uncapped it would be (2 + 2 + 2 × 0.25 + 3) / 9 = 83.
    const r = assessDueDiligence({ ...all(5), finance: 2 });
    expect(r.score).toBe(40);
    expect(r.critical).toEqual(['Santé financière']);
    expect(r.weaknesses).toEqual(['Santé financière']);
    // Already below the cap: unchanged.
    expect(assessDueDiligence({ ...all(2) }).score).toBe(25);
  });

  it('lists a weak non-key criterion without capping the score', () => {
    const r = assessDueDiligence({ ...all(5), reputation: 1 });
    // (6 + 0 + 2) / 9 = 88.9
    expect(r.score).toBe(89);
    expect(r.weaknesses).toEqual(['Réputation']);
    expect(r.critical).toEqual([]);
  });

  it('scores the rated criteria only, and is null when none is rated', () => {
    expect(assessDueDiligence({ legal: 5, governance: null }).score).toBe(100);
    expect(assessDueDiligence({ legal: 5 }).keyCriteriaRated).toBe(false);
    expect(assessDueDiligence({}).score).toBeNull();
  });

  it('requires the key criteria, and a comment when approving despite a critical weakness', () => {
    expect(decisionProblem('Approuvé', assessDueDiligence({ legal: 5, reputation: 5 }), '')).toContain(
      "notez d'abord les critères clés (Statut juridique, Gouvernance, Santé financière)",
    );
    const weak = assessDueDiligence({ ...all(4), legal: 1 });
    expect(decisionProblem('Approuvé', weak, ' ')).toBe(
      'Analyse, colonne « Commentaire » : une approbation malgré la faiblesse critique (Statut juridique) doit être justifiée par un commentaire.',
    );
    expect(decisionProblem('Approuvé', weak, 'Statuts en cours de renouvellement, récépissé vu.')).toBeNull();
    expect(decisionProblem('Refusé', weak, '')).toBeNull();
    expect(decisionProblem('Approuvé', assessDueDiligence(all(4)), '')).toBeNull();
  });

  it('summarises the latest analysis of a partner, recomputing its score', () => {
    const rows = [
      { id: 'ANA-0001', partnerId: 'PAR-0001', ...all(2), decision: 'Refusé', score: 99 },
      { id: 'ANA-0002', partnerId: 'PAR-0002', ...all(5) },
      { id: 'ANA-0003', partnerId: 'PAR-0001', ...all(4), legal: '', decision: '' },
    ];
    const latest = latestAnalysis(rows, 'PAR-0001')!;
    expect(latest.id).toBe('ANA-0003');
    expect(summariseAnalysis(latest)).toMatchObject({ id: 'ANA-0003', score: 75, scores: { legal: null, governance: 4 }, decision: '' });
    expect(latestAnalysis(rows, 'PAR-0009')).toBeNull();
  });
});

describe('duplicates', () => {
  const partners = [
    { id: 'PAR-0001', name: 'ONU Femmes Mali', acronym: 'ONU Femmes', email: 'info@unwomen.org' },
    { id: 'PAR-0002', name: 'Agence française de développement', acronym: 'AFD', email: '' },
    { id: 'PAR-0003', name: 'Plan International Mali', acronym: 'Plan', email: '' },
  ];
  const contacts = [{ partnerId: 'PAR-0002', email: 'Directeur@AFD.fr' }];

  it('folds accents, case, spaces and punctuation', () => {
    expect(nameKey('O.N.U  Fémmes')).toBe(nameKey('ONU femmes'));
    expect(nameKey('  Agence Française de Développement ')).toBe('agencefrancaisededeveloppement');
  });

  it('finds the same name, acronym (also across name/acronym) or email', () => {
    expect(findDuplicates({ name: 'Agence Française de Développement' }, [], partners, contacts)).toEqual([
      { id: 'PAR-0002', name: 'Agence française de développement', acronym: 'AFD', reason: 'nom' },
    ]);
    expect(findDuplicates({ name: 'Autre', acronym: 'O.N.U Femmes' }, [], partners, contacts).map((m) => [m.id, m.reason])).toEqual([['PAR-0001', 'sigle']]);
    expect(findDuplicates({ name: 'onu-femmes' }, [], partners, contacts).map((m) => [m.id, m.reason])).toEqual([['PAR-0001', 'sigle']]);
    expect(findDuplicates({ name: 'Nouvelle agence', email: ' INFO@unwomen.org' }, [], partners, contacts).map((m) => [m.id, m.reason])).toEqual([
      ['PAR-0001', 'email'],
    ]);
  });

  it("compares the new contacts' emails with partners and existing contacts", () => {
    expect(findDuplicates({ name: 'Bureau AFD Bamako' }, [{ email: 'directeur@afd.fr' }], partners, contacts).map((m) => [m.id, m.reason])).toEqual([
      ['PAR-0002', 'email'],
    ]);
  });

  it('ignores empty values and the partner being edited', () => {
    expect(findDuplicates({ name: '', acronym: '', email: '' }, [{ email: '' }], [{ id: 'PAR-0009', name: '', acronym: '' }], [])).toEqual([]);
    expect(findDuplicates({ name: 'Plan International Mali' }, [], partners, contacts, 'PAR-0003')).toEqual([]);
  });

  it('words the refusal in French, listing each duplicate', () => {
    expect(duplicatesMessage([{ id: 'PAR-0002', name: 'Agence française de développement', acronym: 'AFD', reason: 'nom' }])).toBe(
      "Ce partenaire existe peut-être déjà : Agence française de développement (AFD) — PAR-0002, même nom. Vérifiez, puis confirmez la création si ce n'est pas un doublon.",
    );
  });
});

describe('lifecycle rules', () => {
  const free = { approved: false, note: '' };

  it('allows jumping forward only up to Analyse', () => {
    expect(checkTransition('', 'Analyse', free)).toBeNull();
    expect(checkTransition('Identification', 'Analyse', free)).toBeNull();
    expect(checkTransition('Identification', 'Approbation', free)).toBe(
      "On ne peut avancer de plusieurs étapes d'un coup qu'au début du cycle (jusqu'à « Analyse ») : passez d'abord à « Catégorisation ».",
    );
    expect(checkTransition('Analyse', 'Approbation', free)).toBeNull();
    expect(checkTransition('Collaboration', 'Renouvellement', { ...free, approved: true })).toContain("passez d'abord à « Évaluation »");
  });

  it('requires an approved analysis for Formalisation and later stages', () => {
    expect(checkTransition('Approbation', 'Formalisation', free)).toBe(
      "L'étape « Formalisation » exige une analyse de due diligence approuvée (décision « Approuvé » dans l'analyse du partenaire).",
    );
    expect(checkTransition('Approbation', 'Formalisation', { approved: true, note: '' })).toBeNull();
    expect(checkTransition('Évaluation', 'Renouvellement', free)).toContain('exige une analyse de due diligence approuvée');
  });

  it('allows Clôture from any stage with a note, and going back', () => {
    expect(checkTransition('Identification', 'Clôture', free)).toBe('Clôture : indiquez le motif de la clôture dans la note (obligatoire).');
    expect(checkTransition('Identification', 'cloture', { approved: false, note: 'Hors de notre mandat' })).toBeNull();
    expect(checkTransition('Approbation', 'Analyse', free)).toBeNull();
    expect(checkTransition('Clôture', 'Identification', free)).toBeNull();
  });

  it('enters « Évaluation » only with an evaluation in progress, and leaves it only once decided', () => {
    const approved = { approved: true, note: 'Fin' };
    expect(checkTransition('Collaboration', 'Évaluation', approved)).toBe(
      "L'étape « Évaluation » exige une évaluation conjointe en cours : démarrez-la d'abord (grille d'évaluation du partenaire).",
    );
    expect(checkTransition('Collaboration', 'Évaluation', { ...approved, evaluation: 'decided' })).toContain('exige une évaluation conjointe en cours');
    expect(checkTransition('Collaboration', 'Évaluation', { ...approved, evaluation: 'open' })).toBeNull();
    for (const target of ['Renouvellement', 'Clôture', 'Collaboration'])
      expect(checkTransition('Évaluation', target, { ...approved, evaluation: 'open' })).toContain("prenez d'abord la décision de l'évaluation en cours");
    expect(checkTransition('Évaluation', 'Renouvellement', { ...approved, evaluation: 'decided' })).toBeNull();
    expect(checkTransition('Évaluation', 'Clôture', { ...approved, evaluation: 'decided' })).toBeNull();
    expect(stageOptions('Collaboration', true, 'open').allowedStages).toContain('Évaluation');
    expect(stageOptions('Collaboration', true).blockedStages['Évaluation']).toContain('évaluation conjointe en cours');
  });

  it('refuses an unknown stage and a move to the current stage', () => {
    expect(checkTransition('Analyse', 'Signature', free)).toContain('Étape inconnue « Signature »');
    expect(checkTransition('Analyse', 'Analyse', free)).toBe("Le partenaire est déjà à l'étape « Analyse ».");
  });

  it('lists the allowed stages and why the others are blocked', () => {
    const o = stageOptions('Analyse', false);
    expect(o.allowedStages).toEqual(['Identification', 'Catégorisation', 'Approbation', 'Clôture']);
    expect(Object.keys(o.blockedStages)).toEqual(['Formalisation', 'Collaboration', 'Évaluation', 'Renouvellement']);
    expect(stageOptions('Approbation', true).allowedStages).toContain('Formalisation');
  });

  it('rebuilds the history from the Journal, oldest first, with the note of a move', () => {
    const j = (over: Record<string, string>) => ({
      sheet: 'Partenaires',
      recordId: 'PAR-0001',
      user: 'awa@o.org',
      field: 'Statut du cycle',
      before: '',
      after: '',
      ...over,
    });
    const journal = [
      j({ at: '2026-01-05T10:00:00', action: 'création', field: '', after: 'Nom : X ; Statut du cycle : Identification' }),
      j({ at: '2026-01-06T10:00:00', action: 'modification', field: 'Région', before: '', after: 'Kayes' }),
      { ...j({ at: '2026-01-07T10:00:00', action: 'transition', before: 'Identification', after: 'Analyse' }), recordId: 'PAR-0002' },
      j({ at: '2026-02-01T09:00:00', action: 'transition', before: 'Identification', after: 'Analyse' }),
      j({ at: '2026-03-01T09:00:00', action: 'transition', before: 'Analyse', after: 'Clôture', user: 'dg@o.org' }),
      j({ at: '2026-03-01T09:00:00', action: 'note', before: 'Analyse', after: 'Partenaire dissous' }),
    ];
    expect(stageHistory(journal, 'Partenaires', 'PAR-0001', 'Statut du cycle', 'Clôture')).toEqual([
      { stage: 'Identification', at: '2026-01-05T10:00:00', by: 'awa@o.org' },
      { stage: 'Analyse', at: '2026-02-01T09:00:00', by: 'awa@o.org' },
      { stage: 'Clôture', at: '2026-03-01T09:00:00', by: 'dg@o.org', note: 'Partenaire dissous' },
    ]);
  });
});

describe('history counts and interactions', () => {
  it('counts interactions of the last 12 months (not future ones) and running conventions', () => {
    const interactions = [
      { partnerId: 'PAR-0001', date: '2026-03-12' },
      { partnerId: 'PAR-0001', date: '2025-03-13' },
      { partnerId: 'PAR-0001', date: '2025-03-12' }, // exactly a year ago: out
      { partnerId: 'PAR-0001', date: '2026-04-01' }, // planned: out
      { partnerId: 'PAR-0002', date: 'hier' },
    ];
    const conventions = [
      { partnerId: 'PAR-0001', status: 'Active', endDate: '' },
      { partnerId: 'PAR-0001', status: 'Signée', endDate: '2026-03-12' },
      { partnerId: 'PAR-0001', status: 'Active', endDate: '2026-03-11' },
      { partnerId: 'PAR-0001', status: 'Brouillon', endDate: '' },
    ] as const;
    const counts = historyCounts(interactions, conventions, '2026-03-12');
    expect(counts.get('PAR-0001')).toEqual({ interactions12m: 2, activeConventions: 2 });
    expect(counts.has('PAR-0002')).toBe(false);
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('lists the newest interactions first, at most the limit', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      id: `INT-${i}`,
      partnerId: i % 5 === 0 ? 'PAR-0002' : 'PAR-0001',
      date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const list = recentInteractions(rows, 'PAR-0001', 3);
    expect(list.map((i) => i.date)).toEqual(['2026-01-25', '2026-01-24', '2026-01-23']);
    expect(recentInteractions(rows, 'PAR-0001')).toHaveLength(20);
  });
});

describe('approval roles', () => {
  it('default to DG and admin, and follow Paramètres › Approbation', () => {
    expect(parseSettings(defaultSettingsRows('X')).approvalRoles).toEqual(['DG', 'admin']);
    expect(parseSettings([]).approvalRoles).toEqual(['DG', 'admin']);
    expect(parseSettings([{ section: 'Approbation', key: 'Rôles', value: 'SG; dg, inconnu' }]).approvalRoles).toEqual(['SG', 'DG']);
  });
});
