/** Parsing and checking MailApp recipient lists ("a@x.org, Name <b@y.org>"). */
import { AppsScriptException } from '../core/errors';

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The addresses of a comma-separated list; "Name <addr>" yields addr. Throws Google's error for a malformed one. */
export function parseRecipients(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const part of String(list).split(',')) {
    const raw = part.trim();
    if (raw === '') continue;
    const angle = /<([^<>]*)>\s*$/.exec(raw);
    const address = (angle ? angle[1] : raw).trim();
    if (!ADDRESS.test(address)) throw new AppsScriptException(`Invalid email: ${raw}`);
    out.push(address);
  }
  return out;
}
