/** Prefilled links: `…/viewform?usp=pp_url&entry.<entryId>=<value>` (a checkbox repeats its entry, a grid has one entry per row). */
import type { Answer, FormModel, ItemModel } from './model';
import { publishedUrl } from './urls';

/** Grid rows have their own entry ids in Google; the API never shows them, so the emulator derives them. */
export function gridRowEntryId(item: ItemModel, row: number): number {
  return item.entryId + 1 + row;
}

/** Form-style encoding as in Google's links: spaces as '+', other reserved characters percent-encoded. */
function encode(v: string): string {
  return encodeURIComponent(v).replace(/%20/g, '+');
}

export function prefilledUrl(model: FormModel, answers: ReadonlyMap<number, Answer>): string {
  const parts = ['usp=pp_url'];
  for (const item of model.items) {
    const a = answers.get(item.id);
    if (a === undefined) continue;
    if (item.type === 'GRID') {
      (a as string[]).forEach((v, row) => {
        if (v !== '') parts.push(`entry.${gridRowEntryId(item, row)}=${encode(v)}`);
      });
    } else if (Array.isArray(a)) {
      for (const v of a) parts.push(`entry.${item.entryId}=${encode(v)}`);
    } else {
      parts.push(`entry.${item.entryId}=${encode(a)}`);
    }
  }
  return `${publishedUrl(model)}?${parts.join('&')}`;
}

/** Reads the answers a prefilled link carries, by item id (values as the respondent's browser would show them). */
export function parsePrefilled(model: FormModel, url: string): Map<number, Answer> {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const out = new Map<number, Answer>();
  for (const item of model.items) {
    if (item.type === 'GRID') {
      const rows = item.rows.map((_, r) => params.get(`entry.${gridRowEntryId(item, r)}`) ?? '');
      if (rows.some((v) => v !== '')) out.set(item.id, rows);
      continue;
    }
    const values = params.getAll(`entry.${item.entryId}`);
    if (values.length === 0) continue;
    out.set(item.id, item.type === 'CHECKBOX' ? values : values[0]);
  }
  return out;
}
