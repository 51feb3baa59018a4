/**
 * The closing report a « Clore » decision writes (a Google Doc from the editable template « Rapport
 * de clôture »): its fields, its default content, and the facts it is filled with — the partner,
 * the period, the conventions and their status, both sides' commitments (done on time, done late,
 * late, cancelled), the compliance rates, the evaluation's grids, the decision and the lessons.
 * Every section has its sentence when it is empty: no placeholder is ever left in the Doc.
 *
 * | Champ | Contenu | Si vide |
 * | --- | --- | --- |
 * | `{{partenaire.nom}}`, `{{partenaire.id}}`, `{{organisation.nom}}`, `{{date}}`, `{{redige_par}}` | comme pour les conventions | — |
 * | `{{periode}}` | « du 1er mars 2026 au 28 février 2027 » (conventions) | « période non renseignée » |
 * | `{{evaluation.id}}`, `{{evaluation.decision}}`, `{{evaluation.justification}}` | l'évaluation décidée | — |
 * | `{{evaluation.note_nous}}`, `{{evaluation.note_partenaire}}` | appréciation d'ensemble | « non renseignée » |
 * | `{{evaluation.lecons}}` | leçons apprises | « Aucune leçon apprise n'a été consignée. » |
 * | `{{engagements.nous}}`, `{{engagements.partenaire}}` | « 5 engagements : 3 réalisés à temps, 1 réalisé en retard, 1 annulé » | « aucun engagement » |
 * | `{{respect.nous}}`, `{{respect.partenaire}}` | « 75 % (3 sur 4 échéances) » | « aucune échéance due » |
 *
 * Rows repeated: `{{#chaque convention}}` (`convention.id`, `convention.type`, `convention.periode`,
 * `convention.statut`, `convention.montant`) and `{{#chaque dimension}}` (`dimension.nom`,
 * `dimension.nous`, `dimension.partenaire`). Conditions: `conventions`, `sans_convention`.
 */
import { formatDateFr, formatMoney } from '../format/french';
import type { LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { ComplianceCount, ComplianceSplit } from '../commitments/compliance';
import { statusOf } from '../commitments/status';
import type { PlaceholderSpec, TemplateCatalogue, TemplateData } from '../templates/engine';
import { DIMENSIONS, scoreGrid, type Ratings } from './grid';

const v = (name: string, label: string, whenEmpty?: string): PlaceholderSpec => (whenEmpty === undefined ? { name, label } : { name, label, whenEmpty });

export const CLOSING_CATALOGUE: TemplateCatalogue = {
  title: 'Rapport de clôture',
  values: [
    v('partenaire.nom', 'le nom du partenaire'),
    v('partenaire.id', 'l’ID du partenaire'),
    v('organisation.nom', 'le nom de l’organisation'),
    v('date', 'la date du rapport'),
    v('redige_par', 'l’auteur du rapport'),
    v('periode', 'la période du partenariat', 'période non renseignée'),
    v('evaluation.id', 'l’ID de l’évaluation'),
    v('evaluation.decision', 'la décision'),
    v('evaluation.justification', 'la justification de la décision'),
    v('evaluation.note_nous', 'notre appréciation d’ensemble', 'non renseignée'),
    v('evaluation.note_partenaire', 'l’appréciation d’ensemble du partenaire', 'non renseignée'),
    v('evaluation.lecons', 'les leçons apprises', 'Aucune leçon apprise n’a été consignée.'),
    v('engagements.nous', 'le bilan de nos engagements', 'aucun engagement'),
    v('engagements.partenaire', 'le bilan des engagements du partenaire', 'aucun engagement'),
    v('respect.nous', 'notre taux de respect des échéances', 'aucune échéance due'),
    v('respect.partenaire', 'le taux de respect des échéances du partenaire', 'aucune échéance due'),
  ],
  conditions: [
    { name: 'conventions', label: 'au moins une convention' },
    { name: 'sans_convention', label: 'aucune convention' },
  ],
  collections: {
    convention: [
      v('convention.id', 'l’ID de la convention'),
      v('convention.type', 'le type de convention'),
      v('convention.periode', 'la période de la convention', '—'),
      v('convention.statut', 'le statut de la convention'),
      v('convention.montant', 'le montant', '—'),
    ],
    dimension: [v('dimension.nom', 'la dimension'), v('dimension.nous', 'notre appréciation', '—'), v('dimension.partenaire', 'celle du partenaire', '—')],
  },
};

export interface ClosingFacts {
  partner: DataRecord;
  organisation: string;
  author: string;
  today: LocalDate;
  /** The partner's conventions. */
  conventions: readonly DataRecord[];
  /** Their commitments. */
  commitments: readonly DataRecord[];
  compliance: ComplianceSplit;
  evaluationId: string;
  ours: Ratings;
  theirs: Ratings;
  decision: string;
  justification: string;
  lessons: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

const period = (start: string, end: string): string =>
  start && end ? `du ${formatDateFr(start)} au ${formatDateFr(end)}` : start ? `à partir du ${formatDateFr(start)}` : '';

/** « 5 engagements : 3 réalisés à temps, 1 réalisé en retard, 1 annulé » ('' when none). */
export function commitmentsBalance(list: readonly DataRecord[], today: LocalDate): string {
  if (!list.length) return '';
  const count = (f: (r: DataRecord) => boolean) => list.filter(f).length;
  const done = (r: DataRecord) => statusOf(r) === 'Réalisé';
  const parts = [
    [count((r) => done(r) && text(r.doneOn) <= text(r.due)), 'réalisé à temps', 'réalisés à temps'],
    [count((r) => done(r) && text(r.doneOn) > text(r.due)), 'réalisé en retard', 'réalisés en retard'],
    [count((r) => !done(r) && statusOf(r) !== 'Annulé' && text(r.due) < today), 'en retard, non réalisé', 'en retard, non réalisés'],
    [count((r) => statusOf(r) === 'Annulé'), 'annulé', 'annulés'],
    [count((r) => !done(r) && statusOf(r) !== 'Annulé' && text(r.due) >= today), 'à venir', 'à venir'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  return `${plural(list.length, 'engagement', 'engagements')} : ${shown.join(', ')}`;
}

const rate = (c: ComplianceCount): string => (c.rate === null ? '' : `${c.rate} % (${c.onTime} sur ${plural(c.due, 'échéance due', 'échéances dues')})`);

export function closingReportData(f: ClosingFacts): TemplateData {
  const starts = f.conventions
    .map((c) => text(c.startDate))
    .filter(Boolean)
    .sort();
  const ends = f.conventions
    .map((c) => text(c.endDate))
    .filter(Boolean)
    .sort();
  const ofParty = (party: string) => f.commitments.filter((c) => (text(c.party) || 'Nous') === party);
  return {
    values: {
      'partenaire.nom': text(f.partner.name),
      'partenaire.id': text(f.partner.id),
      'organisation.nom': f.organisation,
      date: formatDateFr(f.today),
      redige_par: f.author,
      periode: period(starts[0] ?? '', ends[ends.length - 1] ?? ''),
      'evaluation.id': f.evaluationId,
      'evaluation.decision': f.decision,
      'evaluation.justification': f.justification,
      'evaluation.note_nous': scoreGrid(f.ours).overall ?? '',
      'evaluation.note_partenaire': scoreGrid(f.theirs).overall ?? '',
      'evaluation.lecons': f.lessons,
      'engagements.nous': commitmentsBalance(ofParty('Nous'), f.today),
      'engagements.partenaire': commitmentsBalance(ofParty('Partenaire'), f.today),
      'respect.nous': rate(f.compliance.ours),
      'respect.partenaire': rate(f.compliance.partner),
    },
    flags: { conventions: f.conventions.length > 0, sans_convention: f.conventions.length === 0 },
    collections: {
      convention: f.conventions.map((c) => ({
        'convention.id': text(c.id),
        'convention.type': text(c.type),
        'convention.periode': period(text(c.startDate), text(c.endDate)),
        'convention.statut': text(c.status),
        'convention.montant': c.amount === '' || c.amount == null ? '' : formatMoney(Number(c.amount), text(c.currency) || 'XOF'),
      })),
      dimension: DIMENSIONS.map((d) => ({ 'dimension.nom': d.label, 'dimension.nous': f.ours[d.key] ?? '', 'dimension.partenaire': f.theirs[d.key] ?? '' })),
    },
  };
}
