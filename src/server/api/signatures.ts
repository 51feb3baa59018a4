/**
 * Signature tracking (issue 5): each party's signature of the current version is a row of
 * « Signatures » (date, signatory, signed PDF link). When both parties have signed the
 * convention is « Signée », then « Active » from its start date (at once if it has come;
 * otherwise the daily job activates it).
 */
import type { ConventionDetail } from '../../domain/contracts';
import { CONVENTIONS } from '../../domain/schema/tables';
import { EDITORS } from '../../domain/settings/access';
import { SIGNATURES, SIGNATURE_PARTIES } from '../../domain/conventions/approval-tables';
import { currentVersion } from '../../domain/conventions/approval-view';
import { rowsOfVersion } from '../../domain/conventions/approval-state';
import { isLocalDate, type LocalDate } from '../../domain/format/local-date';
import { formatDateFr } from '../../domain/format/french';
import { SheetTable } from '../../services/sheet-table';
import { appendJournal } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { toLocalDate } from '../../services/time-zone';
import { write_ } from '../request';
import { approvalDetail_, conventionIdArg_, openWork_ } from './approvals';

export interface SignatureInput {
  party: 'nous' | 'partenaire';
  date: string;
  signatory: string;
  signedPdfUrl?: string;
}

const PARTY_LABEL: Record<SignatureInput['party'], string> = { nous: 'notre organisation', partenaire: 'le partenaire' };

function signatureArg_(value: unknown, today: LocalDate): Required<SignatureInput> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('Signature : les informations de signature sont manquantes.');
  const v = value as Record<string, unknown>;
  const party = SIGNATURE_PARTIES.find((p) => p === v.party);
  if (!party) throw new Error(`Signature › Partie : « ${String(v.party ?? '')} » n'est pas valide (attendu : nous ou partenaire).`);
  if (typeof v.date !== 'string' || !isLocalDate(v.date)) throw new Error(`Signature › Date de signature : « ${String(v.date ?? '')} » n'est pas une date valide (attendu : AAAA-MM-JJ).`);
  if (v.date > today) throw new Error(`Signature › Date de signature : le ${formatDateFr(v.date)} est dans le futur (aujourd'hui : ${formatDateFr(today)}).`);
  if (typeof v.signatory !== 'string' || v.signatory.trim() === '') throw new Error('Signature › Signataire : ce champ est obligatoire (nom et fonction du signataire).');
  if (v.signatory.length > 200) throw new Error('Signature › Signataire : 200 caractères au plus.');
  const url = v.signedPdfUrl === undefined || v.signedPdfUrl === null ? '' : v.signedPdfUrl;
  if (typeof url !== 'string' || (url.trim() !== '' && !/^https?:\/\/\S+$/i.test(url.trim()))) {
    throw new Error(`Signature › PDF signé : « ${String(url)} » n'est pas un lien valide (attendu : un lien commençant par https://).`);
  }
  return { party, date: v.date, signatory: v.signatory.trim(), signedPdfUrl: url.trim() };
}

/** Records one party's signature of a « Validée » (or partly signed) convention. */
export function recordSignature(conventionId: unknown, input: unknown): ConventionDetail {
  return write_(EDITORS, ({ ctx, role }) => {
    const id = conventionIdArg_(conventionId);
    const today = toLocalDate(new Date(), ctx.timeZone);
    const sig = signatureArg_(input, today);
    const settings = loadSettings(ctx);
    const w = openWork_(ctx, id);
    const status = String(w.record.status ?? '');
    if (status !== 'Validée') {
      throw new Error(`La convention ${id} est au statut « ${status} » : une signature ne s'enregistre que pour une convention « Validée » (ou signée par une seule partie).`);
    }
    const version = currentVersion(w.record);
    const table = SheetTable.open(ctx, SIGNATURES);
    const mine = rowsOfVersion(
      table.all().map((s) => s.record),
      id,
      version,
    );
    const already = mine.find((r) => r.party === sig.party);
    if (already) {
      throw new Error(`La signature de ${PARTY_LABEL[sig.party]} est déjà enregistrée pour la version ${version} de ${id} (${String(already.signatory)}, le ${formatDateFr(String(already.date))}).`);
    }
    table.insert([{ conventionId: id, version, party: sig.party, date: sig.date, signatory: sig.signatory, signedPdfUrl: sig.signedPdfUrl }]);
    appendJournal(ctx, [{ sheet: CONVENTIONS.sheetName, recordId: id, action: 'signature', field: `Signature (${sig.party})`, before: '', after: `${sig.signatory}, ${sig.date}${sig.signedPdfUrl ? `, ${sig.signedPdfUrl}` : ''}` }]);
    if (mine.length + 1 >= SIGNATURE_PARTIES.length) {
      w.record = w.conventions.update(id, { status: 'Signée' }, 'signature');
      const start = String(w.record.startDate ?? '');
      if (start === '' || start <= today) w.record = w.conventions.update(id, { status: 'Active' }, 'activation');
    }
    const all = table.all().map((s) => s.record);
    return approvalDetail_(w.record, w.partnerName, { validations: w.validations.all().map((s) => s.record), signatures: all }, settings, role);
  });
}
