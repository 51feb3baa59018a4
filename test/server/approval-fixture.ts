/** Shared set-up of the approval and signature tests (built bundle on the emulator). */
import type { LoadedScript } from '../../src/dev/load-script';
import type { Role } from '../../src/domain/settings/settings';
import { CONVENTIONS, PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { store } from '../support/demo-sheets';
import { USERS } from '../support/workbooks';

export const DG = 'dg@ajcad-mali.org';
export const SG = 'sg@ajcad-mali.org';

/** Roles given as the administrator gives them (Rôles screen). */
export function addRoles(w: LoadedScript, roles: [string, Role][]): void {
  for (const [email, role] of roles) w.call('setRole', [email, role], { user: USERS.admin });
}

/** A « Brouillon » convention with the workbook's first partner and a generated Doc, as the conventions module leaves it. */
export function draftConvention(w: LoadedScript, amount: number, extra: Record<string, unknown> = {}): string {
  return store(w, (ctx) => {
    const partnerId = String(SheetTable.open(ctx, PARTNERS).all()[0].record.id);
    const [rec] = SheetTable.open(ctx, CONVENTIONS).insert([
      {
        partnerId,
        type: 'Convention de partenariat',
        version: 1,
        status: 'Brouillon',
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        amount,
        docUrl: 'https://docs.google.com/document/d/doc-v1/edit',
        ...extra,
      },
    ]);
    return String(rec.id);
  });
}

export function setConvention(w: LoadedScript, id: string, patch: Record<string, unknown>): void {
  store(w, (ctx) => SheetTable.open(ctx, CONVENTIONS).update(id, patch));
}
