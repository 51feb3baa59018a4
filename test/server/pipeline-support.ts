/** Helpers for the pipeline, interaction and "Ma semaine" tests on the built bundle. */
import { userInput } from '../../src/domain/records/validate';
import type { World } from '../../src/dev/emulator';
import { USERS } from '../support/workbooks';
import type { TableSpec } from '../../src/domain/schema/field';
import { OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import type { TestWorkbook } from '../support/workbook';
import { rows, values } from '../support/demo-sheets';

/** Any workbook a test made: these helpers read and seed its world. */
type Workbook = { world: World };

export function rowById(wb: Workbook, sheet: string, id: string): Record<string, unknown> {
  const found = rows(wb, sheet).find((r) => r.ID === id);
  if (!found) throw new Error(`${sheet}: no row ${id}`);
  return found;
}

/** Seeds records through Pacte's store in this realm, in one block. */
export function seed(wb: Workbook, spec: TableSpec, inputs: Record<string, unknown>[]): string[] {
  return wb.world.run(
    () => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin);
      const table = SheetTable.open(ctx, spec);
      const created = table.insert(inputs.map((r) => userInput(r)));
      if (spec === OPPORTUNITIES) {
        // The denormalised partner columns, as saveOpportunity keeps them.
        const partners = SheetTable.open(ctx, PARTNERS);
        for (const [field, source] of [
          ['partnerName', 'name'],
          ['partnerType', 'type'],
        ] as const) {
          const byRow = new Map(created.map((r) => [table.get(String(r.id))!.row, partners.get(String(r.partnerId))?.record[source] ?? '']));
          table.writeComputed(field, byRow);
        }
      }
      return created.map((r) => String(r.id));
    },
    { user: USERS.admin, cause: 'test-seed' },
  );
}

/** The TestWorkbook view reorderAsUser needs, over a workbook a test made. */
export function asTestWorkbook(wb: Workbook): TestWorkbook {
  return {
    world: wb.world,
    spreadsheet: wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet()),
    ctx: (user = USERS.admin) => createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), user),
    sheet: (name) => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!,
    values: (name) => values(wb, name),
  };
}
