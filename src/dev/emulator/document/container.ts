/** What Body, HeaderSection, FooterSection and TableCell share: a list of paragraphs, list items and tables. */
import { AppsScriptException } from '../core/errors';
import { type DocCtx, ElementView, assertDetached, assertRemovable, childIndexError, nodeOf, wrap } from './element';
import {
  type AnyNode,
  type BlockNode,
  type ContainerNode,
  type TextNode,
  childrenOf,
  insertBlock,
  paragraphNode,
  plainText,
  tableNode,
  textNode,
  textNodesIn,
} from './model';
import type { RangeElement } from './range-element';
import { replaceInNodes } from './search';
import { Text, findIn } from './text';
import type { TextTarget } from './text-ops';

/** A container's text: paragraphs joined by '\n' (editAsText of a section or cell). */
function containerTarget(c: AnyNode): TextTarget {
  const nodes = (): TextNode[] => {
    const out: TextNode[] = [];
    const walk = (n: AnyNode): void => {
      if (n.kind === 'PARAGRAPH' || n.kind === 'LIST_ITEM') {
        const texts = n.children.filter((k): k is TextNode => k.kind === 'TEXT');
        // An empty paragraph still counts as a line: a stand-in node, attached if written to.
        out.push(...(texts.length ? texts : [{ ...textNode(''), parent: n }]));
      } else for (const k of childrenOf(n)) walk(k);
    };
    walk(c);
    return out;
  };
  return { nodes, separator: (a, b) => (a.parent === b.parent ? '' : '\n'), create: () => null };
}

/** The Google methods ContainerView implements for Body, HeaderSection, FooterSection and TableCell alike. */
export type ContainerMethods =
  | 'getText'
  | 'setText'
  | 'clear'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'removeChild'
  | 'replaceText'
  | 'findText'
  | 'editAsText';

export abstract class ContainerView extends ElementView {
  protected constructor(className: string, ctx: DocCtx, node: AnyNode) {
    super(className, ctx, node);
  }

  protected get c(): ContainerNode {
    return this._node as ContainerNode;
  }

  getText(): string {
    return this.c.children.map(plainText).join('\n');
  }

  getNumChildren(): number {
    return this.c.children.length;
  }

  getChild(childIndex: number): ElementView {
    const n = this.c.children.length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex >= n) throw childIndexError(childIndex, n);
    return wrap(this._ctx, this.c.children[childIndex]);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const i = this.c.children.indexOf(nodeOf(child) as BlockNode);
    if (i < 0) throw new AppsScriptException('Element does not contain the specified child element.');
    return i;
  }

  appendParagraph(paragraph: string | GoogleAppsScript.Document.Paragraph): ElementView {
    return this.insertParagraph(this.c.children.length, paragraph);
  }

  insertParagraph(childIndex: number, paragraph: string | GoogleAppsScript.Document.Paragraph): ElementView {
    return this.insertBlockAt(childIndex, typeof paragraph === 'string' ? paragraphNode(paragraph) : nodeOf(paragraph), 'PARAGRAPH');
  }

  appendListItem(listItem: string | GoogleAppsScript.Document.ListItem): ElementView {
    return this.insertListItem(this.c.children.length, listItem);
  }

  insertListItem(childIndex: number, listItem: string | GoogleAppsScript.Document.ListItem): ElementView {
    const node = typeof listItem === 'string' ? paragraphNode(listItem, 'LIST_ITEM') : nodeOf(listItem);
    if (node.kind === 'LIST_ITEM' && !node.listId) {
      // Consecutive list items share a list, as when typing them in Docs.
      const prev = this.c.children[childIndex - 1];
      node.listId = prev && prev.kind === 'LIST_ITEM' ? prev.listId : this._ctx.newListId();
    }
    return this.insertBlockAt(childIndex, node, 'LIST_ITEM');
  }

  appendTable(cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null): ElementView {
    return this.insertTable(this.c.children.length, cellsOrTable);
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null): ElementView {
    let node: AnyNode;
    if (cellsOrTable === undefined || cellsOrTable === null) node = tableNode([]);
    else if (Array.isArray(cellsOrTable)) {
      if (!cellsOrTable.every((r) => Array.isArray(r))) throw new AppsScriptException('Invalid argument: cells');
      node = tableNode(cellsOrTable.map((r) => r.map((v) => String(v))));
    } else node = nodeOf(cellsOrTable);
    const view = this.insertBlockAt(childIndex, node, 'TABLE');
    // A section cannot end with a table: Docs keeps an empty paragraph after it.
    if (this.c.kind !== 'TABLE_CELL' && this.c.children[this.c.children.length - 1] === node) insertBlock(this.c, this.c.children.length, paragraphNode(''));
    return view;
  }

  removeChild(child: GoogleAppsScript.Document.Element): this {
    const i = this.getChildIndex(child);
    const node = this.c.children[i];
    assertRemovable(node);
    node.parent = null;
    this.c.children.splice(i, 1);
    this._ctx.touch();
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceInNodes(textNodesIn(this.c), searchPattern, replacement, this._ctx.replacement);
    this._ctx.touch();
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
    return findIn(this._ctx, textNodesIn(this.c), searchPattern, (from ?? null) as unknown as RangeElement | null);
  }

  editAsText(): Text {
    return new Text(this._ctx, this._node, containerTarget(this.c));
  }

  /** Leaves one empty paragraph, as Docs does. */
  clear(): this {
    for (const b of this.c.children) b.parent = null;
    this.c.children = [];
    insertBlock(this.c, 0, paragraphNode(''));
    this._ctx.touch();
    return this;
  }

  /** Replaces the contents with the text, one paragraph per line. */
  setText(text: string): this {
    for (const b of this.c.children) b.parent = null;
    this.c.children = [];
    for (const line of String(text).split('\n')) insertBlock(this.c, this.c.children.length, paragraphNode(line));
    this._ctx.touch();
    return this;
  }

  getAttributes(): Record<string, unknown> {
    return {};
  }

  protected insertBlockAt(childIndex: number, node: AnyNode, expected: 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE'): ElementView {
    const n = this.c.children.length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > n) throw childIndexError(childIndex, n);
    if (node.kind !== expected)
      throw new AppsScriptException(`Invalid argument: ${expected === 'TABLE' ? 'table' : expected === 'LIST_ITEM' ? 'listItem' : 'paragraph'}`);
    assertDetached(node);
    insertBlock(this.c, childIndex, node as BlockNode);
    this._ctx.touch();
    return wrap(this._ctx, node);
  }

  protected collect(pred: (n: AnyNode) => boolean): ElementView[] {
    const out: ElementView[] = [];
    const walk = (n: AnyNode): void => {
      for (const k of childrenOf(n)) {
        if (pred(k)) out.push(wrap(this._ctx, k));
        walk(k);
      }
    };
    walk(this.c);
    return out;
  }
}
