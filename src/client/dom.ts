import { safeLinkUrl } from '../domain/format/links';

/** Builds DOM nodes with text set through textContent: data never reaches innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  children: (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * A link that opens in a new tab when the URL passes the link policy (https to Google Drive/Docs/Forms
 * or a host of Paramètres › Liens autorisés), else the label as plain text with the URL in its tooltip:
 * a `javascript:` URL typed into a cell never becomes a link.
 */
export function linkOrText(label: string, url: unknown, organisationHosts: readonly string[] = []): HTMLElement {
  const safe = safeLinkUrl(url, organisationHosts);
  if (safe) return el('a', { text: label, attrs: { href: safe, target: '_blank', rel: 'noopener noreferrer' } });
  const shown = typeof url === 'string' ? url.slice(0, 200) : '';
  return el('span', {
    className: 'unlinked',
    text: label,
    title: shown
      ? `Lien non ouvert : seuls les liens https vers Google Drive, Docs, Forms et les sites de Paramètres › Liens autorisés sont des liens. Adresse : ${shown}`
      : 'Pas de lien.',
  });
}
