/**
 * The register's rows that follow other sheets: each effective convention's amount (cash) and
 * valued in-kind contribution, promised; each signed opportunity no fed convention carries. Each
 * row is keyed by its `source`, so running the feed again updates it rather than adding another;
 * an amendment (Avenant, « Convention modifiée ») replaces the figures of the convention it amends
 * under that convention's source rather than adding to them.
 */
import type { Row } from '../schema/field';
import type { CONVENTIONS, OPPORTUNITIES } from '../schema/tables';
import type { LocalDate } from '../format/local-date';
import { toXof, type ExchangeRates } from '../format/xof';
import { text } from '../records/coerce';
import type { RESOURCES } from './tables';

type Convention = Row<typeof CONVENTIONS>;
type Opportunity = Row<typeof OPPORTUNITIES>;
export type ResourceRow = Row<typeof RESOURCES>;

/** Conventions whose pledge stands (signed, running or ended normally). */
export const FED_STATUSES: readonly string[] = ['Signée', 'Active', 'Clôturée', 'Expirée'];

/** A fed row, as it should read now. */
export type FedRow = Pick<
  ResourceRow,
  'source' | 'partnerId' | 'date' | 'kind' | 'label' | 'amount' | 'currency' | 'status' | 'conventionId' | 'opportunityId' | 'axis' | 'amountXof'
>;

export const cashSource = (conventionId: string): string => `Convention ${conventionId} — numéraire`;
export const inKindSource = (conventionId: string): string => `Convention ${conventionId} — nature`;
export const opportunitySource = (opportunityId: string): string => `Opportunité ${opportunityId}`;
/** Rows the feed owns (a hand-typed row has no source). */
export const isFedSource = (source: string): boolean => /^(Convention|Opportunité) /.test(source);

/** The convention a chain of amendments started from (CONV-5 amends CONV-3 amends nothing → CONV-3). */
export function rootsOf(conventions: readonly Pick<Convention, 'id' | 'amends'>[]): Map<string, string> {
  const amends = new Map(conventions.map((c) => [text(c.id), text(c.amends)]));
  const roots = new Map<string, string>();
  for (const id of amends.keys()) {
    let at = id;
    const seen = new Set([at]);
    while (amends.get(at) && amends.has(amends.get(at)!) && !seen.has(amends.get(at)!)) seen.add((at = amends.get(at)!));
    roots.set(id, at);
  }
  return roots;
}

export interface FeedInput {
  conventions: readonly Convention[];
  opportunities: readonly Opportunity[];
  /** Latest signature date by convention (Signatures), for a convention without a start date. */
  signedOn: ReadonlyMap<string, LocalDate>;
  rates: ExchangeRates;
  /** The date a row keeps when its convention has neither start nor signature date (its current one, else today). */
  fallbackDate: (source: string) => LocalDate;
}

const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date.localeCompare(b.date) || a.id.localeCompare(b.id, 'fr', { numeric: true });

/** The rows the register should hold from conventions and opportunities now. */
export function fedRows(input: FeedInput): FedRow[] {
  const roots = rootsOf(input.conventions);
  const axisOf = new Map(input.opportunities.map((o) => [text(o.id), text(o.axis)]));
  const statusOf = new Map(input.conventions.map((c) => [text(c.id), c.status]));
  const groups = new Map<string, { c: Convention; date: string; id: string }[]>();
  for (const c of input.conventions) {
    const id = text(c.id);
    const root = roots.get(id) ?? id;
    // An amendment stands only while the convention it amends does (terminated: the whole pledge goes).
    if (!FED_STATUSES.includes(c.status) || !FED_STATUSES.includes(statusOf.get(root) ?? '')) continue;
    const member = { c, id, date: c.startDate || input.signedOn.get(id) || '' };
    groups.set(root, [...(groups.get(root) ?? []), member]);
  }
  const out: FedRow[] = [];
  const carried = new Set<string>();
  for (const [root, members] of groups) {
    members.sort(byDateThenId);
    // The latest amendment stating a figure replaces the earlier ones; one stating none leaves them.
    const last = <K extends 'amount' | 'inKind'>(k: K) => [...members].reverse().find((m) => m.c[k] !== null);
    const opportunityId = text(members.map((m) => m.c.opportunityId).find((o) => text(o)) ?? '');
    for (const m of members) if (text(m.c.opportunityId)) carried.add(text(m.c.opportunityId));
    const common = {
      partnerId: text(members[members.length - 1].c.partnerId),
      status: 'Promise' as const,
      conventionId: root,
      opportunityId,
      axis: axisOf.get(opportunityId) ?? '',
    };
    const amendedBy = (m: { id: string }) => (m.id === root ? '' : ` (avenant ${m.id})`);
    const cash = last('amount');
    if (cash) {
      const source = cashSource(root);
      const date = members[0].date || input.fallbackDate(source);
      const currency = text(cash.c.currency) || 'XOF';
      const amount = cash.c.amount as number;
      out.push({
        ...common,
        source,
        date,
        kind: 'Financière',
        label: `Montant de la convention ${root}${amendedBy(cash)}`,
        amount,
        currency,
        amountXof: toXof(amount, currency, input.rates, date),
      });
    }
    const inKind = last('inKind');
    if (inKind) {
      const source = inKindSource(root);
      const date = members[0].date || input.fallbackDate(source);
      const amount = inKind.c.inKind as number;
      const what = text(inKind.c.inKindDescription);
      out.push({
        ...common,
        source,
        date,
        kind: 'En nature',
        label: `Contribution en nature de la convention ${root}${amendedBy(inKind)}${what ? ` : ${what.slice(0, 300)}` : ''}`,
        // A convention's in-kind contribution is valued in FCFA whatever its currency.
        amount,
        currency: 'XOF',
        amountXof: amount,
      });
    }
  }
  for (const o of input.opportunities) {
    const id = text(o.id);
    if (o.stage !== 'Signée' || carried.has(id) || o.amount === null) continue;
    const source = opportunitySource(id);
    const date = o.decisionDate || input.fallbackDate(source);
    const currency = text(o.currency) || 'XOF';
    out.push({
      source,
      partnerId: text(o.partnerId),
      date,
      kind: 'Financière',
      label: `Opportunité signée : ${text(o.title).slice(0, 300)}`,
      amount: o.amount,
      currency,
      status: 'Promise',
      conventionId: '',
      opportunityId: id,
      axis: text(o.axis),
      amountXof: toXof(o.amount, currency, input.rates, date),
    });
  }
  return out;
}
