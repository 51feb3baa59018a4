/**
 * Menu « Diagnostic » (admin): checks, on the live account, what Pacte needs from Google —
 * scopes, triggers, lock, forms, Drive, mail quota, spreadsheet settings, sheet headers,
 * protections (blocking Pacte, and Pacte's own), the Journal's chain of empreintes — each check isolated (one failing never stops the others), then writes the
 * French report into the « Diagnostic » sheet in one block and shows a summary.
 */
import type { DiagnosticResult } from '../domain/contracts';
import { ALL_TABLES } from '../domain/schema/tables';
import { DIAGNOSTIC_SHEET, diagnosticReport, diagnosticSummary, frenchDateTime } from '../domain/diagnostic/report';
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
  type ExpectedTrigger,
  type Verdict,
} from '../domain/diagnostic/verdicts';
import { probeDriveFolder } from '../services/diagnostic/drive-probe';
import { probeJournalChain, probePacteProtections } from '../services/diagnostic/journal-probe';
import { probeForm, probeHeaders, probeLocale, probeLock, probeMailQuota, probeProtections, probeScopes, probeTriggers } from '../services/diagnostic/probes';
import { rewriteOwnedSheet } from '../services/owned-sheet';
import type { StoreContext } from '../services/store-context';
import { toLocalDateTime } from '../domain/format/time-zone';
import { serve } from './frame/endpoint';
import { EXPECTED_TRIGGERS } from './jobs/trigger-plan';

/** The triggers the installer puts in place (jobs/trigger-plan.ts): exactly one of each. */
const EXPECTED: readonly ExpectedTrigger[] = EXPECTED_TRIGGERS.map((t) => ({ type: t.eventType, handler: t.handler }));

/** appsscript.json's oauthScopes (a script cannot read its manifest; a test holds the two equal). */
export const EXPECTED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
];

function isolated_(check: string, fn: () => Verdict): Verdict {
  try {
    return fn();
  } catch (e) {
    const message = (e as { message?: unknown } | null)?.message;
    return probeFailed(check, typeof message === 'string' ? message : String(e));
  }
}

function checks_(ctx: StoreContext): Verdict[] {
  const ss = ctx.spreadsheet;
  return [
    isolated_(SCOPES_CHECK, () => scopesVerdict(probeScopes(), EXPECTED_SCOPES)),
    isolated_(TRIGGERS_CHECK, () => triggersVerdict(probeTriggers(), Session.getEffectiveUser().getEmail(), EXPECTED)),
    isolated_(LOCK_CHECK, () => lockVerdict(probeLock())),
    isolated_(FORM_CHECK, () => formVerdict(probeForm())),
    isolated_(DRIVE_CHECK, () => driveVerdict(probeDriveFolder())),
    isolated_(MAIL_CHECK, () => mailVerdict(probeMailQuota())),
    isolated_(LOCALE_CHECK, () => {
      const { timeZone, locale } = probeLocale(ss);
      return localeVerdict(timeZone, locale);
    }),
    isolated_(HEADERS_CHECK, () => headersVerdict(probeHeaders(ss, ALL_TABLES), ALL_TABLES)),
    isolated_(PROTECTIONS_CHECK, () => protectionsVerdict(probeProtections(ss, ALL_TABLES), ctx.user, probePacteProtections(ctx))),
    isolated_(JOURNAL_CHECK, () => journalVerdict(probeJournalChain(ctx))),
  ];
}

/**
 * Admin only; on a fresh workbook (no roles, no Pacte sheet: see ownership.ts) anyone may run it,
 * as « Initialiser le classeur ». The report sheet is Pacte's own and written by this command
 * alone, in one block: no document lock is taken (the lock check must not find it held by us).
 */
export const runDiagnostic = serve('runDiagnostic', ({ ctx }): DiagnosticResult => {
  const verdicts = checks_(ctx);
  const when = frenchDateTime(toLocalDateTime(new Date(), ctx.timeZone));
  rewriteOwnedSheet(ctx, DIAGNOSTIC_SHEET, diagnosticReport(verdicts, when, ctx.user), 0);
  const summary = diagnosticSummary(verdicts);
  const ui = SpreadsheetApp.getUi();
  ui.alert('Pacte — Diagnostic', summary, ui.ButtonSet.OK);
  return { verdicts, summary };
});
