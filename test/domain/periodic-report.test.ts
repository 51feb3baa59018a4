/**
 * The periodic report's contents from a fixed KPI set and fixed facts: the synthesis written from
 * the figures, the KPI table's marks and tones, sections that say when there is nothing, the
 * recommendations from the red KPIs, the annex, and what the annual report adds.
 */
import { KPI_DEFINITIONS, DEFINITIONS } from '../../src/domain/kpi/definitions';
import { KPI_KEYS, type KpiKey, type KpiSet, type KpiValue } from '../../src/domain/kpi/model';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../src/domain/kpi/periods';
import { planReport, reportProblems, type ReportBlock, type ReportTable } from '../../src/domain/reports/document';
import { periodicReport, TOP_COMMITMENTS, type PeriodicInput } from '../../src/domain/reports/periodic';
import type { PeriodicFacts } from '../../src/domain/reports/periodic-facts';

const clean = (s: string) => s.replace(/\u00a0/g, ' ');

function kpiSet(over: Partial<Record<KpiKey, Partial<KpiValue>>>, period = monthPeriod(2026, 3), previous = monthPeriod(2026, 2)): KpiSet {
  return {
    period,
    previous,
    values: KPI_KEYS.map((key) => ({ key, label: DEFINITIONS[key].label, unit: DEFINITIONS[key].unit, value: 0, previous: 0, target: null, ...over[key] })),
  };
}

const MARCH = kpiSet({
  resourcesMobilised: {
    value: 4_500_000,
    previous: 3_300_000,
    target: 10_000_000,
    parts: [
      { label: 'Financière', value: 4_500_000 },
      { label: 'Type : Bailleur', value: 3_000_000 },
      { label: 'Type : Fondation', value: 1_500_000 },
      { label: 'Axe : Jeunesse', value: 4_000_000 },
      { label: 'Axe : Paix', value: 500_000 },
    ],
  },
  complianceOurs: { value: 60, previous: 75, target: 90 },
  compliancePartners: { value: 85, previous: 85, target: 90 },
  partnershipsFormalised: { value: 2, previous: 1, target: 1 },
  satisfactionMean: { value: 3.8, previous: null, count: 12, target: null },
  nps: {
    value: 20,
    previous: null,
    count: 10,
    parts: [
      { label: 'Promoteurs', value: 4 },
      { label: 'Passifs', value: 4 },
      { label: 'Détracteurs', value: 2 },
    ],
  },
});

const late = (i: number, party: string) => ({ label: `Rapport ${i}`, partner: 'Fondation Sahel', party, due: '2026-03-10', status: 'En retard', late: true });
const FACTS: PeriodicFacts = {
  pipeline: [
    { stage: 'Cible', count: 3, amountXof: 0 },
    { stage: 'Négociation', count: 2, amountXof: 25_000_000 },
    { stage: 'Signée', count: 1, amountXof: 10_000_000 },
    { stage: 'Refusée', count: 0, amountXof: 0 },
  ],
  commitments: [
    late(1, 'Nous'),
    late(2, 'Nous'),
    late(3, 'Partenaire'),
    { label: 'Seconde tranche', partner: 'Ambassade', party: 'Partenaire', due: '2026-03-31', status: 'Réalisé', late: false },
  ],
  alerts: [{ kind: 'Escalades à la direction', count: 2 }],
  satisfaction: [{ label: 'Communication', mean: 3.5, count: 12 }],
  evaluations: [],
};

const input = (over: Partial<PeriodicInput> = {}): PeriodicInput => ({
  kind: 'mensuel',
  set: MARCH,
  facts: FACTS,
  organisation: 'AJCAD Mali',
  author: 'Awa Traoré',
  date: '2026-04-01',
  ...over,
});

/** The blocks under heading `title` up to the next level-1 heading. */
function sectionOf(blocks: ReportBlock[], title: string): ReportBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}
const texts = (blocks: ReportBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'note' ? [clean(b.text)] : []));
const tableOf = (blocks: ReportBlock[], caption: string) =>
  blocks.find((b): b is ReportTable & ReportBlock => b.kind === 'table' && b.caption.startsWith(caption))!;

it('writes the title page and a synthesis from the figures, as a person would', () => {
  const doc = periodicReport(input());
  expect(doc.title).toMatchObject({ title: 'Rapport mensuel', period: 'mars 2026', organisation: 'AJCAD Mali', date: '1er avril 2026', author: 'Awa Traoré' });
  expect(texts(sectionOf(doc.blocks, '1. Synthèse'))).toEqual([
    // 4,5 M of 10 M = 45 %; February: 3,3 M = 33 % → 12 points up.
    'Les ressources mobilisées atteignent **45 %** de l’objectif de la période (**4 500 000 FCFA**), en hausse de 12 points par rapport à février 2026.',
    '**3 engagements** sont en retard, dont 2 de nos engagements.',
    '2 partenariats ont été formalisés sur la période (objectif : 1).',
    'Le pipeline compte 5 opportunités en cours pour 25 000 000 FCFA.',
    'La satisfaction moyenne des partenaires est de 3,8 / 5 sur 12 réponses ; le NPS s’établit à +20.',
    '2 indicateurs sont nettement en deçà de leur objectif : ressources mobilisées, respect des échéances (nous).',
  ]);
  expect(reportProblems(doc)).toEqual([]);
});

it('shows each KPI with ▲ ▼ = against the previous period and its tone against the target', () => {
  const kpis = tableOf(periodicReport(input()).blocks, 'Indicateurs clés, mars 2026');
  const row = (label: string) => kpis.rows[kpis.rows.findIndex((r) => r[0] === label)].map(clean);
  const tone = (label: string) => kpis.tones![kpis.rows.findIndex((r) => r[0] === label)];
  expect(kpis.header).toEqual(['Indicateur', 'Valeur', 'Période précédente', 'Évolution', 'Objectif', 'Atteinte']);
  expect(row('Ressources mobilisées')).toEqual(['Ressources mobilisées', '4 500 000 FCFA', '3 300 000 FCFA', '▲', '10 000 000 FCFA', '45 %']);
  expect(tone('Ressources mobilisées')).toBe('red');
  expect(row('Respect des échéances (nous)')).toEqual(['Respect des échéances (nous)', '60 %', '75 %', '▼', '90 %', '—']);
  expect(tone('Respect des échéances (nous)')).toBe('red');
  // 85 % for 90 %: within 10 points.
  expect(row('Respect des échéances (partenaires)')[3]).toBe('=');
  expect(tone('Respect des échéances (partenaires)')).toBe('orange');
  expect(tone('Partenariats formalisés')).toBe('green');
  expect(row('Satisfaction moyenne').slice(1, 4)).toEqual(['3,8 / 5', 'n.d.', '—']);
  expect(tone('Satisfaction moyenne')).toBeNull();
});

it('lists the commitments late first, the top N then « et n autres »; sections with nothing say so', () => {
  const many = Array.from({ length: TOP_COMMITMENTS + 37 }, (_, i) => late(i, i % 2 ? 'Nous' : 'Partenaire'));
  const doc = periodicReport(input({ facts: { ...FACTS, commitments: many, alerts: [], satisfaction: [], pipeline: [] } }));
  const commitments = sectionOf(doc.blocks, '5. Engagements échus et en retard');
  expect(tableOf(commitments, 'Engagements échus').rows).toHaveLength(TOP_COMMITMENTS);
  expect(texts(commitments).at(-1)).toBe('… et 37 autres engagements, listés dans l’onglet « Tableau des engagements ».');
  expect(texts(sectionOf(doc.blocks, '6. Alertes'))).toEqual(['Aucune alerte envoyée pendant la période.']);
  expect(texts(sectionOf(doc.blocks, '4. Pipeline des opportunités'))).toEqual(['Aucune opportunité dans le pipeline.']);
  expect(texts(sectionOf(doc.blocks, '8. Évaluations'))).toEqual(['Aucune évaluation conjointe décidée pendant la période.']);
  // No section of any report is left empty, whatever the data.
  const empty = periodicReport(input({ set: kpiSet({}), facts: { pipeline: [], commitments: [], alerts: [], satisfaction: [], evaluations: [] } }));
  const followers = empty.blocks.flatMap((b, i) => (b.kind === 'heading' ? [empty.blocks[i + 1]?.kind] : []));
  expect(followers).toHaveLength(10);
  expect(followers.filter((k) => k === 'heading' || k === undefined)).toEqual([]);
  expect(texts(sectionOf(empty.blocks, '1. Synthèse'))).toContain('Aucun engagement n’est en retard à la fin de la période.');
  expect(JSON.stringify(empty)).not.toContain('{{');
});

it('drafts one recommendation per red KPI and ends with the annex of every definition', () => {
  const doc = periodicReport(input());
  const recs = sectionOf(doc.blocks, '9. Recommandations');
  const list = recs.find((b) => b.kind === 'bullets');
  expect(list && list.kind === 'bullets' && list.items.map(clean)).toEqual([
    '**Ressources mobilisées** (4 500 000 FCFA pour un objectif de 10 000 000 FCFA) : Relancer les promesses non encore reçues et concentrer l’effort sur les opportunités proches de la signature.',
    '**Respect des échéances (nous)** (60 % pour un objectif de 90 %) : Réunir les responsables de nos engagements en retard et arrêter avec eux un plan de rattrapage daté.',
  ]);
  const annex = tableOf(sectionOf(doc.blocks, 'Annexe — Définitions des indicateurs'), 'Définitions');
  expect(annex.rows).toEqual(KPI_DEFINITIONS.map((d) => [d.label, d.definition]));
  const captions = planReport(doc).flatMap((i) => (i.kind === 'paragraph' && /^(Tableau|Graphique) \d/.test(i.text) ? [i.text] : []));
  expect(captions).toEqual([
    'Tableau 1 — Indicateurs clés, mars 2026, comparés à février 2026 et à l’objectif',
    'Graphique 1 — Ressources mobilisées par axe stratégique (FCFA)',
    'Tableau 2 — Ressources mobilisées par type de partenaire',
    'Graphique 2 — Opportunités par étape du pipeline',
    'Tableau 3 — Pipeline par étape',
    'Tableau 4 — Engagements échus dans la période ou en retard à sa fin',
    'Tableau 5 — Alertes envoyées',
    'Tableau 6 — Satisfaction des partenaires par dimension',
    'Tableau 7 — Définitions des indicateurs',
  ]);
});

it('adds to the annual report the table by quarter and the 12-month trend lines, compared with the year before', () => {
  const year = kpiSet({ complianceOurs: { value: 70, previous: 65, target: 90 } }, yearPeriod(2026), yearPeriod(2025));
  const quarters = [1, 2, 3, 4].map((q) => kpiSet({ complianceOurs: { value: 60 + q * 5 } }, quarterPeriod(2026, q), quarterPeriod(2026, q - 1 || 4)));
  const trend = Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    values: { complianceOurs: 60 + i, compliancePartners: 80 },
  }));
  const doc = periodicReport(input({ kind: 'annuel', set: year, quarters, trend }));
  expect(doc.title).toMatchObject({ title: 'Rapport annuel', period: 'année 2026' });
  const evolution = sectionOf(doc.blocks, '3. Évolution sur l’année');
  const byQuarter = tableOf(evolution, 'Indicateurs par trimestre');
  expect(byQuarter.header).toEqual(['Indicateur', 'T1', 'T2', 'T3', 'T4', 'Année']);
  expect(byQuarter.rows.find((r) => r[0] === 'Respect des échéances (nous)')!.map(clean)).toEqual([
    'Respect des échéances (nous)',
    '65 %',
    '70 %',
    '75 %',
    '80 %',
    '70 %',
  ]);
  const lines = evolution.filter((b) => b.kind === 'chart');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ chart: 'line', caption: 'Respect des échéances sur 12 mois (%)' });
  expect(lines[0].kind === 'chart' && lines[0].categories.slice(0, 2)).toEqual(['janv. 26', 'févr. 26']);
  expect(tableOf(doc.blocks, 'Indicateurs clés').caption).toBe('Indicateurs clés, année 2026, comparés à l’année 2025 et à l’objectif');
});
