/** Byte content shared by Blob, Drive files and exports. */
export interface BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
