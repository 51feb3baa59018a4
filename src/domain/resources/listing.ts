/** One page of the register, newest first, with the totals of every row the filters keep. */
import { text } from '../records/coerce';
import type { ResourceRow } from './feed';
import { isFedSource } from './feed';
import { resourceTotals, type ResourceTotals, type TotalsContext } from './totals';

export interface ResourceFilters {
  /** Calendar year of the row's date; the annual target applies only with a year. */
  year?: number;
  kind?: string;
  status?: string;
  axis?: string;
  partnerId?: string;
}

export interface ResourceItem {
  id: string;
  date: string;
  partnerId: string;
  partnerName: string;
  kind: string;
  label: string;
  amount: number | null;
  currency: string;
  /** null: « taux à saisir » (no rate for that currency at that date yet). */
  amountXof: number | null;
  status: string;
  conventionId: string;
  opportunityId: string;
  axis: string;
  inKindCategory: string;
  quantity: number | null;
  source: string;
  /** Fed from a convention or an opportunity: changed there, not here. */
  fed: boolean;
}

export interface ResourcePage {
  items: ResourceItem[];
  total: number;
  offset: number;
  totals: ResourceTotals;
  /** Paramètres › Valorisation, for the form: « Temps de personnel — 25 000 FCFA par jour ». */
  valuation: { category: string; rate: number; unit: string; label: string }[];
  /** Today in the spreadsheet's zone (the form's default date). */
  today: string;
  /** The year listed (the current one unless every year was asked for), null for every year. */
  year: number | null;
}

export function keeps(r: ResourceRow, f: ResourceFilters): boolean {
  if (f.year && !String(r.date).startsWith(`${f.year}-`)) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.axis && text(r.axis) !== f.axis) return false;
  if (f.partnerId && text(r.partnerId) !== f.partnerId) return false;
  return true;
}

const item = (r: ResourceRow, partnerName: string): ResourceItem => ({
  id: text(r.id),
  date: r.date,
  partnerId: text(r.partnerId),
  partnerName: text(r.partnerName) || partnerName,
  kind: r.kind,
  label: text(r.label),
  amount: r.amount,
  currency: text(r.currency) || 'XOF',
  amountXof: r.amountXof,
  status: r.status || 'Reçue',
  conventionId: text(r.conventionId),
  opportunityId: text(r.opportunityId),
  axis: text(r.axis),
  inKindCategory: r.inKindCategory,
  quantity: r.quantity,
  source: text(r.source),
  fed: isFedSource(text(r.source)),
});

export function resourcePage(
  rows: readonly ResourceRow[],
  query: { filters: ResourceFilters; offset: number; limit: number },
  ctx: Omit<TotalsContext, 'target'> & { target: number | null },
): Omit<ResourcePage, 'valuation' | 'today' | 'year'> {
  const kept = rows.filter((r) => keeps(r, query.filters));
  const ordered = [...kept].sort((a, b) => b.date.localeCompare(a.date) || text(b.id).localeCompare(text(a.id), 'fr', { numeric: true }));
  return {
    items: ordered.slice(query.offset, query.offset + query.limit).map((r) => item(r, ctx.partners.get(text(r.partnerId))?.name ?? '')),
    total: kept.length,
    offset: query.offset,
    totals: resourceTotals(kept, { ...ctx, target: query.filters.year ? ctx.target : null }),
  };
}
