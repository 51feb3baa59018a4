/**
 * The subset of Drive v2 search syntax DriveApp.searchFiles understands here:
 * clauses joined by `and` — title/name (=, !=, contains), mimeType (=, !=),
 * '<id>' in parents, trashed = bool, starred = bool.
 */
import type { DriveRecord } from '../core/drive-store';
import { AppsScriptException } from '../core/errors';

type Pred = (r: DriveRecord) => boolean;

function unquote(v: string): string {
  return v.slice(1, -1).replace(/\\(.)/g, '$1');
}

function clause(text: string): Pred {
  const str = `('(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`;
  let m = new RegExp(`^(title|name|mimeType)\\s*(=|!=|contains)\\s*${str}$`).exec(text);
  if (m) {
    const [, field, op, raw] = m;
    const value = unquote(raw);
    const get = (r: DriveRecord): string => (field === 'mimeType' ? r.mimeType : r.name);
    if (op === '=') return (r) => get(r) === value;
    if (op === '!=') return (r) => get(r) !== value;
    return (r) => get(r).toLowerCase().includes(value.toLowerCase());
  }
  m = new RegExp(`^${str}\\s+in\\s+parents$`).exec(text);
  if (m) {
    const id = unquote(m[1]);
    return (r) => r.parentIds.includes(id);
  }
  m = /^(trashed|starred)\s*(=|!=)\s*(true|false)$/.exec(text);
  if (m) {
    const [, field, op, v] = m;
    const want = (v === 'true') === (op === '=');
    return (r) => (field === 'trashed' ? r.trashed : r.starred) === want;
  }
  throw new AppsScriptException('Invalid argument: q');
}

export function parseQuery(params: string): Pred {
  const preds = String(params)
    .split(/\s+and\s+/i)
    .map((c) => c.trim())
    .filter(Boolean)
    .map(clause);
  return (r) => preds.every((p) => p(r));
}
