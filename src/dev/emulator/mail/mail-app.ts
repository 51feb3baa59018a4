/** MailApp: sends email from the executing user, within the daily recipient quota and per-message limits. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { BlobData } from '../core/blob-data';
import type { World } from '../core/world';
import { parseRecipients } from './addresses';
import { mailState, type SentAttachment, type SentMessage } from './mail-state';

type MailAppApi = ApiSubset<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;
type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

/** Limits from https://developers.google.com/apps-script/guides/services/quotas ("Current limitations"). */
export const RECIPIENTS_PER_MESSAGE = 50;
export const BODY_BYTES = 200 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 250;
export const ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const NO_RECIPIENT = 'Failed to send email: no recipient';

function blobData(source: unknown): BlobData | null {
  if (!source || typeof source !== 'object') return null;
  const direct = (source as { _data?: BlobData })._data;
  if (direct) return direct;
  const getBlob = (source as { getBlob?: () => unknown }).getBlob;
  return typeof getBlob === 'function' ? ((getBlob.call(source) as { _data?: BlobData })._data ?? null) : null;
}

function attachmentOf(source: unknown): SentAttachment {
  const d = blobData(source);
  if (!d) throw new AppsScriptException('Invalid argument: attachments');
  return { name: d.name, contentType: d.contentType, size: d.bytes.length };
}

export class MailApp extends Emulated implements MailAppApi {
  constructor(private readonly world: World) {
    super('MailApp', world.log);
  }

  /** Recipients the effective user (whose account sends: a trigger's creator) may still send to in the current 24-hour window. */
  getRemainingDailyQuota(): number {
    const s = mailState(this.world);
    return Math.max(0, s.dailyLimit - s.used(this.world.execution.effectiveUser, this.world.clock.now()));
  }

  sendEmail(recipientOrMessage: string | Options, subjectOrReplyTo?: string, body?: string, optionsOrBody?: Options | string): void {
    let o: Options;
    if (recipientOrMessage !== null && typeof recipientOrMessage === 'object') o = { ...recipientOrMessage };
    else if (typeof optionsOrBody === 'string') {
      // sendEmail(to, replyTo, subject, body)
      o = { to: recipientOrMessage, replyTo: subjectOrReplyTo, subject: body, body: optionsOrBody };
    } else o = { ...(optionsOrBody ?? {}), to: recipientOrMessage, subject: subjectOrReplyTo, body };
    this.send(o);
  }

  private send(o: Options): void {
    const to = parseRecipients(o.to);
    const cc = parseRecipients(o.cc);
    const bcc = parseRecipients(o.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new AppsScriptException(NO_RECIPIENT);
    if (count > RECIPIENTS_PER_MESSAGE) throw new AppsScriptException('Limit Exceeded: Email Recipients Per Message.');
    const bodyText = o.body === undefined || o.body === null ? '' : String(o.body);
    const html = o.htmlBody === undefined || o.htmlBody === null ? null : String(o.htmlBody);
    const size = new TextEncoder().encode(bodyText).length + (html ? new TextEncoder().encode(html).length : 0);
    if (size > BODY_BYTES) throw new AppsScriptException('Limit Exceeded: Email Body Size.');
    const attachments = (o.attachments ?? []).map(attachmentOf);
    if (attachments.length > ATTACHMENTS_PER_MESSAGE) throw new AppsScriptException('Limit Exceeded: Email Attachments Per Message.');
    if (attachments.reduce((n, a) => n + a.size, 0) > ATTACHMENT_BYTES) throw new AppsScriptException('Limit Exceeded: Email Total Attachments Size.');
    const replyTo = o.replyTo ? parseRecipients(o.replyTo).join(',') : null;

    const w = this.world;
    const s = mailState(w);
    // Mail leaves from the account the script runs as (a trigger's creator, whose email
    // Session.getActiveUser may not give): the effective user.
    const user = w.execution.effectiveUser;
    const now = w.clock.now();
    const failure = s.failures.shift();
    if (failure !== undefined) throw new AppsScriptException(failure);
    // The quota counts recipients; a send that would exceed it sends nothing.
    if (s.used(user, now) + count > s.dailyLimit) throw new AppsScriptException(QUOTA_EXCEEDED);
    s.consume(user, now, count);

    const msg: SentMessage = {
      sender: user,
      to,
      cc,
      bcc,
      subject: o.subject === undefined || o.subject === null ? '' : String(o.subject),
      body: bodyText,
      htmlBody: html,
      name: o.name === undefined ? null : String(o.name),
      replyTo,
      noReply: Boolean(o.noReply),
      attachments,
      inlineImages: Object.keys(o.inlineImages ?? {}),
      sentAt: new Date(now),
    };
    s.outbox.push(msg);
    for (const address of [...to, ...cc, ...bcc]) {
      if (s.bouncing.has(address.toLowerCase())) s.bounces.push({ address, subject: msg.subject, sender: user, sentAt: new Date(now) });
    }
  }
}
