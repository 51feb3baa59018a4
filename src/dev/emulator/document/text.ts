/** Text: a run of characters with per-character formatting (a Text element, or editAsText() of any element). */
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { type DocCtx, type ElementMethods, ElementView, registerView } from './element';
import { type AnyNode, CHAR_ATTR_KEYS, type CharAttrKey, type TextNode, textNodesIn } from './model';
import { RangeElement } from './range-element';
import { compilePattern, matchesIn, replaceInNodes } from './search';
import { type TextTarget, attributeIndices, attrsAt, checkOffset, checkRange, deleteRange, insertAt, setAll, setAttr, setAttrs, targetText } from './text-ops';

type TextApi = ApiSubset<
  GoogleAppsScript.Document.Text,
  | ElementMethods
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'deleteText'
  | 'replaceText'
  | 'findText'
  | 'editAsText'
  | 'isBold'
  | 'isItalic'
  | 'isUnderline'
  | 'isStrikethrough'
  | 'getFontSize'
  | 'getFontFamily'
  | 'getForegroundColor'
  | 'getBackgroundColor'
  | 'getLinkUrl'
  | 'getTextAttributeIndices'
  | 'getAttributes'
  | 'setBold'
  | 'setItalic'
  | 'setUnderline'
  | 'setStrikethrough'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setForegroundColor'
  | 'setBackgroundColor'
  | 'setLinkUrl'
  | 'setAttributes'
>;

/** A Text element over one text node. */
export function singleNodeTarget(node: TextNode): TextTarget {
  return { nodes: () => [node], separator: '', create: () => null };
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export class Text extends ElementView implements TextApi {
  constructor(
    ctx: DocCtx,
    node: AnyNode,
    readonly _target: TextTarget = singleNodeTarget(node as TextNode),
  ) {
    super('Text', ctx, node);
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    return targetText(this._target);
  }

  setText(text: string): Text {
    setAll(this._target, String(text));
    this._ctx.touch();
    return this;
  }

  appendText(text: string): Text {
    insertAt(this._target, targetText(this._target).length, String(text));
    this._ctx.touch();
    return this;
  }

  insertText(offset: number, text: string): Text {
    checkOffset(this._target, offset, true);
    insertAt(this._target, offset, String(text));
    this._ctx.touch();
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    checkRange(this._target, startOffset, endOffsetInclusive);
    deleteRange(this._target, startOffset, endOffsetInclusive);
    this._ctx.touch();
    return this;
  }

  replaceText(searchPattern: string, replacement: string): Text {
    replaceInNodes(this._target.nodes(), searchPattern, replacement, this._ctx.replacement);
    this._ctx.touch();
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
    return findIn(this._ctx, this._target.nodes(), searchPattern, (from ?? null) as unknown as RangeElement | null);
  }

  editAsText(): Text {
    return this;
  }

  // ---- formatting: (value) for everything, (start, endInclusive, value) for a range ----

  private format(key: CharAttrKey, args: unknown[], check?: (v: unknown) => unknown): Text {
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      checkRange(this._target, start, end);
      setAttr(this._target, start, end, key, check ? check(value) : value);
    } else {
      setAttr(this._target, null, null, key, check ? check(args[0]) : args[0]);
    }
    this._ctx.touch();
    return this;
  }

  private read(key: CharAttrKey, offset: number | null | undefined): unknown {
    if (offset !== undefined && offset !== null) {
      checkOffset(this._target, offset);
      return attrsAt(this._target, offset)[key];
    }
    // Whole element: the value if uniform, else null (Google: "null if the text has multiple values").
    const text = targetText(this._target);
    if (text.length === 0) return null;
    const nodes = this._target.nodes();
    let value: unknown = undefined;
    for (const n of nodes)
      for (const a of n.attrs) {
        if (value === undefined) value = a[key];
        else if (value !== a[key]) return null;
      }
    return value ?? null;
  }

  setBold(...args: [boolean] | [number, number, boolean]): Text {
    return this.format('BOLD', args, (v) => (v === null ? null : Boolean(v)));
  }
  setItalic(...args: [boolean] | [number, number, boolean]): Text {
    return this.format('ITALIC', args, (v) => (v === null ? null : Boolean(v)));
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): Text {
    return this.format('UNDERLINE', args, (v) => (v === null ? null : Boolean(v)));
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): Text {
    return this.format('STRIKETHROUGH', args, (v) => (v === null ? null : Boolean(v)));
  }
  setFontSize(...args: [number] | [number, number, number]): Text {
    return this.format('FONT_SIZE', args, (v) => {
      if (v !== null && (typeof v !== 'number' || !(v > 0))) throw new AppsScriptException('Invalid argument: size');
      return v;
    });
  }
  setFontFamily(...args: [string] | [number, number, string]): Text {
    return this.format('FONT_FAMILY', args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): Text {
    return this.format('FOREGROUND_COLOR', args, checkColor);
  }
  setBackgroundColor(...args: [string] | [number, number, string]): Text {
    return this.format('BACKGROUND_COLOR', args, checkColor);
  }
  setLinkUrl(...args: [string] | [number, number, string]): Text {
    return this.format('LINK_URL', args, (v) => (v === '' ? null : v));
  }

  isBold(offset?: number | null): boolean {
    return this.read('BOLD', offset) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this.read('ITALIC', offset) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this.read('UNDERLINE', offset) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.read('STRIKETHROUGH', offset) as boolean;
  }
  getFontSize(offset?: number | null): number {
    return this.read('FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this.read('FONT_FAMILY', offset) as string;
  }
  getForegroundColor(offset?: number | null): string {
    return this.read('FOREGROUND_COLOR', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this.read('BACKGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.read('LINK_URL', offset) as string;
  }

  getTextAttributeIndices(): number[] {
    return attributeIndices(this._target);
  }

  getAttributes(offset?: number | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of CHAR_ATTR_KEYS) out[k] = this.read(k, offset);
    return out;
  }

  setAttributes(...args: [Record<string, unknown>] | [number, number, Record<string, unknown>]): Text {
    const [start, end, attrs]: [number | null, number | null, Record<string, unknown>] =
      args.length >= 3 ? (args as [number, number, Record<string, unknown>]) : [null, null, args[0] as Record<string, unknown>];
    if (start !== null && end !== null) checkRange(this._target, start, end);
    const patch: Partial<Record<CharAttrKey, unknown>> = {};
    for (const k of CHAR_ATTR_KEYS) if (attrs && k in attrs) patch[k] = attrs[k];
    setAttrs(this._target, start, end, patch);
    this._ctx.touch();
    return this;
  }
}

function checkColor(v: unknown): unknown {
  if (v !== null && (typeof v !== 'string' || !HEX.test(v))) throw new AppsScriptException('Invalid argument: color');
  return v;
}

/** findText over text nodes, resuming after `from` when given. */
export function findIn(ctx: DocCtx, nodes: TextNode[], searchPattern: string, from: RangeElement | null): RangeElement | null {
  const re = compilePattern(searchPattern);
  let i = 0;
  let offset = 0;
  if (from) {
    const fromNode = from._node;
    const at = nodes.indexOf(fromNode);
    if (at >= 0) {
      i = at;
      offset = from.getEndOffsetInclusive() + 1;
    }
  }
  for (; i < nodes.length; i++, offset = 0) {
    const m = matchesIn(nodes[i], re, offset)[0];
    if (m) return new RangeElement(ctx, m.node, m.start, m.endInclusive);
  }
  return null;
}

/** Text nodes under any node, for container-level replaceText / findText. */
export function allTextNodes(node: AnyNode): TextNode[] {
  return textNodesIn(node);
}

registerView('TEXT', (ctx, node) => new Text(ctx, node));
