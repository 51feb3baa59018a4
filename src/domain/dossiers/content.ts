/**
 * What the dossier's Docs are filled with (dossiers/templates.ts): the facts Pacte knows of the
 * opportunity, its partner and the partner's due diligence, written in French formats; what it
 * does not know is left as lines to fill.
 */
import { formatDateFr, formatMoney } from '../format/french';
import { type LocalDate, parseLocalDate } from '../format/local-date';
import type { TemplateData } from '../templates/engine';
import type { LogframeField } from './templates';

export interface DossierFacts {
  organisation: string;
  author: string;
  today: LocalDate;
  kit: string;
  opportunity: { id: string; title: string; axis: string; amount: number | null; currency: string };
  partnerName: string;
  /** The amount in FCFA when the currency is another one (null when it is FCFA or has no amount). */
  amountXof: number | null;
  start: LocalDate;
  end: LocalDate;
  deadline: LocalDate | '';
  owner: string;
}

/** Whole months from the start's month to the end's, both counted: 2027-01-15 → 2027-12-31 is 12. */
export function projectMonths(start: LocalDate, end: LocalDate): number {
  const s = parseLocalDate(start);
  const e = parseLocalDate(end);
  return (e.year - s.year) * 12 + (e.month - s.month) + 1;
}

export const periodText = (start: LocalDate, end: LocalDate): string => `du ${formatDateFr(start)} au ${formatDateFr(end)}`;

const common = (f: DossierFacts): Record<string, string> => ({
  'organisation.nom': f.organisation,
  'partenaire.nom': f.partnerName,
  'opportunite.titre': f.opportunity.title,
  'opportunite.id': f.opportunity.id,
  kit: f.kit,
  date: formatDateFr(f.today),
  redige_par: f.author,
});

const generalObjective = (f: DossierFacts): string => (f.opportunity.axis ? `Contribuer à l’axe stratégique « ${f.opportunity.axis} »` : '');

export function noteData(f: DossierFacts): TemplateData {
  const months = projectMonths(f.start, f.end);
  return {
    values: {
      ...common(f),
      montant: f.opportunity.amount === null ? '' : formatMoney(f.opportunity.amount, f.opportunity.currency || 'XOF'),
      montant_fcfa: f.amountXof === null ? '' : formatMoney(f.amountXof, 'XOF'),
      duree: `${months} mois`,
      periode: periodText(f.start, f.end),
      date_limite: f.deadline ? formatDateFr(f.deadline) : '',
      contexte: '',
      objectif_general: generalObjective(f),
      objectifs_specifiques: f.opportunity.title,
      resultats: '',
      groupes_cibles: '',
    },
    flags: {},
    collections: {},
  };
}

export const LOGFRAME_LEVELS = ['Objectif général', 'Objectif spécifique', 'Résultat', 'Activité'] as const;
export type LogframeLevel = (typeof LOGFRAME_LEVELS)[number];
type LogframeLine = Partial<Record<LogframeField, string>> & { niveau: LogframeLevel };

/** Results and their activities seeded to fill (« R1 », « A1.1 »…): three results of two activities. */
export const SEEDED_ACTIVITIES = ['A1.1', 'A1.2', 'A2.1', 'A2.2', 'A3.1', 'A3.2'] as const;

export function logframeLines(f: DossierFacts): LogframeLine[] {
  const lines: LogframeLine[] = [
    { niveau: 'Objectif général', intitule: generalObjective(f) },
    { niveau: 'Objectif spécifique', intitule: f.opportunity.title },
  ];
  for (const r of [1, 2, 3]) {
    lines.push({ niveau: 'Résultat', intitule: `R${r} — ` });
    for (const a of SEEDED_ACTIVITIES.filter((x) => x.startsWith(`A${r}.`))) lines.push({ niveau: 'Activité', intitule: `${a} — ` });
  }
  return lines;
}

export function logframeData(f: DossierFacts): TemplateData {
  const item = (l: LogframeLine) =>
    Object.fromEntries(
      ['niveau', 'intitule', 'indicateur', 'reference', 'cible', 'source', 'frequence', 'hypotheses', 'verification', 'odd'].map((k) => [
        `ligne.${k}`,
        l[k as LogframeField] ?? '',
      ]),
    );
  return { values: { ...common(f), periode: periodText(f.start, f.end) }, flags: {}, collections: { ligne: logframeLines(f).map(item) } };
}

export interface RiskLine {
  risk: string;
  likelihood: 'Faible' | 'Moyen' | 'Élevé';
  impact: 'Faible' | 'Moyen' | 'Élevé';
  mitigation: string;
  owner: string;
}

/** The scores of the partner's latest due diligence (1-5, 5 best) and its comment; null when there is none. */
export interface DueDiligence {
  legal: number | null;
  governance: number | null;
  finance: number | null;
  reputation: number | null;
  risks: number | null;
  comment: string;
}

const DD_RISKS: readonly { key: keyof Omit<DueDiligence, 'comment'>; risk: string; mitigation: string }[] = [
  {
    key: 'finance',
    risk: 'Santé financière fragile',
    mitigation: 'Versements par tranches sur justificatifs ; suivi trimestriel de la trésorerie par la DAF.',
  },
  { key: 'governance', risk: 'Gouvernance à renforcer', mitigation: 'Comité de pilotage conjoint ; procès-verbaux des décisions partagés.' },
  { key: 'legal', risk: 'Statut juridique à régulariser', mitigation: 'Pièces juridiques à jour exigées avant la signature.' },
  { key: 'reputation', risk: 'Risque de réputation', mitigation: 'Communication validée par les deux parties ; veille médiatique.' },
  { key: 'risks', risk: 'Risques relevés lors de la due diligence', mitigation: 'Plan de réduction des risques suivi au comité de pilotage.' },
];

/**
 * The risks: one per weak score (2 or less out of 5) of the partner's due diligence, with its
 * comment, then the risks every project carries — exchange rate when the currency is not pegged to the FCFA.
 */
export function riskLines(f: DossierFacts, dd: DueDiligence | null): RiskLine[] {
  const daf = 'DAF';
  const lines: RiskLine[] = [];
  for (const d of DD_RISKS) {
    const score = dd?.[d.key];
    if (score === null || score === undefined || score > 2) continue;
    lines.push({
      risk: `${d.risk} (due diligence : ${score}/5)`,
      likelihood: score <= 1 ? 'Élevé' : 'Moyen',
      impact: 'Élevé',
      mitigation: d.mitigation,
      owner: f.owner || daf,
    });
  }
  if (dd?.comment)
    lines.push({
      risk: `Points de vigilance de la due diligence : ${dd.comment}`,
      likelihood: 'Moyen',
      impact: 'Moyen',
      mitigation: 'À préciser',
      owner: f.owner || daf,
    });
  lines.push(
    {
      risk: 'Retard de décaissement du bailleur',
      likelihood: 'Moyen',
      impact: 'Élevé',
      mitigation: 'Plan de trésorerie ; activités prioritaires identifiées.',
      owner: daf,
    },
    {
      risk: 'Retard dans la mise en œuvre des activités',
      likelihood: 'Moyen',
      impact: 'Moyen',
      mitigation: 'Plan de mise en œuvre suivi mensuellement.',
      owner: f.owner || daf,
    },
  );
  const cur = f.opportunity.currency;
  if (cur && !['XOF', 'XAF', 'EUR'].includes(cur))
    lines.push({
      risk: `Variation du taux de change ${cur}/FCFA`,
      likelihood: 'Moyen',
      impact: 'Moyen',
      mitigation: 'Budget établi au taux daté ; marge pour imprévus.',
      owner: daf,
    });
  return lines;
}

export function risksData(f: DossierFacts, lines: readonly RiskLine[]): TemplateData {
  return {
    values: common(f),
    flags: {},
    collections: {
      risque: lines.map((l) => ({
        'risque.libelle': l.risk,
        'risque.probabilite': l.likelihood,
        'risque.impact': l.impact,
        'risque.mesure': l.mitigation,
        'risque.responsable': l.owner,
      })),
    },
  };
}
