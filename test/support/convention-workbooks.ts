/**
 * Workbooks for the conventions tests, named after what they create: a partner a convention is
 * generated for, with the contact and the opportunity the generated Doc draws on.
 */
import type { WorldOptions } from '../../src/dev/emulator';
import { CONTACTS, OPPORTUNITIES } from '../../src/domain/schema/tables';
import { seedRows } from './demo-sheets';
import { workbookWithPartners, type PartnersWorkbook } from './workbooks';

/** The partner of the generated conventions, as an officer typed it. */
export const FOUNDATION = {
  name: 'Fondation pour la jeunesse sahélienne',
  acronym: 'FJS',
  type: 'Fondation',
  category: 'Financier',
  country: 'Mali',
  region: 'Mopti',
} as const;

export interface OpportunityWorkbook extends PartnersWorkbook {
  /** The foundation's ID. */
  partnerId: string;
  /** Its opportunity in negotiation, which the conventions are drawn from. */
  opportunityId: string;
}

/**
 * A workbook (roles given) holding the foundation, its executive director as primary contact, and
 * its opportunity « Paix et jeunesse à Mopti » in negotiation (1 500 000 FCFA).
 */
export function workbookWithOpportunity(opts: { world?: WorldOptions } = {}): OpportunityWorkbook {
  const wb = workbookWithPartners([FOUNDATION], opts);
  const [partnerId] = wb.partnerIds;
  seedRows(wb, CONTACTS, [{ partnerId, name: 'Aminata Diallo', role: 'Directrice exécutive', email: 'a.diallo@fjs.org', primary: true }]);
  const [opportunityId] = seedRows(wb, OPPORTUNITIES, [
    { partnerId, title: 'Paix et jeunesse à Mopti', stage: 'Négociation', amount: 1500000, currency: 'XOF' },
  ]);
  wb.world.log.reset();
  return { ...wb, partnerId, opportunityId };
}
