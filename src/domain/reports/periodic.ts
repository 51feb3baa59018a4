/**
 * The monthly, quarterly and annual reports' contents, from the KPI set and the period's facts:
 * a synthesis written from the figures, the KPI table (▲ ▼ = against the previous period,
 * coloured against the target), resources, pipeline, commitments, alerts, satisfaction,
 * evaluations, recommendations drafted from the red KPIs, and the annex of definitions. The
 * annual report adds the table by quarter and the 12-month trend charts from « Indicateurs ».
 *
 * API: `periodicReport(input)` → ReportDocument; `PERIODIC_KINDS`, `PeriodicKind`, `REPORT_TITLES`,
 * `TOP_COMMITMENTS`.
 */
import { formatDateFr, formatMoney, formatNumberFr, NBSP } from '../format/french';
import type { LocalDate } from '../format/local-date';
import { KPI_DEFINITIONS, DEFINITIONS } from '../kpi/definitions';
import type { KpiKey, KpiSet, KpiValue, Period } from '../kpi/model';
import { bullets, chart, pageBreak, paragraph, section, table, type ReportBlock, type ReportDocument } from './document';
import { attainment, formatKpi, RECOMMENDATIONS, targetTone, trendMark } from './kpi-wording';
import type { PeriodicFacts } from './periodic-facts';

export const PERIODIC_KINDS = ['mensuel', 'trimestriel', 'annuel'] as const;
export type PeriodicKind = (typeof PERIODIC_KINDS)[number];

export const REPORT_TITLES: Readonly<Record<PeriodicKind, string>> = {
  mensuel: 'Rapport mensuel',
  trimestriel: 'Rapport trimestriel',
  annuel: 'Rapport annuel',
};

/** Commitments listed one by one; the rest are counted (« et 37 autres »). */
export const TOP_COMMITMENTS = 15;

export interface TrendMonth {
  /** « 2026-03 » */
  month: string;
  values: Partial<Record<KpiKey, number | null>>;
}

export interface PeriodicInput {
  kind: PeriodicKind;
  set: KpiSet;
  facts: PeriodicFacts;
  organisation: string;
  author: string;
  date: LocalDate;
  /** Annual report: the KPI set of each quarter of the year. */
  quarters?: KpiSet[];
  /** Annual report: the 12 months of « Indicateurs » up to the period's end. */
  trend?: TrendMonth[];
}

const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
/** « à février 2026 », « au 4e trimestre 2025 », « à l’année 2025 ». */
const toPeriod = (p: Period): string => (p.kind === 'quarter' ? `au ${p.label}` : p.kind === 'year' ? `à l’${p.label}` : `à ${p.label}`);
const byKey = (set: KpiSet, key: KpiKey): KpiValue => set.values.find((v) => v.key === key)!;
const plural = (n: number, one: string, many: string): string => `${formatNumberFr(n)} ${n > 1 ? many : one}`;

function resourcesSentence(set: KpiSet): string | null {
  const r = byKey(set, 'resourcesMobilised');
  if (r.value === null) return null;
  const amount = `**${formatMoney(r.value)}**`;
  const share = attainment(r);
  if (share === null) return `Les ressources mobilisées s’élèvent à ${amount} (aucun objectif fixé dans Paramètres › Objectifs).`;
  const before = r.previous !== null && r.target ? Math.round((100 * r.previous) / r.target) : null;
  const move =
    before === null || before === share
      ? before === share
        ? `, stables par rapport ${toPeriod(set.previous)}`
        : ''
      : `, en ${share > before ? 'hausse' : 'baisse'} de ${plural(Math.abs(share - before), 'point', 'points')} par rapport ${toPeriod(set.previous)}`;
  return `Les ressources mobilisées atteignent **${formatNumberFr(share)}${NBSP}%** de l’objectif de la période (${amount})${move}.`;
}

function commitmentsSentence(f: PeriodicFacts): string {
  const late = f.commitments.filter((c) => c.late);
  if (!late.length) return 'Aucun engagement n’est en retard à la fin de la période.';
  const ours = late.filter((c) => c.party === 'Nous').length;
  if (late.length === 1) return `**1 engagement** est en retard, ${ours ? 'de notre côté' : 'du côté d’un partenaire'}.`;
  return `**${formatNumberFr(late.length)} engagements** sont en retard, dont ${ours === 0 ? 'aucun' : formatNumberFr(ours)} de nos engagements.`;
}

function synthesis(input: PeriodicInput): ReportBlock[] {
  const { set, facts } = input;
  const sentences: string[] = [];
  const resources = resourcesSentence(set);
  if (resources) sentences.push(resources);
  sentences.push(commitmentsSentence(facts));
  const formalised = byKey(set, 'partnershipsFormalised');
  if (formalised.value)
    sentences.push(
      `${plural(formalised.value, 'partenariat a été formalisé', 'partenariats ont été formalisés')} sur la période${formalised.target !== null ? ` (objectif : ${formatKpi('count', formalised.target)})` : ''}.`,
    );
  const open = facts.pipeline.filter((s) => !['Signée', 'Abandonnée', 'Refusée'].includes(s.stage));
  const openCount = open.reduce((n, s) => n + s.count, 0);
  if (openCount)
    sentences.push(
      `Le pipeline compte ${plural(openCount, 'opportunité en cours', 'opportunités en cours')} pour ${formatMoney(open.reduce((n, s) => n + s.amountXof, 0))}.`,
    );
  const mean = byKey(set, 'satisfactionMean');
  const nps = byKey(set, 'nps');
  if (mean.value !== null)
    sentences.push(
      `La satisfaction moyenne des partenaires est de ${formatKpi('score', mean.value)} sur ${plural(mean.count ?? 0, 'réponse', 'réponses')}${nps.value !== null ? ` ; le NPS s’établit à ${formatKpi('nps', nps.value)}` : ''}.`,
    );
  const red = set.values.filter((v) => targetTone(v) === 'red');
  sentences.push(
    red.length
      ? `${plural(red.length, 'indicateur est nettement en deçà de son objectif', 'indicateurs sont nettement en deçà de leur objectif')} : ${red.map((v) => v.label.toLowerCase()).join(', ')}.`
      : 'Aucun indicateur n’est nettement en deçà de son objectif.',
  );
  return sentences.map(paragraph);
}

function kpiTable(set: KpiSet): ReportBlock {
  return table({
    caption: `Indicateurs clés, ${set.period.label}, comparés ${toPeriod(set.previous)} et à l’objectif`,
    header: ['Indicateur', 'Valeur', 'Période précédente', 'Évolution', 'Objectif', 'Atteinte'],
    rows: set.values.map((v) => {
      const share = attainment(v);
      return [
        v.label,
        formatKpi(v.unit, v.value),
        formatKpi(v.unit, v.previous),
        trendMark(v.value, v.previous),
        v.target === null ? '—' : formatKpi(v.unit, v.target),
        share === null ? '—' : `${formatNumberFr(share)}${NBSP}%`,
      ];
    }),
    align: ['left', 'right', 'right', 'center', 'right', 'right'],
    tones: set.values.map(targetTone),
  });
}

function resourcesBlocks(set: KpiSet): ReportBlock[] {
  const r = byKey(set, 'resourcesMobilised');
  if (!r.value) return [];
  const parts = (prefix: string) =>
    (r.parts ?? []).filter((p) => p.label.startsWith(prefix) && p.value).map((p) => ({ label: p.label.slice(prefix.length), value: p.value ?? 0 }));
  const axes = parts('Axe : ');
  const types = parts('Type : ');
  const share = (v: number) => `${formatNumberFr(Math.round((100 * v) / (r.value ?? 1)))}${NBSP}%`;
  return [
    paragraph(`Total de la période : **${formatMoney(r.value)}**${r.target !== null ? ` pour un objectif de ${formatMoney(r.target)}` : ''}.`),
    chart({
      caption: 'Ressources mobilisées par axe stratégique (FCFA)',
      chart: 'column',
      categories: axes.map((a) => a.label),
      series: [{ name: 'Montant', values: axes.map((a) => a.value) }],
    }),
    table({
      caption: 'Ressources mobilisées par type de partenaire',
      header: ['Type de partenaire', 'Montant', 'Part du total'],
      rows: types.map((t) => [t.label, formatMoney(t.value), share(t.value)]),
      align: ['left', 'right', 'right'],
    }),
  ];
}

function pipelineBlocks(f: PeriodicFacts): ReportBlock[] {
  const stages = f.pipeline.filter((s) => s.count > 0);
  if (!stages.length) return [];
  return [
    chart({
      caption: 'Opportunités par étape du pipeline',
      chart: 'bar',
      categories: stages.map((s) => s.stage),
      series: [{ name: 'Opportunités', values: stages.map((s) => s.count) }],
    }),
    table({
      caption: 'Pipeline par étape',
      header: ['Étape', 'Opportunités', 'Montant (FCFA)'],
      rows: stages.map((s) => [s.stage, formatNumberFr(s.count), formatMoney(s.amountXof)]),
      align: ['left', 'right', 'right'],
    }),
  ];
}

function commitmentsBlocks(f: PeriodicFacts): ReportBlock[] {
  if (!f.commitments.length) return [];
  const shown = f.commitments.slice(0, TOP_COMMITMENTS);
  const rest = f.commitments.length - shown.length;
  return [
    paragraph(commitmentsSentence(f)),
    table({
      caption: 'Engagements échus dans la période ou en retard à sa fin',
      header: ['Engagement', 'Partenaire', 'Partie', 'Échéance', 'État'],
      rows: shown.map((c) => [c.label, c.partner, c.party, formatDateFr(c.due), c.status]),
      tones: shown.map((c) => (c.late ? 'red' : c.status === 'Réalisé' ? 'green' : null)),
    }),
    ...(rest > 0 ? [paragraph(`… et ${plural(rest, 'autre engagement', 'autres engagements')}, listés dans l’onglet « Tableau des engagements ».`)] : []),
  ];
}

function alertsBlocks(f: PeriodicFacts): ReportBlock[] {
  if (!f.alerts.length) return [];
  return [
    table({
      caption: 'Alertes envoyées',
      header: ['Alerte', 'Nombre'],
      rows: f.alerts.map((a) => [a.kind, formatNumberFr(a.count)]),
      align: ['left', 'right'],
    }),
  ];
}

function satisfactionBlocks(set: KpiSet, f: PeriodicFacts): ReportBlock[] {
  if (!f.satisfaction.length) return [];
  const nps = byKey(set, 'nps');
  const part = (label: string) => nps.parts?.find((p) => p.label === label)?.value ?? 0;
  return [
    table({
      caption: 'Satisfaction des partenaires par dimension',
      header: ['Dimension', 'Note moyenne', 'Réponses'],
      rows: f.satisfaction.map((d) => [d.label, formatKpi('score', d.mean), formatNumberFr(d.count)]),
      align: ['left', 'right', 'right'],
    }),
    ...(nps.value !== null
      ? [
          paragraph(
            `NPS : **${formatKpi('nps', nps.value)}** sur ${plural(nps.count ?? 0, 'réponse', 'réponses')} (${plural(part('Promoteurs'), 'promoteur', 'promoteurs')}, ${plural(part('Passifs'), 'passif', 'passifs')}, ${plural(part('Détracteurs'), 'détracteur', 'détracteurs')}).`,
          ),
        ]
      : []),
  ];
}

function evaluationsBlocks(f: PeriodicFacts): ReportBlock[] {
  if (!f.evaluations.length) return [];
  return [
    table({
      caption: 'Évaluations conjointes décidées',
      header: ['Partenaire', 'Décision', 'Date'],
      rows: f.evaluations.map((e) => [e.partner, e.decision, formatDateFr(e.date)]),
    }),
  ];
}

function annualBlocks(input: PeriodicInput): ReportBlock[] {
  const out: ReportBlock[] = [];
  const quarters = input.quarters ?? [];
  if (quarters.length)
    out.push(
      table({
        caption: `Indicateurs par trimestre`,
        header: ['Indicateur', ...quarters.map((_, i) => `T${i + 1}`), 'Année'],
        rows: input.set.values.map((v) => [v.label, ...quarters.map((q) => formatKpi(v.unit, byKey(q, v.key).value)), formatKpi(v.unit, v.value)]),
        align: ['left', ...quarters.map(() => 'right' as const), 'right'],
      }),
    );
  const trend = input.trend ?? [];
  const known = (key: KpiKey) => trend.some((m) => typeof m.values[key] === 'number');
  const categories = trend.map((m) => `${SHORT_MONTHS[Number(m.month.slice(5, 7)) - 1]} ${m.month.slice(2, 4)}`);
  const line = (keys: KpiKey[], caption: string) => {
    const shown = keys.filter(known);
    if (shown.length)
      out.push(
        chart({ caption, chart: 'line', categories, series: shown.map((k) => ({ name: DEFINITIONS[k].label, values: trend.map((m) => m.values[k] ?? 0) })) }),
      );
  };
  line(['complianceOurs', 'compliancePartners'], 'Respect des échéances sur 12 mois (%)');
  line(['satisfactionMean'], 'Satisfaction moyenne sur 12 mois (sur 5)');
  return out;
}

function recommendations(set: KpiSet): ReportBlock[] {
  const red = set.values.filter((v) => targetTone(v) === 'red');
  if (!red.length) return [];
  return [
    paragraph('Propositions tirées des indicateurs en deçà de leur objectif, à compléter ou amender par l’auteur :'),
    bullets(red.map((v) => `**${v.label}** (${formatKpi(v.unit, v.value)} pour un objectif de ${formatKpi(v.unit, v.target)}) : ${RECOMMENDATIONS[v.key]}`)),
  ];
}

export function periodicReport(input: PeriodicInput): ReportDocument {
  const { set, facts, kind } = input;
  let n = 0;
  const numbered = (title: string, blocks: ReportBlock[], nothing?: string): ReportBlock[] => section(`${++n}. ${title}`, blocks, nothing);
  return {
    title: {
      title: REPORT_TITLES[kind],
      subtitle: 'Partenariats : indicateurs, ressources, engagements et alertes',
      organisation: input.organisation,
      period: set.period.label,
      date: formatDateFr(input.date),
      author: input.author,
    },
    blocks: [
      ...numbered('Synthèse', synthesis(input)),
      ...numbered('Indicateurs clés', [kpiTable(set)]),
      ...(kind === 'annuel' ? numbered('Évolution sur l’année', annualBlocks(input), 'Aucun instantané mensuel dans « Indicateurs » pour cette année.') : []),
      ...numbered('Ressources mobilisées', resourcesBlocks(set), 'Aucune ressource datée de cette période.'),
      ...numbered('Pipeline des opportunités', pipelineBlocks(facts), 'Aucune opportunité dans le pipeline.'),
      ...numbered('Engagements échus et en retard', commitmentsBlocks(facts), 'Aucun engagement échu dans la période ni en retard à sa fin.'),
      ...numbered('Alertes', alertsBlocks(facts), 'Aucune alerte envoyée pendant la période.'),
      ...numbered('Satisfaction des partenaires', satisfactionBlocks(set, facts), 'Aucune réponse d’enquête reçue pendant la période.'),
      ...numbered('Évaluations', evaluationsBlocks(facts), 'Aucune évaluation conjointe décidée pendant la période.'),
      ...numbered(
        'Recommandations',
        recommendations(set),
        'Aucun indicateur n’est nettement en deçà de son objectif ; l’auteur peut ajouter ici ses propres recommandations.',
      ),
      pageBreak(),
      ...section('Annexe — Définitions des indicateurs', [
        table({ caption: 'Définitions des indicateurs', header: ['Indicateur', 'Définition'], rows: KPI_DEFINITIONS.map((d) => [d.label, d.definition]) }),
      ]),
    ],
  };
}
