/**
 * The documents donors ask for before funding, each with its Drive file and, when it has one, its
 * expiry date. Its status is read on the spreadsheet's day: manquant without a file, expiré from
 * the day after its expiry, expire bientôt within 30 days of it (the expiry day included), else à jour.
 */
import { addDays, type LocalDate } from '../format/local-date';

export const STANDARD_DOCUMENTS = [
  'Statuts',
  'Récépissé de déclaration',
  'PV de la dernière assemblée générale',
  'États financiers certifiés (3 derniers exercices)',
  'Manuel de procédures',
  'Organigramme',
  'Rapport d’activités',
  'Attestation fiscale',
  'RIB',
] as const;

export const DOCUMENT_STATUSES = ['À jour', 'Expire bientôt', 'Expiré', 'Manquant'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const EXPIRY_NOTICE_DAYS = 30;

export function documentStatus(doc: { fileUrl: string; expiresOn: string }, today: LocalDate): DocumentStatus {
  if (!doc.fileUrl.trim()) return 'Manquant';
  if (!doc.expiresOn) return 'À jour';
  if (doc.expiresOn < today) return 'Expiré';
  return doc.expiresOn <= addDays(today, EXPIRY_NOTICE_DAYS) ? 'Expire bientôt' : 'À jour';
}
