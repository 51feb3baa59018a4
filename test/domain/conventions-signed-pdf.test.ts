/** The uploaded signed PDF's checks (pure): type, « %PDF- » signature, size, base64, name. */
import { base64Head, checkSignedPdf, MAX_SIGNED_PDF_BYTES } from '../../src/domain/conventions/signed-pdf';

const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
const file = (over: Record<string, unknown> = {}) => ({ name: 'signee.pdf', mimeType: 'application/pdf', base64: b64('%PDF-1.7\n%%EOF\n'), ...over });
const L = 'PDF signé';

describe('base64Head', () => {
  it('decodes the first bytes like Buffer does', () => {
    for (const s of ['%PDF-1.4', '\x89PNG\r\n\x1a\n', 'ab', '\xff\xfe\xfd\xfc\xfb']) {
      const bytes = [...Buffer.from(s, 'latin1')];
      expect(base64Head(b64(s), 5)).toEqual(bytes.slice(0, 5));
    }
  });
});

describe('checkSignedPdf', () => {
  it('accepts a PDF, strips a data: URL prefix and the path, adds .pdf, computes the size', () => {
    expect(checkSignedPdf(file(), L)).toEqual({ name: 'signee.pdf', base64: b64('%PDF-1.7\n%%EOF\n'), bytes: 15 });
    const fromReader = checkSignedPdf(
      file({ name: '/home/awa/Scan 12', mimeType: ' Application/PDF ', base64: `data:application/pdf;base64,${b64('%PDF-1.4 x')}` }),
      L,
    );
    expect(fromReader).toEqual({ name: 'Scan 12.pdf', base64: b64('%PDF-1.4 x'), bytes: 10 });
  });

  it('refuses what is not a PDF, too big, empty, unreadable or unnamed, in French', () => {
    expect(() => checkSignedPdf(file({ mimeType: 'image/jpeg', name: 'scan.jpg' }), L)).toThrow(
      "PDF signé : « scan.jpg » n'est pas un PDF (type « image/jpeg ») ; seuls les fichiers PDF sont acceptés.",
    );
    expect(() => checkSignedPdf(file({ base64: b64('GIF89a....') }), L)).toThrow("n'est pas un PDF valide (son contenu ne commence pas par %PDF)");
    expect(() => checkSignedPdf(file({ base64: 'JVBERi0x' + 'A'.repeat((MAX_SIGNED_PDF_BYTES / 3) * 4) }), L)).toThrow(/pèse 10,0 Mo ; au plus 10,0 Mo/);
    expect(() => checkSignedPdf(file({ base64: 'JVBERi0x' }), L, 5)).toThrow('pèse 0,0 Mo ; au plus 0,0 Mo');
    expect(checkSignedPdf(file({ base64: 'JVBERi0x' }), L, 6).bytes).toBe(6);
    expect(() => checkSignedPdf(file({ base64: '  ' }), L)).toThrow('« signee.pdf » est vide');
    expect(() => checkSignedPdf(file({ base64: 'JVBERi0xL' }), L)).toThrow('illisible');
    expect(() => checkSignedPdf(file({ base64: 42 }), L)).toThrow('le contenu du fichier « signee.pdf » est manquant');
    expect(() => checkSignedPdf(file({ name: '' }), L)).toThrow('PDF signé : le nom du fichier est manquant.');
    expect(() => checkSignedPdf(file({ name: 'x'.repeat(201) }), L)).toThrow("n'est pas valide (1 à 200 caractères)");
    expect(() => checkSignedPdf(null, L)).toThrow('PDF signé : un fichier est attendu');
    expect(() => checkSignedPdf([file()], L)).toThrow('un fichier est attendu');
  });
});
