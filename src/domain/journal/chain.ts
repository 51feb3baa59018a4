/**
 * The Journal's tamper evidence: each entry carries a SHA-256 « empreinte » of the previous entry's
 * empreinte followed by its own cells, so editing or deleting a row by hand breaks the chain at that
 * row; the last empreinte is also kept outside the sheet (document properties), so deleting the last
 * rows shows too. Pure: the digest (sha256.ts) is passed in.
 */
import type { DataRecord } from '../schema/field';

/** The Journal fields an empreinte covers, in this order (the empreinte itself excluded). */
const CHAINED = ['at', 'user', 'sheet', 'recordId', 'action', 'field', 'before', 'after', 'requestId'] as const;

export type Digest = (text: string) => string;

/** The text hashed for one entry: the previous empreinte, then the entry's cells as read back from the sheet. */
export function chainInput(previous: string, entry: DataRecord): string {
  return `${previous}\n${JSON.stringify(CHAINED.map((k) => String(entry[k] ?? '')))}`;
}

/** The last entry written by Pacte: its row and empreinte (kept in document properties). */
export interface ChainHead {
  row: number;
  hash: string;
}

export interface ChainRow {
  row: number;
  record: DataRecord;
}

/** How the chain broke: a row changed (or a row above it deleted), an empreinte erased, or the last entries deleted. */
export type ChainBreak = 'changed' | 'erased' | 'truncated';

export type ChainVerdict =
  { ok: true; entries: number; unchained: number } | { ok: false; row: number; kind: ChainBreak; reason: string; entries: number; unchained: number };

/**
 * Verifies the chain over the Journal's rows in sheet order. Rows written before the chain existed
 * (no empreinte, before the first one that has it) are counted, not verified. The first row whose
 * empreinte does not follow from its predecessor is named; a head (last empreinte Pacte wrote) missing
 * from the sheet means the last entries were deleted.
 */
export function verifyChain(rows: readonly ChainRow[], head: ChainHead | null, digest: Digest): ChainVerdict {
  let previous = '';
  let started = false;
  let unchained = 0;
  let entries = 0;
  let headSeen = !head || head.hash === '';
  for (const { row, record } of rows) {
    const hash = String(record.hash ?? '');
    if (!started && !hash) {
      unchained++;
      continue;
    }
    started = true;
    entries++;
    if (!hash) return { ok: false, row, kind: 'erased', reason: 'son empreinte a été effacée', entries, unchained };
    if (hash !== digest(chainInput(previous, record)))
      return {
        ok: false,
        row,
        kind: 'changed',
        reason: 'elle a été modifiée, ajoutée à la main, ou une ligne juste au-dessus a été supprimée',
        entries,
        unchained,
      };
    if (head && hash === head.hash) headSeen = true;
    previous = hash;
  }
  if (!headSeen) {
    const last = rows.length ? rows[rows.length - 1].row : 1;
    const lost = head!.row > last ? ` (${head!.row - last} entrée${head!.row - last > 1 ? 's' : ''} jusqu'à la ligne ${head!.row})` : '';
    return {
      ok: false,
      row: last + 1,
      kind: 'truncated',
      reason: `les dernières entrées, après la ligne ${last}, ont été supprimées${lost}`,
      entries,
      unchained,
    };
  }
  return { ok: true, entries, unchained };
}
