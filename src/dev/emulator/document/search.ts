/**
 * replaceText / findText as Google documents them: the pattern is a string holding an RE2
 * regular expression, matched independently against each text element (never across
 * paragraphs); the replacement is inserted literally and keeps the formatting of the first
 * replaced character.
 */
import { AppsScriptException } from '../core/errors';
import { PLAIN, type TextNode } from './model';

/** RE2 syntax → JS RegExp; RE2's leading inline flags `(?i)`, `(?s)`, `(?m)` become JS flags. */
export function compilePattern(searchPattern: string): RegExp {
  if (typeof searchPattern !== 'string') throw new AppsScriptException('Invalid argument: searchPattern');
  let source = searchPattern;
  let flags = 'g';
  const inline = /^\(\?([ims]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1]) if (!flags.includes(f)) flags += f;
  }
  // RE2 escapes that JS lacks.
  source = source
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\\Q(.*?)(?:\\E|$)/g, (_m, lit: string) => lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    return new RegExp(source, flags);
  } catch {
    throw new AppsScriptException(`Invalid argument: searchPattern`);
  }
}

export interface Match {
  node: TextNode;
  start: number;
  endInclusive: number;
}

/** Non-empty matches in one text node, from `fromOffset` on. */
export function matchesIn(node: TextNode, re: RegExp, fromOffset = 0): Match[] {
  const out: Match[] = [];
  re.lastIndex = fromOffset;
  let m: RegExpExecArray | null;
  while ((m = re.exec(node.chars))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ node, start: m.index, endInclusive: m.index + m[0].length - 1 });
  }
  return out;
}

/** Replaces every match in each node; returns the number of replacements. */
export function replaceInNodes(nodes: TextNode[], searchPattern: string, replacement: string): number {
  const re = compilePattern(searchPattern);
  const repl = String(replacement);
  let count = 0;
  for (const node of nodes) {
    const matches = matchesIn(node, re);
    // Right to left, so earlier offsets stay valid.
    for (const m of matches.reverse()) {
      const attrs = node.attrs[m.start] ?? PLAIN;
      node.chars = node.chars.slice(0, m.start) + repl + node.chars.slice(m.endInclusive + 1);
      node.attrs.splice(m.start, m.endInclusive - m.start + 1, ...Array.from({ length: repl.length }, () => attrs));
      count++;
    }
  }
  return count;
}
