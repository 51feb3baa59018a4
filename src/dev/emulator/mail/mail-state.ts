/**
 * Per-world mail state: the sent-message outbox, the daily recipient quota of each sending user,
 * and bouncing addresses. The `_` functions are emulator-only accessors for tests and the sandbox.
 */
import type { World } from '../core/world';

/** Consumer (gmail.com) accounts may send to 100 recipients a day; Google Workspace accounts to 1,500. */
export const CONSUMER_DAILY_RECIPIENTS = 100;
/** "Quotas are per user and reset 24 hours after the first request." */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  size: number;
}

export interface SentMessage {
  sender: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: SentAttachment[];
  inlineImages: string[];
  sentAt: Date;
}

export interface Bounce {
  address: string;
  subject: string;
  sender: string;
  sentAt: Date;
}

interface UserQuota {
  windowStartMs: number;
  used: number;
}

export class MailState {
  dailyLimit = CONSUMER_DAILY_RECIPIENTS;
  readonly outbox: SentMessage[] = [];
  readonly bounces: Bounce[] = [];
  readonly bouncing = new Set<string>();
  /** Errors the next sends throw, in order (_failNextSends). */
  readonly failures: string[] = [];
  private readonly quotas = new Map<string, UserQuota>();

  /** Recipients already counted in the user's current 24-hour window. */
  used(user: string, now: number): number {
    const q = this.quotas.get(user);
    if (!q || now >= q.windowStartMs + QUOTA_WINDOW_MS) return 0;
    return q.used;
  }

  consume(user: string, now: number, recipients: number): void {
    const q = this.quotas.get(user);
    if (!q || now >= q.windowStartMs + QUOTA_WINDOW_MS) this.quotas.set(user, { windowStartMs: now, used: recipients });
    else q.used += recipients;
  }
}

export function mailState(world: World): MailState {
  return world.state('mail', () => new MailState());
}

function copyMessage(m: SentMessage): SentMessage {
  return {
    ...m,
    to: m.to.slice(),
    cc: m.cc.slice(),
    bcc: m.bcc.slice(),
    attachments: m.attachments.map((a) => ({ ...a })),
    inlineImages: m.inlineImages.slice(),
    sentAt: new Date(m.sentAt.getTime()),
  };
}

/** Every message sent in this world, oldest first (copies). */
export function _outbox(world: World): SentMessage[] {
  return mailState(world).outbox.map(copyMessage);
}

/** Sets the daily recipient quota of every user (e.g. 1500 for a Google Workspace account). */
export function _setMailQuota(world: World, recipientsPerDay: number): void {
  mailState(world).dailyLimit = recipientsPerDay;
}

/** Marks an address as bouncing: sends to it still succeed (Google learns later) but leave a bounce record. */
export function _bounce(world: World, address: string): void {
  mailState(world).bouncing.add(address.trim().toLowerCase());
}

/** The delivery failures recorded so far (copies). */
export function _bounces(world: World): Bounce[] {
  return mailState(world).bounces.map((b) => ({ ...b, sentAt: new Date(b.sentAt.getTime()) }));
}

/**
 * Texts Apps Script gives for a send that failed on Google's side (the message did not leave):
 * « Service unavailable: Gmail » (as reported for Gmail calls, e.g. github.com tests quoting
 * "Exception: Service unavailable: Gmail") and Apps Script's generic server error.
 */
export const MAIL_FAILURES = {
  unavailable: 'Service unavailable: Gmail',
  server: "We're sorry, a server error occurred. Please wait a bit and try again.",
  quota: 'Service invoked too many times for one day: email.',
} as const;

/**
 * Emulator-only: the next `count` sends throw this error (a key of MAIL_FAILURES or any text), before
 * anything is sent or counted against the quota; then sends work again.
 */
export function _failNextSends(world: World, error: keyof typeof MAIL_FAILURES | string, count = 1): void {
  const text = error in MAIL_FAILURES ? MAIL_FAILURES[error as keyof typeof MAIL_FAILURES] : error;
  for (let i = 0; i < count; i++) mailState(world).failures.push(text);
}
