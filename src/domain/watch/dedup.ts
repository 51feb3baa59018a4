/**
 * One call, one row: a call is known by its normalised link (scheme, « www. », trailing slash,
 * tracking parameters and fragment ignored), its feed guid, or its normalised title.
 */
import { foldText } from '../records/normalise';

export function normaliseLink(link: string): string {
  const t = link.trim();
  if (!t) return '';
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(t);
  if (!m) return t.toLowerCase();
  const query = (m[3] ?? '')
    .slice(1)
    .split('&')
    .filter((p) => p && !/^(utm_[a-z]+|fbclid|gclid)=/i.test(p))
    .sort()
    .join('&');
  return `${m[1].toLowerCase()}${m[2].replace(/\/+$/, '')}${query ? '?' + query : ''}`;
}

/** Accents, case, punctuation and spacing ignored. */
export const normaliseTitle = (title: string): string =>
  foldText(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface CallKey {
  title: string;
  link: string;
  guid?: string;
}

/** Remembers the calls seen and says whether another is one of them. */
export class KnownCalls {
  private readonly keys = new Set<string>();

  constructor(calls: readonly CallKey[] = []) {
    for (const c of calls) this.add(c);
  }

  private keysOf(c: CallKey): string[] {
    const out: string[] = [];
    const link = normaliseLink(c.link);
    if (link) out.push('l:' + link);
    if (c.guid?.trim()) out.push('g:' + c.guid.trim());
    const title = normaliseTitle(c.title);
    if (title) out.push('t:' + title);
    return out;
  }

  has(c: CallKey): boolean {
    return this.keysOf(c).some((k) => this.keys.has(k));
  }

  add(c: CallKey): void {
    for (const k of this.keysOf(c)) this.keys.add(k);
  }
}
