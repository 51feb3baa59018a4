/**
 * Every fidelity check, in the order they run. A new emulator rule gets its check by adding one
 * `check(name, reference, (t) => …)` to the list of its service (or a new list here).
 */
import type { Check } from '../check';
import { documentChecks } from './documents';
import { formChecks } from './forms';
import { platformRuleChecks } from './platform-rules';
import { scriptServiceChecks } from './script-services';
import { spreadsheetStructureChecks } from './spreadsheet-structure';
import { spreadsheetValueChecks } from './spreadsheet-values';
import { utilitiesChecks } from './utilities';

export const CHECKS: readonly Check[] = [
  ...spreadsheetValueChecks,
  ...spreadsheetStructureChecks,
  ...documentChecks,
  ...formChecks,
  ...scriptServiceChecks,
  ...utilitiesChecks,
  ...platformRuleChecks,
];
