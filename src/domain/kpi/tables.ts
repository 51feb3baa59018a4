/**
 * « Indicateurs »: the monthly snapshot of every KPI, appended once for the month just ended and
 * never rewritten, so a trend does not move when old rows are edited later.
 */
import { defineTable } from '../schema/field';

export const INDICATORS = defineTable(
  'indicators',
  'Indicateurs',
  undefined,
  [
    // « 2026-03 »
    { key: 'month', header: 'Mois', type: 'text', required: true },
    { key: 'key', header: 'Indicateur (clé)', type: 'text', required: true },
    { key: 'label', header: 'Indicateur', type: 'text' },
    { key: 'value', header: 'Valeur', type: 'number' },
    { key: 'count', header: 'Effectif', type: 'integer' },
    { key: 'target', header: 'Objectif', type: 'number' },
    { key: 'computedAt', header: 'Calculé le', type: 'datetime' },
  ],
  false,
);
