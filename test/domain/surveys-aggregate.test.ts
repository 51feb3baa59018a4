/** Survey aggregation against hand-computed values: missing answers, duplicates, unknown tokens, small samples, trend. */
import {
  aggregateCampaigns,
  countedAnswers,
  dimensionScore,
  npsOf,
  previousCampaign,
  type CampaignRef,
  type SurveyAnswer,
} from '../../src/domain/surveys/aggregate';
import { answerFromRecord, campaignResults, partnerDirectory, responseFlag } from '../../src/domain/surveys/results';
import { followUpText, formatScore, lowScoreFollowUps } from '../../src/domain/surveys/follow-up';
import { dashboardLayout } from '../../src/domain/surveys/dashboard';
import { parseSurveySettings, defaultSurveySettingsRows } from '../../src/domain/surveys/results-settings';
import { parseSettings, defaultSettingsRows } from '../../src/domain/settings/settings';

const DIMS = [
  { key: 'a', label: 'Qualité' },
  { key: 'b', label: 'Communication' },
];

const TYPES: Record<string, [string, string]> = {
  P1: ['Association Alpha', 'OSC'],
  P2: ['Bailleur Bêta', 'PTF / bailleur'],
  P3: ['Collectif Gamma', 'OSC'],
  P4: ['Delta', 'OSC'],
  P5: ['Epsilon', ''],
  P6: ['Fédération Zêta', 'ONG nationale'],
};

function ans(
  campaignId: string,
  partnerId: string,
  token: string,
  a: number | null,
  b: number | null,
  nps: number | null,
  comment = '',
  flag: SurveyAnswer['flag'] = '',
): SurveyAnswer {
  const [name, type] = TYPES[partnerId] ?? [partnerId, ''];
  return { campaignId, partnerId, partnerName: name, partnerType: type, respondent: token, scores: { a, b }, nps, comment, flag };
}

const C1: CampaignRef = { id: 'ENQ-0001', title: 'Enquête 2025', sendDate: '2026-01-10', sent: 10 };
const C2: CampaignRef = { id: 'ENQ-0002', title: 'Enquête 2026', sendDate: '2026-03-01', sent: 8 };
const C3: CampaignRef = { id: 'ENQ-0003', title: 'Brouillon', sendDate: '', sent: null };

const ANSWERS: SurveyAnswer[] = [
  ans('ENQ-0001', 'P1', 't1', 4, 5, 9, 'Très bien'),
  ans('ENQ-0001', 'P2', 't2', 2, null, 6),
  ans('ENQ-0001', 'P3', 't3', 3, 3, null),
  ans('ENQ-0001', '', 'zz', 1, 1, 0, 'intrus', 'unknown-token'),
  ans('ENQ-0002', 'P1', 't1', 5, 5, 10, ' Merci '),
  ans('ENQ-0002', 'P2', 't2', 2, 2, 5),
  ans('ENQ-0002', 'P2', 't2', 1, 2, 3, 'seconde réponse'), // same token again, not flagged: the first one counts
  ans('ENQ-0002', 'P4', 't4', 5, 5, 10, 'doublon signalé', 'duplicate'),
  ans('ENQ-0002', 'P3', 't3', null, null, 8),
  ans('ENQ-0002', 'P5', 't5', 4, 4, 9),
  ans('ENQ-0002', 'P6', 't6', 3, 4, 7, '=HYPERLINK("x")'),
];

describe('dimension scores and NPS', () => {
  it('ignores missing and out-of-range answers; distribution counts 1..5', () => {
    expect(dimensionScore('Qualité', [4, null, 2, 3, 0, 6, 5])).toEqual({ dimension: 'Qualité', mean: 3.5, n: 4, distribution: [0, 1, 1, 1, 1] });
    expect(dimensionScore('Vide', [null, null])).toEqual({ dimension: 'Vide', mean: null, n: 0, distribution: [0, 0, 0, 0, 0] });
    expect(dimensionScore('Arrondi', [1, 2, 2])).toEqual({ dimension: 'Arrondi', mean: 1.67, n: 3, distribution: [1, 2, 0, 0, 0] });
  });

  it('NPS = round(100 × (promoters − detractors) / n): 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    expect(npsOf([10, 9, 8, 7, 6, 0, null, 11])).toEqual({ nps: 0, promoters: 2, passives: 2, detractors: 2, n: 6 });
    expect(npsOf([10, 9, 9, 7, 3, 8])).toEqual({ nps: 33, promoters: 3, passives: 2, detractors: 1, n: 6 }); // 100×2/6 = 33.3
    expect(npsOf([6, 6, 10])).toEqual({ nps: -33, promoters: 1, passives: 0, detractors: 2, n: 3 });
    expect(npsOf([])).toEqual({ nps: null, promoters: 0, passives: 0, detractors: 0, n: 0 });
  });

  it('sets aside unknown tokens and duplicates; an unflagged second answer of a token is set aside, the first counts', () => {
    const { counted, unknownTokens, duplicates } = countedAnswers(ANSWERS.filter((a) => a.campaignId === 'ENQ-0002'));
    expect(unknownTokens).toBe(0);
    expect(duplicates).toBe(2);
    expect(counted.map((a) => `${a.partnerId}:${a.nps}`)).toEqual(['P1:10', 'P2:5', 'P3:8', 'P5:9', 'P6:7']);
  });
});

describe('aggregateCampaigns', () => {
  const [a1, a2, a3] = aggregateCampaigns([C3, C2, C1], ANSWERS, DIMS);

  it('orders campaigns by send date, unsent last', () => {
    expect([a1.campaignId, a2.campaignId, a3.campaignId]).toEqual(['ENQ-0001', 'ENQ-0002', 'ENQ-0003']);
  });

  it('first campaign: means, n, distribution, pooled mean, NPS, rate, small sample, unknown token', () => {
    expect(a1.dimensions).toEqual([
      { dimension: 'Qualité', mean: 3, n: 3, distribution: [0, 1, 1, 1, 0] },
      { dimension: 'Communication', mean: 4, n: 2, distribution: [0, 0, 1, 0, 1] },
    ]);
    expect(a1.overall).toEqual({ mean: 3.4, n: 5, sum: 17 }); // (4+5+2+3+3)/5
    expect(a1.nps).toEqual({ nps: 0, promoters: 1, passives: 0, detractors: 1, n: 2 });
    expect(a1.n).toBe(3);
    expect(a1.answered).toBe(3);
    expect(a1.responseRate).toBe(30);
    expect(a1.smallSample).toBe(true);
    expect(a1.unknownTokens).toBe(1);
    expect(a1.duplicates).toBe(0);
    expect(a1.comments).toEqual(['Très bien']);
    expect(a1.trend).toBeNull();
    expect(a1.byPartnerType).toEqual([
      { group: 'OSC', mean: 3.75, n: 2, nps: 100 },
      { group: 'PTF / bailleur', mean: 2, n: 1, nps: -100 },
    ]);
  });

  it('second campaign: duplicates set aside, missing answers ignored, trend against the first', () => {
    expect(a2.dimensions).toEqual([
      { dimension: 'Qualité', mean: 3.5, n: 4, distribution: [0, 1, 1, 1, 1] }, // 5,2,4,3
      { dimension: 'Communication', mean: 3.75, n: 4, distribution: [0, 1, 0, 2, 1] }, // 5,2,4,4
    ]);
    expect(a2.overall.mean).toBe(3.63); // 29/8 = 3.625
    expect(a2.nps).toEqual({ nps: 20, promoters: 2, passives: 2, detractors: 1, n: 5 });
    expect(a2.n).toBe(5);
    expect(a2.responseRate).toBe(62.5); // 5 tokens / 8 sent
    expect(a2.smallSample).toBe(false);
    expect(a2.duplicates).toBe(2);
    expect(a2.unknownTokens).toBe(0);
    expect(a2.comments).toEqual(['Merci', '=HYPERLINK("x")']);
    expect(a2.trend).toEqual({ previousCampaignId: 'ENQ-0001', meanDelta: 0.23, npsDelta: 20 }); // 3.625 − 3.4
    expect(a2.byPartnerType).toEqual([
      { group: 'OSC', mean: 5, n: 2, nps: 50 },
      { group: 'ONG nationale', mean: 3.5, n: 1, nps: 0 },
      { group: 'PTF / bailleur', mean: 2, n: 1, nps: -100 },
      { group: 'Type non renseigné', mean: 4, n: 1, nps: 100 },
    ]);
    expect(a2.byPartner.map((p) => [p.group, p.mean, p.n, p.nps])).toEqual([
      ['Association Alpha', 5, 1, 100],
      ['Bailleur Bêta', 2, 1, -100],
      ['Collectif Gamma', null, 1, 0],
      ['Epsilon', 4, 1, 100],
      ['Fédération Zêta', 3.5, 1, 0],
    ]);
  });

  it('an unsent campaign has no responses, no rate and no trend', () => {
    expect(a3).toMatchObject({ n: 0, answered: 0, responseRate: null, smallSample: true, trend: null, overall: { mean: null, n: 0 } });
    expect(a3.nps.nps).toBeNull();
  });

  it('previous campaign = latest send date before, ties by ID', () => {
    const x = { id: 'ENQ-0009', title: '', sendDate: '2026-03-01', sent: 1 };
    expect(previousCampaign(C2, [C1, C2, C3, x])?.id).toBe('ENQ-0001');
    expect(previousCampaign(x, [C1, C2, C3, x])?.id).toBe('ENQ-0002');
    expect(previousCampaign(C3, [C1, C2])).toBeNull();
  });
});

describe('from the sheets’ records', () => {
  it('maps « Signalement » and joins the partner type; a response with no partner is not counted', () => {
    expect(responseFlag('', 'PAR-0001')).toBe('');
    expect(responseFlag('jeton inconnu', '')).toBe('unknown-token');
    expect(responseFlag('jeton manquant', '')).toBe('unknown-token');
    expect(responseFlag('doublon', 'PAR-0001')).toBe('duplicate');
    expect(responseFlag('', '')).toBe('unknown-token');
    const dir = partnerDirectory([{ id: 'PAR-0001', name: 'ONG Kènèya', type: 'ONG nationale' }]);
    const a = answerFromRecord(
      { campaignId: 'ENQ-0001', token: 'abc', partnerId: 'PAR-0001', flag: '', collaboration: 4, communication: '', nps: 9, comments: '  ok ' },
      dir,
    );
    expect(a).toMatchObject({ partnerType: 'ONG nationale', partnerName: 'ONG Kènèya', respondent: 'abc', nps: 9, comment: 'ok', flag: '' });
    expect(a.scores.collaboration).toBe(4);
    expect(a.scores.communication).toBeNull();
  });

  it('per-partner scores only for the roles allowed', () => {
    const [, a2] = aggregateCampaigns([C1, C2], ANSWERS, DIMS);
    const rec = {
      id: 'ENQ-0002',
      title: 'Enquête 2026',
      period: '2026',
      status: 'En cours',
      sent: 8,
      targets: 9,
      queued: 1,
      answered: 4,
      bounced: 0,
      formUrl: 'https://forms',
      closingDate: '2026-04-01',
    };
    const forDg = campaignResults(rec, a2, 'DG', ['admin', 'DG']);
    const forStaff = campaignResults(rec, a2, 'chargé', ['admin', 'DG']);
    expect(forDg.byPartner).toHaveLength(5);
    expect(forDg.byPartner[0]).toEqual({ group: 'Association Alpha', mean: 5, n: 1, nps: 100, partnerId: 'P1', partnerType: 'OSC' });
    expect(forStaff.byPartner).toEqual([]);
    expect(forStaff.byPartnerAllowed).toBe(false);
    expect(forStaff.byPartnerType).toHaveLength(4);
    expect(forStaff.campaign).toMatchObject({ id: 'ENQ-0002', sent: 8, answered: 5, responseRate: 62.5, queued: 1, targets: 9 });
    expect(JSON.parse(JSON.stringify(forDg))).toEqual(forDg);
  });
});

describe('low-score follow-ups', () => {
  const [a1, a2] = aggregateCampaigns([C1, C2], ANSWERS, DIMS);

  it('partners whose mean is below the threshold, due in 7 days; none without a mean', () => {
    expect(lowScoreFollowUps(a2, 'Enquête 2026', 2.5, '2026-03-12', new Set())).toEqual([
      { campaignId: 'ENQ-0002', partnerId: 'P2', mean: 2, nextAction: 'Suivi enquête Enquête 2026 : score 2', nextDue: '2026-03-19' },
    ]);
    expect(lowScoreFollowUps(a2, 'Enquête 2026', 3.6, '2026-03-30', new Set()).map((f) => [f.partnerId, f.nextAction, f.nextDue])).toEqual([
      ['P2', 'Suivi enquête Enquête 2026 : score 2', '2026-04-06'],
      ['P6', 'Suivi enquête Enquête 2026 : score 3,5', '2026-04-06'],
    ]);
    expect(lowScoreFollowUps(a1, 'Enquête 2025', 2, '2026-03-12', new Set())).toEqual([]); // 2 is not below 2
  });

  it('at most once per campaign and partner', () => {
    expect(lowScoreFollowUps(a2, 'Enquête 2026', 2.5, '2026-03-12', new Set(['P2']))).toEqual([]);
    expect(lowScoreFollowUps(a2, 'Enquête 2026', 2.5, '2026-03-12', new Set(), new Map([['P2', 'Suivi enquête Enquête 2026 : score 2']]))).toEqual([]);
    expect(followUpText('X', 2.25)).toBe('Suivi enquête X : score 2,25');
    expect(formatScore(1.5)).toBe('1,5');
  });
});

describe('Paramètres › Enquêtes', () => {
  it('defaults: threshold 2.5, per-partner answers for admin and DG', () => {
    expect(parseSettings(defaultSettingsRows('Org')).survey).toEqual({ lowScoreThreshold: 2.5, detailRoles: ['admin', 'DG'] });
    expect(parseSettings([]).survey).toEqual({ lowScoreThreshold: 2.5, detailRoles: ['admin', 'DG'] });
    expect(defaultSurveySettingsRows().map((r) => r.value)).toEqual(['2,5', 'admin, DG']);
  });

  it('reads a French decimal and a role list; ignores what it cannot read', () => {
    expect(
      parseSurveySettings([
        { key: 'Seuil de score faible', value: '3,2' },
        { key: 'Rôles autorisés à voir les réponses individuelles', value: 'admin; Chargé, pirate' },
      ]),
    ).toEqual({
      lowScoreThreshold: 3.2,
      detailRoles: ['admin', 'chargé'],
    });
    expect(
      parseSurveySettings([
        { key: 'Seuil de score faible', value: 'beaucoup' },
        { key: 'Rôles…', value: '' },
      ]),
    ).toEqual({ lowScoreThreshold: 2.5, detailRoles: ['admin', 'DG'] });
    expect(parseSurveySettings([{ key: 'seuil', value: '9' }]).lowScoreThreshold).toBe(2.5);
  });
});

describe('dashboardLayout', () => {
  const aggs = aggregateCampaigns([C1, C2, C3], ANSWERS, DIMS);
  const campaigns = new Map([C1, C2, C3].map((c) => [c.id, { id: c.id, title: c.title, sendDate: c.sendDate, sent: c.sent }]));
  const layout = dashboardLayout(aggs, campaigns, DIMS, '2026-03-12');
  const row = (first: string) => layout.values.find((r) => r[0] === first)!;

  it('is one rectangle: campaigns, means per dimension × campaign with n, scores per type', () => {
    const width = layout.values[0].length;
    expect(layout.values.every((r) => r.length === width)).toBe(true);
    expect(layout.values[0][0]).toBe('Tableau de satisfaction des partenaires au 12 mars 2026');
    expect(row('Enquête 2025').slice(0, 12)).toEqual([
      'Enquête 2025',
      'ENQ-0001',
      '10 janvier 2026',
      10,
      3,
      30,
      3.4,
      0,
      1,
      0,
      1,
      'moins de 5 réponses : peu fiable',
    ]);
    expect(row('Enquête 2026').slice(0, 12)).toEqual(['Enquête 2026', 'ENQ-0002', '1er mars 2026', 8, 5, 62.5, 3.63, 20, 2, 2, 1, '']);
    expect(row('Brouillon').slice(0, 12)).toEqual(['Brouillon', 'ENQ-0003', 'non envoyée', 0, 0, '', '', '', 0, 0, 0, 'aucune réponse']);
    expect(row('Dimension').slice(0, 5)).toEqual(['Dimension', 'Enquête 2025', 'Enquête 2026', 'n — Enquête 2025', 'n — Enquête 2026']);
    expect(row('Qualité').slice(0, 5)).toEqual(['Qualité', 3, 3.5, 3, 4]);
    expect(row('Communication').slice(0, 5)).toEqual(['Communication', 4, 3.75, 2, 4]);
    const types = layout.values.filter((r) => r[0] === 'Enquête 2026' && r[1] !== 'ENQ-0002').map((r) => r.slice(0, 5));
    expect(types).toEqual([
      ['Enquête 2026', 'OSC', 2, 5, 50],
      ['Enquête 2026', 'ONG nationale', 1, 3.5, 0],
      ['Enquête 2026', 'PTF / bailleur', 1, 2, -100],
      ['Enquête 2026', 'Type non renseigné', 1, 4, 100],
    ]);
  });

  it('the chart covers the dimension labels and the means of the sent campaigns', () => {
    const header = layout.values.findIndex((r) => r[0] === 'Dimension') + 1;
    expect(layout.chart).toEqual({ headerRow: header, lastRow: header + 2, firstColumn: 2, lastColumn: 3 });
    expect(dashboardLayout([aggs[2]], campaigns, DIMS, '2026-03-12').chart).toBeNull();
  });
});
