/**
 * Sends e-mail at most once per key, within the MailApp daily quota. Generic: any feature
 * (approval circuit…) names its messages with a key and calls `sendOnce`.
 *
 * - The sent-log is the « Envois » sheet (MAIL_LOG), read once per request through the Store.
 * - A key already « envoyé » is never sent again, even if the action is retried or re-run.
 * - The message's row says « envoyé » before it leaves (one write per notice), through the outbox
 *   (the mail port: claim, MailApp.sendEmail): an execution killed before the send is known leaves
 *   it « échec » with « Envoi incertain » in « Erreur » (it may have left: an admin decides,
 *   `retryFailedMail`), never a silent duplicate. A refusal by MailApp keeps it « en attente »
 *   (quota, or a temporary failure on Google's side: retried by the hourly job « e-mails », 5
 *   attempts at most) or makes it « échec » (an address Gmail refuses, or 5 temporary failures),
 *   with the error (domain/mail/mail-failures.ts).
 * - The quota (in recipients) is checked first: a message that does not fit is kept « en attente »
 *   with its whole text, and `sendQueued` (hourly job) sends it later.
 * Call it under the document lock (a write endpoint, or a scheduled job) so that two executions
 * never both find a key unsent.
 */
import type { PendingMail } from '../../domain/contracts';
import type { Row } from '../../domain/schema/field';
import { MAIL_LOG, type MailStatus } from '../../domain/conventions/approval-tables';
import { splitByQuota, type Delivery, type Outcome, type Outgoing } from '../../domain/mail/outbox';
import { cleanRecipients, errorWhenSent, outcomeNotice, queuedNotice, RECOVERED, recipientsOf, splitAddresses, STATUS_OF } from '../../domain/mail/mail-log';
import type { Ports } from '../ports';

export interface MailMessage {
  /** One or more addresses (the quota counts each recipient). */
  to: readonly string[];
  subject: string;
  body: string;
  htmlBody?: string;
}

export type SendStatus = 'envoyé' | 'déjà envoyé' | 'en attente' | 'échec';

export interface SendResult {
  key: string;
  status: SendStatus;
  recipients: string[];
  /** French explanation for the sidebar when the message was not sent now. */
  notice: string;
}

export interface QueueReport {
  sent: number;
  waiting: number;
  failed: number;
}

type LogRow = Row<typeof MAIL_LOG>;

const SENDER_NAME = 'Pacte';
/** The outbox's claim of this log (document properties pacte.mail.inflight / .progress). */
const CLAIM = 'pacte.mail';

const logOf = (ports: Ports) => ports.store.table(MAIL_LOG);
const rows = (ports: Ports): LogRow[] =>
  logOf(ports)
    .all()
    .map((s) => s.record);

/** Sends `message` unless a message with this key was already sent (see the file comment). */
export function sendOnce(ports: Ports, key: string, message: MailMessage): SendResult {
  const all = cleanRecipients(message.to);
  if (!key.trim()) throw new Error("Envoi d'e-mail : la clé du message est vide.");
  if (all.length === 0) throw new Error(`Envoi d'e-mail « ${message.subject} » : aucun destinataire.`);
  const { recipients, skipped } = splitAddresses(all);
  recover(ports);
  const previous = rows(ports)
    .filter((r) => r.key === key)
    .pop();
  if (previous?.status === 'envoyé' || previous?.status === 'échec') {
    return { key, status: previous.status === 'envoyé' ? 'déjà envoyé' : 'échec', recipients, notice: '' };
  }
  if (previous?.status === 'en attente') {
    // Already queued: send it now if the quota allows, never queue it twice.
    return sendStored(ports, [previous]).get(previous.id) === 'sent'
      ? { key, status: 'envoyé', recipients, notice: '' }
      : { key, status: 'en attente', recipients, notice: queuedNotice(recipients) };
  }
  const { store } = ports;
  if (recipients.length === 0) {
    if (!previous)
      logOf(ports).insert([
        { key, status: 'échec', to: all.join(', '), subject: message.subject, body: message.body, htmlBody: message.htmlBody ?? '', error: skipped },
      ]);
    return { key, status: 'échec', recipients: [], notice: `L'e-mail « ${message.subject} » n'est pas parti : ${skipped}.` };
  }
  const fits = splitByQuota([recipients], (r) => r.length, ports.mail.remainingQuota()).now.length > 0;
  // Written « envoyé » in advance when it fits: the claim (one write, as for any notice).
  const [row] = logOf(ports).insert([
    {
      key,
      status: fits ? 'envoyé' : 'en attente',
      to: recipients.join(', '),
      subject: message.subject,
      body: message.body,
      htmlBody: message.htmlBody ?? '',
      sentAt: fits ? store.stamp() : '',
      error: skipped,
    },
  ]);
  const outcome = fits ? send(ports, [row]).get(row.id)! : 'quota';
  return { key, status: STATUS_OF[outcome], recipients, notice: outcomeNotice(outcome, recipients, skipped) };
}

/** Sends queued messages within today's quota, oldest first; for the hourly job « e-mails » (under the document lock). */
export function sendQueued(ports: Ports, max = Infinity): QueueReport {
  recover(ports);
  return sendWaiting(
    ports,
    rows(ports).filter((r) => r.status === 'en attente'),
    max,
  );
}

/**
 * Sends the queued messages of these keys now, within today's quota (a user's action that queued
 * them with `enqueueOnce`); what does not fit stays « en attente » for the hourly job.
 */
export function sendQueuedKeys(ports: Ports, keys: readonly string[]): QueueReport {
  recover(ports);
  const wanted = new Set(keys);
  return sendWaiting(
    ports,
    rows(ports).filter((r) => r.status === 'en attente' && wanted.has(r.key)),
    Infinity,
  );
}

/** Mail log statuses by key (the last row of a key), for the caller's report. */
export function statusesOf(ports: Ports, keys: readonly string[]): Map<string, MailStatus | ''> {
  const wanted = new Set(keys);
  return new Map(
    rows(ports)
      .filter((r) => wanted.has(r.key))
      .map((r) => [r.key, r.status]),
  );
}

function sendWaiting(ports: Ports, waiting: readonly LogRow[], max: number): QueueReport {
  const outcomes = [...sendStored(ports, waiting, max).values()];
  const sent = outcomes.filter((o) => o === 'sent').length;
  const failed = outcomes.filter((o) => STATUS_OF[o] === 'échec').length;
  return { sent, failed, waiting: waiting.length - sent - failed };
}

/**
 * Many keyed messages at once (the « alertes » job): those whose key is not in the log yet are
 * written « en attente » in one insert, for `sendQueued` to send within the quota. Returns the keys
 * queued now; a key already logged (any status) is never queued again.
 */
export function enqueueOnce(ports: Ports, messages: readonly (MailMessage & { key: string })[]): string[] {
  recover(ports);
  const known = new Set(rows(ports).map((r) => r.key));
  const fresh = messages.filter((m) => !known.has(m.key) && (known.add(m.key), true));
  if (!fresh.length) return [];
  logOf(ports).insert(
    fresh.map((m) => ({
      key: m.key,
      status: 'en attente' as const,
      to: cleanRecipients(m.to).join(', '),
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? '',
    })),
  );
  return fresh.map((m) => m.key);
}

/** Messages still « en attente » or in « échec » (Envois), for the administrator. */
export function pendingMail(ports: Ports): PendingMail[] {
  return rows(ports)
    .filter((r) => r.status === 'en attente' || r.status === 'échec')
    .map((r) => ({ id: r.id, key: r.key, status: r.status as PendingMail['status'], to: r.to, subject: r.subject, error: r.error }));
}

/** An administrator's retry of a message in « échec »: back « en attente », sent now if the quota allows (under the document lock). */
export function retryFailedMail(ports: Ports, id: string): MailStatus {
  recover(ports);
  const row = logOf(ports).getOrThrow(id).record;
  if (row.status !== 'échec') throw new Error(`Envois › ${id} : seul un envoi en « échec » peut être relancé (statut : ${String(row.status ?? '')}).`);
  logOf(ports).update(id, { status: 'en attente', error: `Renvoi demandé par ${ports.store.user}.` }, 'relance');
  // The attempts count starts again.
  return STATUS_OF[sendStored(ports, [{ ...row, status: 'en attente', error: '' }]).get(id) ?? 'quota'];
}

/** « en attente » rows through the outbox, within the quota; outcome by row ID (none: not attempted). */
function sendStored(ports: Ports, waiting: readonly LogRow[], max = Infinity): Map<string, Outcome> {
  const { now } = splitByQuota(waiting, (r) => recipientsOf(r.to).length, ports.mail.remainingQuota(), max);
  return send(ports, now, true);
}

/** Rows through the outbox; `mark`: they say « en attente » and are marked « envoyé » just before their batch leaves. */
function send(ports: Ports, toSend: readonly LogRow[], mark = false): Map<string, Outcome> {
  const log = logOf(ports);
  const messages: Outgoing[] = toSend.map((r) => ({
    key: r.id,
    to: recipientsOf(r.to),
    subject: r.subject,
    body: r.body,
    htmlBody: r.htmlBody || undefined,
    name: SENDER_NAME,
    previousError: r.error,
  }));
  const claim = (batch: readonly Outgoing[]) => {
    for (const m of batch) log.update(m.key, { status: 'envoyé', sentAt: ports.store.stamp(), error: errorWhenSent(m.previousError) }, 'envoi');
  };
  // Rows said « envoyé » in advance: those that did not leave are corrected.
  const record = (batch: readonly Delivery[]) => {
    for (const d of batch) if (d.outcome !== 'sent') log.update(d.key, { status: STATUS_OF[d.outcome], sentAt: '', error: d.error }, 'envoi');
  };
  const deliveries = ports.mail.sendAll(CLAIM, messages, { claim: mark ? claim : undefined, record });
  return new Map(deliveries.map((d) => [d.key, d.outcome]));
}

/** Stores whose claim was already recovered in this execution (a store lives one execution). */
const RECOVERED_IN = new WeakSet<object>();

/** A claim left by a killed execution (once per execution, before sending). */
function recover(ports: Ports): void {
  if (RECOVERED_IN.has(ports.store)) return;
  RECOVERED_IN.add(ports.store);
  const log = logOf(ports);
  ports.mail.recoverClaim(CLAIM, (known) => {
    for (const [id, r] of known) {
      // Only rows still as claimed (« envoyé » in advance) are corrected.
      if (r === 'sent' || log.get(id)?.record.status !== 'envoyé') continue;
      log.update(id, { ...RECOVERED[r], sentAt: '' }, 'envoi');
    }
  });
}
