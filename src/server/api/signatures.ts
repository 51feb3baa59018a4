/**
 * Signature tracking: each party's signature of the current version is a row of
 * « Signatures » (date, signatory, signed PDF). The signed PDF is either linked (a https:// URL)
 * or uploaded from the sidebar (saved in the partner's Pacte folder), with the signature or
 * later (uploadSignedPdf). When both parties have signed the convention is « Signée », then
 * « Active » from its start date (at once if it has come; otherwise the daily job activates it).
 */
import { CONVENTIONS } from '../../domain/schema/tables';
import { SIGNATURES, SIGNATURE_PARTIES } from '../../domain/conventions/approval-tables';
import { currentVersion } from '../../domain/conventions/approval-view';
import { rowsOfVersion } from '../../domain/conventions/approval-state';
import type { LocalDate } from '../../domain/format/local-date';
import { formatDateFr } from '../../domain/format/french';
import { checkSignedPdf, type CheckedUpload } from '../../domain/conventions/signed-pdf';
import { SheetTable } from '../../services/sheet-table';
import { appendJournal } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { toLocalDate } from '../../domain/format/time-zone';
import type { StoreContext } from '../../services/store-context';
import { pacteFolder, partnerFolder, teamOf } from '../../services/drive-folder';
import { saveUploadedPdf } from '../../services/docs/uploaded-file';
import { makeOnce } from '../../services/drive-files';
import { once } from '../../services/request-ledger';
import type { CheckedParamsOf } from '../../domain/contracts/api';
import { serve } from '../frame/endpoint';
import { approvalDetail } from '../../domain/conventions/approval-view';
import { openWork, type ConventionWork } from '../../app/approvals/work';

type Party = (typeof SIGNATURE_PARTIES)[number];
type SignatureInput = CheckedParamsOf<'recordSignature'>[1];

interface CheckedSignature {
  party: Party;
  date: string;
  signatory: string;
  signedPdfUrl: string;
  upload: CheckedUpload | null;
}

const PARTY_LABEL: Record<Party, string> = { nous: 'notre organisation', partenaire: 'le partenaire' };

/** What the schema cannot know: the date against today, the link's form, one PDF source, the file itself. */
function signatureArg_(v: SignatureInput, today: LocalDate): CheckedSignature {
  if (v.date > today) throw new Error(`Signature › Date de signature : le ${formatDateFr(v.date)} est dans le futur (aujourd'hui : ${formatDateFr(today)}).`);
  const url = v.signedPdfUrl ?? '';
  if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
    throw new Error(`Signature › PDF signé : « ${url} » n'est pas un lien valide (attendu : un lien commençant par https://).`);
  }
  if (v.signedPdf && url !== '') throw new Error('Signature › PDF signé : donnez soit le lien du PDF signé, soit le fichier, pas les deux.');
  const upload = v.signedPdf ? checkSignedPdf(v.signedPdf, 'Signature › PDF signé') : null;
  return { party: v.party, date: v.date, signatory: v.signatory, signedPdfUrl: url, upload };
}

/** Saves an uploaded signed PDF in the partner's folder (« Pacte — … › <ID> <Nom> »); returns its URL. */
function storeSignedPdf_(ctx: StoreContext, w: ConventionWork, version: number, party: Party, upload: CheckedUpload): string {
  const team = teamOf(loadSettings(ctx).roles, ctx.user);
  const partnerId = w.record.partnerId;
  const folder = partnerFolder(pacteFolder(ctx, team), partnerId, w.partnerName);
  const name = `${w.record.id} v${version} — PDF signé (${party}) — ${upload.name}`;
  return makeOnce(ctx, 'signed-pdf', folder, name, () => saveUploadedPdf(folder, name, upload.base64));
}

/** Records one party's signature of a « Validée » (or partly signed) convention. */
export const recordSignature = serve('recordSignature', ({ ctx, ports, role }, id, input) => {
  const today = toLocalDate(new Date(), ctx.timeZone);
  const sig = signatureArg_(input, today);
  const settings = loadSettings(ctx);
  const w = openWork(ports.store, id);
  const table = SheetTable.open(ctx, SIGNATURES);
  // Checked as the first attempt found it: its retry finishes this signature instead of refusing it as done.
  const { version, signedBefore } = once(ctx, 'checked', () => {
    const status = w.record.status;
    if (status !== 'Validée') {
      throw new Error(
        `La convention ${id} est au statut « ${status} » : une signature ne s'enregistre que pour une convention « Validée » (ou signée par une seule partie).`,
      );
    }
    const current = currentVersion(w.record);
    const mine = rowsOfVersion(
      table.all().map((s) => s.record),
      id,
      current,
    );
    const already = mine.find((r) => r.party === sig.party);
    if (already) {
      throw new Error(
        `La signature de ${PARTY_LABEL[sig.party]} est déjà enregistrée pour la version ${current} de ${id} (${String(already.signatory)}, le ${formatDateFr(String(already.date))}).`,
      );
    }
    return { version: current, signedBefore: mine.length };
  });
  const pdfUrl = sig.upload ? storeSignedPdf_(ctx, w, version, sig.party, sig.upload) : sig.signedPdfUrl;
  table.insert([{ conventionId: id, version, party: sig.party, date: sig.date, signatory: sig.signatory, signedPdfUrl: pdfUrl }]);
  const pdfNote = sig.upload ? `, PDF signé déposé « ${sig.upload.name} » ${pdfUrl}` : pdfUrl ? `, ${pdfUrl}` : '';
  appendJournal(ctx, [
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'signature',
      field: `Signature (${sig.party})`,
      before: '',
      after: `${sig.signatory}, ${sig.date}${pdfNote}`,
    },
  ]);
  if (signedBefore + 1 >= SIGNATURE_PARTIES.length) {
    w.record = w.conventions.update(id, { status: 'Signée' }, 'signature');
    const start = w.record.startDate;
    if (start === '' || start <= today) w.record = w.conventions.update(id, { status: 'Active' }, 'activation');
  }
  const all = table.all().map((s) => s.record);
  return approvalDetail(w.record, w.partnerName, { validations: w.validations.all().map((s) => s.record), signatures: all }, settings, role);
});

/**
 * Uploads (or replaces) the signed PDF of a party's signature already recorded for the current
 * version — e.g. the scan received after the convention became « Active ». The file is saved in
 * the partner's Pacte folder; the signature row gets its link (the previous file stays in Drive);
 * journaled on the signature and on the convention.
 */
export const uploadSignedPdf = serve('uploadSignedPdf', ({ ctx, ports, role }, id, p, file) => {
  const upload = checkSignedPdf(file, 'PDF signé');
  const w = openWork(ports.store, id);
  const version = currentVersion(w.record);
  const table = SheetTable.open(ctx, SIGNATURES);
  const row = rowsOfVersion(
    table.all().map((s) => s.record),
    id,
    version,
  ).find((r) => r.party === p);
  if (!row) {
    throw new Error(
      `Aucune signature ${p === 'nous' ? 'de notre organisation' : 'du partenaire'} n'est enregistrée pour la version ${version} de ${id} : enregistrez d'abord la signature (date, signataire), en y joignant le PDF.`,
    );
  }
  const before = String(row.signedPdfUrl ?? '');
  const url = storeSignedPdf_(ctx, w, version, p, upload);
  table.update(String(row.id), { signedPdfUrl: url }, 'PDF signé');
  appendJournal(ctx, [
    { sheet: CONVENTIONS.sheetName, recordId: id, action: 'signature', field: `PDF signé (${p})`, before, after: `« ${upload.name} » ${url}` },
  ]);
  const all = table.all().map((s) => s.record);
  return approvalDetail(w.record, w.partnerName, { validations: w.validations.all().map((s) => s.record), signatures: all }, loadSettings(ctx), role);
});
