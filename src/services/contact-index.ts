/**
 * The contacts index of the partners search in the document cache. A value holds at most 100 KB
 * and the cache 1,000 items (https://developers.google.com/apps-script/class_cache), so the index
 * is cut into chunks of CHUNK_CHARS characters (3 bytes each at worst), read back in one getAll.
 */
import type { IndexedContact } from '../domain/partners/partner-search';

const KEY = 'pacte.contactIndex.v1';
const CHUNK_CHARS = 30_000;
/** Leaves most of the 1,000 items to the rest of Pacte; a larger index is not cached. */
const MAX_CHUNKS = 400;
/** Ten minutes: a change the onEdit trigger does not see (another script, the API) is seen after that at worst. */
const SECONDS = 600;
/** Separators that a contact's cell may not hold in practice; stripped from the values anyway. */
const FIELD = '\u001f';
const LINE = '\u001e';

const cache = () => CacheService.getDocumentCache();
const clean = (s: string) => s.replace(/[\u001e\u001f]/g, ' ');

export const contactIndex = {
  read(): IndexedContact[] | null {
    const c = cache();
    const count = Number(c?.get(KEY) ?? NaN);
    if (!c || !Number.isInteger(count)) return null;
    const keys = Array.from({ length: count }, (_, i) => `${KEY}.${i}`);
    const chunks = c.getAll(keys);
    if (keys.some((k) => chunks[k] === undefined)) return null;
    const lines = keys.map((k) => chunks[k]).join('');
    return lines
      ? lines.split(LINE).map((line) => {
          const [partnerId, name, folded] = line.split(FIELD);
          return { partnerId, name, folded };
        })
      : [];
  },
  save(contacts: readonly IndexedContact[]): void {
    const c = cache();
    if (!c) return;
    const all = contacts.map((x) => [x.partnerId, x.name, x.folded].map(clean).join(FIELD)).join(LINE);
    const chunks = chunked(all);
    if (chunks.length > MAX_CHUNKS) return;
    const values: Record<string, string> = {};
    chunks.forEach((chunk, i) => (values[`${KEY}.${i}`] = chunk));
    // The count last: a reader never sees a count whose chunks are not all there.
    c.putAll(values, SECONDS);
    c.put(KEY, String(chunks.length), SECONDS);
  },
};

/** Cuts a text into cache values, never between the two halves of a character outside the BMP (an emoji), which alone would not encode. */
export function chunked(all: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < all.length;) {
    let end = Math.min(start + CHUNK_CHARS, all.length);
    const last = all.charCodeAt(end - 1);
    if (end < all.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(all.slice(start, end));
    start = end;
  }
  return chunks;
}

/** Contacts changed: the next search rebuilds the index. */
export function forgetContactIndex(): void {
  cache()?.remove(KEY);
}
