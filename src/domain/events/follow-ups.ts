/**
 * « Suites à donner » of a held event, one per line (« Envoyer le rapport à CNJ avant le 15 avril »):
 * each line names the partner it concerns (by name or acronym, among the event's partners; the
 * only partner when there is one) and may give a date. Each becomes that partner's next action
 * (Prochaine action + Prochaine échéance, the columns « Ma semaine » reads) when the partner has
 * none, or when its own comes later than this one.
 */
import { foldText } from '../records/normalise';
import { parseFrenchDate, isLocalDate, type LocalDate } from '../format/local-date';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

export interface EventPartner {
  id: string;
  name: string;
  acronym: string;
}

export interface FollowUp {
  line: string;
  partnerId: string;
  /** '' when the line gives no date. */
  due: LocalDate | '';
}

export interface FollowUpPlan {
  followUps: FollowUp[];
  /** Lines that name none of the event's partners (several invited): kept in the event only. */
  unassigned: string[];
}

/** The first date in the line: « 15/04/2026 », « 2026-04-15 », « 15 avril 2026 », « 15 avril » (the next one on or after `from`). */
export function dateIn(line: string, from: LocalDate): LocalDate | '' {
  const numeric = /(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/.exec(line);
  if (numeric) return parseFrenchDate(numeric[1]) ?? '';
  const folded = foldText(line);
  const m = new RegExp(`(\\d{1,2})(?:er)?\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`).exec(folded);
  if (!m) return '';
  const month = MONTHS.indexOf(m[2]) + 1;
  const at = (year: number) => `${year}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  if (m[3]) return isLocalDate(at(Number(m[3]))) ? at(Number(m[3])) : '';
  const year = Number(from.slice(0, 4));
  const date = at(year) >= from ? at(year) : at(year + 1);
  return isLocalDate(date) ? date : '';
}

/** Whole-word match of a folded name in a folded line. */
function names(line: string, name: string): boolean {
  const n = foldText(name).trim();
  return n.length >= 2 && ` ${line} `.includes(` ${n} `);
}

const words = (s: string): string =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function planFollowUps(text: string, partners: readonly EventPartner[], eventDate: LocalDate): FollowUpPlan {
  const plan: FollowUpPlan = { followUps: [], unassigned: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*[-•*]\s*/, '').trim();
    if (!line) continue;
    const folded = words(line);
    // The longest name found wins: « Ministère de la Jeunesse » over « Jeunesse ».
    const named = partners
      .flatMap((p) => [p.name, p.acronym].filter((n) => n && names(folded, words(n))).map((n) => ({ p, length: n.length })))
      .sort((a, b) => b.length - a.length)[0]?.p;
    const partner = named ?? (partners.length === 1 ? partners[0] : undefined);
    if (!partner) plan.unassigned.push(line);
    else plan.followUps.push({ line, partnerId: partner.id, due: dateIn(line, eventDate) });
  }
  return plan;
}

/** The partner's next action after this follow-up: replaced when it has none, no date while this one has, or a later one. */
export function nextActionAfter(current: { nextAction: string; nextDue: string }, f: FollowUp): { nextAction: string; nextDue: string } | null {
  const replace = !current.nextAction || (f.due !== '' && (!current.nextDue || current.nextDue > f.due));
  return replace ? { nextAction: f.line, nextDue: f.due } : null;
}

/** Per partner, the follow-up that becomes its next action: the earliest dated, else the first. */
export function firstPerPartner(followUps: readonly FollowUp[]): Map<string, FollowUp> {
  const out = new Map<string, FollowUp>();
  for (const f of followUps) {
    const kept = out.get(f.partnerId);
    if (!kept || (f.due !== '' && (kept.due === '' || f.due < kept.due))) out.set(f.partnerId, f);
  }
  return out;
}
