/**
 * Signature tracking: each party's signature of the current version is a row of « Signatures »
 * (date, signatory, signed PDF). The signed PDF is either linked (a https:// URL) or uploaded from
 * the sidebar (saved in the partner's Pacte folder), with the signature or later (uploadSignedPdf).
 * When both parties have signed the convention is « Signée », then « Active » from its start date
 * (at once if it has come; otherwise the daily job activates it); its opportunity becomes « Signée ».
 */
import type { CheckedParamsOf } from '../../domain/contracts/api';
import type { ConventionDetail } from '../../domain/contracts';
import type { DataRecord, Row } from '../../domain/schema/field';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import { stageAfterSignature } from '../../domain/pipeline/stages';
import type { Role, Settings } from '../../domain/settings/settings';
import { SIGNATURES, VALIDATIONS } from '../../domain/conventions/approval-tables';
import { currentVersion } from '../../domain/conventions/approval-view';
import { rowsOfVersion } from '../../domain/conventions/approval-state';
import { approvalDetail } from '../../domain/conventions/approval-detail';
import { checkSignedPdf, type CheckedUpload } from '../../domain/conventions/signed-pdf';
import {
  checkSignature,
  noSignatureMessage,
  signatureNote,
  signatureRefusal,
  signedPdfName,
  statusesAfterSignature,
  type Party,
} from '../../domain/conventions/signature';
import type { Ports } from '../ports';

interface Signing {
  record: Row<typeof CONVENTIONS>;
  partnerName: string;
  /** The circuit's decisions: a signature does not change them. */
  validations: DataRecord[];
}

function open(ports: Ports, id: string): Signing {
  const { store } = ports;
  const record = store.table(CONVENTIONS).getOrThrow(id).record;
  const validations = store
    .table(VALIDATIONS)
    .all()
    .map((r) => r.record);
  const partner = store.table(PARTNERS).get(record.partnerId);
  return { record, validations, partnerName: partner?.record.name ?? record.partnerId };
}

/** Saves an uploaded signed PDF in the partner's folder (« Pacte — … › <ID> <Nom> »); returns its URL. */
function storeSignedPdf(ports: Ports, s: Signing, version: number, party: Party, upload: CheckedUpload): string {
  const { documents } = ports;
  const folder = documents.partnerFolder(documents.pacteFolder(), s.record.partnerId, s.partnerName);
  const name = signedPdfName(s.record.id, version, party, upload.name);
  return documents.makeOnce('signed-pdf', folder, name, () => documents.saveUploadedPdf(folder, name, upload.base64));
}

/** The approval part of the detail, after the signature was written. */
function detailAfter(ports: Ports, s: Signing, settings: Settings, role: Role): ConventionDetail {
  const signatures = ports.store
    .table(SIGNATURES)
    .all()
    .map((r) => r.record);
  return approvalDetail(s.record, s.partnerName, { validations: s.validations, signatures }, settings, role);
}

/** Records one party's signature of a « Validée » (or partly signed) convention. */
export function recordSignature(ports: Ports, settings: Settings, role: Role, id: string, input: CheckedParamsOf<'recordSignature'>[1]): ConventionDetail {
  const { store } = ports;
  const today = store.today();
  const sig = checkSignature(input, today);
  const s = open(ports, id);
  const table = store.table(SIGNATURES);
  // Checked as the first attempt found it: its retry finishes this signature instead of refusing it as done.
  const { version, signedBefore } = ports.request.once('checked', () => {
    const current = currentVersion(s.record);
    const mine = rowsOfVersion(
      table.all().map((r) => r.record),
      id,
      current,
    );
    const refusal = signatureRefusal(id, s.record.status, current, sig.party, mine);
    if (refusal) throw new Error(refusal);
    return { version: current, signedBefore: mine.length };
  });
  const pdfUrl = sig.upload ? storeSignedPdf(ports, s, version, sig.party, sig.upload) : sig.signedPdfUrl;
  table.insert([{ conventionId: id, version, party: sig.party, date: sig.date, signatory: sig.signatory, signedPdfUrl: pdfUrl }]);
  store.journal([
    { sheet: CONVENTIONS.sheetName, recordId: id, action: 'signature', field: `Signature (${sig.party})`, before: '', after: signatureNote(sig, pdfUrl) },
  ]);
  for (const status of statusesAfterSignature(signedBefore, s.record.startDate, today)) {
    s.record = store.table(CONVENTIONS).update(id, { status }, status === 'Signée' ? 'signature' : 'activation');
    if (status === 'Signée') signOpportunity(ports, s.record);
  }
  return detailAfter(ports, s, settings, role);
}

/** The convention's opportunity, if it names one, moves to « Signée » (journaled as a stage change by the update). */
function signOpportunity(ports: Ports, convention: Row<typeof CONVENTIONS>): void {
  const opportunities = ports.store.table(OPPORTUNITIES);
  const opportunity = convention.opportunityId ? opportunities.get(convention.opportunityId) : undefined;
  const patch = opportunity && stageAfterSignature(opportunity.record.stage);
  if (patch) opportunities.update(opportunity.record.id, patch, `changement d'étape (convention ${convention.id} signée)`);
}

/**
 * Uploads (or replaces) the signed PDF of a party's signature already recorded for the current
 * version — e.g. the scan received after the convention became « Active ». The file is saved in
 * the partner's Pacte folder; the signature row gets its link (the previous file stays in Drive);
 * journaled on the signature and on the convention.
 */
export function uploadSignedPdf(
  ports: Ports,
  settings: Settings,
  role: Role,
  id: string,
  party: Party,
  file: CheckedParamsOf<'uploadSignedPdf'>[2],
): ConventionDetail {
  const { store } = ports;
  const upload = checkSignedPdf(file, 'PDF signé');
  const s = open(ports, id);
  const version = currentVersion(s.record);
  const table = store.table(SIGNATURES);
  const row = rowsOfVersion(
    table.all().map((r) => r.record),
    id,
    version,
  ).find((r) => r.party === party);
  if (!row) throw new Error(noSignatureMessage(id, version, party));
  const before = String(row.signedPdfUrl ?? '');
  const url = storeSignedPdf(ports, s, version, party, upload);
  table.update(String(row.id), { signedPdfUrl: url }, 'PDF signé');
  store.journal([
    { sheet: CONVENTIONS.sheetName, recordId: id, action: 'signature', field: `PDF signé (${party})`, before, after: `« ${upload.name} » ${url}` },
  ]);
  return detailAfter(ports, s, settings, role);
}
