/** What the sidebar lists for each partner: plain JSON, safe to send through google.script.run. */
import type { DataRecord } from '../schema/field';
import type { PartnerSummary, Quadrant } from '../contracts';

export type { PartnerSummary };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function summarisePartner(r: DataRecord): PartnerSummary {
  return {
    id: text(r.id),
    name: text(r.name),
    acronym: text(r.acronym),
    type: text(r.type),
    category: text(r.category),
    stage: text(r.stage),
    region: text(r.region),
    owner: text(r.owner),
    nextAction: text(r.nextAction),
    nextDue: text(r.nextDue),
    priority: typeof r.priority === 'number' ? r.priority : null,
    quadrant: (text(r.quadrant) as Quadrant) || '',
  };
}

/** One collator for all comparisons: localeCompare with options builds one per call (slow at 10k rows). */
const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Alphabetical by name, French collation (É sorts with E, "n° 2" before "n° 10"). */
export function sortPartners(list: PartnerSummary[]): PartnerSummary[] {
  return list.sort((a, b) => FRENCH.compare(a.name, b.name));
}
