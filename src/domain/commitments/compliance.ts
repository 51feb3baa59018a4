/**
 * The deadline-compliance rate (« taux de respect des échéances »): of the commitments due in the
 * period (due date passed or done, not cancelled), the share done on or before their due date. Ours and
 * the partner's apart, overall, per partner and per owner.
 */
import type { LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { statusOf } from './status';

export interface ComplianceCount {
  /** Commitments due in the period (cancelled ones left out). */
  due: number;
  /** Of them, done on or before their due date. */
  onTime: number;
  /** Done, but after their due date. */
  late: number;
  /** onTime / due, in percent rounded to a unit; null when nothing was due. */
  rate: number | null;
}

export interface ComplianceSplit {
  ours: ComplianceCount;
  partner: ComplianceCount;
}

export interface Compliance {
  overall: ComplianceSplit;
  byPartner: Record<string, ComplianceSplit>;
  byOwner: Record<string, ComplianceSplit>;
  /** Owners and partners left out of byOwner / byPartner by topCompliance (counted in overall). */
  omitted?: { owners: number; partners: number };
}

export interface Period {
  from?: LocalDate;
  to?: LocalDate;
}

const empty = (): ComplianceCount => ({ due: 0, onTime: 0, late: 0, rate: null });
const split = (): ComplianceSplit => ({ ours: empty(), partner: empty() });

/** Due in the period, and already due or already done: one not due yet and not done counts neither way. */
const counted = (r: DataRecord, today: LocalDate, p: Period): boolean => {
  const due = text(r.due);
  const status = statusOf(r);
  return due !== '' && (due < today || status === 'Réalisé') && (!p.from || due >= p.from) && (!p.to || due <= p.to) && status !== 'Annulé';
};

/** `partnerOf`: the partner's name by convention ID. */
export function complianceRate(rows: readonly DataRecord[], partnerOf: ReadonlyMap<string, string>, today: LocalDate, period: Period = {}): Compliance {
  const out: Compliance = { overall: split(), byPartner: {}, byOwner: {} };
  for (const r of rows) {
    if (!counted(r, today, period)) continue;
    const side: keyof ComplianceSplit = text(r.party) === 'Partenaire' ? 'partner' : 'ours';
    const done = statusOf(r) === 'Réalisé' && text(r.doneOn) !== '';
    const onTime = done && text(r.doneOn) <= text(r.due);
    const partner = partnerOf.get(text(r.conventionId)) ?? text(r.conventionId);
    const owner = text(r.owner) || '(sans responsable)';
    for (const c of [out.overall, (out.byPartner[partner] ??= split()), (out.byOwner[owner] ??= split())]) {
      c[side].due += 1;
      if (onTime) c[side].onTime += 1;
      else if (done) c[side].late += 1;
    }
  }
  const rate = (c: ComplianceCount) => (c.rate = c.due ? Math.round((100 * c.onTime) / c.due) : null);
  for (const s of [out.overall, ...Object.values(out.byPartner), ...Object.values(out.byOwner)]) [s.ours, s.partner].forEach(rate);
  return out;
}

const dueOf = (s: ComplianceSplit) => s.ours.due + s.partner.due;

/** The `n` owners and `n` partners with the most due commitments (then by name); the others counted in `omitted`. */
export function topCompliance(c: Compliance, n: number): Compliance {
  const top = (rows: Record<string, ComplianceSplit>) =>
    Object.fromEntries(
      Object.entries(rows)
        .sort(([a, x], [b, y]) => dueOf(y) - dueOf(x) || a.localeCompare(b))
        .slice(0, n),
    );
  const left = (rows: Record<string, ComplianceSplit>) => Math.max(0, Object.keys(rows).length - n);
  return { overall: c.overall, byPartner: top(c.byPartner), byOwner: top(c.byOwner), omitted: { owners: left(c.byOwner), partners: left(c.byPartner) } };
}
