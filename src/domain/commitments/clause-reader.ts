/**
 * Reads a generated convention's text for the dated obligations it holds (« au plus tard le 30 juin
 * 2026 », « dans un délai de 30 jours à compter de la signature », « une première tranche de
 * 5 000 000 FCFA à la signature et le solde … le 31 décembre 2026 », « un rapport trimestriel »)
 * and proposes them as commitments for the user to confirm. A date alone is no obligation (« Fait à
 * Bamako le 12 mars 2026 », « entre en vigueur le … »): a sentence needs an obligation's wording.
 */
import { addDays, isLocalDate, type LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { addMonths } from './recurrence';

export interface ClauseContext {
  start: LocalDate;
  end: LocalDate;
  /** The signature's date when known; the start date stands for it before. */
  signature?: LocalDate;
  /** The convention's currency (XOF, EUR, USD), for amounts written without one. */
  currency: string;
}

export interface ClauseProposal {
  /** Kind, due date, amount and recurrence: what makes two proposals, or a proposal and a commitment, the same. */
  key: string;
  kind: 'Versement' | 'Rapport narratif' | 'Rapport financier' | 'Livrable' | 'Visibilité' | 'Contribution en nature' | 'Autre';
  party: 'Nous' | 'Partenaire';
  label: string;
  due: LocalDate;
  amount: number | null;
  currency: string;
  /** 1, 3, 6 or 12 for a periodic obligation (first occurrence `due`, last on or before `until`). */
  everyMonths: number | null;
  until: LocalDate;
  source: string;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const pad = (n: number | string) => String(n).padStart(2, '0');
const LABEL_MAX = 150;

/** Wording that makes a sentence an obligation rather than a statement of fact. */
const OBLIGATION =
  /\b(s[’']engage(?:nt)?|devra|devront|doit|doivent|est tenue?|sont tenus|(?:verser|remettr|transmettr|fournir|soumettr|produir)(?:a|ont)|sera (?:versée?|remise?|transmise?|fournie?|produite?)|au plus tard|dans un délai)\b/i;
/** A closing formula: its date is never an obligation. */
const NOT_OBLIGATION = /^\s*(fait à|signée? (?:à|le))/i;

const DATE_WORDS = new RegExp(`\\b(1er|\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');
const DATE_SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const RELATIVE =
  /\b(?:dans (?:un délai de |les )|sous )?(?:[a-zé-]+ \()?(\d{1,3})\)? (jours?|mois) (?:à compter de|suivant|après|à partir de) (?:la |le |l[’'])?(signature|fin|terme|clôture|début|démarrage|entrée en vigueur)/i;
const AT_SIGNATURE = /(?:^|\s)à la signature\b/i;
const AT_END = /(?:^|\s)(?:à la fin|au terme|à l[’']échéance) de la (?:présente )?convention\b/i;
const AMOUNT = /(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s*(FCFA|F CFA|francs CFA|XOF|€|euros?|EUR|\$ ?US|\$|dollars?|USD)/i;
const PERIODIC: [RegExp, number][] = [
  [/\bmensuel(?:le)?s?\b|\bchaque mois\b/i, 1],
  [/\btrimestriel(?:le)?s?\b|\bchaque trimestre\b/i, 3],
  [/\bsemestriel(?:le)?s?\b|\bchaque semestre\b/i, 6],
  [/\bannuel(?:le)?s?\b|\bchaque année\b/i, 12],
];

/** What a date that is no deadline follows: a signature, a formula, a reference to another act. */
const NOT_A_DEADLINE = /(?:signée?s?|fait à \S+|en date du|datée? du|conclue?s? le|du)\s*(?:le\s*)?$/i;
const DEADLINE = /(?:au plus tard|avant|d[’']ici|jusqu[’']au)\s*(?:le\s*)?$/i;

/** The sentence's deadline: the date after « au plus tard », « avant »…, else its first date that is no signature's or act's. */
function absoluteDate(s: string): LocalDate | null {
  const hits: { date: LocalDate; before: string }[] = [];
  for (const m of s.matchAll(new RegExp(DATE_WORDS.source, 'gi')))
    hits.push({ date: `${m[3]}-${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(m[1].toLowerCase() === '1er' ? 1 : m[1])}`, before: s.slice(0, m.index) });
  for (const m of s.matchAll(new RegExp(DATE_SLASH.source, 'g'))) hits.push({ date: `${m[3]}-${pad(m[2])}-${pad(m[1])}`, before: s.slice(0, m.index) });
  const dates = hits.filter((h) => isLocalDate(h.date) && !NOT_A_DEADLINE.test(h.before)).sort((x, y) => x.before.length - y.before.length);
  return (dates.find((h) => DEADLINE.test(h.before)) ?? dates[0])?.date ?? null;
}

/** The date a sentence (or a part of one) sets: absolute, or counted from the signature, start or end. */
function dueDate(s: string, ctx: ClauseContext): LocalDate | null {
  const signature = ctx.signature || ctx.start;
  const absolute = absoluteDate(s);
  if (absolute) return absolute;
  const r = RELATIVE.exec(s);
  if (r) {
    const anchor = /signature/i.test(r[3]) ? signature : /fin|terme|clôture/i.test(r[3]) ? ctx.end : ctx.start;
    if (!anchor) return null;
    const n = Number(r[1]);
    return /mois/i.test(r[2]) ? addMonths(anchor, n) : addDays(anchor, n);
  }
  if (AT_SIGNATURE.test(s)) return signature || null;
  if (AT_END.test(s)) return ctx.end || null;
  return null;
}

function amountOf(s: string, fallbackCurrency: string): { amount: number; currency: string } | null {
  const m = AMOUNT.exec(s);
  if (!m) return null;
  const amount = Number(m[1].replace(/[ \u00a0\u202f.]/g, '') + (m[2] ? `.${m[2]}` : ''));
  const c = m[3].toLowerCase();
  const currency = /€|eur/.test(c) ? 'EUR' : /\$|dollar|usd/.test(c) ? 'USD' : /cfa|xof/.test(c) ? 'XOF' : fallbackCurrency;
  return { amount, currency };
}

function kindOf(s: string): ClauseProposal['kind'] {
  if (/\b(vers|tranche|solde|décaiss|subvention)/i.test(s)) return 'Versement';
  if (/\brapport|compte rendu|états financiers/i.test(s))
    return /narratif|technique|d[’']activités|compte rendu/i.test(s) || !/financi/i.test(s) ? 'Rapport narratif' : 'Rapport financier';
  if (/\blogo|visibilité|communication\b/i.test(s)) return 'Visibilité';
  if (/mise à disposition|en nature/i.test(s)) return 'Contribution en nature';
  if (/\b(remettr|livr|fournir|produir|soumettr|transmettr|plan|étude|document)/i.test(s)) return 'Livrable';
  return 'Autre';
}

const PARTNER_WORDS = /\b(le partenaire|du partenaire|au partenaire|l[’']ong|le bénéficiaire)\b/i;
const OUR_WORDS = /\b(l[’']organisation|nous|notre organisation|de l[’']organisation)\b/i;

/** Who is bound: the party named first (subject, or « par … » of a passive), else the usual one for the kind. */
function partyOf(s: string, kind: ClauseProposal['kind']): ClauseProposal['party'] {
  const p = PARTNER_WORDS.exec(s);
  const o = OUR_WORDS.exec(s);
  const passive = /\bpar (?:le partenaire|l[’']organisation)/i.exec(s);
  if (passive) return /partenaire/i.test(passive[0]) ? 'Partenaire' : 'Nous';
  if (p && (!o || p.index < o.index)) return 'Partenaire';
  if (o) return 'Nous';
  return kind === 'Versement' ? 'Nous' : 'Partenaire';
}

function shorten(s: string): string {
  const t = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return capital.length <= LABEL_MAX ? capital : `${capital.slice(0, LABEL_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

const sentencesOf = (paragraph: string): string[] =>
  paragraph
    .split(/(?<=[.;!?])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«])/)
    .map((s) => s.trim())
    .filter(Boolean);

/** « …une première tranche de X à la signature et le solde de Y le 31 décembre » → one part per amount. */
function parts(sentence: string): string[] {
  const pieces = sentence.split(/,? (?:et|puis) (?=(?:le |la |une |un )?(?:solde|seconde|deuxième|troisième|dernière|tranche))/i);
  return pieces.length > 1 && pieces.every((p) => AMOUNT.test(p)) ? pieces : [sentence];
}

const keyOf = (p: Omit<ClauseProposal, 'key'>): string => [p.kind, p.due, p.amount ?? '', p.everyMonths ?? ''].join('|');

/** The obligations of the document's paragraphs, each once, in reading order. */
export function readClauses(paragraphs: readonly string[], ctx: ClauseContext): ClauseProposal[] {
  const out = new Map<string, ClauseProposal>();
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      if (NOT_OBLIGATION.test(sentence) || !OBLIGATION.test(sentence)) continue;
      const subject = partyOf(sentence, kindOf(sentence));
      for (const part of parts(sentence)) {
        const proposal = proposalOf(part, sentence, paragraph, subject, ctx);
        if (proposal && !out.has(proposal.key)) out.set(proposal.key, proposal);
      }
    }
  }
  return [...out.values()];
}

function proposalOf(part: string, sentence: string, paragraph: string, party: ClauseProposal['party'], ctx: ClauseContext): ClauseProposal | null {
  const kind = kindOf(part);
  const money = amountOf(part, ctx.currency);
  const every = PERIODIC.find(([re]) => re.test(part))?.[1] ?? null;
  let due = dueDate(part, ctx);
  let until = '';
  if (every && ctx.start && ctx.end) {
    // « Dans les 15 jours suivant chaque trimestre »: the first period's end plus the delay.
    const delay = /(\d{1,3}) jours? (?:suivant|après) (?:la fin de )?chaque/i.exec(part);
    due = addDays(addMonths(ctx.start, every), delay ? Number(delay[1]) : 0);
    until = addDays(ctx.end, delay ? Number(delay[1]) : 0);
    if (due > until) return null;
  }
  if (!due) return null;
  const label = shorten(part === sentence ? sentence : part);
  const p = {
    kind,
    party,
    label,
    due,
    amount: money?.amount ?? null,
    currency: money?.currency ?? ctx.currency,
    everyMonths: every,
    until,
    source: paragraph,
  };
  return { key: keyOf(p), ...p };
}

/** The proposals no commitment of the convention already holds (same kind, due date and amount). */
export function notListed(proposals: readonly ClauseProposal[], commitments: readonly DataRecord[]): ClauseProposal[] {
  const listed = new Set(commitments.map((c) => [text(c.kind), text(c.due), c.amount === '' || c.amount == null ? '' : Number(c.amount)].join('|')));
  return proposals.filter((p) => !listed.has([p.kind, p.due, p.amount ?? ''].join('|')));
}
