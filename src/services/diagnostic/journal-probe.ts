/**
 * The Diagnostic's look at the Journal: the whole sheet in one read, each row as its empreinte covers
 * it, the chain verified against the head kept in document properties (domain/journal/chain.ts).
 */
import type { JournalSeen, PacteProtectionSeen } from '../../domain/diagnostic/verdicts';
import { verifyChain } from '../../domain/journal/chain';
import { sha256Hex } from '../../domain/journal/sha256';
import { PACTE_PROTECTIONS } from '../../domain/schema/protections';
import { JOURNAL } from '../../domain/schema/tables';
import { mapHeaders } from '../header-map';
import { MissingColumnsError } from '../../domain/errors/store-errors';
import { journalRecord, readHead } from '../journal';
import type { StoreContext } from '../store-context';

/** null when there is no Journal sheet; throws (the check then says why) when a column is missing. */
export function probeJournalChain(ctx: StoreContext): JournalSeen {
  const sheet = ctx.spreadsheet.getSheetByName(JOURNAL.sheetName);
  if (!sheet) return null;
  const values = sheet.getSheetValues(1, 1, -1, -1);
  const { columns, missing: absent } = mapHeaders(JOURNAL, values[0] ?? []);
  // A Journal older than the chain has no « Empreinte » column yet: its entries are all antérieures à la chaîne.
  const missing = absent.filter((h) => h !== JOURNAL.fields.find((f) => f.key === 'hash')!.header);
  if (missing.length) throw new MissingColumnsError(JOURNAL.sheetName, missing);
  const rows = values.slice(1).map((cells, i) => ({ row: i + 2, record: journalRecord(ctx, cells, columns) }));
  return verifyChain(rows, readHead(), sha256Hex);
}

/** Pacte's own protections (domain/schema/protections.ts), found by their description as set-up finds them. */
export function probePacteProtections(ctx: StoreContext): PacteProtectionSeen[] {
  return PACTE_PROTECTIONS.map(({ sheet: name, description }) => {
    const sheet = ctx.spreadsheet.getSheetByName(name);
    const present = !!sheet && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => p.getDescription() === description);
    return { sheet: name, present };
  });
}
