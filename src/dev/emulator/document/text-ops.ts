/**
 * Text editing over one or more text nodes seen as one string (a Text element, a paragraph's
 * editAsText(), or a container's editAsText() where paragraphs are joined by '\n').
 * Offsets are Google's: 0-based, end offsets inclusive.
 */
import { AppsScriptException } from '../core/errors';
import { type CharAttrKey, type CharAttrs, PLAIN, type TextNode, withAttr } from './model';

export interface TextTarget {
  /** Text nodes in order. */
  nodes(): TextNode[];
  /** Characters counted between two nodes (container views join paragraphs with '\n'). */
  readonly separator: string | ((prev: TextNode, next: TextNode) => string);
  /** A node to write into when there is none yet (an empty paragraph); null if not possible. */
  create(): TextNode | null;
}

interface Seg {
  node: TextNode;
  start: number;
  end: number; // exclusive
}

function sep(t: TextTarget, prev: TextNode, next: TextNode): string {
  return typeof t.separator === 'string' ? t.separator : t.separator(prev, next);
}

/** A node that stands for an empty paragraph's text: attach it to the paragraph once written to. */
function attach(n: TextNode): void {
  const p = n.parent;
  if (p && !p.children.includes(n)) {
    p.children.push(n);
  }
}

function segments(t: TextTarget): Seg[] {
  const out: Seg[] = [];
  let pos = 0;
  for (const node of t.nodes()) {
    if (out.length) pos += sep(t, out[out.length - 1].node, node).length;
    out.push({ node, start: pos, end: pos + node.chars.length });
    pos += node.chars.length;
  }
  return out;
}

export function targetText(t: TextTarget): string {
  let out = '';
  let prev: TextNode | null = null;
  for (const n of t.nodes()) {
    if (prev) out += sep(t, prev, n);
    out += n.chars;
    prev = n;
  }
  return out;
}

/** Google's check on offsets: "Index (n) must be less than the content length (len)." */
export function checkOffset(t: TextTarget, offset: number, allowEnd = false): void {
  const len = targetText(t).length;
  if (!Number.isInteger(offset) || offset < 0) throw new AppsScriptException(`Invalid argument: offset`);
  if (allowEnd ? offset > len : offset >= len) throw new AppsScriptException(`Index (${offset}) must be less than the content length (${len}).`);
}

export function checkRange(t: TextTarget, start: number, endInclusive: number): void {
  checkOffset(t, start);
  checkOffset(t, endInclusive);
  if (endInclusive < start) throw new AppsScriptException('Invalid argument: endOffsetInclusive');
}

export function attrsAt(t: TextTarget, offset: number): CharAttrs {
  for (const s of segments(t)) if (offset >= s.start && offset < s.end) return s.node.attrs[offset - s.start];
  return PLAIN;
}

/** Sets one attribute on [start, endInclusive], or on everything when start is null. */
export function setAttr(t: TextTarget, start: number | null, endInclusive: number | null, key: CharAttrKey, value: unknown): void {
  setAttrs(t, start, endInclusive, { [key]: value });
}

export function setAttrs(t: TextTarget, start: number | null, endInclusive: number | null, patch: Partial<Record<CharAttrKey, unknown>>): void {
  for (const s of segments(t)) {
    const from = Math.max(start ?? s.start, s.start);
    const to = Math.min(endInclusive === null ? s.end - 1 : endInclusive, s.end - 1);
    for (let i = from; i <= to; i++) s.node.attrs[i - s.start] = withAttr(s.node.attrs[i - s.start], patch);
  }
}

/** Inserts text at a global offset; it takes the formatting of the character before it (or after, at 0). */
export function insertAt(t: TextTarget, offset: number, text: string): void {
  const segs = segments(t);
  let seg = segs.find((s) => offset >= s.start && offset <= s.end);
  if (!seg) {
    const node = t.create();
    if (!node) throw new AppsScriptException(`Index (${offset}) must be less than the content length (${targetText(t).length}).`);
    seg = { node, start: 0, end: node.chars.length };
  }
  const local = offset - seg.start;
  const n = seg.node;
  attach(n);
  const attrs = local > 0 ? n.attrs[local - 1] : (n.attrs[0] ?? PLAIN);
  n.chars = n.chars.slice(0, local) + text + n.chars.slice(local);
  n.attrs.splice(local, 0, ...Array.from({ length: text.length }, () => attrs));
}

export function deleteRange(t: TextTarget, start: number, endInclusive: number): void {
  for (const s of segments(t)) {
    const from = Math.max(start, s.start);
    const to = Math.min(endInclusive, s.end - 1);
    if (from > to) continue;
    const n = s.node;
    n.chars = n.chars.slice(0, from - s.start) + n.chars.slice(to - s.start + 1);
    n.attrs.splice(from - s.start, to - from + 1);
  }
}

/** Replaces everything; the new text keeps the formatting of the first character. */
export function setAll(t: TextTarget, text: string): void {
  const nodes = t.nodes();
  const first = nodes[0] ?? t.create();
  if (!first) return;
  const attrs = first.attrs[0] ?? PLAIN;
  for (const n of nodes.slice(1)) {
    n.chars = '';
    n.attrs = [];
  }
  attach(first);
  first.chars = text;
  first.attrs = Array.from({ length: text.length }, () => attrs);
}

/** Offsets where attributes change (Text.getTextAttributeIndices), always starting with 0. */
export function attributeIndices(t: TextTarget): number[] {
  const out: number[] = [0];
  let prev: CharAttrs | null = null;
  for (const s of segments(t)) {
    s.node.attrs.forEach((a, i) => {
      const at = s.start + i;
      if (prev && at > 0 && !sameAttrsLoose(prev, a) && out[out.length - 1] !== at) out.push(at);
      prev = a;
    });
  }
  return out;
}

function sameAttrsLoose(a: CharAttrs, b: CharAttrs): boolean {
  return (Object.keys(PLAIN) as CharAttrKey[]).every((k) => a[k] === b[k]);
}
