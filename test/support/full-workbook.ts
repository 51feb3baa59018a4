/**
 * A workbook with every view populated: partners, contacts, opportunities, interactions, conventions
 * with their Docs, approval circuit and signatures, a survey campaign with answers. Rebuilding all of
 * that by hand would repeat the sandbox's seeding, so this wraps it; tests take the IDs it returns.
 */
import { createDemoWorkbook, type DemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import type { TableSpec } from '../../src/domain/schema/field';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { CAMPAIGNS } from '../../src/domain/surveys/tables';
import { records } from './demo-sheets';
import { DEMO_ROLES } from '../../src/dev/sandbox/demo-data';

export interface FullWorkbook extends DemoWorkbook {
  /** IDs of each populated sheet's records, in the order they were created. */
  partnerIds: string[];
  opportunityIds: string[];
  conventionIds: string[];
  campaignIds: string[];
  /** Who holds each role of the approval circuit (juridique, DAF, DG, SG…) in this workbook. */
  holders: Record<string, string>;
}

export function fullWorkbook(): FullWorkbook {
  const wb = createDemoWorkbook({ full: true });
  const ids = (spec: TableSpec) => records(wb, spec).map((r) => String(r.id));
  const full = {
    ...wb,
    partnerIds: ids(PARTNERS),
    opportunityIds: ids(OPPORTUNITIES),
    conventionIds: ids(CONVENTIONS),
    campaignIds: ids(CAMPAIGNS),
    holders: Object.fromEntries(DEMO_ROLES.map(([email, role]) => [role, email])),
  };
  // Reading the IDs is the test's set-up, not something a test counts.
  wb.world.log.reset();
  return full;
}
