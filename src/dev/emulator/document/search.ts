/**
 * replaceText / findText as Google documents them: the pattern is a string holding an RE2
 * regular expression, matched independently against each text element (never across
 * paragraphs); the replacement keeps the formatting of the first replaced character.
 *
 * What `$` and `\` mean in the replacement, Google does not say
 * (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 * documents only "the text to use as replacement"). The world option `docsReplacement` chooses:
 * - 'java' (default): java.util.regex.Matcher.replaceAll's syntax, the Apps Script services being
 *   Java: `$1` inserts a group, `\x` is x, and a bad reference throws. The safer default: code
 *   that hands text to replaceText unescaped breaks here, in tests, not on a partner's name.
 * - 'literal': the replacement is inserted as it is.
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
  /** The whole match then each group (undefined when a group took no part). */
  groups: (string | undefined)[];
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
    out.push({ node, start: m.index, endInclusive: m.index + m[0].length - 1, groups: [...m] });
  }
  return out;
}

export type ReplacementSyntax = 'java' | 'literal';

/** The replacement text of one match under java.util.regex.Matcher.appendReplacement's rules. */
export function javaReplacement(replacement: string, groups: readonly (string | undefined)[]): string {
  const groupCount = groups.length - 1;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (++i >= replacement.length) throw new AppsScriptException('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      if (++i >= replacement.length) throw new AppsScriptException('Illegal group reference: group index is missing');
      let ref = replacement.charCodeAt(i) - 48;
      if (ref < 0 || ref > 9) throw new AppsScriptException('Illegal group reference');
      if (ref > groupCount) throw new AppsScriptException(`No group ${ref}`);
      // Further digits belong to the number only while it still names a group (Java's rule).
      while (i + 1 < replacement.length) {
        const next = replacement.charCodeAt(i + 1) - 48;
        if (next < 0 || next > 9 || ref * 10 + next > groupCount) break;
        ref = ref * 10 + next;
        i++;
      }
      out += groups[ref] ?? '';
    } else out += c;
  }
  return out;
}

/** Replaces every match in each node; returns the number of replacements. */
export function replaceInNodes(nodes: TextNode[], searchPattern: string, replacement: string, syntax: ReplacementSyntax): number {
  const re = compilePattern(searchPattern);
  const template = String(replacement);
  // Every replacement is computed before any is written: a bad one changes nothing.
  const planned = nodes.map((node) => matchesIn(node, re).map((m) => ({ m, repl: syntax === 'java' ? javaReplacement(template, m.groups) : template })));
  let count = 0;
  nodes.forEach((node, i) => {
    // Right to left, so earlier offsets stay valid.
    for (const { m, repl } of planned[i].reverse()) {
      const attrs = node.attrs[m.start] ?? PLAIN;
      node.chars = node.chars.slice(0, m.start) + repl + node.chars.slice(m.endInclusive + 1);
      node.attrs.splice(m.start, m.endInclusive - m.start + 1, ...Array.from({ length: repl.length }, () => attrs));
      count++;
    }
  });
  return count;
}
