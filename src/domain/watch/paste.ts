/**
 * A pasted list of calls, one per line: intitulé ; bailleur ; date limite ; lien — separated by
 * tabs (cells copied from a sheet) or semicolons. Dates as written in French (15/03/2027,
 * « 15 mars 2027 », 2027-03-15). A line that cannot be read is named with what is expected.
 */
import { findDateIn } from '../format/date-in-text';
import type { LocalDate } from '../format/local-date';

export interface PastedCall {
  line: number;
  title: string;
  funder: string;
  deadline: LocalDate | '';
  link: string;
}

export interface PastedList {
  calls: PastedCall[];
  problems: string[];
}

const HEADER = /^(intitul[ée]|titre)(\s|;|$)/i;

export function parsePastedList(text: string): PastedList {
  const calls: PastedCall[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || (i === 0 && HEADER.test(raw.trim()))) return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(';')).map((c) => c.trim());
    const [title = '', funder = '', date = '', link = ''] = cells;
    if (!title) return void problems.push(`Ligne ${line} : l’intitulé manque (attendu : intitulé ; bailleur ; date limite ; lien).`);
    const deadline = date ? findDateIn(date) : null;
    if (date && !deadline) return void problems.push(`Ligne ${line} : date limite « ${date} » illisible (attendu 15/03/2027 ou 15 mars 2027).`);
    if (link && !/^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(link)) return void problems.push(`Ligne ${line} : lien « ${link} » illisible (attendu https://…).`);
    calls.push({ line, title, funder, deadline: deadline ?? '', link: link && !/^https?:\/\//i.test(link) ? 'https://' + link : link });
  });
  return { calls, problems };
}
