/**
 * A party's signature of a convention's current version: what the schema cannot check in the
 * input, when it may be recorded, and what it changes (both parties signed: « Signée », then
 * « Active » at once when the start date has come).
 */
import type { CheckedParamsOf } from '../contracts/api';
import type { DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { SIGNATURE_PARTIES } from './approval-tables';
import { checkSignedPdf, type CheckedUpload } from './signed-pdf';

export type Party = (typeof SIGNATURE_PARTIES)[number];

export interface CheckedSignature {
  party: Party;
  date: string;
  signatory: string;
  signedPdfUrl: string;
  upload: CheckedUpload | null;
}

const PARTY_LABEL: Record<Party, string> = { nous: 'notre organisation', partenaire: 'le partenaire' };

/** The date against today, the link's form, one PDF source, the file itself. */
export function checkSignature(v: CheckedParamsOf<'recordSignature'>[1], today: LocalDate): CheckedSignature {
  if (v.date > today) throw new Error(`Signature › Date de signature : le ${formatDateFr(v.date)} est dans le futur (aujourd'hui : ${formatDateFr(today)}).`);
  const url = v.signedPdfUrl ?? '';
  if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
    throw new Error(`Signature › PDF signé : « ${url} » n'est pas un lien valide (attendu : un lien commençant par https://).`);
  }
  if (v.signedPdf && url !== '') throw new Error('Signature › PDF signé : donnez soit le lien du PDF signé, soit le fichier, pas les deux.');
  const upload = v.signedPdf ? checkSignedPdf(v.signedPdf, 'Signature › PDF signé') : null;
  return { party: v.party, date: v.date, signatory: v.signatory, signedPdfUrl: url, upload };
}

/** Why the party may not sign now ('' when it may): the convention must be « Validée », the party not signed yet. */
export function signatureRefusal(id: string, status: string, version: number, party: Party, signedRows: readonly DataRecord[]): string {
  if (status !== 'Validée') {
    return `La convention ${id} est au statut « ${status} » : une signature ne s'enregistre que pour une convention « Validée » (ou signée par une seule partie).`;
  }
  const already = signedRows.find((r) => r.party === party);
  if (!already) return '';
  return `La signature de ${PARTY_LABEL[party]} est déjà enregistrée pour la version ${version} de ${id} (${String(already.signatory)}, le ${formatDateFr(String(already.date))}).`;
}

/** The statuses a signature moves the convention through, in order: none until every party has signed. */
export function statusesAfterSignature(signedBefore: number, startDate: string, today: LocalDate): ('Signée' | 'Active')[] {
  if (signedBefore + 1 < SIGNATURE_PARTIES.length) return [];
  return startDate === '' || startDate <= today ? ['Signée', 'Active'] : ['Signée'];
}

/** The uploaded signed PDF's name in the partner's folder. */
export const signedPdfName = (conventionId: string, version: number, party: Party, fileName: string): string =>
  `${conventionId} v${version} — PDF signé (${party}) — ${fileName}`;

/** The Journal's « after » of a recorded signature. */
export function signatureNote(sig: CheckedSignature, pdfUrl: string): string {
  const pdf = sig.upload ? `, PDF signé déposé « ${sig.upload.name} » ${pdfUrl}` : pdfUrl ? `, ${pdfUrl}` : '';
  return `${sig.signatory}, ${sig.date}${pdf}`;
}

/** Refusal of an upload for a party whose signature is not recorded. */
export const noSignatureMessage = (id: string, version: number, party: Party): string =>
  `Aucune signature ${party === 'nous' ? 'de notre organisation' : 'du partenaire'} n'est enregistrée pour la version ${version} de ${id} : enregistrez d'abord la signature (date, signataire), en y joignant le PDF.`;
