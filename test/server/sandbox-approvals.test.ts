/**
 * The sandbox's approval seeding (src/dev/sandbox): it takes drafted conventions through the
 * circuit with Pacte's own API, adding a DG holder when the workbook has none.
 */
import { seedApprovals } from '../../src/dev/sandbox/demo-approvals';
import { CONVENTIONS } from '../../src/domain/schema/tables';
import { records } from '../support/demo-sheets';
import { USERS, partner, workbookWithPartners } from '../support/workbooks';
import { draftConvention } from './approval-fixture';

it('seedApprovals takes demo conventions through the circuit with the API', () => {
  const wb = workbookWithPartners([partner()]); // no DG: the seeding adds one
  const ids = [draftConvention(wb, 5_000_000), draftConvention(wb, 20_000_000), draftConvention(wb, 1_000_000)];
  expect(seedApprovals(wb)).toEqual(ids);
  const byId = new Map(records(wb, CONVENTIONS).map((r) => [r.id, r.status]));
  expect(ids.map((id) => byId.get(id))).toEqual(['En validation', 'Validée', 'Brouillon']);
  expect(wb.call('getApprovalCircuit', [ids[1]], { user: USERS.reader }).signatures.map((s) => s.party)).toEqual(['nous']);
});
