/** What the sidebar shows of an opportunity's dossier: the form to start it, then its five files. */
import { formatDateFr, formatMoney } from '../format/french';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { Role } from '../settings/settings';
import { EDITORS } from '../settings/access';
import { REVIEW_STEPS, mayDecide, stepNamed } from './review';

export interface DossierFile {
  label: string;
  url: string;
}

export interface DossierDetail {
  id: string;
  opportunityId: string;
  title: string;
  partnerName: string;
  kit: string;
  status: string;
  /** « du 1er janvier 2027 au 31 décembre 2027 ». */
  period: string;
  amount: string;
  deadline: string;
  owner: string;
  folderUrl: string;
  files: DossierFile[];
  /** The internal review's two steps and where each stands. */
  review: { name: string; role: string; state: 'à venir' | 'en attente' | 'approuvée' }[];
  /** « Historique de la revue », one line a decision. */
  reviewLog: string[];
  /** « Soumis le 3 décembre 2026 (portail, réf. EU-2026-17) », or ''. */
  submission: string;
  /** « Refusé le 10 mars 2027 : hors priorités », or ''. */
  decision: string;
  /** The buttons the caller's role may use at the dossier's status. */
  actions: { askReview: boolean; decideReview: boolean; recordSubmission: boolean; recordDecision: boolean };
  /** What the caller must know of e-mails that did not leave now. */
  notice?: string;
}

/** getDossier's answer: the dossier when there is one, else what the « Monter le dossier » form needs. */
export interface DossierPage {
  opportunityId: string;
  title: string;
  partnerName: string;
  kits: string[];
  /** The kit of the partner's type (domain/dossiers/kits.ts kitFor). */
  suggestedKit: string;
  /** ISO date or ''. */
  deadline: string;
  dossier: DossierDetail | null;
}

export const DOSSIER_FILES = [
  ['conceptNoteUrl', 'Note conceptuelle'],
  ['logframeUrl', 'Cadre logique'],
  ['budgetUrl', 'Budget'],
  ['planUrl', 'Plan de mise en œuvre'],
  ['risksUrl', 'Analyse des risques'],
] as const;

const dateFr = (v: unknown): string => (text(v) ? formatDateFr(text(v)) : '');

function reviewSteps(r: DataRecord): DossierDetail['review'] {
  const status = text(r.status);
  const awaited = status === 'En revue interne' ? REVIEW_STEPS.indexOf(stepNamed(text(r.reviewStep))!) : -1;
  const passed = ['Prêt à soumettre', 'Soumis', 'Accepté', 'Refusé'].includes(status);
  return REVIEW_STEPS.map((s, i) => ({
    name: s.name,
    role: s.role,
    state: passed || (awaited >= 0 && i < awaited) ? 'approuvée' : i === awaited ? 'en attente' : 'à venir',
  }));
}

function actionsFor(r: DataRecord, role: Role | null): DossierDetail['actions'] {
  const status = text(r.status);
  const editor = role !== null && EDITORS.includes(role);
  return {
    askReview: editor && status === 'En préparation',
    decideReview: role !== null && status === 'En revue interne' && mayDecide(stepNamed(text(r.reviewStep)), role),
    recordSubmission: editor && status === 'Prêt à soumettre',
    recordDecision: editor && status === 'Soumis',
  };
}

export function dossierDetail(r: DataRecord, role: Role | null = null): DossierDetail {
  const amount = typeof r.amount === 'number' ? formatMoney(r.amount, text(r.currency) || 'XOF') : '';
  const status = text(r.status);
  return {
    id: text(r.id),
    opportunityId: text(r.opportunityId),
    title: text(r.title),
    partnerName: text(r.partnerName),
    kit: text(r.kit),
    status,
    period: text(r.startDate) && text(r.endDate) ? `du ${dateFr(r.startDate)} au ${dateFr(r.endDate)}` : '',
    amount,
    deadline: dateFr(r.deadline),
    owner: text(r.owner),
    folderUrl: text(r.folderUrl),
    files: DOSSIER_FILES.map(([key, label]) => ({ label, url: text(r[key]) })),
    review: reviewSteps(r),
    reviewLog: text(r.reviewLog).split('\n').filter(Boolean),
    submission: text(r.submittedOn)
      ? `Soumis le ${dateFr(r.submittedOn)} (${[text(r.channel), text(r.reference) && `réf. ${text(r.reference)}`].filter(Boolean).join(', ')})`
      : '',
    decision:
      status === 'Accepté' || status === 'Refusé' ? `${status} le ${dateFr(r.decidedOn)}${text(r.decisionReason) ? ` : ${text(r.decisionReason)}` : ''}` : '',
    actions: actionsFor(r, role),
  };
}
