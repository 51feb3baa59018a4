/**
 * Signed PDF uploaded from the sidebar on the BUILT
 * bundle: with the signature (recordSignature … signedPdf) or later (uploadSignedPdf), saved in the
 * partner's Pacte folder, linked on the signature row, journaled; bad files refused in French with
 * nothing written.
 */
import { SIGNATURES } from '../../src/domain/conventions/approval-tables';
import { draftConvention } from './approval-fixture';
import { records } from '../support/demo-sheets';
import { ORGANISATION, USERS, partner, seededPerFile, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import type { ParamsOf } from '../../src/domain/contracts/api';

const { officer: chargee, legal: juridique, finance: daf, reader: lecteur } = USERS;
/** The partner the signed conventions are with. */
const PARTNER = partner();
let wb: PartnersWorkbook;

const PDF_TEXT = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% convention signée par les deux parties\n%%EOF\n';
const pdf = (name = 'convention-signee.pdf', text = PDF_TEXT) => ({
  name,
  mimeType: 'application/pdf',
  base64: Buffer.from(text, 'latin1').toString('base64'),
});

const sign = (id: string, input: ParamsOf<'recordSignature'>[1], user: string = chargee) => wb.call('recordSignature', [id, input], { user });
const upload = (id: string, party: ParamsOf<'uploadSignedPdf'>[1], file: ParamsOf<'uploadSignedPdf'>[2], user: string = chargee) =>
  wb.call('uploadSignedPdf', [id, party, file], { user });
const journal = () => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!.getDataRange().getValues());
const fileIdOf = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];

interface StoredFile {
  name: string;
  mimeType: string;
  content: string;
  folder: string;
  parent: string;
  trashed: boolean;
}

function storedFile(url: string): StoredFile {
  return wb.world.inspect(() => {
    const file = DriveApp.getFileById(fileIdOf(url));
    const folder = file.getParents().next();
    return {
      name: file.getName(),
      mimeType: file.getMimeType(),
      content: Buffer.from(
        file
          .getBlob()
          .getBytes()
          .map((b) => b & 0xff),
      ).toString('latin1'),
      folder: folder.getName(),
      parent: folder.getParents().next().getName(),
      trashed: file.isTrashed(),
    };
  }, chargee);
}

function validated(extra: Record<string, unknown> = {}): string {
  const id = draftConvention(wb, 5_000_000, { startDate: '2026-03-01', endDate: '2027-02-28', ...extra });
  wb.call('submitForValidation', [id], { user: chargee });
  wb.call('decideValidation', [id, 1, 'approuver', ''], { user: juridique });
  wb.call('decideValidation', [id, 1, 'approuver', ''], { user: daf });
  return id;
}

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([PARTNER]);
  return wb;
});

describe('signed PDF uploaded with the signature (recordSignature … signedPdf)', () => {
  it('saves the PDF in the partner folder, links it on the signature row and journals it', () => {
    const id = validated();
    sign(id, { party: 'nous', date: '2026-03-10', signatory: 'Présidente' });
    const files = wb.world.drive.files.size;
    const d = sign(id, { party: 'partenaire', date: '2026-03-11', signatory: 'Directeur pays', signedPdf: pdf('C:\\scans\\convention-signee.pdf') });
    expect(d.convention.status).toBe('Active');
    const url = d.signatures.find((s) => s.party === 'partenaire')!.signedPdfUrl;
    expect(url).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view/);
    expect(wb.world.drive.files.size).toBe(files + 3); // the Pacte folder, the partner's folder (first use), the PDF
    expect(storedFile(url)).toEqual({
      name: `${id} v1 — PDF signé (partenaire) — convention-signee.pdf`,
      mimeType: 'application/pdf',
      content: PDF_TEXT,
      folder: `${wb.partnerIds[0]} ${String(PARTNER.name)}`,
      parent: `Pacte — ${ORGANISATION}`,
      trashed: false,
    });
    expect(records(wb, SIGNATURES).map((r) => [r.party, r.signedPdfUrl])).toEqual([
      ['nous', ''],
      ['partenaire', url],
    ]);
    const entry = journal().find((r) => r[3] === id && r[4] === 'signature' && r[5] === 'Signature (partenaire)')!;
    expect(entry[1]).toBe(chargee);
    expect(entry[7]).toBe(`Directeur pays, 2026-03-11, PDF signé déposé « convention-signee.pdf » ${url}`);
    // The reader sees the link.
    expect(wb.call('getApprovalCircuit', [id], { user: lecteur }).signatures[1].signedPdfUrl).toBe(url);
  });

  it('refuses a bad file in French before writing anything (no Drive file, no signature row)', () => {
    const id = validated();
    const files = wb.world.drive.files.size;
    const base = { party: 'nous', date: '2026-03-10', signatory: 'Présidente' } as const;
    const png = { name: 'scan.png', mimeType: 'image/png', base64: Buffer.from('\x89PNG\r\n').toString('base64') };
    expect(() => sign(id, { ...base, signedPdf: png })).toThrow(
      "Signature › PDF signé : « scan.png » n'est pas un PDF (type « image/png ») ; seuls les fichiers PDF sont acceptés.",
    );
    expect(() => sign(id, { ...base, signedPdf: { ...png, name: 'faux.pdf', mimeType: 'application/pdf' } })).toThrow(
      "Signature › PDF signé : le fichier « faux.pdf » n'est pas un PDF valide (son contenu ne commence pas par %PDF).",
    );
    const big = { name: 'scan-lourd.pdf', mimeType: 'application/pdf', base64: 'JVBERi0x' + 'A'.repeat(15_000_000) };
    expect(() => sign(id, { ...base, signedPdf: big })).toThrow(
      'Signature › PDF signé : le fichier « scan-lourd.pdf » pèse 10,7 Mo ; au plus 10,0 Mo. Déposez-le dans Drive et indiquez son lien à la place.',
    );
    expect(() => sign(id, { ...base, signedPdf: { ...pdf(), base64: '' } })).toThrow('Signature › PDF signé : le fichier « convention-signee.pdf » est vide.');
    expect(() => sign(id, { ...base, signedPdf: { ...pdf(), base64: 'JVBER%%%' } })).toThrow('est illisible (base64 attendu)');
    // What a page could send but no signature allows.
    expect(() => wb.callRaw('recordSignature', [id, { ...base, signedPdf: 'convention.pdf' }], { user: chargee })).toThrow(
      'Argument « la signature » › « PDF signé » : un objet attendu, reçu « convention.pdf ».',
    );
    expect(() => sign(id, { ...base, signedPdfUrl: 'https://drive.google.com/file/d/x/view', signedPdf: pdf() })).toThrow(
      'donnez soit le lien du PDF signé, soit le fichier, pas les deux',
    );
    expect(() => sign(id, { ...base, signedPdf: pdf() }, lecteur)).toThrow('Accès refusé');
    expect(wb.world.drive.files.size).toBe(files);
    expect(records(wb, SIGNATURES)).toHaveLength(0);
  });
});

describe('uploadSignedPdf (the scan received later)', () => {
  it('adds the PDF to a recorded signature of an active convention, then replaces it; the old file is kept; journaled', () => {
    const id = validated();
    sign(id, { party: 'nous', date: '2026-03-10', signatory: 'Présidente' });
    sign(id, { party: 'partenaire', date: '2026-03-11', signatory: 'Directeur pays', signedPdfUrl: 'https://drive.google.com/file/d/lien-initial/view' });
    const first = upload(id, 'nous', pdf('signature-nous.pdf'));
    expect(first.convention.status).toBe('Active');
    const url = first.signatures.find((s) => s.party === 'nous')!.signedPdfUrl;
    expect(storedFile(url).name).toBe(`${id} v1 — PDF signé (nous) — signature-nous.pdf`);

    const second = upload(id, 'partenaire', pdf('original-contresigne', PDF_TEXT.replace('deux parties', 'partenaire, original')));
    const url2 = second.signatures.find((s) => s.party === 'partenaire')!.signedPdfUrl;
    expect(storedFile(url2)).toMatchObject({
      name: `${id} v1 — PDF signé (partenaire) — original-contresigne.pdf`,
      content: expect.stringContaining('partenaire, original'),
    });
    expect(records(wb, SIGNATURES).map((r) => r.signedPdfUrl)).toEqual([url, url2]);
    // Replacing our PDF links the new file; the previous one stays in Drive.
    const url3 = upload(id, 'nous', pdf('signature-nous-v2.pdf')).signatures.find((s) => s.party === 'nous')!.signedPdfUrl;
    expect(url3).not.toBe(url);
    expect(storedFile(url)).toMatchObject({ name: `${id} v1 — PDF signé (nous) — signature-nous.pdf`, trashed: false });
    expect(records(wb, SIGNATURES).map((r) => r.signedPdfUrl)).toEqual([url3, url2]);

    const j = journal();
    const onConvention = j.filter((r) => r[3] === id && r[4] === 'signature' && String(r[5]).startsWith('PDF signé')).map((r) => [r[1], r[5], r[6], r[7]]);
    expect(onConvention).toEqual([
      [chargee, 'PDF signé (nous)', '', `« signature-nous.pdf » ${url}`],
      [chargee, 'PDF signé (partenaire)', 'https://drive.google.com/file/d/lien-initial/view', `« original-contresigne.pdf » ${url2}`],
      [chargee, 'PDF signé (nous)', url, `« signature-nous-v2.pdf » ${url3}`],
    ]);
    // The signature rows' own history (sheet Signatures, field « PDF signé »).
    expect(j.filter((r) => r[2] === 'Signatures' && r[4] === 'PDF signé').map((r) => [r[5], r[7]])).toEqual([
      ['PDF signé', url],
      ['PDF signé', url2],
      ['PDF signé', url3],
    ]);
  });

  it('needs a recorded signature, a valid party and an editor; nothing written otherwise', () => {
    const id = validated();
    const files = wb.world.drive.files.size;
    expect(() => upload(id, 'partenaire', pdf())).toThrow(
      `Aucune signature du partenaire n'est enregistrée pour la version 1 de ${id} : enregistrez d'abord la signature`,
    );
    expect(() => wb.callRaw('uploadSignedPdf', [id, 'eux', pdf()], { user: chargee })).toThrow(
      'Argument « la partie » : une valeur parmi : nous, partenaire attendu, reçu « eux ».',
    );
    expect(() => upload(id, 'nous', { ...pdf(), mimeType: 'text/plain' })).toThrow("PDF signé : « convention-signee.pdf » n'est pas un PDF");
    expect(() => upload('CONV-9999', 'nous', pdf())).toThrow("aucun enregistrement avec l'ID « CONV-9999 »");
    expect(() => upload(id, 'nous', pdf(), lecteur)).toThrow('Accès refusé');
    expect(() => wb.call('uploadSignedPdf', [id, 'nous', pdf()], { user: 'inconnu@example.org' })).toThrow('Accès refusé');
    expect(wb.world.drive.files.size).toBe(files);
  });
});
