/** Interactions (meetings, calls, missions…) and their roll-up to partners and opportunities. */
import type { RecordInput, SaveResult } from '../domain/contracts';
import { INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { assertValid } from '../domain/records/validate';
import { checkInteractionLinks, latestInteractionDate, rollUpInteraction } from '../domain/interactions/roll-up';
import type { Store } from '../store/store';

/**
 * Records an interaction, then: the partner's « Dernière interaction » becomes the latest date;
 * the next steps and their due date (when given, from the partner's latest interaction) become
 * the partner's « Prochaine action »/« Prochaine échéance » and, if an opportunity is named,
 * its « Prochaine action »/« Échéance » — both journaled.
 */
export function logInteraction(store: Store, input: RecordInput): SaveResult {
  const { id: _ignored, ...data } = input;
  const clean = assertValid(INTERACTIONS, data, null);
  const partners = store.table(PARTNERS);
  const partner = partners.get(String(clean.partnerId));
  const opportunityId = clean.opportunityId ?? '';
  const opportunities = opportunityId ? store.table(OPPORTUNITIES) : null;
  const opportunity = opportunities?.get(opportunityId);
  checkInteractionLinks(clean, partner?.record, opportunity?.record);

  const interactions = store.table(INTERACTIONS);
  const [created] = interactions.insert([clean]);
  const id = created.id;
  const partnerId = created.partnerId;
  const latest = latestInteractionDate(
    interactions.all().map((s) => s.record),
    partnerId,
  );
  const rollUp = rollUpInteraction(created, latest);
  const action = `suites de l'interaction ${id}`;
  if (partner!.record.lastInteraction !== rollUp.lastInteraction) {
    partners.writeComputed('lastInteraction', new Map([[partner!.row, rollUp.lastInteraction]]));
  }
  if (Object.keys(rollUp.partnerPatch).length) partners.update(partnerId, rollUp.partnerPatch, action);
  if (opportunities && Object.keys(rollUp.opportunityPatch).length) opportunities.update(opportunityId, rollUp.opportunityPatch, action);
  return { id };
}
