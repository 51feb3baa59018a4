/**
 * The one outbox both mailers send through, behind the use cases' `mail` port (approval notices:
 * app/mail/notices.ts; survey invitations: app/surveys/sending.ts). Each keeps its own sent-log sheet and says, through
 * `record`, how an outcome is written there; the order of writes and the claim are here
 * (decisions in domain/mail/outbox.ts). Call it under the document lock.
 *
 * Per batch (at most CLAIM_BATCH messages):
 * 1. `claim` writes what the log must say before the batch leaves, then SpreadsheetApp.flush(): the
 *    log rows the caller wrote (a new message, reminder rows, rows marked « envoyé » in advance) are
 *    stored before anything leaves (Sheets may buffer writes: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush);
 * 2. the keys are claimed in a document property (stored when set);
 * 3. each MailApp.sendEmail is followed by its progress mark (a property, not a Sheets write);
 * 4. the outcomes are written to the log in blocks (`record`), SpreadsheetApp.flush(), then the
 *    claim is deleted — never before the log says what left.
 * `recoverClaim` turns a claim left by a killed run into outcomes (sent / invalid / uncertain).
 */
import {
  CLAIM_BATCH,
  isKilled,
  outcomeOfError,
  progressMark,
  resolveClaim,
  type Delivery,
  type Outgoing,
  type OutboxLog,
  type Recovered,
} from '../../domain/mail/outbox';
import type { StoreContext } from '../store-context';
import { keepWritesSoFar } from '../write-guard';

export type { Delivery, Outgoing, OutboxLog } from '../../domain/mail/outbox';

const QUOTAS = new WeakMap<StoreContext, { left: number }>();

/** MailApp's remaining daily quota (recipients), read once per request and counted down as mail leaves. */
export function remainingQuota(ctx: StoreContext): number {
  let q = QUOTAS.get(ctx);
  if (!q) {
    q = { left: MailApp.getRemainingDailyQuota() };
    QUOTAS.set(ctx, q);
  }
  return q.left;
}

function spend(ctx: StoreContext, n: number): void {
  const q = QUOTAS.get(ctx);
  if (q) q.left = Math.max(0, q.left - n);
}

const claimKeys = (name: string) => ({ keys: `${name}.inflight`, progress: `${name}.progress` });

/**
 * A claim left by a killed execution under `name`: `apply` writes what became of its keys to the
 * log, then the claim is deleted, once that is stored.
 */
export function recoverClaim(name: string, apply: (known: ReadonlyMap<string, Recovered>) => void): void {
  const props = PropertiesService.getDocumentProperties();
  const at = claimKeys(name);
  const claim = props.getProperty(at.keys);
  if (!claim) return;
  apply(resolveClaim(JSON.parse(claim) as string[], props.getProperty(at.progress) ?? ''));
  releaseClaim(name);
}

/** Deletes the claim once the log says what became of its keys (stored first: SpreadsheetApp.flush). */
function releaseClaim(name: string): void {
  SpreadsheetApp.flush();
  const props = PropertiesService.getDocumentProperties();
  const at = claimKeys(name);
  props.deleteProperty(at.keys);
  props.deleteProperty(at.progress);
}

/**
 * Sends `messages` (already within the quota: domain splitByQuota) in claimed batches, writing each
 * batch's outcomes with `log.record`. After MailApp refuses for quota, the rest is « quota » (not sent).
 */
export function sendAll(ctx: StoreContext, name: string, messages: readonly Outgoing[], log: OutboxLog): Delivery[] {
  const out: Delivery[] = [];
  for (let start = 0; start < messages.length; start += CLAIM_BATCH) {
    const batch = messages.slice(start, start + CLAIM_BATCH);
    // After MailApp refused for quota, nothing more is attempted (nor claimed).
    if (out.some((d) => d.outcome === 'quota')) out.push(...batch.map(notAttempted));
    else out.push(...sendBatch(ctx, name, batch, log));
  }
  return out;
}

const notAttempted = (m: Outgoing): Delivery => ({ key: m.key, outcome: 'quota', error: '', sentAt: '' });

function sendBatch(ctx: StoreContext, name: string, batch: readonly Outgoing[], log: OutboxLog): Delivery[] {
  log.claim?.(batch);
  // The log says what it must before anything leaves (see the file comment, 1).
  SpreadsheetApp.flush();
  const props = PropertiesService.getDocumentProperties();
  const at = claimKeys(name);
  props.setProperties({ [at.keys]: JSON.stringify(batch.map((m) => m.key)), [at.progress]: '' });
  let progress = '';
  const out: Delivery[] = [];
  for (const m of batch) {
    if (progress.endsWith('Q')) {
      out.push(notAttempted(m));
      continue;
    }
    const d = deliver(ctx, m);
    out.push(d);
    // After a quota refusal the rest is not attempted: all marked at once.
    progress += d.outcome === 'quota' ? 'Q'.repeat(batch.length - out.length + 1) : progressMark(d.outcome);
    props.setProperty(at.progress, progress);
  }
  log.record(out);
  // The log's outcomes are stored before the claim goes: a kill between the two must not resend.
  releaseClaim(name);
  return out;
}

function deliver(ctx: StoreContext, m: Outgoing): Delivery {
  try {
    MailApp.sendEmail({ to: m.to.join(','), subject: m.subject, body: m.body, ...(m.htmlBody ? { htmlBody: m.htmlBody } : {}), name: m.name });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The execution is being stopped: the claim stays as it is for the next run.
    if (isKilled(message)) throw e;
    const { outcome, error } = outcomeOfError(message, m.previousError);
    if (outcome === 'quota') QUOTAS.set(ctx, { left: 0 });
    return { key: m.key, outcome, error, sentAt: '' };
  }
  // Sent: the log rows written so far must stay, whatever a later write of the request meets.
  keepWritesSoFar(ctx);
  spend(ctx, m.to.length);
  return { key: m.key, outcome: 'sent', error: '', sentAt: ctx.stamp() };
}

/** The outbox of one execution as the mail use cases see it (app/ports/mail.ts). */
export function mailOutbox(ctx: StoreContext) {
  return {
    remainingQuota: () => remainingQuota(ctx),
    sendAll: (name: string, messages: readonly Outgoing[], log: OutboxLog) => sendAll(ctx, name, messages, log),
    recoverClaim,
    workbookUrl: () => ctx.spreadsheet.getUrl(),
    // Sheet.getSheetId(): the number after `#gid=` in the sheet's address (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()).
    sheetId: (sheetName: string) => ctx.spreadsheet.getSheetByName(sheetName)?.getSheetId() ?? null,
  };
}
