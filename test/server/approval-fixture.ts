/** Shared set-up of the approval and signature tests (built bundle on the emulator). */
import type { DemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CONVENTIONS, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { ROLE_SECTION } from '../../src/domain/settings/settings';
import type { DataRecord, TableSpec } from '../../src/domain/schema/field';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { forgetSettings } from '../../src/services/settings-store';

const { admin } = DEMO_USERS;

export const DG = 'dg@ajcad-mali.org';
export const SG = 'sg@ajcad-mali.org';
export function store<T>(w: DemoWorkbook, fn: (ctx: ReturnType<typeof createStoreContext>) => T): T {
  return w.world.run(() => fn(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), admin)), { user: admin, cause: 'test' });
}

export function rows(w: DemoWorkbook, spec: TableSpec): DataRecord[] {
  return store(w, (ctx) =>
    SheetTable.open(ctx, spec)
      .all()
      .map((s) => s.record),
  );
}

export function addRoles(w: DemoWorkbook, roles: [string, string][]): void {
  store(w, (ctx) => {
    SheetTable.open(ctx, SETTINGS).insert(roles.map(([key, value]) => ({ section: ROLE_SECTION, key, value })));
    forgetSettings();
  });
}

/** A « Brouillon » convention with a generated Doc, as the conventions module leaves it. */
export function draftConvention(w: DemoWorkbook, amount: number, extra: Record<string, unknown> = {}): string {
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

export function setConvention(w: DemoWorkbook, id: string, patch: Record<string, unknown>): void {
  store(w, (ctx) => SheetTable.open(ctx, CONVENTIONS).update(id, patch));
}

