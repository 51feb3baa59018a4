/**
 * Menu « Diagnostic » (admin): checks, on the live account, what Pacte needs from Google —
 * scopes, triggers, lock, forms, Drive, mail quota, spreadsheet settings, sheet headers,
 * protections (blocking Pacte, and Pacte's own), the Journal's chain of empreintes — each check
 * isolated (one failing never stops the others), then writes the French report into the
 * « Diagnostic » sheet in one block and shows a summary.
 */
import type { DiagnosticResult } from '../domain/contracts';
import { ALL_TABLES } from '../domain/schema/tables';
import { DIAGNOSTIC_SHEET, diagnosticReport, diagnosticSummary, frenchDateTime } from '../domain/diagnostic/report';
import { EXPECTED_SCOPES, EXPECTED_TRIGGER_KINDS } from '../domain/diagnostic/expected';
import {
  DRIVE_CHECK,
  FORM_CHECK,
  HEADERS_CHECK,
  JOURNAL_CHECK,
  LOCALE_CHECK,
  LOCK_CHECK,
  MAIL_CHECK,
  PROTECTIONS_CHECK,
  SCOPES_CHECK,
  TRIGGERS_CHECK,
  driveVerdict,
  formVerdict,
  headersVerdict,
  journalVerdict,
  localeVerdict,
  lockVerdict,
  mailVerdict,
  probeFailed,
  protectionsVerdict,
  scopesVerdict,
  triggersVerdict,
  type Verdict,
} from '../domain/diagnostic/verdicts';
import type { Store } from '../store/store';
import type { DiagnosticProbes } from './ports/diagnostic';
import type { Ui } from './ports/ui';

function isolated(check: string, fn: () => Verdict): Verdict {
  try {
    return fn();
  } catch (e) {
    const message = (e as { message?: unknown } | null)?.message;
    return probeFailed(check, typeof message === 'string' ? message : String(e));
  }
}

function checks(probe: DiagnosticProbes, user: string): Verdict[] {
  return [
    isolated(SCOPES_CHECK, () => scopesVerdict(probe.scopes(), EXPECTED_SCOPES)),
    isolated(TRIGGERS_CHECK, () => triggersVerdict(probe.triggers(), probe.effectiveUser(), EXPECTED_TRIGGER_KINDS)),
    isolated(LOCK_CHECK, () => lockVerdict(probe.lock())),
    isolated(FORM_CHECK, () => formVerdict(probe.form())),
    isolated(DRIVE_CHECK, () => driveVerdict(probe.drive())),
    isolated(MAIL_CHECK, () => mailVerdict(probe.mailQuota())),
    isolated(LOCALE_CHECK, () => {
      const { timeZone, locale } = probe.locale();
      return localeVerdict(timeZone, locale);
    }),
    isolated(HEADERS_CHECK, () => headersVerdict(probe.headers(ALL_TABLES), ALL_TABLES)),
    isolated(PROTECTIONS_CHECK, () => protectionsVerdict(probe.protections(ALL_TABLES), user, probe.pacteProtections())),
    isolated(JOURNAL_CHECK, () => journalVerdict(probe.journalChain())),
  ];
}

/**
 * The report sheet is Pacte's own and written by this command alone, in one block: no document
 * lock is taken (the lock check must not find it held by us).
 */
export function runDiagnostic(ports: { store: Store; diagnosticProbes: DiagnosticProbes; ui: Ui }): DiagnosticResult {
  const { store } = ports;
  const verdicts = checks(ports.diagnosticProbes, store.user);
  store.rewriteOwned(DIAGNOSTIC_SHEET, { ...diagnosticReport(verdicts, frenchDateTime(store.stamp()), store.user), spareColumns: 0 });
  const summary = diagnosticSummary(verdicts);
  ports.ui.alert('Pacte — Diagnostic', summary);
  return { verdicts, summary };
}
