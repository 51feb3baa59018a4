/**
 * What the Diagnostic looks at on the live account (ScriptApp, LockService, Forms, Drive, MailApp,
 * the spreadsheet's settings, headers and protections, the Journal's chain): plain data for the
 * verdicts of domain/diagnostic/verdicts.ts. Each probe may throw; the use case isolates them.
 */
import type {
  BlockingProtection,
  DriveSeen,
  FormSeen,
  JournalSeen,
  PacteProtectionSeen,
  ScopesSeen,
  SheetHeadersSeen,
  TriggerSeen,
} from '../../domain/diagnostic/verdicts';
import type { TableSpec } from '../../domain/schema/field';

export interface DiagnosticProbes {
  scopes(): ScopesSeen;
  /** The triggers of the account running the Diagnostic (Google shows no one else's). */
  triggers(): TriggerSeen[];
  /** The account the probes run as (the triggers' owner). */
  effectiveUser(): string;
  lock(): 'acquired' | 'busy' | 'unavailable';
  /** A test form, made then trashed. */
  form(): FormSeen;
  drive(): DriveSeen;
  /** E-mails left to send today. */
  mailQuota(): number;
  locale(): { timeZone: string; locale: string };
  headers(specs: readonly TableSpec[]): SheetHeadersSeen[];
  /** Protections that would block Pacte's writes. */
  protections(specs: readonly TableSpec[]): BlockingProtection[];
  /** Pacte's own warning-only protections. */
  pacteProtections(): PacteProtectionSeen[];
  journalChain(): JournalSeen;
}
