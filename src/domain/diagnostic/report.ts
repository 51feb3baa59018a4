/** The Diagnostic report: verdicts → the rows of the « Diagnostic » sheet, and the summary shown to the admin. */
import { formatDateFr } from '../format/french';
import type { Verdict } from './verdicts';

export const DIAGNOSTIC_SHEET = 'Diagnostic';
export const RESULT_OK = 'OK';
export const RESULT_FIX = 'À corriger';

export interface DiagnosticReport {
  /** The sheet, one rectangle of 4 columns: title, date, blank, header, one row per check. */
  values: string[][];
  /** Rows (1-based) shown in bold. */
  boldRows: number[];
}

/** `when`: the date and time in French, in the spreadsheet's time zone (« 12 mars 2026 à 09:30 »). */
export function diagnosticReport(verdicts: readonly Verdict[], when: string, user: string): DiagnosticReport {
  const values = [
    ['Diagnostic de Pacte', '', '', ''],
    [`Fait le ${when}${user ? ` par ${user}` : ''}`, '', '', ''],
    ['', '', '', ''],
    ['Vérification', 'Résultat', 'Détail', 'Que faire'],
    ...verdicts.map((v) => [v.check, v.ok ? RESULT_OK : RESULT_FIX, v.detail, v.fix]),
  ];
  return { values, boldRows: [1, 4] };
}

/** The alert at the end: how many checks need attention, and which. */
export function diagnosticSummary(verdicts: readonly Verdict[]): string {
  const failing = verdicts.filter((v) => !v.ok);
  if (failing.length === 0)
    return `Les ${verdicts.length} vérifications sont OK : Pacte est prêt sur ce compte. Le détail est dans la feuille « ${DIAGNOSTIC_SHEET} ».`;
  return (
    `${failing.length} vérification${failing.length > 1 ? 's' : ''} sur ${verdicts.length} à corriger :\n` +
    failing.map((v) => `• ${v.check}`).join('\n') +
    `\n\nLa feuille « ${DIAGNOSTIC_SHEET} » dit pour chacune ce qu'il faut faire.`
  );
}

/** « 12 mars 2026 à 09:30 » from a local date-time « 2026-03-12T09:30:00 » (already in the spreadsheet's zone). */
export function frenchDateTime(local: string): string {
  return `${formatDateFr(local.slice(0, 10))} à ${local.slice(11, 16)}`;
}
