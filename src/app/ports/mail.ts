/**
 * What the mail use cases need of Google: MailApp's daily quota and the outbox that sends a batch
 * at most once (claim in document properties, Sheets flushed before anything leaves: see
 * services/mail/outbox.ts), and the workbook's address for the messages' links.
 */
import type { Delivery, OutboxLog, Outgoing, Recovered } from '../../domain/mail/outbox';

export interface MailPort {
  /** Recipients MailApp may still mail today, counted down as mail leaves in this execution. */
  remainingQuota(): number;
  /**
   * Sends `messages` (already within the quota) in claimed batches under the claim `name`; the
   * log says what it must through `log.claim` before a batch leaves and `log.record` after.
   */
  sendAll(name: string, messages: readonly Outgoing[], log: OutboxLog): Delivery[];
  /** What a claim left by a killed execution under `name` says of its keys, given to `apply`; then released. */
  recoverClaim(name: string, apply: (known: ReadonlyMap<string, Recovered>) => void): void;
  /** The Pacte workbook's address, for the links in the messages. */
  workbookUrl(): string;
  /** The sheet's ID (the `#gid=` of a link to one of its rows), null when the sheet is absent. */
  sheetId(sheetName: string): number | null;
}
