/**
 * A signed PDF uploaded from the sidebar (signature tracking): the browser reads the
 * file and sends { name, base64, mimeType }. Everything is checked here before anything is
 * decoded or written: a PDF only (declared type and the « %PDF- » signature of its content),
 * not empty, at most MAX_SIGNED_PDF_BYTES. Pure: no Apps Script.
 */

export interface UploadedFileInput {
  name: string;
  base64: string;
  mimeType: string;
}

export interface CheckedUpload {
  /** File name to store (path stripped, ends with .pdf). */
  name: string;
  /** Plain base64 (a data: URL prefix and whitespace removed). */
  base64: string;
  /** Size of the decoded file, in bytes. */
  bytes: number;
}

/** 10 Mo: larger scans are stored in Drive by hand and their link given instead. */
export const MAX_SIGNED_PDF_BYTES = 10 * 1024 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes decoded from the start of a base64 string (enough to check a file signature). */
export function base64Head(base64: string, bytes: number): number[] {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of base64) {
    if (ch === '=' || out.length >= bytes) break;
    const v = B64.indexOf(ch);
    if (v < 0) break;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return out;
}

const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;

/** Checks the uploaded file; French errors prefixed by `label` (e.g. « Signature › PDF signé »). */
export function checkSignedPdf(value: unknown, label: string, max = MAX_SIGNED_PDF_BYTES): CheckedUpload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${label} : un fichier est attendu (nom, contenu, type).`);
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string' || v.name.trim() === '') throw new Error(`${label} : le nom du fichier est manquant.`);
  const base = v.name.split(/[\\/]/).pop()!.trim();
  if (base === '' || base.length > 200) throw new Error(`${label} : le nom du fichier « ${v.name.slice(0, 60)} » n'est pas valide (1 à 200 caractères).`);
  const mime = typeof v.mimeType === 'string' ? v.mimeType.trim().toLowerCase() : '';
  if (mime !== 'application/pdf') {
    throw new Error(
      `${label} : « ${base} » n'est pas un PDF (type « ${typeof v.mimeType === 'string' ? v.mimeType : ''} ») ; seuls les fichiers PDF sont acceptés.`,
    );
  }
  if (typeof v.base64 !== 'string') throw new Error(`${label} : le contenu du fichier « ${base} » est manquant.`);
  const raw = v.base64.replace(/^data:[^,]*;base64,/i, '').replace(/\s+/g, '');
  if (raw === '') throw new Error(`${label} : le fichier « ${base} » est vide.`);
  // Size first (from the length), so a huge upload is refused before being examined further.
  const padding = raw.endsWith('==') ? 2 : raw.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((raw.length * 3) / 4) - padding;
  if (bytes > max) {
    throw new Error(
      `${label} : le fichier « ${base} » pèse ${megabytes(bytes)} ; au plus ${megabytes(max)}. Déposez-le dans Drive et indiquez son lien à la place.`,
    );
  }
  if (raw.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw))
    throw new Error(`${label} : le contenu du fichier « ${base} » est illisible (base64 attendu).`);
  const head = base64Head(raw, 5);
  if (String.fromCharCode(...head) !== '%PDF-')
    throw new Error(`${label} : le fichier « ${base} » n'est pas un PDF valide (son contenu ne commence pas par %PDF).`);
  return { name: /\.pdf$/i.test(base) ? base : `${base}.pdf`, base64: raw, bytes };
}
