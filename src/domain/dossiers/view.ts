/** What the sidebar shows of an opportunity's dossier: the form to start it, then its five files. */
import { formatDateFr, formatMoney } from '../format/french';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';

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

export function dossierDetail(r: DataRecord): DossierDetail {
  const amount = typeof r.amount === 'number' ? formatMoney(r.amount, text(r.currency) || 'XOF') : '';
  return {
    id: text(r.id),
    opportunityId: text(r.opportunityId),
    title: text(r.title),
    partnerName: text(r.partnerName),
    kit: text(r.kit),
    status: text(r.status),
    period: text(r.startDate) && text(r.endDate) ? `du ${dateFr(r.startDate)} au ${dateFr(r.endDate)}` : '',
    amount,
    deadline: dateFr(r.deadline),
    owner: text(r.owner),
    folderUrl: text(r.folderUrl),
    files: DOSSIER_FILES.map(([key, label]) => ({ label, url: text(r[key]) })),
  };
}
