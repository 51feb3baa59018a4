/** Paragraph and ListItem (a paragraph in a list), and the PageBreak / HorizontalRule they may hold. */
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { type DocCtx, type ElementMethods, ElementView, asEnum, assertDetached, childIndexError, enumName, nodeOf, registerView, wrap } from './element';
import {
  type Alignment,
  type AnyNode,
  type BreakNode,
  CHAR_ATTR_KEYS,
  type CharAttrKey,
  type Glyph,
  type Heading,
  type InlineNode,
  PLAIN,
  type ParagraphNode,
  type TextNode,
  appendInline,
  textNode,
} from './model';
import type { RangeElement } from './range-element';
import { replaceInNodes } from './search';
import { Text, findIn } from './text';
import { type TextTarget, setAttrs } from './text-ops';
import { type InlineImage, imageNodeFrom } from './image';

const HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'];
const ALIGNMENTS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'];
const GLYPHS = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'];

/** The paragraph's text nodes seen as one string; writing into an empty paragraph adds a Text child. */
export function paragraphTarget(p: ParagraphNode): TextTarget {
  return {
    nodes: () => p.children.filter((c): c is TextNode => c.kind === 'TEXT'),
    separator: '',
    create: () => appendInline(p, textNode('')) as TextNode,
  };
}

type ParagraphApi = ApiSubset<
  GoogleAppsScript.Document.Paragraph,
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'editAsText'
  | 'clear'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getAttributes'
  | 'setAttributes'
  | 'replaceText'
  | 'findText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'removeChild'
  | 'appendPageBreak'
  | 'insertPageBreak'
  | 'appendHorizontalRule'
  | 'appendInlineImage'
  | 'insertInlineImage'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | ElementMethods
  | 'asParagraph'
  | 'asListItem'
  | 'asTable'
  | 'asText'
>;

export abstract class ParagraphBase extends ElementView {
  protected constructor(className: string, ctx: DocCtx, node: AnyNode) {
    super(className, ctx, node);
  }

  protected get p(): ParagraphNode {
    return this._node as ParagraphNode;
  }

  protected get target(): TextTarget {
    return paragraphTarget(this.p);
  }

  getText(): string {
    return this.target
      .nodes()
      .map((n) => n.chars)
      .join('');
  }

  /** Replaces the contents (text and inline elements) with the text, keeping the first character's formatting. */
  setText(text: string): void {
    const first = this.target.nodes()[0];
    const attrs = first?.attrs[0] ?? PLAIN;
    for (const c of this.p.children) c.parent = null;
    this.p.children = [];
    if (String(text) !== '') appendInline(this.p, textNode(String(text), attrs));
    this._ctx.touch();
  }

  /** Adds a new Text child; it inherits the formatting of the paragraph's last character. */
  appendText(text: string | GoogleAppsScript.Document.Text): Text {
    const last = this.target.nodes().slice(-1)[0];
    const inherited = last?.attrs[last.attrs.length - 1];
    const node = typeof text === 'string' ? textNode(text, inherited) : (nodeOf(text) as TextNode);
    if (typeof text !== 'string') assertDetached(node);
    appendInline(this.p, node);
    this._ctx.touch();
    return new Text(this._ctx, node);
  }

  insertText(childIndex: number, text: string | GoogleAppsScript.Document.Text): Text {
    this.checkChildIndex(childIndex, true);
    const node = typeof text === 'string' ? textNode(text) : (nodeOf(text) as TextNode);
    if (typeof text !== 'string') assertDetached(node);
    node.parent = this.p;
    this.p.children.splice(childIndex, 0, node);
    this._ctx.touch();
    return new Text(this._ctx, node);
  }

  editAsText(): Text {
    return new Text(this._ctx, this._node, this.target);
  }

  clear(): this {
    this.p.children = [];
    this._ctx.touch();
    return this;
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return asEnum(this.p.heading);
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    const h = enumName(heading);
    if (!HEADINGS.includes(h)) throw new AppsScriptException('Invalid argument: heading');
    this.p.heading = h as Heading;
    this._ctx.touch();
    return this;
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return asEnum(this.p.alignment ?? 'LEFT');
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): this {
    const a = enumName(alignment);
    if (!ALIGNMENTS.includes(a)) throw new AppsScriptException('Invalid argument: alignment');
    this.p.alignment = a as Alignment;
    this._ctx.touch();
    return this;
  }

  getLinkUrl(): string {
    return this.editAsText().getLinkUrl();
  }

  setLinkUrl(url: string): this {
    this.editAsText().setLinkUrl(url);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    const text = this.editAsText().getAttributes();
    return { ...text, HEADING: this.p.heading, HORIZONTAL_ALIGNMENT: this.p.alignment, ...this.listAttributes() };
  }

  protected listAttributes(): Record<string, unknown> {
    return {};
  }

  setAttributes(attributes: Record<string, unknown>): this {
    const patch: Partial<Record<CharAttrKey, unknown>> = {};
    for (const k of CHAR_ATTR_KEYS) if (k in attributes) patch[k] = attributes[k];
    setAttrs(this.target, null, null, patch);
    if (attributes.HEADING !== undefined && attributes.HEADING !== null) this.setHeading(attributes.HEADING as GoogleAppsScript.Document.ParagraphHeading);
    if (attributes.HORIZONTAL_ALIGNMENT !== undefined)
      this.p.alignment = attributes.HORIZONTAL_ALIGNMENT === null ? null : (enumName(attributes.HORIZONTAL_ALIGNMENT) as Alignment);
    this.setListAttributes(attributes);
    this._ctx.touch();
    return this;
  }

  protected setListAttributes(attributes: Record<string, unknown>): void {
    void attributes;
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceInNodes(this.target.nodes(), searchPattern, replacement, this._ctx.replacement);
    this._ctx.touch();
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
    return findIn(this._ctx, this.target.nodes(), searchPattern, (from ?? null) as unknown as RangeElement | null);
  }

  getNumChildren(): number {
    return this.p.children.length;
  }

  getChild(childIndex: number): ElementView {
    this.checkChildIndex(childIndex);
    return wrap(this._ctx, this.p.children[childIndex]);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const i = this.p.children.indexOf(nodeOf(child) as InlineNode);
    if (i < 0) throw new AppsScriptException('Element does not contain the specified child element.');
    return i;
  }

  removeChild(child: GoogleAppsScript.Document.Element): this {
    const i = this.getChildIndex(child);
    this.p.children[i].parent = null;
    this.p.children.splice(i, 1);
    this._ctx.touch();
    return this;
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak | null): PageBreak {
    return this.addBreak('PAGE_BREAK', this.p.children.length, pageBreak ?? null) as PageBreak;
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): PageBreak {
    this.checkChildIndex(childIndex, true);
    return this.addBreak('PAGE_BREAK', childIndex, pageBreak ?? null) as PageBreak;
  }

  appendHorizontalRule(): HorizontalRule {
    return this.addBreak('HORIZONTAL_RULE', this.p.children.length, null) as HorizontalRule;
  }

  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): InlineImage {
    return this.insertInlineImage(this.p.children.length, image);
  }

  insertInlineImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): InlineImage {
    this.checkChildIndex(childIndex, true);
    const node = imageNodeFrom(image);
    node.parent = this.p;
    this.p.children.splice(childIndex, 0, node);
    this._ctx.touch();
    return wrap(this._ctx, node) as InlineImage;
  }

  private addBreak(kind: BreakNode['kind'], index: number, existing: unknown): ElementView {
    const node: BreakNode = existing ? (nodeOf(existing) as BreakNode) : { kind, parent: null };
    if (existing) assertDetached(node);
    node.parent = this.p;
    this.p.children.splice(index, 0, node);
    this._ctx.touch();
    return wrap(this._ctx, node);
  }

  private checkChildIndex(i: number, allowEnd = false): void {
    const n = this.p.children.length;
    if (!Number.isInteger(i) || i < 0 || (allowEnd ? i > n : i >= n)) throw childIndexError(i, n);
  }
}

export class Paragraph extends ParagraphBase implements ParagraphApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('Paragraph', ctx, node);
  }
}

type ListItemApi = ApiSubset<
  GoogleAppsScript.Document.ListItem,
  Exclude<keyof ParagraphApi, never> | 'getGlyphType' | 'setGlyphType' | 'getNestingLevel' | 'setNestingLevel' | 'getListId' | 'setListId'
>;

export class ListItem extends ParagraphBase implements ListItemApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('ListItem', ctx, node);
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return asEnum(this.p.glyph);
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItem {
    const g = enumName(glyphType);
    if (!GLYPHS.includes(g)) throw new AppsScriptException('Invalid argument: glyphType');
    this.p.glyph = g as Glyph;
    this._ctx.touch();
    return this;
  }

  getNestingLevel(): number {
    return this.p.nesting;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    if (!Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) throw new AppsScriptException('Invalid argument: nestingLevel');
    this.p.nesting = nestingLevel;
    this._ctx.touch();
    return this;
  }

  getListId(): string {
    return this.p.listId;
  }

  setListId(listItem: GoogleAppsScript.Document.ListItem): ListItem {
    this.p.listId = (nodeOf(listItem) as ParagraphNode).listId;
    this._ctx.touch();
    return this;
  }

  protected override listAttributes(): Record<string, unknown> {
    return { GLYPH_TYPE: this.p.glyph, NESTING_LEVEL: this.p.nesting, LIST_ID: this.p.listId };
  }

  protected override setListAttributes(attributes: Record<string, unknown>): void {
    if (attributes.GLYPH_TYPE) this.setGlyphType(attributes.GLYPH_TYPE as GoogleAppsScript.Document.GlyphType);
    if (typeof attributes.NESTING_LEVEL === 'number') this.setNestingLevel(attributes.NESTING_LEVEL);
  }
}

type PageBreakApi = ApiSubset<GoogleAppsScript.Document.PageBreak, ElementMethods>;

export class PageBreak extends ElementView implements PageBreakApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('PageBreak', ctx, node);
  }
}

type HorizontalRuleApi = ApiSubset<GoogleAppsScript.Document.HorizontalRule, ElementMethods>;

export class HorizontalRule extends ElementView implements HorizontalRuleApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('HorizontalRule', ctx, node);
  }
}

registerView('PARAGRAPH', (ctx, node) => new Paragraph(ctx, node));
registerView('LIST_ITEM', (ctx, node) => new ListItem(ctx, node));
registerView('PAGE_BREAK', (ctx, node) => new PageBreak(ctx, node));
registerView('HORIZONTAL_RULE', (ctx, node) => new HorizontalRule(ctx, node));
