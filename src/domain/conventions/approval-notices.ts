/**
 * The e-mails of the approval circuit: to the holders of the awaited step, and to the author of the
 * version when the circuit ends. Each has a key (« Envois › Clé ») so that it is sent once per
 * convention, version and step or outcome. Pure: no Apps Script.
 */
import type { Row } from '../schema/field';
import type { CONVENTIONS } from '../schema/tables';
import type { Settings } from '../settings/settings';
import { formatDateFr, formatMoney } from '../format/french';
import { stepLabel, type AppliedStep } from './approval-circuit';
import { currentVersion } from './approval-view';

/** What the notices say of the convention: the record, its partner's name, the workbook's address. */
export interface NoticeSubject {
  record: Row<typeof CONVENTIONS>;
  partnerName: string;
  workbookUrl: string;
}

export interface ApprovalNotice {
  key: string;
  to: string[];
  subject: string;
  body: string;
}

export type CircuitEnd = 'validée' | 'rejetée' | 'modifications demandées';

function facts(n: NoticeSubject): string[] {
  const r = n.record;
  const currency = r.currency || 'XOF';
  return [
    `Convention : ${r.id} — ${r.type} avec ${n.partnerName}`,
    `Version : ${currentVersion(r)}`,
    typeof r.amount === 'number' ? `Montant : ${formatMoney(r.amount, currency)}` : '',
    typeof r.inKind === 'number' && r.inKind > 0 ? `Contribution en nature (valorisée) : ${formatMoney(r.inKind)}` : '',
    r.startDate && r.endDate ? `Période : du ${formatDateFr(r.startDate)} au ${formatDateFr(r.endDate)}` : '',
    r.docUrl ? `Document : ${r.docUrl}` : '',
    `Classeur Pacte : ${n.workbookUrl}`,
  ].filter(Boolean);
}

/** The notice to the holders of the awaited step's role (null when the role has no holder). */
export function awaitedNotice(n: NoticeSubject, step: AppliedStep, settings: Settings): ApprovalNotice | null {
  const holders = step.holders.length
    ? step.holders
    : Object.entries(settings.roles)
        .filter(([, r]) => r === step.role)
        .map(([e]) => e);
  if (holders.length === 0) return null;
  const id = n.record.id;
  const version = currentVersion(n.record);
  return {
    key: `validation:${id}:v${version}:etape-${step.order}`,
    to: holders,
    subject: `[Pacte] Validation attendue : convention ${id} (v${version}) — ${n.partnerName}`,
    body: [
      'Bonjour,',
      '',
      `La convention ${id} attend votre décision en tant que ${step.role} (${stepLabel(step)} du circuit de validation).`,
      '',
      ...facts(n),
      '',
      'Ouvrez Pacte (Extensions → Pacte → Ouvrir Pacte › Conventions) pour approuver, demander des modifications ou rejeter (un commentaire est alors obligatoire).',
      '',
      '— Pacte',
    ].join('\n'),
  };
}

const KEY_OF: Record<CircuitEnd, string> = { validée: 'validee', rejetée: 'rejetee', 'modifications demandées': 'modifications' };
const SUBJECT_OF: Record<CircuitEnd, string> = { validée: 'validée', rejetée: 'rejetée', 'modifications demandées': ': modifications demandées' };

/** The notice to the author (who submitted the version) of the circuit's end (null when nobody submitted it). */
export function authorNotice(n: NoticeSubject, submittedBy: string, outcome: CircuitEnd, by: string, comment: string): ApprovalNotice | null {
  if (!submittedBy) return null;
  const id = n.record.id;
  const version = currentVersion(n.record);
  const headline =
    outcome === 'validée'
      ? `La version ${version} de la convention ${id} a franchi toutes les étapes du circuit : elle est « Validée » et peut être signée.`
      : outcome === 'rejetée'
        ? `La version ${version} de la convention ${id} a été rejetée par ${by}. Elle repasse au statut « Brouillon » : générez une nouvelle version pour la soumettre à nouveau.`
        : `Des modifications de la version ${version} de la convention ${id} sont demandées par ${by}. Elle repasse au statut « Brouillon » : générez une nouvelle version pour la soumettre à nouveau.`;
  return {
    key: `validation:${id}:v${version}:${KEY_OF[outcome]}`,
    to: [submittedBy],
    subject: `[Pacte] Convention ${id} (v${version}) ${SUBJECT_OF[outcome]} — ${n.partnerName}`,
    body: ['Bonjour,', '', headline, ...(comment ? ['', `Commentaire : ${comment}`] : []), '', ...facts(n), '', '— Pacte'].join('\n'),
  };
}
