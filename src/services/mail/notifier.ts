/**
 * Sends email at most once per key, within the MailApp daily quota. Generic: any feature
 * (approval circuit, surveys…) names its messages with a key and calls `sendOnce`.
 *
 * - The sent-log is the « Envois » sheet (MAIL_LOG), read once per request.
 * - A key already « envoyé » is never sent again, even if the action is retried or re-run.
 * - The log row is written BEFORE MailApp.sendEmail: if the execution dies between the two, the
 *   message may be lost but never duplicated (at most once). If sendEmail throws, the row becomes
 *   « en attente » (quota, or a temporary failure on Google's side: retried by the hourly job
 *   « e-mails », 5 attempts at most) or « échec » (an address Gmail refuses, or 5 temporary failures:
 *   an admin may retry it, `retryFailedMail`), with the error (domain/mail/mail-failures.ts).
 * - The quota (`MailApp.getRemainingDailyQuota()`, in recipients) is checked first: a message
 *   that does not fit is kept « en attente » with its whole text, and `sendQueued` (hourly job)
 *   sends it later.
 * Call it under the document lock (`write_`, or `withDocumentLock` in a trigger) so that two
 * executions never both find a key unsent.
 */
import type { DataRecord } from '../../domain/schema/field';
import type { PendingMail } from '../../domain/contracts';
import { MAIL_LOG, type MailStatus } from '../../domain/conventions/approval-tables';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { keepWritesSoFar } from '../write-guard';
import { afterTemporaryFailure, classifyMailError } from '../../domain/mail/mail-failures';

export { MAIL_LOG } from '../../domain/conventions/approval-tables';

interface MailMessage {
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

const EMAIL = /^[^\s@,;<>()"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const SENDER_NAME = 'Pacte';

/** The log of one request: « Envois » read once, the quota read once and counted down locally. */
class Mailer {
  private quota: number | null = null;

  private constructor(
    private readonly ctx: StoreContext,
    private readonly log: SheetTable<typeof MAIL_LOG>,
  ) {}

  static open(ctx: StoreContext): Mailer {
    let m = MAILERS.get(ctx);
    if (!m) {
      m = new Mailer(ctx, SheetTable.open(ctx, MAIL_LOG));
      MAILERS.set(ctx, m);
    }
    return m;
  }

  /** Latest log row of a key, if any. */
  entry(key: string): DataRecord | undefined {
    let found: DataRecord | undefined;
    for (const s of this.log.all()) if (s.record.key === key) found = s.record;
    return found;
  }

  /** Rows still « en attente », oldest first. */
  waiting(): DataRecord[] {
    return this.log
      .all()
      .map((s) => s.record)
      .filter((r) => r.status === 'en attente');
  }

  sendOnce(key: string, message: MailMessage): SendResult {
    const all = cleanRecipients(message.to);
    if (!key.trim()) throw new Error("Envoi d'e-mail : la clé du message est vide.");
    if (all.length === 0) throw new Error(`Envoi d'e-mail « ${message.subject} » : aucun destinataire.`);
    // A malformed address (typo in Paramètres) must not stop the message to the others.
    const recipients = all.filter((a) => EMAIL.test(a));
    const invalid = all.filter((a) => !EMAIL.test(a));
    const skipped = invalid.length
      ? `Adresse${invalid.length > 1 ? 's' : ''} invalide${invalid.length > 1 ? 's' : ''} ignorée${invalid.length > 1 ? 's' : ''} : ${invalid.join(', ')}`
      : '';
    const previous = this.entry(key);
    if (previous?.status === 'envoyé' || previous?.status === 'échec') {
      return { key, status: previous.status === 'envoyé' ? 'déjà envoyé' : 'échec', recipients, notice: '' };
    }
    if (previous?.status === 'en attente') {
      // Already queued: send it now if the quota allows, never queue it twice.
      return this.sendStored(previous) === 'envoyé'
        ? { key, status: 'envoyé', recipients, notice: '' }
        : { key, status: 'en attente', recipients, notice: queuedNotice(recipients) };
    }
    if (recipients.length === 0) {
      if (!previous)
        this.log.insert([
          { key, status: 'échec', to: all.join(', '), subject: message.subject, body: message.body, htmlBody: message.htmlBody ?? '', error: skipped },
        ]);
      return { key, status: 'échec', recipients: [], notice: `L'e-mail « ${message.subject} » n'est pas parti : ${skipped}.` };
    }
    const fits = this.remaining() >= recipients.length;
    const [row] = this.log.insert([
      {
        key,
        status: fits ? 'envoyé' : 'en attente',
        to: recipients.join(', '),
        subject: message.subject,
        body: message.body,
        htmlBody: message.htmlBody ?? '',
        sentAt: fits ? this.ctx.stamp() : '',
        error: skipped,
      },
    ]);
    if (!fits) return { key, status: 'en attente', recipients, notice: queuedNotice(recipients) };
    const status = this.deliver(String(row.id), recipients, message);
    const warning = skipped ? ` ${skipped} (corrigez-la dans Pacte → Rôles).` : '';
    return {
      key,
      status,
      recipients,
      notice: (
        (status === 'envoyé'
          ? ''
          : status === 'en attente'
            ? this.entry(key)?.error
              ? `Gmail n'a pas pu envoyer l'e-mail à ${recipients.join(', ')} pour le moment : il repartira à la prochaine exécution de Pacte (dans l'heure).`
              : queuedNotice(recipients)
            : `L'e-mail à ${recipients.join(', ')} n'a pas pu partir (voir la feuille Envois).`) + warning
      ).trim(),
    };
  }

  /** Sends the « en attente » rows that fit in the quota (oldest first). */
  sendQueued(max = Infinity): QueueReport {
    const report: QueueReport = { sent: 0, waiting: 0, failed: 0 };
    for (const row of this.waiting()) {
      if (report.sent >= max) {
        report.waiting++;
        continue;
      }
      const status = this.sendStored(row);
      if (status === 'envoyé') report.sent++;
      else if (status === 'échec') report.failed++;
      else report.waiting++;
    }
    return report;
  }

  /** An administrator's retry of a message in « échec »: back « en attente », sent now if the quota allows. */
  retryFailed(id: string): MailStatus {
    const row = this.log.getOrThrow(id).record;
    if (row.status !== 'échec') throw new Error(`Envois › ${id} : seul un envoi en « échec » peut être relancé (statut : ${String(row.status ?? '')}).`);
    this.log.update(id, { status: 'en attente', error: `Renvoi demandé par ${this.ctx.user}.` }, 'relance');
    return this.sendStored({ ...row, status: 'en attente', error: '' });
  }

  /** Messages not sent: waiting (quota, temporary failure) or failed, for the administrator. */
  pending(): PendingMail[] {
    return this.log
      .all()
      .map((s) => s.record)
      .filter((r) => r.status === 'en attente' || r.status === 'échec')
      .map((r) => ({
        id: String(r.id),
        key: String(r.key ?? ''),
        status: r.status as PendingMail['status'],
        to: String(r.to ?? ''),
        subject: String(r.subject ?? ''),
        error: String(r.error ?? ''),
      }));
  }

  private sendStored(row: DataRecord): MailStatus {
    const recipients = cleanRecipients(String(row.to ?? '').split(','));
    if (this.remaining() < recipients.length) return 'en attente';
    this.log.update(String(row.id), { status: 'envoyé', sentAt: this.ctx.stamp(), error: '' }, 'envoi');
    const message: MailMessage = {
      to: recipients,
      subject: String(row.subject ?? ''),
      body: String(row.body ?? ''),
      htmlBody: String(row.htmlBody ?? '') || undefined,
    };
    return this.deliver(String(row.id), recipients, message, row.error);
  }

  /** The log row already says « envoyé »: send, and correct the row if MailApp refuses. */
  private deliver(id: string, recipients: string[], message: MailMessage, previousError: unknown = ''): MailStatus {
    try {
      MailApp.sendEmail({
        to: recipients.join(','),
        subject: message.subject,
        body: message.body,
        ...(message.htmlBody ? { htmlBody: message.htmlBody } : {}),
        name: SENDER_NAME,
      });
      // Sent: its « envoyé » row must stay, whatever a later write of the request meets.
      keepWritesSoFar(this.ctx);
      this.quota = this.remaining() - recipients.length;
      return 'envoyé';
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      const kind = classifyMailError(text);
      let status: MailStatus = 'échec';
      let error = text.slice(0, 500);
      if (kind === 'quota') {
        status = 'en attente';
        this.quota = 0;
      } else if (kind === 'temporaire') {
        // Not sent (Google's side failed): retried by the next run, a few times at most.
        const next = afterTemporaryFailure(previousError, text);
        status = next.retry ? 'en attente' : 'échec';
        error = next.error;
      }
      this.log.update(id, { status, sentAt: '', error }, 'envoi');
      return status;
    }
  }

  private remaining(): number {
    if (this.quota === null) this.quota = MailApp.getRemainingDailyQuota();
    return this.quota;
  }
}

const MAILERS = new WeakMap<StoreContext, Mailer>();

/** Sends `message` unless a message with this key was already sent (see the file comment). */
export function sendOnce(ctx: StoreContext, key: string, message: MailMessage): SendResult {
  return Mailer.open(ctx).sendOnce(key, message);
}

/** Sends queued messages within today's quota; for the daily job (call under the document lock). */
export function sendQueued(ctx: StoreContext, max?: number): QueueReport {
  return Mailer.open(ctx).sendQueued(max);
}

/** Messages still « en attente » or in « échec » (Envois), for the administrator. */
export function pendingMail(ctx: StoreContext): PendingMail[] {
  return Mailer.open(ctx).pending();
}

/** An administrator's manual retry of a failed message (call under the document lock). */
export function retryFailedMail(ctx: StoreContext, id: string): MailStatus {
  return Mailer.open(ctx).retryFailed(id);
}

function cleanRecipients(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const a = String(raw ?? '').trim();
    if (a && !seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      out.push(a);
    }
  }
  return out;
}

function queuedNotice(recipients: readonly string[]): string {
  return `Quota quotidien d'e-mails atteint : le message à ${recipients.join(', ')} est mis en attente et partira avec la tâche quotidienne de Pacte.`;
}
