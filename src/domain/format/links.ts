/**
 * Which URLs the sidebar renders as links. URLs come from sheet cells any editor can type in
 * (Versions, Pièces jointes, Conventions…), so only `https:` links to Google Drive, Docs and Forms,
 * and to the hosts the organisation lists in Paramètres › Liens autorisés, become links; anything
 * else (`javascript:`, `data:`, `http:`, `docs.google.com.evil.io`, `https://docs.google.com@evil.io`)
 * is shown as plain text.
 */

/** Google's own hosts for what Pacte links to: Docs and Forms (docs.google.com), Drive files and PDFs, short form links. */
export const GOOGLE_LINK_HOSTS: readonly string[] = ['docs.google.com', 'drive.google.com', 'forms.gle'];

/** Section of Paramètres listing further hosts (one per row, in the « Clé » column: `www.ajcad-mali.org`). */
export const LINK_SECTION = 'Liens autorisés';

/** `https://Intranet.org/` or `intranet.org` → `intranet.org`; null when it is not a plain host name. */
export function normaliseLinkHost(value: string): string | null {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^https:\/\//, '')
    .replace(/\/$/, '');
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(host) ? host : null;
}

/**
 * The URL when it may be a link, else null. Strict on purpose: `https://`, a host that is exactly one
 * of the allowed ones (no user name, no port other than 443), then a path, query or fragment without
 * spaces, backslashes or control characters.
 */
export function safeLinkUrl(raw: unknown, organisationHosts: readonly string[] = []): string | null {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  // Browsers drop tabs and newlines inside URLs and read `\` as `/`: refuse them rather than guess.
  if (url.length > 2000 || /[\s\\\u0000-\u001f\u007f]/.test(url)) return null;
  const m = /^https:\/\/([^/?#]*)([/?#].*)?$/i.exec(url);
  if (!m) return null;
  const authority = m[1].toLowerCase();
  if (authority.includes('@')) return null;
  const host = authority.replace(/:443$/, '');
  const allowed = [...GOOGLE_LINK_HOSTS, ...organisationHosts.map((h) => normaliseLinkHost(h)).filter((h): h is string => h !== null)];
  return allowed.includes(host) ? url : null;
}
