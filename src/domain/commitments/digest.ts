/**
 * One owner's digest of open commitments (and joint evaluations, gap-plan actions and calls' deadlines due), grouped by urgency (en retard, cette semaine, dans 30
 * jours), in two renderings: an HTML e-mail (every value escaped) with a plain-text body, and a
 * text to paste into WhatsApp (*gras*, one line per item, one short link). Pure: the caller gives
 * today's date in the spreadsheet's zone and the lines already joined with their convention.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { formatDateFr, formatMoney } from '../format/french';

export interface DigestLine {
  id: string;
  label: string;
  conventionId: string;
  partnerName: string;
  due: LocalDate;
  amount: number | null;
  currency: string;
  /** The commitment's row in the Engagements sheet. */
  rowUrl: string;
  /** The convention's Doc ('' when unknown). */
  docUrl: string;
}

export interface LateLine extends DigestLine {
  daysLate: number;
}

export interface Digest {
  owner: string;
  today: LocalDate;
  late: LateLine[];
  week: DigestLine[];
  month: DigestLine[];
  /** The Engagements sheet, for the one link of the WhatsApp text. */
  sheetUrl: string;
}

export interface DigestCounts {
  late: number;
  week: number;
  month: number;
}

/** « Cette semaine »: due today to 7 days ahead; « dans 30 jours »: after that, up to 30 days. */
const WEEK_DAYS = 7;
const MONTH_DAYS = 30;
/** Lines shown per group; the rest is counted (an owner with 2 000 late items still gets a readable e-mail, within a cell of Envois). */
export const MAX_LINES = 30;

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** The owner's digest, or null when there is nothing to say. Lines are the owner's open commitments. */
export function buildDigest(owner: string, lines: readonly DigestLine[], today: LocalDate, sheetUrl: string): Digest | null {
  const byDue = [...lines].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const week = addDays(today, WEEK_DAYS);
  const month = addDays(today, MONTH_DAYS);
  const d: Digest = {
    owner,
    today,
    late: byDue.filter((l) => l.due < today).map((l) => ({ ...l, daysLate: daysBetween(l.due, today) })),
    week: byDue.filter((l) => l.due >= today && l.due <= week),
    month: byDue.filter((l) => l.due > week && l.due <= month),
    sheetUrl,
  };
  return d.late.length + d.week.length + d.month.length ? d : null;
}

export const digestCounts = (d: Digest): DigestCounts => ({ late: d.late.length, week: d.week.length, month: d.month.length });

export function digestSubject(d: Digest): string {
  const parts = [
    d.late.length ? `${d.late.length} en retard` : '',
    d.week.length ? `${d.week.length} cette semaine` : '',
    d.month.length ? `${d.month.length} dans 30 jours` : '',
  ].filter(Boolean);
  return `Pacte — vos engagements : ${parts.join(', ')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

interface Group {
  title: string;
  lines: readonly (DigestLine | LateLine)[];
}

const groups = (d: Digest): Group[] =>
  [
    { title: 'En retard', lines: d.late },
    { title: 'Cette semaine', lines: d.week },
    { title: 'Dans 30 jours', lines: d.month },
  ].filter((g) => g.lines.length > 0);

/** « échéance 2 mars 2026, 10 jours de retard — 1 500 000 FCFA » */
function when(l: DigestLine | LateLine): string {
  const late = 'daysLate' in l ? `, ${plural(l.daysLate, 'jour')} de retard` : '';
  const amount = l.amount !== null && l.amount > 0 ? ` — ${formatMoney(l.amount, l.currency || 'XOF')}` : '';
  return `échéance ${formatDateFr(l.due)}${late}${amount}`;
}

// An evaluation task has no convention: only its partner in brackets.
const what = (l: DigestLine) => `${l.id} — ${l.label} (${[l.conventionId, l.partnerName].filter(Boolean).join(', ')})`;

const more = (g: Group) => (g.lines.length > MAX_LINES ? [`… et ${g.lines.length - MAX_LINES} autres : voir la feuille Engagements.`] : []);

/** Text to paste into WhatsApp: *gras*, one line per item, the sheet's link once at the end. */
export function digestWhatsApp(d: Digest): string {
  const out = [`*Pacte — engagements au ${formatDateFr(d.today)}*`];
  for (const g of groups(d)) {
    out.push('', `*${g.title} (${g.lines.length})*`);
    for (const l of g.lines.slice(0, MAX_LINES)) out.push(`• ${what(l)} : ${when(l)}`);
    out.push(...more(g));
  }
  out.push('', `Feuille Engagements : ${d.sheetUrl}`);
  return out.join('\n');
}

/** The e-mail's plain-text body (for clients without HTML): each line with its links. */
export function digestText(d: Digest): string {
  const out = [`Bonjour,`, '', `Vos engagements ouverts au ${formatDateFr(d.today)} :`];
  for (const g of groups(d)) {
    out.push('', `${g.title} (${g.lines.length})`);
    for (const l of g.lines.slice(0, MAX_LINES))
      out.push(`- ${what(l)} : ${when(l)}`, `  Ligne : ${l.rowUrl}${l.docUrl ? `\n  Convention : ${l.docUrl}` : ''}`);
    out.push(...more(g));
  }
  out.push('', '— Pacte');
  return out.join('\n');
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

/** The e-mail's HTML: every value escaped, links to the row and the convention's Doc. */
export function digestHtml(d: Digest): string {
  const out = [`<p>Bonjour,</p><p>Vos engagements ouverts au ${escapeHtml(formatDateFr(d.today))} :</p>`];
  for (const g of groups(d)) {
    out.push(`<h3>${escapeHtml(g.title)} (${g.lines.length})</h3><ul>`);
    for (const l of g.lines.slice(0, MAX_LINES)) {
      const doc = l.docUrl ? ` · ${link(l.docUrl, 'convention')}` : '';
      out.push(`<li><b>${escapeHtml(what(l))}</b> : ${escapeHtml(when(l))} · ${link(l.rowUrl, 'ligne')}${doc}</li>`);
    }
    out.push('</ul>', ...more(g).map((m) => `<p>${escapeHtml(m)}</p>`));
  }
  out.push('<p>— Pacte</p>');
  return out.join('\n');
}
