/** What the sidebar lists for each partner: plain JSON, safe to send through google.script.run. */
import type { DataRecord } from '../schema/field';

export interface PartnerSummary {
  id: string;
  name: string;
  acronym: string;
  type: string;
  category: string;
  stage: string;
  region: string;
  owner: string;
  nextAction: string;
  nextDue: string;
}

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
  };
}

/** Alphabetical by name, French collation (É sorts with E). */
export function sortPartners(list: PartnerSummary[]): PartnerSummary[] {
  return list.sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
}
