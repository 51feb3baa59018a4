/**
 * The role table, kept in document properties: an editor can type anything in any cell, but can
 * change a document property only by running code (threat model: README « Rôles »). Read on every
 * call (one getProperty, never cached), so a change takes effect at the caller's next call.
 * Paramètres › Rôles is only its view, rewritten after each change.
 *
 * Workbooks from before kept roles in that sheet: the first call finding no table copies the
 * sheet's roles once, records that it did, and never reads the sheet again.
 */
import { JOURNAL, SETTINGS } from '../domain/schema/tables';
import { foldText } from '../domain/records/normalise';
import { parseRoleTable, ROLE_SECTION, roleViewRows, RoleChangeError, sheetRoles, type RoleTable } from '../domain/settings/roles';
import { appendJournal, type JournalEntry } from './journal';
import { withDocumentLock } from './lock';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { asInputs, writeBlock } from './write-guard';
import type { SheetCell } from './cells';

const ROLES_KEY = 'pacte.roles';
/** Where the table came from ({ from, by, at }): its presence means the sheet is never read again. */
const ORIGIN_KEY = 'pacte.roles.origine';
/** Below Google's 9 KB per property value (Quotas page), with room to spare. */
const MAX_JSON = 8500;

export interface RoleOrigin {
  from: 'Paramètres' | 'initialisation';
  by: string;
  at: string;
}

/** The table as stored, or null when Pacte keeps none (one getProperty). */
export function storedRoles(): RoleTable | null {
  const json = PropertiesService.getDocumentProperties().getProperty(ROLES_KEY);
  return json === null ? null : parseRoleTable(json);
}

/** Whether a table was ever recorded (by the migration or by the first initialisation). */
export function rolesRecorded(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(ORIGIN_KEY) !== null;
}

/** The roles for this call; a workbook from before is migrated here, once. */
export function currentRoles(ctx: StoreContext): RoleTable {
  return storedRoles() ?? migrateOnce(ctx);
}

function migrateOnce(ctx: StoreContext): RoleTable {
  // Under the lock, so two first calls migrate once; re-read inside it.
  return withDocumentLock(() => {
    const props = PropertiesService.getDocumentProperties();
    const now = props.getProperty(ROLES_KEY);
    if (now !== null) return parseRoleTable(now);
    if (props.getProperty(ORIGIN_KEY) !== null) return {};
    // No Paramètres: a fresh workbook (Initialiser decides) or a renamed sheet; nothing is recorded.
    if (!ctx.spreadsheet.getSheetByName(SETTINGS.sheetName)) return {};
    const table = sheetRoles(
      SheetTable.open(ctx, SETTINGS)
        .all()
        .map((s) => s.record),
    );
    saveRoles(
      ctx,
      table,
      Object.entries(table).map(([email, role]) => roleJournal(email, 'reprise des rôles de Paramètres', '', role)),
      { from: 'Paramètres', by: ctx.user, at: ctx.stamp() },
    );
    return table;
  });
}

export function roleJournal(email: string, action: string, before: string, after: string): JournalEntry {
  return { sheet: SETTINGS.sheetName, recordId: email, action, field: 'Rôle', before, after };
}

/**
 * Stores the table (the caller holds the document lock), journals the change and rewrites the
 * view. `origin` is given by the migration and the first initialisation only.
 */
export function saveRoles(ctx: StoreContext, table: RoleTable, changes: readonly JournalEntry[], origin?: RoleOrigin): void {
  const json = JSON.stringify(table);
  if (json.length > MAX_JSON)
    throw new RoleChangeError('Rôles : Pacte ne peut pas garder plus de 150 personnes environ. Retirez les rôles qui ne servent plus.');
  PropertiesService.getDocumentProperties().setProperties(origin ? { [ROLES_KEY]: json, [ORIGIN_KEY]: JSON.stringify(origin) } : { [ROLES_KEY]: json });
  if (ctx.spreadsheet.getSheetByName(JOURNAL.sheetName)) appendJournal(ctx, changes);
  rewriteRoleView(ctx, table);
}

/**
 * Rewrites Paramètres › Rôles from the table, in place (the rows the section already has, then
 * new rows at the end); a hand edit there is overwritten. Nothing when Paramètres is missing.
 */
export function rewriteRoleView(ctx: StoreContext, table: RoleTable): void {
  if (!ctx.spreadsheet.getSheetByName(SETTINGS.sheetName)) return;
  const settings = SheetTable.open(ctx, SETTINGS);
  const current = settings.all().filter((s) => foldText(s.record.section) === foldText(ROLE_SECTION));
  const wanted = roleViewRows(table);
  const fields = ['section', 'key', 'value', 'note'] as const;
  const cells = (r: Partial<Record<(typeof fields)[number], unknown>> | undefined) => fields.map((f) => String(r?.[f] ?? '')) as SheetCell[];
  const sheet = settings.sheet;
  let lastRow = Math.max(1, ...settings.all().map((s) => s.row));
  const slots = current.map((s) => ({ row: s.row, before: cells(s.record) }));
  const extra = wanted.length - slots.length;
  if (extra > 0) {
    if (lastRow + extra > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow + extra - sheet.getMaxRows());
    for (let i = 0; i < extra; i++) slots.push({ row: ++lastRow, before: cells(undefined) });
  }
  const targets = slots.map((slot, i) => ({ ...slot, after: cells(wanted[i]) })).filter((t) => t.after.join('\u0000') !== t.before.join('\u0000'));
  // One block per run of consecutive rows and per column (the user may have moved Pacte's columns).
  for (const run of consecutiveRuns(targets)) {
    fields.forEach((f, j) => {
      const column = settings.columns.get(f)! + 1;
      writeBlock(
        ctx,
        sheet,
        run[0].row,
        column,
        asInputs(run.map((t) => [t.after[j]])),
        run.map((t) => [t.before[j]]),
      );
    });
  }
}

/** The role table's port (src/app/ports/role-table.ts) over document properties. */
export function roleTableFor(ctx: StoreContext) {
  return {
    current: () => currentRoles(ctx),
    save: (table: RoleTable, changes: readonly { email: string; action: string; before: string; after: string }[]) =>
      saveRoles(
        ctx,
        table,
        changes.map((c) => roleJournal(c.email, c.action, c.before, c.after)),
      ),
  };
}

function consecutiveRuns<T extends { row: number }>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of [...items].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].row === item.row - 1) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
