/**
 * Relays: the partner who opened the door to another (« Introduit par »). The pipeline reads
 * opportunities by relay from a copy of the relay's name kept on each opportunity (« Relais »),
 * so the board never reads Partenaires.
 */
import type { DataRecord } from '../schema/field';
import { text } from '../records/coerce';

/** The relay's name of each partner that has one (partner ID → relay name; the ID when the relay is gone). */
export function relayNames(partners: readonly DataRecord[]): Map<string, string> {
  const nameOf = new Map(partners.map((p) => [text(p.id), text(p.name) || text(p.id)]));
  const out = new Map<string, string>();
  for (const p of partners) {
    const relay = text(p.introducedBy);
    if (relay) out.set(text(p.id), nameOf.get(relay) ?? relay);
  }
  return out;
}

/**
 * The « Relais » cells to rewrite (sheet row → relay name, '' when none) among the opportunities of
 * the partners `concerned`, so that each names its partner's relay as Partenaires says now.
 */
export function relayCellUpdates(
  opportunities: readonly { row: number; record: DataRecord }[],
  partners: readonly DataRecord[],
  concerned: ReadonlySet<string>,
): Map<number, string> {
  const relays = relayNames(partners);
  const updates = new Map<number, string>();
  for (const o of opportunities) {
    const partnerId = text(o.record.partnerId);
    if (!concerned.has(partnerId)) continue;
    const expected = relays.get(partnerId) ?? '';
    if (text(o.record.relay) !== expected) updates.set(o.row, expected);
  }
  return updates;
}

/** The partner and those it introduced: whose opportunities' « Relais » a change of this partner may alter. */
export function relayConcerned(partners: readonly DataRecord[], partnerId: string): Set<string> {
  return new Set([partnerId, ...partners.filter((p) => text(p.introducedBy) === partnerId).map((p) => text(p.id))]);
}
