/**
 * The outbox's decisions, shared by the approval notices (« Envois », app/mail/notices.ts) and the survey
 * invitations (« Envois enquêtes »); services/mail/outbox.ts carries them out with MailApp and Sheets.
 *
 * At most once: before a batch leaves, its keys are claimed (a document property, stored when set);
 * after each sendEmail one mark is appended to the claim's progress (S sent, F address refused,
 * D cannot leave, T temporary failure, Q quota). A run killed midway leaves the claim: the next
 * run reads it with `resolveClaim` — the message being sent when it died is « uncertain » (it may
 * have left: never resent automatically), those after it were not attempted and wait again.
 * A mailer may mark its rows sent before they leave (the notices: one write per notice) or after
 * (the surveys: one block per batch); the claim tells the next run which marks to correct.
 */
import { afterTemporaryFailure, classifyMailError, gaveUpNow } from './mail-failures';

/** What became of one message handed to the outbox. */
export type Outcome = 'sent' | 'invalid' | 'failed' | 'retry' | 'quota';

/** What a claim left by a killed execution says of each of its keys (« waiting »: not sent, try again). */
export type Recovered = 'sent' | 'invalid' | 'failed' | 'uncertain' | 'waiting';

/** One message handed to the outbox, named by a key of the mailer's log (unique among its rows). */
export interface Outgoing {
  key: string;
  to: readonly string[];
  subject: string;
  body: string;
  htmlBody?: string;
  /** Sender name shown to the recipient. */
  name: string;
  /** The log's « Erreur » before this attempt (counts the temporary failures). */
  previousError?: unknown;
}

/** What became of one message, as its mailer writes it to its log. */
export interface Delivery {
  key: string;
  outcome: Outcome;
  /** Text for « Erreur » ('' when sent). */
  error: string;
  /** When it left (the store's stamp), '' otherwise. */
  sentAt: string;
}

/** How a mailer writes its own sent-log. */
export interface OutboxLog {
  /** Before a batch leaves (e.g. its rows marked « envoyé » in advance). */
  claim?: (batch: readonly Outgoing[]) => void;
  /** A batch's outcomes (in blocks where the log allows). */
  record: (batch: readonly Delivery[]) => void;
}

/** Keys per claim: a property value holds 9 KB, a key ~40 characters. */
export const CLAIM_BATCH = 150;

const MARKS: Record<Outcome, string> = { sent: 'S', invalid: 'F', failed: 'D', retry: 'T', quota: 'Q' };
const RECOVERED: Record<string, Recovered | undefined> = { S: 'sent', F: 'invalid', D: 'failed' };

/** The progress mark of an outcome (one character per message, in claim order). */
export function progressMark(outcome: Outcome): string {
  return MARKS[outcome];
}

/** Apps Script stopping the execution (6-minute limit): the claim must stay for the next run. */
export function isKilled(message: string): boolean {
  return /maximum execution time|temps d'exécution maximal/i.test(message);
}

/** The outcome of a MailApp.sendEmail error, with the text for the log's « Erreur » (domain/mail/mail-failures.ts). */
export function outcomeOfError(message: string, previousError: unknown): { outcome: Outcome; error: string } {
  switch (classifyMailError(message)) {
    case 'quota':
      return { outcome: 'quota', error: '' };
    case 'adresse':
      return { outcome: 'invalid', error: message.slice(0, 500) };
    case 'définitive':
      return { outcome: 'failed', error: gaveUpNow(message) };
    case 'temporaire': {
      const next = afterTemporaryFailure(previousError, message);
      return { outcome: next.retry ? 'retry' : 'failed', error: next.error };
    }
  }
}

/** A claim's keys and progress marks → what became of each key (see the file comment); Q and T: not sent. */
export function resolveClaim(keys: readonly string[], progress: string): Map<string, Recovered> {
  const known = new Map<string, Recovered>();
  keys.forEach((key, i) => {
    if (i < progress.length) known.set(key, RECOVERED[progress[i]] ?? 'waiting');
    else known.set(key, i === progress.length ? 'uncertain' : 'waiting');
  });
  return known;
}

/**
 * Which messages leave now and which wait for the quota (counted in recipients), oldest first:
 * one too big for what is left waits, a smaller one after it may still go. `max` caps the messages.
 */
export function splitByQuota<T>(items: readonly T[], recipients: (item: T) => number, remaining: number, max = Infinity): { now: T[]; later: T[] } {
  const now: T[] = [];
  const later: T[] = [];
  let left = remaining;
  for (const item of items) {
    const n = recipients(item);
    if (now.length < max && n <= left) {
      now.push(item);
      left -= n;
    } else later.push(item);
  }
  return { now, later };
}
