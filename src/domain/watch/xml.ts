/**
 * A small, tolerant XML reader for feeds: elements, attributes, text with CDATA and entities
 * (XML's and the HTML ones feeds use), comments and processing instructions skipped. A tag closed
 * out of order or never closed throws a French message with its line.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

export class XmlError extends Error {}

const lineAt = (source: string, index: number): number => source.slice(0, index).split('\n').length;

/** The document's root element. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: { el: XmlElement; at: number }[] = [{ el: root, at: 0 }];
  const re =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const top = stack[stack.length - 1].el;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decodeEntities(m[6]);
    else if (m[7] !== undefined) throw new XmlError(`caractère « < » inattendu ligne ${lineAt(source, m.index)}`);
    else if (m[3] !== undefined) {
      const name = m[3];
      if (m[2] === '/') {
        if (stack.length === 1 || top.name !== name)
          throw new XmlError(
            `balise </${name}> ligne ${lineAt(source, m.index)} sans balise <${name}> ouverte${stack.length > 1 ? ` (<${top.name}> ouverte ligne ${lineAt(source, stack[stack.length - 1].at)})` : ''}`,
          );
        stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name, attrs, children: [], text: '' };
      top.children.push(el);
      if (m[5] !== '/') stack.push({ el, at: m.index });
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new XmlError(`balise <${open.el.name}> ouverte ligne ${lineAt(source, open.at)} jamais fermée`);
  }
  const element = root.children[0];
  if (!element) throw new XmlError('aucun élément XML (page vide ou texte seul)');
  return element;
}

/** Local name without its prefix (« atom:link » → « link »). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => localName(c.name) === name);
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => localName(c.name) === name);
/** The element's text with its descendants' (an Atom `type="xhtml"` summary), trimmed. */
export const textOf = (el: XmlElement | undefined): string => (el ? (el.text + el.children.map(textOf).join(' ')).trim() : '');
