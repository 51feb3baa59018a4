/**
 * Sends email at most once per key, within the MailApp daily quota. Generic: any feature
 * (approval circuit, surveys…) names its messages with a key and calls `sendOnce`.
 *
 * - The sent-log is the « Envois » sheet (MAIL_LOG), read once per request.
 * - A key already « envoyé » is never sent again, even if the action is retried or re-run.
 * - The message's row says « envoyé » before it leaves (one write per notice), through the outbox
 *   (services/mail/outbox.ts: row stored, claim, MailApp.sendEmail): an execution killed before
 *   the send is known leaves it « échec » with « Envoi incertain » in « Erreur » (it may have left:
 *   an admin decides, `retryFailedMail`), never a silent duplicate. A refusal by MailApp keeps it
 *   « en attente » (quota, or a temporary failure on Google's side: retried by the hourly job
 *   « e-mails », 5 attempts at most) or makes it « échec » (an address Gmail refuses, or 5
 *   temporary failures), with the error (domain/mail/mail-failures.ts).
 * - The quota (`MailApp.getRemainingDailyQuota()`, in recipients) is checked first: a message
 *   that does not fit is kept « en attente » with its whole text, and `sendQueued` (hourly job)
 *   sends it later.
 * Call it under the document lock (`write_`, or `withDocumentLock` in a trigger) so that two
 * executions never both find a key unsent.
 */
import type { DataRecord } from '../../domain/schema/field';
import type { PendingMail } from '../../domain/contracts';
import { MAIL_LOG, type MailStatus } from '../../domain/conventions/approval-tables';
import { splitByQuota, type Outcome, type Recovered } from '../../domain/mail/outbox';
import { gaveUpNow } from '../../domain/mail/mail-failures';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { recoverClaim, remainingQuota, sendAll, type Delivery, type Outgoing } from './outbox';

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
/** The outbox's claim of this log (document properties pacte.mail.inflight / .progress). */
const CLAIM = 'pacte.mail';
const SKIPPED = /^Adresses? invalides? ignorées?/;

const STATUS_OF: Record<Outcome, MailStatus> = { sent: 'envoyé', quota: 'en attente', retry: 'en attente', invalid: 'échec', failed: 'échec' };
const LOST = 'détail perdu : exécution interrompue';
/** A claimed row (« envoyé » in advance) after a killed run; `sent` needs no correction. */
const RECOVERED: Record<Exclude<Recovered, 'sent'>, { status: MailStatus; error: string }> = {
  waiting: { status: 'en attente', error: '' },
  invalid: { status: 'échec', error: `Adresse refusée par Gmail (${LOST}).` },
  failed: { status: 'échec', error: gaveUpNow(`(${LOST})`) },
  uncertain: {
    status: 'échec',
    error: "Envoi incertain : exécution interrompue pendant l'envoi, non renvoyé pour éviter un doublon — un administrateur peut le renvoyer.",
  },
};

/** The log of one request: « Envois » read once, the quota read once and counted down locally. */
class Mailer {
  private recovered = false;

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
    this.recover();
    const previous = this.entry(key);
    if (previous?.status === 'envoyé' || previous?.status === 'échec') {
      return { key, status: previous.status === 'envoyé' ? 'déjà envoyé' : 'échec', recipients, notice: '' };
    }
    if (previous?.status === 'en attente') {
      // Already queued: send it now if the quota allows, never queue it twice.
      return this.sendStored([previous]).get(String(previous.id)) === 'sent'
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
    const fits = splitByQuota([recipients], (r) => r.length, remainingQuota(this.ctx)).now.length > 0;
    // Written « envoyé » in advance when it fits: the claim (one write, as for any notice).
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
    const outcome = fits ? this.send([row]).get(String(row.id))! : 'quota';
    const status = STATUS_OF[outcome];
    const warning = skipped ? ` ${skipped} (corrigez-la dans Pacte → Rôles).` : '';
    const notice =
      outcome === 'sent'
        ? ''
        : outcome === 'quota'
          ? queuedNotice(recipients)
          : outcome === 'retry'
            ? `Gmail n'a pas pu envoyer l'e-mail à ${recipients.join(', ')} pour le moment : il repartira à la prochaine exécution de Pacte (dans l'heure).`
            : `L'e-mail à ${recipients.join(', ')} n'a pas pu partir (voir la feuille Envois).`;
    return { key, status, recipients, notice: (notice + warning).trim() };
  }

  /** Sends the « en attente » rows that fit in the quota (oldest first). */
  sendQueued(max = Infinity): QueueReport {
    this.recover();
    const waiting = this.waiting();
    const outcomes = [...this.sendStored(waiting, max).values()];
    const sent = outcomes.filter((o) => o === 'sent').length;
    const failed = outcomes.filter((o) => STATUS_OF[o] === 'échec').length;
    return { sent, failed, waiting: waiting.length - sent - failed };
  }

  /** An administrator's retry of a message in « échec »: back « en attente », sent now if the quota allows. */
  retryFailed(id: string): MailStatus {
    this.recover();
    const row = this.log.getOrThrow(id).record;
    if (row.status !== 'échec') throw new Error(`Envois › ${id} : seul un envoi en « échec » peut être relancé (statut : ${String(row.status ?? '')}).`);
    this.log.update(id, { status: 'en attente', error: `Renvoi demandé par ${this.ctx.user}.` }, 'relance');
    // The attempts count starts again.
    return STATUS_OF[this.sendStored([{ ...row, status: 'en attente', error: '' }]).get(id) ?? 'quota'];
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

  /** « en attente » rows through the outbox, within the quota; outcome by row ID (none: not attempted). */
  private sendStored(rows: readonly DataRecord[], max = Infinity): Map<string, Outcome> {
    const { now } = splitByQuota(rows, (r) => recipientsOf(r).length, remainingQuota(this.ctx), max);
    return this.send(now, true);
  }

  /** Rows through the outbox; `mark`: they say « en attente » and are marked « envoyé » just before their batch leaves. */
  private send(rows: readonly DataRecord[], mark = false): Map<string, Outcome> {
    const messages = rows.map((r) => ({
      key: String(r.id),
      to: recipientsOf(r),
      subject: String(r.subject ?? ''),
      body: String(r.body ?? ''),
      htmlBody: String(r.htmlBody ?? '') || undefined,
      name: SENDER_NAME,
      previousError: r.error,
    }));
    const claim = (batch: readonly Outgoing[]) => {
      for (const m of batch) {
        // A note on addresses left out stays; a failure's text goes.
        const error = SKIPPED.test(String(m.previousError ?? '')) ? String(m.previousError) : '';
        this.log.update(m.key, { status: 'envoyé', sentAt: this.ctx.stamp(), error }, 'envoi');
      }
    };
    const deliveries = sendAll(this.ctx, CLAIM, messages, { claim: mark ? claim : undefined, record: (batch) => this.record(batch) });
    return new Map(deliveries.map((d) => [d.key, d.outcome]));
  }

  /** Rows said « envoyé » in advance: those that did not leave are corrected. */
  private record(batch: readonly Delivery[]): void {
    for (const d of batch) {
      if (d.outcome !== 'sent') this.log.update(d.key, { status: STATUS_OF[d.outcome], sentAt: '', error: d.error }, 'envoi');
    }
  }

  /** A claim left by a killed execution (once per request, before sending). */
  private recover(): void {
    if (this.recovered) return;
    this.recovered = true;
    recoverClaim(CLAIM, (known) => {
      for (const [id, r] of known) {
        // Only rows still as claimed (« envoyé » in advance) are corrected.
        if (r === 'sent' || this.log.get(id)?.record.status !== 'envoyé') continue;
        this.log.update(id, { ...RECOVERED[r], sentAt: '' }, 'envoi');
      }
    });
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

const recipientsOf = (r: DataRecord): string[] => cleanRecipients(String(r.to ?? '').split(','));

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
