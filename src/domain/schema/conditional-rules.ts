/** The conditional formats « Initialiser le classeur » adds to Pacte's columns (services/workbook-setup.ts applies them). */
import type { TableSpec } from './field';
import { OPPORTUNITIES, PARTNERS } from './tables';

/**
 * A conditional format Pacte adds to one of its columns. `when` builds the custom formula from
 * the A1 reference of the column's first data cell (e.g. "$R2") and of other fields' cells; the
 * formula carries a marker (N("pacte:…") is 0) so a re-run recognises the rule wherever the
 * user moved the column, and never adds it twice.
 */
export interface ConditionalRule {
  marker: string;
  field: string;
  background: string;
  when: (cell: string, other: (field: string) => string) => string;
}

const RED = '#f4c7c3';
const CLOSED_STAGES = ['Signée', 'Abandonnée', 'Refusée'];

export const CONDITIONAL_RULES: readonly [TableSpec, readonly ConditionalRule[]][] = [
  [
    PARTNERS,
    [
      { marker: 'pacte:echeance-depassee', field: 'nextDue', background: RED, when: (c) => `AND(ISNUMBER(${c}),${c}<TODAY())` },
      { marker: 'pacte:priorite-haute', field: 'priority', background: '#b7e1cd', when: (c) => `AND(ISNUMBER(${c}),${c}>=70)` },
      { marker: 'pacte:priorite-moyenne', field: 'priority', background: '#fce8b2', when: (c) => `AND(ISNUMBER(${c}),${c}>=40,${c}<70)` },
      { marker: 'pacte:priorite-basse', field: 'priority', background: '#e0e0e0', when: (c) => `AND(ISNUMBER(${c}),${c}<40)` },
    ],
  ],
  [
    OPPORTUNITIES,
    [
      {
        marker: 'pacte:echeance-depassee',
        field: 'nextDue',
        background: RED,
        when: (c, other) => `AND(ISNUMBER(${c}),${c}<TODAY(),${CLOSED_STAGES.map((s) => `${other('stage')}<>"${s}"`).join(',')})`,
      },
    ],
  ],
];
