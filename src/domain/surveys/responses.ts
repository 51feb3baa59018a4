/**
 * From a Google Form response to a « Réponses » row: scores parsed, free text kept
 * verbatim (the store writes it as text, never as a formula), the token checked against the
 * sent-log, duplicates flagged (the first response of a token counts, see tables.ts).
 */
import type { DataRecord } from '../schema/field';
import { DIMENSION_KEYS, type QuestionKey } from './questionnaire';
import type { ResponseFlag } from './tables';

interface RawResponse {
  campaignId: string;
  responseId: string;
  /** "YYYY-MM-DDTHH:mm:ss" in the spreadsheet's zone. */
  submittedAt: string;
  /** Question key → the answer as Forms gives it ('' or absent when unanswered). */
  answers: Partial<Record<QuestionKey, string | string[]>>;
}

export interface TokenOwner {
  partnerId: string;
  contactId: string;
  /** As recorded in the sent-log (absent or '' for rows written before the column existed). */
  partnerName?: string;
  partnerType?: string;
}

const one = (v: string | string[] | undefined): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : v);

function score(v: string | string[] | undefined, min: number, max: number): number | '' {
  const t = one(v).trim();
  if (!/^\d{1,2}$/.test(t)) return '';
  const n = Number(t);
  return n >= min && n <= max ? n : '';
}

/** The token as typed in a link: trimmed; anything but a plain code is kept (and will be unknown). */
function cleanToken(v: string | string[] | undefined): string {
  return one(v).trim().slice(0, 200);
}

/** The Réponses row of one response (flag: missing or unknown token; « doublon » is decided by the store). */
export function responseRecord(raw: RawResponse, owners: ReadonlyMap<string, TokenOwner>): DataRecord {
  const token = cleanToken(raw.answers.token);
  const owner = token ? owners.get(token) : undefined;
  const flag: ResponseFlag | '' = !token ? 'jeton manquant' : owner ? '' : 'jeton inconnu';
  const rec: DataRecord = {
    campaignId: raw.campaignId,
    responseId: raw.responseId,
    token,
    partnerId: owner?.partnerId ?? '',
    contactId: owner?.contactId ?? '',
    partnerName: owner?.partnerName ?? '',
    partnerType: owner?.partnerType ?? '',
    submittedAt: raw.submittedAt,
  };
  for (const k of DIMENSION_KEYS) rec[k] = score(raw.answers[k], 1, 5);
  rec.nps = score(raw.answers.nps, 0, 10);
  // Kept whole, however long: the store puts what a cell cannot hold in « Textes longs ».
  rec.comments = one(raw.answers.comments);
  rec.flag = flag;
  return rec;
}

export interface StoredKey {
  /** Sheet row (1-based). */
  row: number;
  campaignId: string;
  responseId: string;
  token: string;
  flag: string;
  submittedAt?: string;
}

interface Placement {
  /** Rows to insert (already stored response IDs skipped), flags final. */
  insert: DataRecord[];
  /** Earlier rows to flag « doublon » (row numbers). */
  flagRows: number[];
}

/**
 * Decides what to write for new responses, given the keys already stored (campaign, response
 * ID, token, flag): idempotent by response ID; per token of a campaign, the FIRST submission
 * counts and every later one is kept, flagged « doublon » (whoever holds a contact's link cannot
 * replace that contact's answer). A missed earlier response found by the catch-up sync takes the
 * place of the stored one, which becomes « doublon ». `incoming` need not be sorted.
 */
export function placeResponses(incoming: readonly DataRecord[], stored: readonly StoredKey[]): Placement {
  const seen = new Set(stored.map((s) => `${s.campaignId}|${s.responseId}`));
  const fresh: DataRecord[] = [];
  for (const r of [...incoming].sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)))) {
    const key = `${r.campaignId}|${r.responseId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push({ ...r });
  }
  // The counted (unflagged) holder of each token, stored or new.
  const holder = new Map<string, { stored?: StoredKey; rec?: DataRecord; at: string }>();
  for (const s of stored) {
    if (s.flag !== '' || !s.token) continue;
    holder.set(`${s.campaignId}|${s.token}`, { stored: s, at: s.submittedAt ?? '' });
  }
  const flagRows: number[] = [];
  for (const r of fresh) {
    if (r.flag !== '') continue;
    const key = `${r.campaignId}|${r.token}`;
    const prev = holder.get(key);
    const at = String(r.submittedAt ?? '');
    if (prev && !(prev.at !== '' && at < prev.at)) {
      // A later answer with the same link: kept for the record, never counted.
      r.flag = 'doublon';
      continue;
    }
    // First answer of this token, or an earlier one the catch-up sync found: it counts.
    if (prev?.stored) flagRows.push(prev.stored.row);
    if (prev?.rec) prev.rec.flag = 'doublon';
    holder.set(key, { rec: r, at });
  }
  return { insert: fresh, flagRows };
}
