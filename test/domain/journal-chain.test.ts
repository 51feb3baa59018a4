/**
 * The Journal's empreinte: the script's own SHA-256 (domain/journal/sha256.ts, no service call per
 * entry) held equal to Utilities.computeDigest(SHA_256, text, UTF_8) as the emulator gives it, on
 * accents, emoji and the padding boundaries; the emulator itself pinned on FIPS 180-2's test vectors
 * and on Google's byte type.
 *
 * https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
 * — computeDigest returns Byte[]: Java bytes, -128..127 (the fidelity check « digests in signed Java
 * bytes », src/dev/fidelity/checks/utilities.ts, runs the same fact on Google).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices } from '../../src/dev/emulator/script';
import { chainInput, verifyChain, type ChainRow } from '../../src/domain/journal/chain';
import { sha256Hex } from '../../src/domain/journal/sha256';
import type { DataRecord } from '../../src/domain/schema/field';

let utilities: GoogleAppsScript.Utilities.Utilities;
beforeAll(() => {
  utilities = installScriptServices(new World()).Utilities as GoogleAppsScript.Utilities.Utilities;
});

const digestHex = (text: string): string =>
  utilities
    .computeDigest(utilities.DigestAlgorithm.SHA_256, text, utilities.Charset.UTF_8)
    .map((b) => (b & 0xff).toString(16).padStart(2, '0'))
    .join('');

describe('Utilities.computeDigest(SHA_256) in the emulator', () => {
  it('gives FIPS 180-2 test vectors, as 32 signed bytes', () => {
    expect(digestHex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(digestHex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(digestHex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    const bytes = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc', utilities.Charset.UTF_8);
    expect(bytes).toHaveLength(32);
    // 0xba is -70 as a Java byte.
    expect(bytes[0]).toBe(-70);
    expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
  });
});

describe('sha256Hex, the empreinte computed in the script', () => {
  it('equals Utilities.computeDigest on accents, emoji, line breaks and every padding boundary', () => {
    const texts = [
      '',
      'abc',
      'Élodie Traoré — Ségou, 1 500 000 FCFA',
      'Réunion 🤝 partenaires 🇲🇱 ✅',
      'ligne 1\nligne 2\r\n« guillemets »',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 hors du plan de base',
      ...[55, 56, 63, 64, 65, 119, 120].map((n) => 'x'.repeat(n)),
      'é'.repeat(28),
      chainInput('ba7816bf', { at: '2026-03-12T09:00:00', user: 'direction@ajcad-mali.org', sheet: 'Partenaires', recordId: 'PAR-0001', action: 'création' }),
    ];
    for (const text of texts) expect([text, sha256Hex(text)]).toEqual([text, digestHex(text)]);
  });
});

describe('verifyChain', () => {
  const entry = (n: number): DataRecord => ({
    at: `2026-03-1${n}T09:00:00`,
    user: 'a@b.org',
    sheet: 'Partenaires',
    recordId: `PAR-000${n}`,
    action: 'création',
  });
  function chained(n: number): ChainRow[] {
    let previous = '';
    return Array.from({ length: n }, (_, i) => {
      const record = entry(i + 1);
      previous = sha256Hex(chainInput(previous, record));
      return { row: i + 2, record: { ...record, hash: previous } };
    });
  }

  it('names the first changed row, and the last rows deleted against the head', () => {
    const rows = chained(4);
    const head = { row: 5, hash: String(rows[3].record.hash) };
    expect(verifyChain(rows, head, sha256Hex)).toEqual({ ok: true, entries: 4, unchained: 0 });
    const edited = rows.map((r) => (r.row === 3 ? { ...r, record: { ...r.record, user: 'x@y.org' } } : r));
    expect(verifyChain(edited, head, sha256Hex)).toMatchObject({ ok: false, row: 3, kind: 'changed' });
    expect(verifyChain(rows.slice(0, 2), head, sha256Hex)).toMatchObject({ ok: false, row: 4, kind: 'truncated' });
  });
});
