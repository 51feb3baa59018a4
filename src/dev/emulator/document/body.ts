/** Body, HeaderSection and FooterSection: the document's sections. */
import type { ApiSubset } from '../core/api-subset';
import { type ContainerMethods, ContainerView } from './container';
import { type DocCtx, type ElementView, assertDetached, childIndexError, nodeOf, registerView, wrap } from './element';
import { type AnyNode, type BreakNode, type SectionNode, appendInline, insertBlock, paragraphNode } from './model';
import type { PageBreak } from './paragraph';
import { type InlineImage, imageNodeFrom } from './image';

type SectionMethods = ContainerMethods | 'appendHorizontalRule' | 'getParagraphs' | 'getTables' | 'getListItems' | 'copy' | 'getType' | 'getAttributes';

type BodyApi = ApiSubset<
  GoogleAppsScript.Document.Body,
  SectionMethods | 'appendPageBreak' | 'insertPageBreak' | 'insertHorizontalRule' | 'appendImage' | 'insertImage'
>;

abstract class SectionView extends ContainerView {
  protected get s(): SectionNode {
    return this._node as SectionNode;
  }

  /** Every paragraph and list item, including those inside tables. */
  getParagraphs(): ElementView[] {
    return this.collect((n) => n.kind === 'PARAGRAPH' || n.kind === 'LIST_ITEM');
  }

  getListItems(): ElementView[] {
    return this.collect((n) => n.kind === 'LIST_ITEM');
  }

  getTables(): ElementView[] {
    return this.collect((n) => n.kind === 'TABLE');
  }

  /** A horizontal rule sits in a new paragraph of its own. */
  appendHorizontalRule(): ReturnType<typeof wrap> {
    return this.insertHorizontalRule(this.s.children.length);
  }

  insertHorizontalRule(childIndex: number): ReturnType<typeof wrap> {
    return this.insertBreak(childIndex, 'HORIZONTAL_RULE', null);
  }

  /** Google puts a new image in a new paragraph of its own. */
  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): InlineImage {
    return this.insertImage(this.s.children.length, image);
  }

  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): InlineImage {
    const n = this.s.children.length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > n) throw childIndexError(childIndex, n);
    const img = imageNodeFrom(image);
    const p = paragraphNode('');
    appendInline(p, img);
    insertBlock(this.s, childIndex, p);
    this._ctx.touch();
    return wrap(this._ctx, img) as InlineImage;
  }

  protected insertBreak(childIndex: number, kind: BreakNode['kind'], existing: unknown): ReturnType<typeof wrap> {
    const n = this.s.children.length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > n) throw childIndexError(childIndex, n);
    const br: BreakNode = existing ? (nodeOf(existing) as BreakNode) : { kind, parent: null };
    if (existing) assertDetached(br);
    const p = paragraphNode('');
    appendInline(p, br);
    insertBlock(this.s, childIndex, p);
    this._ctx.touch();
    return wrap(this._ctx, br);
  }
}

export class Body extends SectionView implements BodyApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('Body', ctx, node);
  }

  /** Google puts the page break in a new paragraph appended to the body. */
  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): PageBreak {
    return this.insertBreak(this.s.children.length, 'PAGE_BREAK', pageBreak ?? null) as PageBreak;
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): PageBreak {
    return this.insertBreak(childIndex, 'PAGE_BREAK', pageBreak ?? null) as PageBreak;
  }
}

type HeaderApi = ApiSubset<GoogleAppsScript.Document.HeaderSection, SectionMethods>;
type FooterApi = ApiSubset<GoogleAppsScript.Document.FooterSection, SectionMethods>;

export class HeaderSection extends SectionView implements HeaderApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('HeaderSection', ctx, node);
  }
}

export class FooterSection extends SectionView implements FooterApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('FooterSection', ctx, node);
  }
}

registerView('BODY_SECTION', (ctx, node) => new Body(ctx, node));
registerView('HEADER_SECTION', (ctx, node) => new HeaderSection(ctx, node));
registerView('FOOTER_SECTION', (ctx, node) => new FooterSection(ctx, node));
