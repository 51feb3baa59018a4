/**
 * The data behind an emulated Google Doc (stored as the content of its Drive file).
 * Element classes (Body, Paragraph, Text, Table…) are views over these nodes.
 * Text keeps one attribute set per character, so edits never have to split or merge runs;
 * runs are derived when rendering (HTML, PDF) or answering getTextAttributeIndices.
 */
import type { FileContent } from '../core/drive-store';

/** Character attributes; null means "not set" (inherits the paragraph style), as Google reports it. */
export interface CharAttrs {
  readonly BOLD: boolean | null;
  readonly ITALIC: boolean | null;
  readonly UNDERLINE: boolean | null;
  readonly STRIKETHROUGH: boolean | null;
  readonly FONT_SIZE: number | null;
  readonly FONT_FAMILY: string | null;
  readonly FOREGROUND_COLOR: string | null;
  readonly BACKGROUND_COLOR: string | null;
  readonly LINK_URL: string | null;
}

export const CHAR_ATTR_KEYS = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
] as const;
export type CharAttrKey = (typeof CHAR_ATTR_KEYS)[number];

export const PLAIN: CharAttrs = Object.freeze({
  BOLD: null,
  ITALIC: null,
  UNDERLINE: null,
  STRIKETHROUGH: null,
  FONT_SIZE: null,
  FONT_FAMILY: null,
  FOREGROUND_COLOR: null,
  BACKGROUND_COLOR: null,
  LINK_URL: null,
});

export function sameAttrs(a: CharAttrs, b: CharAttrs): boolean {
  return a === b || CHAR_ATTR_KEYS.every((k) => a[k] === b[k]);
}

export function withAttr(a: CharAttrs, patch: Partial<Record<CharAttrKey, unknown>>): CharAttrs {
  return Object.freeze({ ...a, ...patch }) as CharAttrs;
}

export type Heading = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'HEADING4' | 'HEADING5' | 'HEADING6' | 'TITLE' | 'SUBTITLE';
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type Glyph = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';

export type ContainerNode = SectionNode | CellNode;
export type AnyNode = SectionNode | ParagraphNode | TextNode | BreakNode | ImageNode | TableNode | RowNode | CellNode;
export type BlockNode = ParagraphNode | TableNode;
export type InlineNode = TextNode | BreakNode | ImageNode;

export interface TextNode {
  kind: 'TEXT';
  parent: ParagraphNode | null;
  chars: string;
  attrs: CharAttrs[];
}

export interface BreakNode {
  kind: 'PAGE_BREAK' | 'HORIZONTAL_RULE';
  parent: ParagraphNode | null;
}

/** An image in a paragraph: its bytes as inserted, and its displayed size in pixels. */
export interface ImageNode {
  kind: 'INLINE_IMAGE';
  parent: ParagraphNode | null;
  bytes: Uint8Array;
  contentType: string;
  name: string | null;
  width: number;
  height: number;
  altTitle: string | null;
  altDescription: string | null;
  linkUrl: string | null;
}

export interface ParagraphNode {
  kind: 'PARAGRAPH' | 'LIST_ITEM';
  parent: ContainerNode | null;
  heading: Heading;
  alignment: Alignment | null;
  children: InlineNode[];
  /** List items only. */
  glyph: Glyph;
  nesting: number;
  listId: string;
}

export interface TableNode {
  kind: 'TABLE';
  parent: ContainerNode | null;
  rows: RowNode[];
  borderWidth: number;
  borderColor: string;
}

export interface RowNode {
  kind: 'TABLE_ROW';
  parent: TableNode | null;
  cells: CellNode[];
}

export interface CellNode {
  kind: 'TABLE_CELL';
  parent: RowNode | null;
  children: BlockNode[];
  backgroundColor: string | null;
}

export interface SectionNode {
  kind: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  parent: null;
  children: BlockNode[];
}

// ---- constructors ---------------------------------------------------------

export function textNode(chars: string, attrs: CharAttrs = PLAIN): TextNode {
  return { kind: 'TEXT', parent: null, chars, attrs: Array.from({ length: chars.length }, () => attrs) };
}

export function paragraphNode(text = '', kind: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): ParagraphNode {
  const p: ParagraphNode = { kind, parent: null, heading: 'NORMAL', alignment: null, children: [], glyph: 'BULLET', nesting: 0, listId: '' };
  if (text !== '') appendInline(p, textNode(text));
  return p;
}

export function cellNode(text = ''): CellNode {
  const c: CellNode = { kind: 'TABLE_CELL', parent: null, children: [], backgroundColor: null };
  appendBlock(c, paragraphNode(text));
  return c;
}

export function rowNode(texts: string[] = []): RowNode {
  const r: RowNode = { kind: 'TABLE_ROW', parent: null, cells: [] };
  for (const t of texts) insertCell(r, r.cells.length, cellNode(t));
  return r;
}

export function tableNode(cells: string[][] = []): TableNode {
  const t: TableNode = { kind: 'TABLE', parent: null, rows: [], borderWidth: 1, borderColor: '#000000' };
  for (const row of cells) insertRow(t, t.rows.length, rowNode(row));
  return t;
}

export function sectionNode(kind: SectionNode['kind']): SectionNode {
  return { kind, parent: null, children: [] };
}

// ---- tree edits (keep parent pointers right) ------------------------------

export function appendInline(p: ParagraphNode, n: InlineNode): InlineNode {
  n.parent = p;
  p.children.push(n);
  return n;
}

export function appendBlock(c: ContainerNode, n: BlockNode): BlockNode {
  return insertBlock(c, c.children.length, n);
}

export function insertBlock(c: ContainerNode, index: number, n: BlockNode): BlockNode {
  n.parent = c;
  c.children.splice(index, 0, n);
  return n;
}

export function insertRow(t: TableNode, index: number, r: RowNode): RowNode {
  r.parent = t;
  t.rows.splice(index, 0, r);
  return r;
}

export function insertCell(r: RowNode, index: number, c: CellNode): CellNode {
  c.parent = r;
  r.cells.splice(index, 0, c);
  return c;
}

/** The node's siblings list and its parent, or null when detached. */
export function siblingsOf(n: AnyNode): AnyNode[] | null {
  const p = n.parent;
  if (!p) return null;
  switch (p.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return p.children;
    case 'TABLE':
      return p.rows;
    case 'TABLE_ROW':
      return p.cells;
    default:
      return p.children;
  }
}

export function childrenOf(n: AnyNode): AnyNode[] {
  switch (n.kind) {
    case 'TEXT':
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return [];
    case 'TABLE':
      return n.rows;
    case 'TABLE_ROW':
      return n.cells;
    default:
      return n.children;
  }
}

export function detach(n: AnyNode): void {
  const sibs = siblingsOf(n);
  if (sibs) {
    const i = sibs.indexOf(n);
    if (i >= 0) sibs.splice(i, 1);
  }
  n.parent = null;
}

/** Every text node under `n`, in document order. */
export function textNodesIn(n: AnyNode, out: TextNode[] = []): TextNode[] {
  if (n.kind === 'TEXT') out.push(n);
  else for (const c of childrenOf(n)) textNodesIn(c, out);
  return out;
}

/** Google's getText(): paragraphs joined by newlines; a paragraph's inline text concatenated. */
export function plainText(n: AnyNode): string {
  switch (n.kind) {
    case 'TEXT':
      return n.chars;
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.children.map(plainText).join('');
    case 'TABLE':
      return n.rows.map(plainText).join('\n');
    case 'TABLE_ROW':
      return n.cells.map(plainText).join('\n');
    default:
      return n.children.map(plainText).join('\n');
  }
}

// ---- deep copies ------------------------------------------------------------

export function cloneNode<T extends AnyNode>(n: T): T {
  switch (n.kind) {
    case 'TEXT':
      return { ...n, parent: null, attrs: n.attrs.slice() } as T;
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return { ...n, parent: null } as T;
    case 'PARAGRAPH':
    case 'LIST_ITEM': {
      const p: ParagraphNode = { ...n, parent: null, children: [] };
      for (const c of n.children) appendInline(p, cloneNode(c));
      return p as T;
    }
    case 'TABLE': {
      const t: TableNode = { ...n, parent: null, rows: [] };
      for (const r of n.rows) insertRow(t, t.rows.length, cloneNode(r));
      return t as T;
    }
    case 'TABLE_ROW': {
      const r: RowNode = { ...n, parent: null, cells: [] };
      for (const c of n.cells) insertCell(r, r.cells.length, cloneNode(c));
      return r as T;
    }
    case 'TABLE_CELL': {
      const c: CellNode = { ...n, parent: null, children: [] };
      for (const b of n.children) appendBlock(c, cloneNode(b));
      return c as T;
    }
    default: {
      const s: SectionNode = { kind: n.kind, parent: null, children: [] };
      for (const b of n.children) appendBlock(s, cloneNode(b));
      return s as T;
    }
  }
}

export class DocumentModel implements FileContent {
  body: SectionNode = sectionNode('BODY_SECTION');
  header: SectionNode | null = null;
  footer: SectionNode | null = null;

  constructor(public fileId: string) {}

  /** A new Google Doc holds one empty paragraph. */
  static blank(fileId: string): DocumentModel {
    const m = new DocumentModel(fileId);
    appendBlock(m.body, paragraphNode(''));
    return m;
  }

  clone(newFileId: string): DocumentModel {
    const m = new DocumentModel(newFileId);
    m.body = cloneNode(this.body);
    m.header = this.header && cloneNode(this.header);
    m.footer = this.footer && cloneNode(this.footer);
    return m;
  }
}

/** Maximal runs of equal attributes in a text node (for rendering). */
export function runsOf(t: TextNode): { text: string; attrs: CharAttrs }[] {
  const runs: { text: string; attrs: CharAttrs }[] = [];
  for (let i = 0; i < t.chars.length; i++) {
    const last = runs[runs.length - 1];
    if (last && sameAttrs(last.attrs, t.attrs[i])) last.text += t.chars[i];
    else runs.push({ text: t.chars[i], attrs: t.attrs[i] });
  }
  return runs;
}
