/** What the sidebar lists for each partner: plain JSON, safe to send through google.script.run. */
import type { Row } from '../schema/field';
import type { PARTNERS } from '../schema/tables';
import type { PartnerSummary, Quadrant } from '../contracts';

export type { PartnerSummary };

type PartnerFields = 'id' | 'name' | 'acronym' | 'type' | 'category' | 'stage' | 'region' | 'owner' | 'nextAction' | 'nextDue' | 'priority' | 'quadrant';

export function summarisePartner(r: Pick<Row<typeof PARTNERS>, PartnerFields>): PartnerSummary {
  return {
    id: r.id,
    name: r.name,
    acronym: r.acronym,
    type: r.type,
    category: r.category,
    stage: r.stage,
    region: r.region,
    owner: r.owner,
    nextAction: r.nextAction,
    nextDue: r.nextDue,
    priority: r.priority,
    // Written by Pacte from its four quadrants; anything else typed in the cell reads as none.
    quadrant: (r.quadrant as Quadrant) || '',
  };
}

/** One collator for all comparisons: localeCompare with options builds one per call (slow at 10k rows). */
const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Alphabetical by name, French collation (É sorts with E, "n° 2" before "n° 10"). */
export function sortPartners(list: PartnerSummary[]): PartnerSummary[] {
  return list.sort((a, b) => FRENCH.compare(a.name, b.name));
}
