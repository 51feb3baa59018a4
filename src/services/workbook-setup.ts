/**
 * Creates Pacte's sheets and columns where missing, never touching existing data:
 * running it twice changes nothing. Users' own columns and order are kept.
 */
import type { SetupReport } from '../domain/contracts';
import type { FieldSpec, TableSpec } from '../domain/schema/field';
import { ALL_TABLES, JOURNAL, PARTNERS, SETTINGS } from '../domain/schema/tables';
import { stageLogsFromJournal } from '../domain/partners/stage-log';
import { CONDITIONAL_RULES, type ConditionalRule } from '../domain/schema/conditional-rules';
import { foldText } from '../domain/records/normalise';
import { defaultSettingsRows } from '../domain/settings/settings';
import { PACTE_PROTECTIONS } from '../domain/schema/protections';
import { mapHeaders } from './header-map';
import { listRuleOf, refreshListRules } from './list-rules';
import { columnLetter } from './owned-sheet';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { forgetSettings } from './settings-store';
import { WITH_PARTNER_NAME, refreshPartnerNames } from './partner-names';

const FORMATS: Partial<Record<FieldSpec['type'], string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  money: '#,##0',
  integer: '0',
  percent: '0',
};

export function setUpWorkbook(ctx: StoreContext, organisation: string): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [] };
  const headers = new Map<string, unknown[]>();
  for (const spec of ALL_TABLES) headers.set(spec.key, ensureTable(ctx, spec, report));
  for (const [spec, rules] of CONDITIONAL_RULES) ensureConditionalRules(ctx, spec, headers.get(spec.key)!, rules);
  ensurePacteProtections(ctx, report);
  removeEmptyDefaultSheet(ctx);
  // A workbook made before the « Partenaire » columns gets them filled, one write per sheet.
  const named = WITH_PARTNER_NAME.filter((spec) => report.addedColumns.includes(`${spec.sheetName} › Partenaire`));
  if (named.length) refreshPartnerNames((spec) => SheetTable.open(ctx, spec), named);
  // Added now, so filled once: afterwards each stage move writes its own step.
  if (report.addedColumns.includes(`${PARTNERS.sheetName} › ${STAGE_LOG_HEADER}`)) fillStageLogs(ctx);
  if (report.createdSheets.includes(SETTINGS.sheetName)) {
    SheetTable.open(ctx, SETTINGS).insert(defaultSettingsRows(organisation));
    forgetSettings();
  }
  return report;
}

const STAGE_LOG_HEADER = PARTNERS.fields.find((f) => f.key === 'stageLog')!.header;
const STAGE_HEADER = PARTNERS.fields.find((f) => f.key === 'stage')!.header;

/** Every partner's lifecycle history from the Journal, in one write of « Historique du cycle ». */
export function fillStageLogs(ctx: StoreContext): void {
  const partners = SheetTable.open(ctx, PARTNERS);
  const rows = partners.all();
  const journal = SheetTable.open(ctx, JOURNAL)
    .all()
    .map((s) => s.record);
  const logs = stageLogsFromJournal(
    journal,
    PARTNERS.sheetName,
    STAGE_HEADER,
    rows.map((r) => ({ id: r.record.id, stage: r.record.stage })),
  );
  partners.writeComputed('stageLog', new Map(rows.map((r) => [r.row, logs.get(r.record.id) ?? '[]'])));
}

/** The first sheet Sheets gives a new spreadsheet: « Feuille 1 » in French, « Sheet1 » in English. */
const DEFAULT_SHEET = /^(feuille ?1|sheet ?1)$/i;

/**
 * Removes that first sheet when it is still empty, so the workbook opens on Pacte's sheets; one
 * holding anything is the user's and stays.
 */
function removeEmptyDefaultSheet(ctx: StoreContext): void {
  const sheets = ctx.spreadsheet.getSheets();
  const blank = sheets.find((s) => DEFAULT_SHEET.test(s.getName()) && s.getLastRow() === 0 && s.getLastColumn() === 0);
  if (blank && sheets.length > 1) ctx.spreadsheet.deleteSheet(blank);
}

/**
 * Pacte's warning-only protections (domain/schema/protections.ts), each added once: one found by its
 * description is kept as it is (never a second one). Warning-only blocks nobody, Pacte included; a
 * person editing the Journal by hand is asked to confirm first.
 */
function ensurePacteProtections(ctx: StoreContext, report: SetupReport): void {
  for (const { sheet: name, description } of PACTE_PROTECTIONS) {
    const sheet = ctx.spreadsheet.getSheetByName(name);
    if (!sheet || sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => p.getDescription() === description)) continue;
    try {
      sheet.protect().setWarningOnly(true).setDescription(description);
    } catch {
      // Refused to this account (no right to protect): the rest of the set-up stands; the alert and the Diagnostic say so.
      (report.unprotectedSheets ??= []).push(name);
    }
  }
}

/** Returns the header row as it is after set-up (the user's order, Pacte's missing columns at the end). */
function ensureTable(ctx: StoreContext, spec: TableSpec, report: SetupReport): unknown[] {
  let sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
  let header: unknown[] = [];
  if (!sheet) {
    sheet = ctx.spreadsheet.insertSheet(spec.sheetName);
    report.createdSheets.push(spec.sheetName);
  } else if (sheet.getLastColumn() > 0) {
    header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  }
  const { absent: missing, columns } = mapHeaders(spec, header);
  if (columns.size) {
    const updated = refreshListRules(sheet, spec, header, columns);
    if (updated.length) (report.updatedDropdowns ??= []).push(...updated.map((h) => `${spec.sheetName} › ${h}`));
  }
  if (missing.length === 0) return header;
  const start = header.length + 1;
  if (start + missing.length - 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - 1 - sheet.getMaxColumns());
  sheet.getRange(1, start, 1, missing.length).setValues([missing]).setFontWeight('bold').setBackground('#e8eef7');
  sheet.setFrozenRows(1);
  if (!report.createdSheets.includes(spec.sheetName)) report.addedColumns.push(...missing.map((h) => `${spec.sheetName} › ${h}`));

  const rows = sheet.getMaxRows() - 1;
  missing.forEach((h, i) => {
    const field = spec.fields.find((f) => f.header === h)!;
    const column = sheet!.getRange(2, start + i, rows, 1);
    const format = FORMATS[field.type];
    if (format) column.setNumberFormat(format);
    const rule = listRuleOf(field, h);
    if (rule) column.setDataValidation(rule);
  });
  return [...header, ...missing];
}

/** Adds the missing rules in one setConditionalFormatRules call; the user's own rules are kept. */
function ensureConditionalRules(ctx: StoreContext, spec: TableSpec, header: readonly unknown[], rules: readonly ConditionalRule[]): void {
  const sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
  if (!sheet) return;
  const existing = sheet.getConditionalFormatRules();
  const markers = existing.map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? '')).join('\n');
  const wanted = rules.filter((r) => !markers.includes(`"${r.marker}"`));
  if (wanted.length === 0) return;
  const columnOf = (field: string): number =>
    header.findIndex((h) => foldText(String(h ?? '')) === foldText(spec.fields.find((f) => f.key === field)!.header)) + 1;
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  const added = wanted.map((r) => {
    const col = columnOf(r.field);
    const formula = `=AND(${r.when(`$${columnLetter(col)}2`, (f) => `$${columnLetter(columnOf(f))}2`)},N("${r.marker}")=0)`;
    return SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(r.background)
      .setRanges([sheet.getRange(2, col, rows, 1)])
      .build();
  });
  sheet.setConditionalFormatRules([...existing, ...added]);
}
