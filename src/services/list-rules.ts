/**
 * The dropdowns of Pacte's choice columns (enum, currency, yes/no). « Initialiser » sets one on each
 * column it adds, and brings up to date the dropdown of a column already there whose vocabulary grew
 * (a new partner type, a new decision): one setDataValidation over the whole column, only when the
 * list differs. The list is the field's values, so values a vocabulary still accepts (a former type)
 * stay in it. A column whose dropdown was removed, or given a rule of another kind, is left as it is.
 */
import type { FieldSpec, TableSpec } from '../domain/schema/field';

/** The rule a new column of `field` gets, or null for a column without a dropdown. */
export function listRuleOf(field: FieldSpec, header: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const values = listOf(field);
  if (!values) return null;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([...values], true);
  if (field.type === 'enum')
    return rule
      .setAllowInvalid(false)
      .setHelpText(`${header} : choisissez dans la liste (${values.join(', ')}).`)
      .build();
  if (field.type === 'currency')
    // Invalid entries allowed: « FCFA » or « € » typed in the cell is read as its code, not refused.
    return rule.setAllowInvalid(true).setHelpText(`${header} : code de la devise (XOF = FCFA, EUR, USD, GBP…) ; « FCFA » ou « € » sont aussi compris.`).build();
  return rule.build();
}

function listOf(field: FieldSpec): readonly string[] | null {
  if ((field.type === 'enum' || field.type === 'currency') && field.values) return field.values;
  return field.type === 'boolean' ? ['Oui', 'Non'] : null;
}

const sameList = (a: unknown, b: readonly string[]): boolean => Array.isArray(a) && a.length === b.length && a.every((v, i) => String(v) === b[i]);

/**
 * Brings the dropdowns of the columns already there up to date. `columns`: field key → 0-based
 * column. Reads the rules of row 2 once (one call for the sheet), writes one call per column changed.
 * Returns the headers (as in the sheet) of the columns updated.
 */
export function refreshListRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  spec: TableSpec,
  header: readonly unknown[],
  columns: ReadonlyMap<string, number>,
): string[] {
  const listed = spec.fields.filter((f) => listOf(f) && columns.has(f.key));
  const rows = sheet.getMaxRows() - 1;
  if (!listed.length || rows < 1) return [];
  const width = Math.max(...listed.map((f) => columns.get(f.key)!)) + 1;
  const [current] = sheet.getRange(2, 1, 1, width).getDataValidations();
  const updated: string[] = [];
  for (const f of listed) {
    const col = columns.get(f.key)!;
    const rule = current[col];
    if (!rule || rule.getCriteriaType() !== SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) continue;
    if (sameList(rule.getCriteriaValues()[0], listOf(f)!)) continue;
    sheet.getRange(2, col + 1, rows, 1).setDataValidation(listRuleOf(f, String(header[col])));
    updated.push(String(header[col]));
  }
  return updated;
}
