/**
 * RSS 2.0 (and 1.0) and Atom feeds of calls for proposals → items: title, link, guid, date,
 * summary, categories and the deadline found in the summary (« date limite : 15 mars 2027 »).
 * Tolerant of real feeds (CDATA, entities, HTML in descriptions, missing dates); a page that is not
 * a feed, or broken XML, gives a French message naming the feed.
 */
import { findDateIn } from '../format/date-in-text';
import type { LocalDate } from '../format/local-date';
import { child, childrenNamed, decodeEntities, localName, parseXml, textOf, XmlError, type XmlElement } from './xml';

export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  published: LocalDate | '';
  summary: string;
  categories: string[];
  deadline: LocalDate | '';
}

export class FeedError extends Error {}

/** HTML in a description (escaped, or raw in CDATA) → its text, its entities decoded. */
const stripHtml = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** « date limite », « clôture », « deadline », « avant le »: the first date after one of them. */
export function deadlineIn(text: string): LocalDate | '' {
  const m = /(date\s+limite|cl[oô]ture|deadline|avant\s+le|jusqu['’]au)/i.exec(text);
  return m ? (findDateIn(text.slice(m.index, m.index + 80)) ?? '') : '';
}

/** RFC 822 (« Tue, 10 Mar 2026 08:00:00 GMT ») or ISO dates → the day; '' when absent or unreadable. */
function dayOf(text: string): LocalDate | '' {
  const t = text.trim();
  if (!t) return '';
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(t);
  if (iso) return iso[1];
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
}

function item(title: string, link: string, guid: string, date: string, summaryHtml: string, categories: string[]): FeedItem {
  const summary = stripHtml(summaryHtml);
  return { title: stripHtml(title), link: link.trim(), guid: guid.trim(), published: dayOf(date), summary, categories, deadline: deadlineIn(summary) };
}

function rssItems(items: XmlElement[]): FeedItem[] {
  return items.map((it) =>
    item(
      textOf(child(it, 'title')),
      textOf(child(it, 'link')),
      textOf(child(it, 'guid')),
      textOf(child(it, 'pubDate')) || textOf(child(it, 'date')),
      textOf(child(it, 'description')) || textOf(child(it, 'encoded')),
      childrenNamed(it, 'category').map(textOf).filter(Boolean),
    ),
  );
}

function atomLink(entry: XmlElement): string {
  const links = childrenNamed(entry, 'link');
  const alternate = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links[0];
  return alternate?.attrs.href ?? '';
}

function atomItems(feed: XmlElement): FeedItem[] {
  return childrenNamed(feed, 'entry').map((e) =>
    item(
      textOf(child(e, 'title')),
      atomLink(e),
      textOf(child(e, 'id')),
      textOf(child(e, 'published')) || textOf(child(e, 'updated')),
      textOf(child(e, 'summary')) || textOf(child(e, 'content')),
      childrenNamed(e, 'category')
        .map((c) => c.attrs.label || c.attrs.term || textOf(c))
        .filter(Boolean),
    ),
  );
}

/** The feed's items; throws FeedError « Le flux « nom » … » when it cannot be read. */
export function parseFeed(source: string, feedName: string): FeedItem[] {
  let root: XmlElement;
  try {
    root = parseXml(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof XmlError) throw new FeedError(`Le flux « ${feedName} » est mal formé : ${e.message}. Vérifiez l’adresse ou signalez-le à son éditeur.`);
    throw e;
  }
  const kind = localName(root.name).toLowerCase();
  if (kind === 'rss') {
    const channel = child(root, 'channel');
    return rssItems(channel ? childrenNamed(channel, 'item') : []);
  }
  if (kind === 'rdf') return rssItems(childrenNamed(root, 'item'));
  if (kind === 'feed') return atomItems(root);
  throw new FeedError(
    `Le flux « ${feedName} » n’est ni un flux RSS ni un flux Atom (la page commence par <${root.name}>). Vérifiez l’adresse dans Paramètres › Veille.`,
  );
}
