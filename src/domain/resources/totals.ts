/**
 * Resources mobilised, counted once. The counting rule:
 * a contribution is the rows of one convention (an amendment counts as the convention it amends;
 * a row naming only an opportunity counts with the convention that carries that opportunity, else
 * with the opportunity) and one kind (cash, in kind); it mobilises max(promised, received): a
 * receipt typed against a pledged convention does not add to the pledge, and a receipt beyond the
 * pledge counts in full. A row with neither convention nor opportunity is its own contribution.
 * Promised and received are also shown apart, as typed. Rows without an FCFA value (« taux à
 * saisir ») are counted apart and left out of the sums, never read as 0.
 */
import { toXof, type ExchangeRates } from '../format/xof';
import { text } from '../records/coerce';
import { rootsOf, type ResourceRow } from './feed';

export interface Amount {
  key: string;
  amountXof: number;
}

export interface ResourceTotals {
  /** Σ over contributions of max(promised, received), FCFA. */
  mobilisedXof: number;
  promisedXof: number;
  receivedXof: number;
  byKind: Amount[];
  byPartnerType: Amount[];
  byAxis: Amount[];
  /** The `top` partners by amount mobilised; the others counted in `otherPartners`. */
  byPartner: (Amount & { name: string })[];
  otherPartners: { count: number; amountXof: number };
  /** Rows left out of the sums for want of a rate. */
  missingRate: number;
  /** Paramètres › Objectifs « Ressources mobilisées » (FCFA), null when not set. */
  target: number | null;
  /** mobilised / target in %, rounded; null without a target. */
  targetPercent: number | null;
}

export interface TotalsContext {
  /** Convention → the convention its amendment chain started from. */
  rootOf: ReadonlyMap<string, string>;
  /** Opportunity → the (root) convention that carries it. */
  conventionOfOpportunity: ReadonlyMap<string, string>;
  partners: ReadonlyMap<string, { name: string; type: string }>;
  target: number | null;
  top: number;
}

/** The amendment chains and opportunities of the conventions, the partners' names and types. */
export function totalsContext(
  conventions: readonly Readonly<Record<string, unknown>>[],
  partners: readonly Readonly<Record<string, unknown>>[],
  target: number | null,
  top: number,
): TotalsContext {
  const rootOf = rootsOf(conventions.map((c) => ({ id: text(c.id), amends: text(c.amends) })));
  const conventionOfOpportunity = new Map<string, string>();
  for (const c of conventions) if (text(c.opportunityId)) conventionOfOpportunity.set(text(c.opportunityId), rootOf.get(text(c.id))!);
  return {
    rootOf,
    conventionOfOpportunity,
    partners: new Map(partners.map((p) => [text(p.id), { name: text(p.name), type: text(p.type) }])),
    target,
    top,
  };
}

/**
 * A row's FCFA value: as written, else at the rate of its date (what the daily sync writes next),
 * else null (« taux à saisir »). The register and the KPI value rows through this alone.
 */
export function valued(r: ResourceRow, rates: ExchangeRates): ResourceRow {
  if (typeof r.amountXof === 'number' || typeof r.amount !== 'number') return r;
  const date = text(r.date).slice(0, 10);
  return { ...r, amountXof: toXof(r.amount, text(r.currency) || 'XOF', rates, date || undefined) };
}

/** Which contribution a row belongs to (see the rule above). */
export function contributionKey(r: ResourceRow, ctx: Pick<TotalsContext, 'rootOf' | 'conventionOfOpportunity'>): string {
  const conv = text(r.conventionId);
  const opp = text(r.opportunityId);
  const convention = conv ? (ctx.rootOf.get(conv) ?? conv) : ctx.conventionOfOpportunity.get(opp);
  const owner = convention ? `C:${convention}` : opp ? `O:${opp}` : `R:${text(r.id)}`;
  return `${owner}|${r.kind}`;
}

const add = (m: Map<string, number>, key: string, v: number) => m.set(key, (m.get(key) ?? 0) + v);
const sorted = (m: Map<string, number>): Amount[] =>
  [...m].map(([key, amountXof]) => ({ key, amountXof })).sort((a, b) => b.amountXof - a.amountXof || a.key.localeCompare(b.key, 'fr'));

export function resourceTotals(rows: readonly ResourceRow[], ctx: TotalsContext): ResourceTotals {
  const groups = new Map<string, { promised: number; received: number; partnerId: string; axis: string; kind: string }>();
  let promisedXof = 0;
  let receivedXof = 0;
  let missingRate = 0;
  for (const r of rows) {
    if (r.amountXof === null) {
      missingRate++;
      continue;
    }
    const key = contributionKey(r, ctx);
    const g = groups.get(key) ?? { promised: 0, received: 0, partnerId: text(r.partnerId), axis: '', kind: r.kind };
    // A row from before the Statut column recorded what was received.
    const received = r.status !== 'Promise';
    if (received) g.received += r.amountXof;
    else g.promised += r.amountXof;
    g.axis ||= text(r.axis);
    groups.set(key, g);
    if (received) receivedXof += r.amountXof;
    else promisedXof += r.amountXof;
  }
  const byKind = new Map<string, number>();
  const byType = new Map<string, number>();
  const byAxis = new Map<string, number>();
  const byPartner = new Map<string, number>();
  let mobilisedXof = 0;
  for (const g of groups.values()) {
    const v = Math.max(g.promised, g.received);
    mobilisedXof += v;
    add(byKind, g.kind || 'Non précisée', v);
    add(byType, ctx.partners.get(g.partnerId)?.type || 'Non précisé', v);
    add(byAxis, g.axis || 'Sans axe', v);
    add(byPartner, g.partnerId, v);
  }
  const partners = sorted(byPartner);
  const rest = partners.slice(ctx.top);
  return {
    mobilisedXof,
    promisedXof,
    receivedXof,
    byKind: sorted(byKind),
    byPartnerType: sorted(byType),
    byAxis: sorted(byAxis),
    byPartner: partners.slice(0, ctx.top).map((p) => ({ ...p, name: ctx.partners.get(p.key)?.name || p.key })),
    otherPartners: { count: rest.length, amountXof: rest.reduce((s, p) => s + p.amountXof, 0) },
    missingRate,
    target: ctx.target,
    targetPercent: ctx.target ? Math.round((mobilisedXof / ctx.target) * 100) : null,
  };
}
