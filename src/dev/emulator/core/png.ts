/**
 * The little of the image formats the emulator needs: writing an RGB PNG (the charts'
 * getBlob) and reading an image's pixel size from its header (what Docs checks on insert).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGB PNG of `rgb` (width × height × 3 bytes, rows top to bottom). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  return new Uint8Array(Buffer.concat([Buffer.from(PNG_SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]));
}

export interface ImageInfo {
  contentType: 'image/png' | 'image/gif' | 'image/jpeg';
  width: number;
  height: number;
}

/** The format and pixel size an image's bytes declare; null when they are no PNG, GIF or JPEG. */
export function imageInfo(b: Uint8Array): ImageInfo | null {
  const view = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 24 && PNG_SIGNATURE.every((v, i) => b[i] === v) && view.toString('latin1', 12, 16) === 'IHDR')
    return { contentType: 'image/png', width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
  if (b.length >= 10 && /^GIF8[79]a$/.test(view.toString('latin1', 0, 6)))
    return { contentType: 'image/gif', width: view.readUInt16LE(6), height: view.readUInt16LE(8) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // Walk the JPEG segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC).
    for (let i = 2; i + 9 < b.length;) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { contentType: 'image/jpeg', height: view.readUInt16BE(i + 5), width: view.readUInt16BE(i + 7) };
      i += 2 + view.readUInt16BE(i + 2);
    }
  }
  return null;
}
