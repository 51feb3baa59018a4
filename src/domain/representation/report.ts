/**
 * The compte rendu of a meeting, workshop or mission (a Google Doc from the editable template
 * « Compte rendu »): its fields, the checks on what the user typed, the Doc's data, and what it
 * writes in the workbook — one Interactions row per partner met, linking the Doc, and each
 * follow-up as the next action of the partner concerned.
 *
 * | Champ | Contenu | Si vide |
 * | --- | --- | --- |
 * | `{{organisation.nom}}`, `{{date}}`, `{{redige_par}}` | l'organisation, la date de la rencontre, l'auteur | — |
 * | `{{nature}}`, `{{lieu}}`, `{{participants}}` | Rendez-vous, Atelier, Mission ou Représentation ; le lieu ; qui était là | « non renseigné » |
 * | `{{partenaires}}` | les partenaires rencontrés, par leur nom | — |
 * | `{{objectifs}}`, `{{points}}`, `{{decisions}}` | les objectifs, les points discutés, les décisions | une phrase qui le dit |
 *
 * Rows repeated: `{{#chaque suite}}` (`suite.action`, `suite.responsable`, `suite.echeance`,
 * `suite.partenaire`). Conditions: `suites`, `sans_suite`.
 */
import type { LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { PlaceholderSpec, TemplateCatalogue, TemplateData } from '../templates/engine';

import { REPORT_KINDS, REPORT_LIMITS, type ReportKind } from '../contracts/report';

export { REPORT_KINDS, REPORT_LIMITS, type ReportKind };

/** The Drive folder (in the Pacte folder) where the comptes rendus are filed. */
export const REPORTS_FOLDER = 'Comptes rendus';

export interface FollowUp {
  action: string;
  /** Who does it: a name or an address. */
  owner: string;
  due: LocalDate;
  /** The partner concerned, among those met; '' when it concerns every partner met. */
  partnerId: string;
}

export interface ReportInput {
  date: LocalDate;
  place: string;
  kind: ReportKind;
  participants: string;
  partnerIds: string[];
  objectives: string;
  discussed: string;
  decisions: string;
  followUps: FollowUp[];
}

const v = (name: string, label: string, whenEmpty?: string): PlaceholderSpec => (whenEmpty === undefined ? { name, label } : { name, label, whenEmpty });

export const MEETING_REPORT_CATALOGUE: TemplateCatalogue = {
  title: 'Compte rendu',
  values: [
    v('organisation.nom', 'le nom de l’organisation'),
    v('date', 'la date de la rencontre'),
    v('redige_par', 'l’auteur du compte rendu'),
    v('nature', 'la nature de la rencontre'),
    v('lieu', 'le lieu', 'non renseigné'),
    v('participants', 'les participants', 'non renseignés'),
    v('partenaires', 'les partenaires rencontrés'),
    v('objectifs', 'les objectifs', 'Aucun objectif n’a été consigné.'),
    v('points', 'les points discutés', 'Aucun point n’a été consigné.'),
    v('decisions', 'les décisions', 'Aucune décision n’a été prise.'),
  ],
  conditions: [
    { name: 'suites', label: 'au moins une suite à donner' },
    { name: 'sans_suite', label: 'aucune suite à donner' },
  ],
  collections: {
    suite: [
      v('suite.action', 'l’action à mener'),
      v('suite.responsable', 'son responsable'),
      v('suite.echeance', 'son échéance'),
      v('suite.partenaire', 'le partenaire concerné', 'tous les partenaires rencontrés'),
    ],
  },
};

/**
 * Checks the compte rendu against the partners of the workbook: at least one partner met, each
 * known and named once, each follow-up with its action, owner and a partner among those met.
 * Every problem, in French, naming the line; [] when it is fine.
 */
export function reportProblems(input: ReportInput, partnerExists: (id: string) => boolean): string[] {
  const problems: string[] = [];
  if (!input.partnerIds.length) problems.push('Partenaires rencontrés : choisissez au moins un partenaire.');
  const seen = new Set<string>();
  for (const id of input.partnerIds) {
    if (!partnerExists(id)) problems.push(`Partenaires rencontrés : aucun partenaire avec l'ID « ${id} » dans Partenaires.`);
    else if (seen.has(id)) problems.push(`Partenaires rencontrés : « ${id} » est choisi deux fois ; retirez le doublon.`);
    seen.add(id);
  }
  input.followUps.forEach((f, i) => {
    const line = `Suite ${i + 1}`;
    if (!f.action) problems.push(`${line}, « Action » : décrivez l'action à mener.`);
    if (!f.owner) problems.push(`${line}, « Responsable » : indiquez qui s'en charge.`);
    if (f.partnerId && !seen.has(f.partnerId))
      problems.push(`${line}, « Partenaire » : « ${f.partnerId} » n'est pas parmi les partenaires rencontrés ; choisissez-en un ou laissez « tous ».`);
  });
  return problems;
}

export interface ReportFacts {
  input: ReportInput;
  /** The partners met, by ID. */
  partners: ReadonlyMap<string, DataRecord>;
  organisation: string;
  author: string;
}

const namesOf = (f: ReportFacts): string[] => f.input.partnerIds.map((id) => text(f.partners.get(id)?.name) || id);

export function reportData(f: ReportFacts): TemplateData {
  const { input } = f;
  return {
    values: {
      'organisation.nom': f.organisation,
      date: formatDateFr(input.date),
      redige_par: f.author,
      nature: input.kind,
      lieu: input.place,
      participants: input.participants,
      partenaires: namesOf(f).join(', '),
      objectifs: input.objectives,
      points: input.discussed,
      decisions: input.decisions,
    },
    flags: { suites: input.followUps.length > 0, sans_suite: input.followUps.length === 0 },
    collections: {
      suite: input.followUps.map((s) => ({
        'suite.action': s.action,
        'suite.responsable': s.owner,
        'suite.echeance': formatDateFr(s.due),
        'suite.partenaire': s.partnerId ? text(f.partners.get(s.partnerId)?.name) || s.partnerId : '',
      })),
    },
  };
}

/** « Compte rendu — Mission — Ségou — 12 mars 2026 ». */
export function reportName(input: ReportInput): string {
  return ['Compte rendu', input.kind, input.place, formatDateFr(input.date)].filter(Boolean).join(' — ');
}

/** The follow-ups of one partner met: those naming it, and those concerning every partner. */
export const followUpsOf = (input: ReportInput, partnerId: string): FollowUp[] => input.followUps.filter((s) => !s.partnerId || s.partnerId === partnerId);

/** A follow-up as one line of « Suites à donner » and of « Prochaine action »: « Envoyer la note (Awa, 20 mars 2026) ». */
export const followUpLine = (s: FollowUp): string => `${s.action} (${s.owner}, ${formatDateFr(s.due)})`;

/** Longest « Compte rendu » summary copied in an Interactions row (the Doc holds the whole text). */
const SUMMARY_MAX = 1000;

/** The Interactions row of one partner met: the kind, a summary with the Doc's link, the decisions, its follow-ups. */
export function interactionFor(input: ReportInput, partnerId: string, docUrl: string): DataRecord {
  const mine = followUpsOf(input, partnerId);
  const gist = [input.place && `${input.kind} à ${input.place}`, input.objectives || input.discussed].filter(Boolean).join(' — ');
  const short = gist.length > SUMMARY_MAX ? `${gist.slice(0, SUMMARY_MAX - 1)}…` : gist;
  return {
    date: input.date,
    partnerId,
    type: input.kind,
    summary: `${short ? `${short}\n` : ''}Compte rendu : ${docUrl}`,
    decisions: input.decisions,
    nextSteps: mine.map(followUpLine).join('\n'),
    nextDue: mine.map((s) => s.due).sort()[0] ?? '',
  };
}

/**
 * The partner's next action after the compte rendu: its earliest follow-up, when the partner has
 * none planned or one planned later; null when its plan stays.
 */
export function nextActionFor(partner: DataRecord, input: ReportInput): { nextAction: string; nextDue: LocalDate } | null {
  const first = [...followUpsOf(input, text(partner.id))].sort((a, b) => a.due.localeCompare(b.due))[0];
  if (!first) return null;
  const planned = text(partner.nextDue);
  if (planned && planned <= first.due && text(partner.nextAction)) return null;
  return { nextAction: followUpLine(first), nextDue: first.due };
}
