/**
 * What every document element view shares (Google's Element interface): parent and
 * siblings, type, removal, copies; and `wrap`, which picks the view class for a node.
 */
import type { ReplacementSyntax } from './search';
import { Emulated } from '../core/emulated';
import type { CallLog } from '../core/call-log';
import { AppsScriptException } from '../core/errors';
import { type AnyNode, type DocumentModel, childrenOf, cloneNode, detach, siblingsOf } from './model';

export interface DocCtx {
  log: CallLog;
  model: DocumentModel;
  /** Marks the Drive file as updated. */
  touch(): void;
  /** A new list ID (Google's look like 'kix.abc123'). */
  newListId(): string;
  /** What `$` and `\\` mean in a replaceText replacement (world option). */
  replacement: ReplacementSyntax;
}

type Factory = (ctx: DocCtx, node: AnyNode) => ElementView;
const factories = new Map<string, Factory>();

/** Each element module registers the view class for its node kinds. */
export function registerView(kind: AnyNode['kind'], f: Factory): void {
  factories.set(kind, f);
}

export function wrap(ctx: DocCtx, node: AnyNode): ElementView {
  const f = factories.get(node.kind);
  if (!f) throw new Error(`No view for ${node.kind}`);
  return f(ctx, node);
}

/** Apps Script enums are exposed as their names (String(DocumentApp.ParagraphHeading.TITLE) === 'TITLE'). */
export function asEnum<T>(name: string | null): T {
  return name as unknown as T;
}

export function enumName(value: unknown): string {
  return String(value);
}

/** Google: the body must keep a paragraph at its end. */
export function assertRemovable(node: AnyNode): void {
  const p = node.parent;
  if (p && (p.kind === 'BODY_SECTION' || p.kind === 'HEADER_SECTION' || p.kind === 'FOOTER_SECTION')) {
    const last = p.children[p.children.length - 1];
    if (last === node && (node.kind === 'PARAGRAPH' || node.kind === 'LIST_ITEM')) {
      throw new AppsScriptException("Can't remove the last paragraph in a document section.");
    }
  }
}

/** The methods of Google's Element interface that every view below implements. */
export type ElementMethods = 'getParent' | 'getNextSibling' | 'getPreviousSibling' | 'removeFromParent' | 'copy' | 'getType' | 'isAtDocumentEnd';

export abstract class ElementView extends Emulated {
  protected constructor(
    className: string,
    readonly _ctx: DocCtx,
    readonly _node: AnyNode,
  ) {
    super(className, _ctx.log);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asEnum(this._node.kind);
  }

  getParent(): ElementView | null {
    return this._node.parent ? wrap(this._ctx, this._node.parent) : null;
  }

  getNextSibling(): ElementView | null {
    const sibs = siblingsOf(this._node);
    const n = sibs ? sibs[sibs.indexOf(this._node) + 1] : undefined;
    return n ? wrap(this._ctx, n) : null;
  }

  getPreviousSibling(): ElementView | null {
    const sibs = siblingsOf(this._node);
    const i = sibs ? sibs.indexOf(this._node) : -1;
    return sibs && i > 0 ? wrap(this._ctx, sibs[i - 1]) : null;
  }

  /** True when nothing follows this element in the body. */
  isAtDocumentEnd(): boolean {
    let n: AnyNode = this._node;
    for (;;) {
      const p: AnyNode | null = n.parent;
      if (!p) return n.kind === 'BODY_SECTION';
      const sibs = childrenOf(p);
      if (sibs[sibs.length - 1] !== n) return false;
      if (p.kind === 'BODY_SECTION') return true;
      n = p;
    }
  }

  removeFromParent(): ElementView {
    assertRemovable(this._node);
    detach(this._node);
    this._ctx.touch();
    return this;
  }

  /** A detached deep copy (Google: "Returns a detached, deep copy of the current element"). */
  copy(): ElementView {
    return wrap(this._ctx, cloneNode(this._node));
  }

  // Google's casts only retype the element for auto-complete; they do not convert it.
  asParagraph(): ElementView {
    return this;
  }
  asListItem(): ElementView {
    return this;
  }
  asTable(): ElementView {
    return this;
  }
  asTableRow(): ElementView {
    return this;
  }
  asTableCell(): ElementView {
    return this;
  }
  asText(): ElementView {
    return this;
  }
  asBody(): ElementView {
    return this;
  }
  asInlineImage(): ElementView {
    return this;
  }
  asPageBreak(): ElementView {
    return this;
  }
  asHorizontalRule(): ElementView {
    return this;
  }
  asHeaderSection(): ElementView {
    return this;
  }
  asFooterSection(): ElementView {
    return this;
  }
}

/** Google's message for a child index out of range (observed text; the reference is silent). */
export function childIndexError(index: number, count: number): AppsScriptException {
  return new AppsScriptException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** Appending or inserting an element that already has a parent. */
export function assertDetached(node: AnyNode): void {
  if (node.parent) throw new AppsScriptException('Element must be detached.');
}

/** The node behind a view passed back in by user code. */
export function nodeOf(el: unknown): AnyNode {
  const n = (el as { _node?: AnyNode } | null)?._node;
  if (!n) throw new AppsScriptException('Invalid argument: element');
  return n;
}
