/**
 * Renders a document model to standalone HTML close to what Docs shows (headings, runs,
 * alignment, lists, bordered tables, images, one `.page` per page break), so tests can
 * screenshot a generated Doc. Every piece of text is escaped.
 */
import { type BlockNode, type CharAttrs, type DocumentModel, type ParagraphNode, type SectionNode, type TableNode, runsOf } from './model';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const HEADING_TAG: Record<string, string> = {
  TITLE: 'h1 class="title"',
  SUBTITLE: 'p class="subtitle"',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  NORMAL: 'p',
};

const ORDERED: Record<string, string> = { NUMBER: '1', LATIN_UPPER: 'A', LATIN_LOWER: 'a', ROMAN_UPPER: 'I', ROMAN_LOWER: 'i' };
const BULLET_STYLE: Record<string, string> = { BULLET: 'disc', HOLLOW_BULLET: 'circle', SQUARE_BULLET: 'square' };

function runStyle(a: CharAttrs): string {
  const s: string[] = [];
  if (a.BOLD) s.push('font-weight:bold');
  if (a.ITALIC) s.push('font-style:italic');
  const deco = [a.UNDERLINE ? 'underline' : '', a.STRIKETHROUGH ? 'line-through' : ''].filter(Boolean).join(' ');
  if (deco) s.push(`text-decoration:${deco}`);
  if (a.FONT_SIZE) s.push(`font-size:${Number(a.FONT_SIZE)}pt`);
  if (a.FONT_FAMILY) s.push(`font-family:${escapeHtml(JSON.stringify(String(a.FONT_FAMILY)))}`);
  if (a.FOREGROUND_COLOR && /^#[0-9a-f]{6}$/i.test(a.FOREGROUND_COLOR)) s.push(`color:${a.FOREGROUND_COLOR}`);
  if (a.BACKGROUND_COLOR && /^#[0-9a-f]{6}$/i.test(a.BACKGROUND_COLOR)) s.push(`background-color:${a.BACKGROUND_COLOR}`);
  return s.join(';');
}

function safeHref(url: string): string | null {
  return /^(https?:|mailto:|#)/i.test(url.trim()) ? url.trim() : null;
}

function inlineHtml(p: ParagraphNode): string {
  let out = '';
  for (const c of p.children) {
    if (c.kind === 'INLINE_IMAGE') {
      // The content type is one of PNG, JPEG, GIF (checked on insert); the bytes are base64.
      const src = `data:${c.contentType};base64,${Buffer.from(c.bytes).toString('base64')}`;
      out += `<img src="${src}" width="${Number(c.width)}" height="${Number(c.height)}" alt="${escapeHtml(c.altTitle ?? '')}" title="${escapeHtml(c.altDescription ?? '')}">`;
      continue;
    }
    if (c.kind !== 'TEXT') {
      // Page breaks are drawn after the paragraph.
      if (c.kind === 'HORIZONTAL_RULE') out += '<hr>';
      continue;
    }
    for (const r of runsOf(c)) {
      let html = escapeHtml(r.text).replace(/\r\n|[\r\n\v]/g, '<br>');
      const style = runStyle(r.attrs);
      if (style) html = `<span style="${style}">${html}</span>`;
      const href = r.attrs.LINK_URL ? safeHref(r.attrs.LINK_URL) : null;
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
      out += html;
    }
  }
  return out || '<br>';
}

function paragraphHtml(p: ParagraphNode): string {
  const tag = HEADING_TAG[p.heading] ?? 'p';
  const name = tag.split(' ')[0];
  const align = p.alignment ? ` style="text-align:${p.alignment.toLowerCase()}"` : '';
  let html = `<${tag}${align}>${inlineHtml(p)}</${name}>`;
  if (p.children.some((c) => c.kind === 'PAGE_BREAK')) html += '<div class="page-break"></div>';
  return html;
}

function tableHtml(t: TableNode): string {
  const w = Number(t.borderWidth) || 0;
  const border = `border:${w}pt solid ${/^#[0-9a-f]{6}$/i.test(t.borderColor) ? t.borderColor : '#000000'}`;
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.cells.map((c) => `<td style="${border}${c.backgroundColor ? `;background-color:${escapeHtml(c.backgroundColor)}` : ''}">${blocksHtml(c.children)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table>${rows}</table>`;
}

function listHtml(items: ParagraphNode[]): string {
  const glyph = items[0].glyph;
  const ordered = ORDERED[glyph];
  const open = ordered ? `<ol type="${ordered}">` : `<ul style="list-style-type:${BULLET_STYLE[glyph] ?? 'disc'}">`;
  const lis = items
    .map((li) => `<li style="margin-left:${li.nesting * 36}pt${li.alignment ? `;text-align:${li.alignment.toLowerCase()}` : ''}">${inlineHtml(li)}</li>`)
    .join('');
  return `${open}${lis}${ordered ? '</ol>' : '</ul>'}`;
}

function blocksHtml(blocks: BlockNode[]): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'TABLE') out += tableHtml(b);
    else if (b.kind === 'LIST_ITEM') {
      const items: ParagraphNode[] = [];
      while (i < blocks.length && blocks[i].kind === 'LIST_ITEM' && (blocks[i] as ParagraphNode).listId === b.listId) items.push(blocks[i++] as ParagraphNode);
      i--;
      out += listHtml(items);
    } else out += paragraphHtml(b);
  }
  return out;
}

function sectionHtml(tag: string, s: SectionNode | null): string {
  return s ? `<${tag}>${blocksHtml(s.children)}</${tag}>` : '';
}

const CSS = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.15; color: #000; background: #f1f3f4; margin: 0; }
.page { background: #fff; width: 21cm; min-height: 29.7cm; box-sizing: border-box; margin: 16px auto; padding: 2.54cm; }
p { margin: 0 0 6pt; }
h1.title { font-size: 26pt; font-weight: normal; margin: 0 0 6pt; }
p.subtitle { font-size: 15pt; color: #666; margin: 0 0 16pt; }
h1 { font-size: 20pt; font-weight: normal; margin: 20pt 0 6pt; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt; }
h3 { font-size: 14pt; font-weight: normal; color: #434343; margin: 16pt 0 4pt; }
h4 { font-size: 12pt; font-weight: normal; color: #666; margin: 14pt 0 4pt; }
h5 { font-size: 11pt; font-weight: normal; color: #666; margin: 12pt 0 4pt; }
h6 { font-size: 11pt; font-weight: normal; font-style: italic; color: #666; margin: 12pt 0 4pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
td { padding: 5pt; vertical-align: top; }
td > p:last-child { margin-bottom: 0; }
img { max-width: 100%; height: auto; }
ul, ol { margin: 0 0 6pt; padding-left: 24pt; }
header, footer { color: #444; font-size: 9pt; }
header { border-bottom: 1px solid #ddd; margin-bottom: 12pt; }
footer { border-top: 1px solid #ddd; margin-top: 12pt; }
.page-break { break-after: page; border-top: 1px dashed #bbb; margin: 18pt -2.54cm; }
`;

const hasPageBreak = (b: BlockNode): boolean => b.kind !== 'TABLE' && b.children.some((c) => c.kind === 'PAGE_BREAK');

/** The body cut after each paragraph holding a page break: one `.page` each, with the header and footer. */
function pagesOf(body: BlockNode[]): BlockNode[][] {
  const pages: BlockNode[][] = [[]];
  for (const b of body) {
    pages[pages.length - 1].push(b);
    if (hasPageBreak(b)) pages.push([]);
  }
  return pages;
}

export function documentToHtml(model: DocumentModel, name = ''): string {
  const pages = pagesOf(model.body.children).map((blocks) =>
    [
      '<div class="page">',
      sectionHtml('header', model.header),
      `<main>${blocksHtml(blocks).replace(/<div class="page-break"><\/div>$/, '')}</main>`,
      sectionHtml('footer', model.footer),
      '</div>',
    ].join('\n'),
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="fr"><head><meta charset="utf-8">',
    `<title>${escapeHtml(name)}</title>`,
    `<style>${CSS}</style></head><body>`,
    ...pages,
    '</body></html>',
  ].join('\n');
}
