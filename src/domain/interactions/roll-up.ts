/**
 * Interactions (meetings, calls, missions…) and what they change elsewhere: the partner's
 * « Dernière interaction », and the next steps agreed, copied to the partner and, when the
 * interaction concerns one, to the opportunity.
 */
import type { InteractionSummary } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import { text } from '../records/coerce';

export type { InteractionSummary };

export function summariseInteraction(r: DataRecord): InteractionSummary {
  return {
    id: text(r.id),
    date: text(r.date),
    partnerId: text(r.partnerId),
    opportunityId: text(r.opportunityId),
    type: text(r.type),
    summary: text(r.summary),
    decisions: text(r.decisions),
    nextSteps: text(r.nextSteps),
    nextDue: text(r.nextDue),
  };
}

/** Most recent date among the partner's interactions ('' when none). */
export function latestInteractionDate(interactions: readonly DataRecord[], partnerId: string): LocalDate {
  let max = '';
  for (const r of interactions) {
    const d = text(r.date);
    if (text(r.partnerId) === partnerId && /^\d{4}-\d{2}-\d{2}$/.test(d) && d > max) max = d;
  }
  return max;
}

/**
 * Checks the links of a new interaction: the partner exists, and the opportunity (if any)
 * exists and belongs to that partner. Throws a French error naming the column.
 */
export function checkInteractionLinks(interaction: DataRecord, partner: DataRecord | undefined, opportunity: DataRecord | undefined): void {
  const partnerId = text(interaction.partnerId);
  const opportunityId = text(interaction.opportunityId);
  if (!partner) throw new Error(`Interactions, colonne « ID partenaire » : aucun partenaire avec l'ID « ${partnerId} » dans Partenaires.`);
  if (opportunityId === '') return;
  if (!opportunity) throw new Error(`Interactions, colonne « ID opportunité » : aucune opportunité avec l'ID « ${opportunityId} » dans Opportunités.`);
  if (text(opportunity.partnerId) !== partnerId) {
    throw new Error(
      `Interactions, colonne « ID opportunité » : l'opportunité « ${opportunityId} » concerne le partenaire « ${text(opportunity.partnerId)} », pas « ${partnerId} » (${text(partner.name)}).`,
    );
  }
}

interface RollUp {
  /** « Dernière interaction » of the partner (system field, written without journal). */
  lastInteraction: LocalDate;
  /** Fields of Partenaires to update through the journaled store ({} when nothing to copy). */
  partnerPatch: Record<string, CellData>;
  /** Fields of Opportunités to update ({} when no opportunity or nothing to copy). */
  opportunityPatch: Record<string, CellData>;
}

/**
 * What logging `interaction` changes. The next steps are copied only from the partner's most
 * recent interaction (`latest` = max date including this one): recording an older meeting
 * afterwards does not overwrite a newer plan.
 */
export function rollUpInteraction(interaction: DataRecord, latest: LocalDate): RollUp {
  const nextSteps = text(interaction.nextSteps);
  const nextDue = text(interaction.nextDue);
  const date = text(interaction.date);
  const copy: Record<string, CellData> = {};
  if (date >= latest) {
    if (nextSteps) copy.nextAction = nextSteps;
    if (nextDue) copy.nextDue = nextDue;
  }
  return {
    lastInteraction: latest > date ? latest : date,
    partnerPatch: copy,
    opportunityPatch: text(interaction.opportunityId) ? { ...copy } : {},
  };
}
