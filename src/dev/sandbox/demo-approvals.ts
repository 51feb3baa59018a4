/**
 * Demo of the approval circuit, through Pacte's own API as the users would act (for the lead to
 * wire into demo-workbook.ts after the conventions are generated):
 * - adds a DG holder in Paramètres › Rôles if there is none (the default circuit needs one from
 *   10 000 000 FCFA);
 * - 1st « Brouillon » convention with a Doc: submitted, approved by juridique → awaits the DAF;
 * - 2nd: submitted, approved by juridique and DAF (and the DG above the threshold) → « Validée »,
 *   signed by our side → awaits the partner's signature;
 * - 3rd: submitted, changes requested by juridique → back to « Brouillon ».
 */
import type { LoadedScript } from '../load-script';
import { CONVENTIONS } from '../../domain/schema/tables';
import { currentRoles } from '../../services/role-store';
import { grantRoles } from './demo-roles';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { DEMO_USERS } from './demo-data';

/** Returns the IDs acted upon. Needs the emulator's globals in this realm (createDemoWorkbook sets them). */
export function seedApprovals(loaded: LoadedScript): string[] {
  const { world, call } = loaded;
  const drafts = world.run(
    () => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
      if (!Object.values(currentRoles(ctx)).includes('DG')) grantRoles(ctx, [[DEMO_USERS.dg, 'DG']]);
      return SheetTable.open(ctx, CONVENTIONS)
        .all()
        .filter((s) => s.record.status === 'Brouillon' && String(s.record.docUrl ?? '') !== '')
        .map((s) => String(s.record.id));
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  const [awaitingDaf, validated, changes] = drafts;
  const approve = (id: string, user: string) => call('decideValidation', [id, version(id), 'approuver', 'Vu, conforme.'], { user });
  const version = (id: string) => call('getApprovalCircuit', [id], { user: DEMO_USERS.admin }).convention.version;
  if (awaitingDaf) {
    call('submitForValidation', [awaitingDaf], { user: DEMO_USERS.chargee });
    approve(awaitingDaf, DEMO_USERS.juridique);
  }
  if (validated) {
    let d = call('submitForValidation', [validated], { user: DEMO_USERS.chargee });
    const holders: Record<string, string> = { juridique: DEMO_USERS.juridique, DAF: DEMO_USERS.daf, DG: DEMO_USERS.dg, SG: DEMO_USERS.sg };
    while (d.convention.status === 'En validation' && holders[d.convention.awaitingRole]) d = approve(validated, holders[d.convention.awaitingRole]);
    if (d.convention.status === 'Validée') {
      const today = world.run(() =>
        Utilities.formatDate(new Date(world.clock.now()), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
      );
      call('recordSignature', [validated, { party: 'nous', date: today, signatory: 'Le Président de l’association' }], { user: DEMO_USERS.chargee });
    }
  }
  if (changes) {
    call('submitForValidation', [changes], { user: DEMO_USERS.chargee });
    call('decideValidation', [changes, version(changes), 'demander des modifications', 'Préciser la clause de résiliation et le calendrier des versements.'], {
      user: DEMO_USERS.juridique,
    });
  }
  return [awaitingDaf, validated, changes].filter((x): x is string => Boolean(x));
}
