/** What the sidebar lists for each partner: plain JSON, safe to send through google.script.run. */
import type { DataRecord } from '../schema/field';
import type { PartnerSummary, Quadrant } from '../contracts';
import { rawText } from '../records/coerce';

export type { PartnerSummary };

export function summarisePartner(r: DataRecord): PartnerSummary {
  return {
    id: rawText(r.id),
    name: rawText(r.name),
    acronym: rawText(r.acronym),
    type: rawText(r.type),
    category: rawText(r.category),
    stage: rawText(r.stage),
    region: rawText(r.region),
    owner: rawText(r.owner),
    nextAction: rawText(r.nextAction),
    nextDue: rawText(r.nextDue),
    priority: typeof r.priority === 'number' ? r.priority : null,
    quadrant: (rawText(r.quadrant) as Quadrant) || '',
  };
}

/** One collator for all comparisons: localeCompare with options builds one per call (slow at 10k rows). */
const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Alphabetical by name, French collation (É sorts with E, "n° 2" before "n° 10"). */
export function sortPartners(list: PartnerSummary[]): PartnerSummary[] {
  return list.sort((a, b) => FRENCH.compare(a.name, b.name));
}
