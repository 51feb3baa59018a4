/**
 * Sending survey invitations and reminders, within MailApp's daily quota, at most once
 * per recipient and step.
 *
 * Why not services/mail/notifier.ts (sendOnce): a campaign mails hundreds of recipients per run.
 * sendOnce writes one « Envois » row, one ID-counter update and one Journal entry per message
 * (with the whole body), and its log has no partner/contact/token columns, which the survey needs
 * to resolve answers and to remind only non-respondents. Here the sent-log « Envois enquêtes » is
 * written in blocks (one write per column per batch) and one Journal entry per campaign and run.
 *
 * Never twice: both go through the same outbox (services/mail/outbox.ts), keyed token|step: a
 * batch is claimed before it leaves, each send leaves a progress mark, the statuses are written
 * (and flushed) before the claim goes. The next run first recovers a claim left behind: sent →
 * « Envoyé », refused → « Adresse invalide », the one being sent when the execution died →
 * « Envoi incertain » (it may have left: never sent again, and reported); the rest stays « En attente ».
 */
import type { DataRecord, TableSpec } from '../../domain/schema/field';
import { CAMPAIGNS, SENDS, type SendStatus } from '../../domain/surveys/tables';
import { answeredTokens, dueSteps, FIRST_STEP, surveyMail } from '../../domain/surveys/campaign';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { appendJournal } from '../journal';
import { appendRecords, writeColumn, type LogSheet } from './append';
import { closeForm, personalLink, prefilledTemplate } from './forms';
import { readResponseKeys, refreshProgress } from './progress';
import { rawText } from '../../domain/records/coerce';
import { gaveUp, gaveUpNow } from '../../domain/mail/mail-failures';
import { splitByQuota } from '../../domain/mail/outbox';
import { recoverClaim, remainingQuota, sendAll, type Delivery, type Outgoing } from '../mail/outbox';

/** The outbox's claim of this log (document properties pacte.surveys.inflight / .progress, as before). */
const CLAIM = 'pacte.surveys';
const LOST = 'détail perdu : exécution interrompue';

export interface SendReport {
  sent: number;
  queued: number;
  invalid: number;
  uncertain: number;
  cancelled: number;
  /** Not sent because of a temporary failure on Google's side: retried by the next run. */
  retrying: number;
  closed: string[];
}

const keyOf = (r: DataRecord): string => `${rawText(r.token)}|${rawText(r.step)}`;

interface SendState {
  campaigns: SheetTable<typeof CAMPAIGNS>;
  sends: SheetTable<typeof SENDS>;
  /** Sent-log records by key (mutated in memory, written at the end). */
  records: Map<string, { row: number; record: DataRecord }>;
  changed: Map<string, { status: SendStatus; sentAt?: string; error?: string }>;
}

function openState(ctx: StoreContext): SendState {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS);
  const sends = SheetTable.open(ctx, SENDS);
  const records = new Map<string, { row: number; record: DataRecord }>();
  for (const s of sends.all()) records.set(keyOf(s.record), { row: s.row, record: { ...s.record } });
  return { campaigns, sends, records, changed: new Map() };
}

function setStatus(st: SendState, key: string, status: SendStatus, extra: { sentAt?: string; error?: string } = {}): void {
  const r = st.records.get(key);
  if (!r) return;
  r.record.status = status;
  if (extra.sentAt !== undefined) r.record.sentAt = extra.sentAt;
  if (extra.error !== undefined) r.record.error = extra.error;
  st.changed.set(key, { status, ...extra });
}

/** Step 0: a claim left by a killed execution becomes statuses (see the file comment). */
function recover(ctx: StoreContext, st: SendState, report: SendReport): void {
  recoverClaim(CLAIM, (known) => {
    for (const [key, r] of known) {
      if (st.records.get(key)?.record.status !== 'En attente') continue;
      if (r === 'sent') setStatus(st, key, 'Envoyé', { sentAt: ctx.stamp() });
      else if (r === 'invalid') setStatus(st, key, 'Adresse invalide', { error: `Adresse refusée par Gmail (${LOST}).` });
      else if (r === 'failed') setStatus(st, key, 'En attente', { error: gaveUpNow(`(${LOST})`) });
      else if (r === 'uncertain') {
        setStatus(st, key, 'Envoi incertain', { error: "Exécution interrompue pendant l'envoi : non renvoyé pour éviter un doublon." });
        report.uncertain++;
      }
    }
    flush(ctx, st, []);
  });
}

function logOf<S extends TableSpec>(t: SheetTable<S>): LogSheet {
  return { sheet: t.sheet, spec: t.spec, columns: t.columns, width: Math.max(...t.columns.values()) + 1 };
}

/** Writes the changed statuses (three column blocks) and the new rows; journals per campaign. */
function flush(ctx: StoreContext, st: SendState, newRows: DataRecord[]): void {
  const log = logOf(st.sends);
  if (st.changed.size) {
    const rowsOf = (field: 'status' | 'sentAt' | 'error') => {
      const changes = new Map<number, string>();
      for (const [key, c] of st.changed)
        if (c[field] !== undefined || field === 'status') changes.set(st.records.get(key)!.row, rawText(field === 'status' ? c.status : c[field]));
      const known = new Map<number, string>();
      for (const { row, record } of st.records.values()) known.set(row, rawText(record[field]));
      return { changes, known };
    };
    for (const field of ['status', 'sentAt', 'error'] as const) {
      const { changes, known } = rowsOf(field);
      writeColumn(ctx, log, field, changes, known);
    }
    st.changed.clear();
  }
  if (newRows.length) {
    appendRecords(ctx, log, st.sends.sheet.getLastRow(), newRows);
  }
}

interface SendOptions {
  /** Only this campaign (sendCampaign); every campaign otherwise (hourly survey job). */
  campaignId?: string;
  today: string;
  organisation: string;
  /** Stop after this many messages (tests; default: the quota). */
  max?: number;
}

/**
 * One sending run: recover a claim, close campaigns past their closing date, create the reminder
 * rows due (non-respondents only), then send what is « En attente » within the quota — first
 * sendings before reminders. Updates the progress columns of « Enquêtes ».
 */
export function runSends(ctx: StoreContext, opts: SendOptions): SendReport {
  const report: SendReport = { sent: 0, queued: 0, invalid: 0, uncertain: 0, cancelled: 0, retrying: 0, closed: [] };
  const st = openState(ctx);
  recover(ctx, st, report);
  const answered = readResponseKeys(ctx).rows;
  const inScope = st.campaigns.all().filter((c) => (!opts.campaignId || c.record.id === opts.campaignId) && c.record.status !== 'Clôturée');
  const newRows: DataRecord[] = [];
  const pending: { key: string; campaign: DataRecord }[] = [];
  const stamp = ctx.stamp();

  // Per campaign still open (a handful): closing one costs a Forms call and a row update, once.
  for (const { record: c } of inScope) {
    const id = rawText(c.id);
    const done = answeredTokens(
      answered.map((a) => a.record),
      id,
    );
    const mine = [...st.records.values()].filter((r) => r.record.campaignId === id);
    if (rawText(c.closingDate) !== '' && opts.today > rawText(c.closingDate)) {
      closeForm(rawText(c.formId));
      for (const r of mine) if (r.record.status === 'En attente') setStatus(st, keyOf(r.record), 'Annulé', { error: 'Enquête clôturée avant cet envoi.' });
      st.campaigns.update(id, { status: 'Clôturée' }, 'clôture');
      report.closed.push(id);
      continue;
    }
    const steps = dueSteps(c, opts.today);
    if (steps.length === 0) continue;
    if (c.status === 'Programmée') st.campaigns.update(id, { status: 'En cours' }, 'lancement');
    // Reminder rows, created once per step, for first sendings that left and got no answer.
    const firsts = mine.filter((r) => r.record.step === FIRST_STEP);
    for (const step of steps.slice(1)) {
      if (mine.some((r) => r.record.step === step)) continue;
      for (const f of firsts) {
        if (!['Envoyé', 'Envoi incertain'].includes(rawText(f.record.status)) || done.has(rawText(f.record.token))) continue;
        newRows.push({ ...f.record, step, status: 'En attente', queuedAt: stamp, sentAt: '', error: '' });
      }
    }
    for (const step of steps) {
      for (const r of [...mine.map((m) => m.record), ...newRows.filter((n) => n.campaignId === id)]) {
        // After MAX_ATTEMPTS temporary failures a message waits for an administrator (resendUncertain).
        if (r.step !== step || r.status !== 'En attente' || gaveUp(r.error)) continue;
        if (step !== FIRST_STEP && done.has(rawText(r.token))) {
          setStatus(st, keyOf(r), 'Annulé', { error: 'A répondu avant la relance.' });
          report.cancelled++;
          continue;
        }
        pending.push({ key: keyOf(r), campaign: c });
      }
    }
  }
  // New reminder rows are written before sending, so the claim always points at stored rows.
  if (newRows.length) {
    flush(ctx, st, newRows);
    const again = openState(ctx);
    st.sends = again.sends;
    st.records = again.records;
  }
  pending.sort((a, b) => Number(b.key.endsWith(`|${FIRST_STEP}`)) - Number(a.key.endsWith(`|${FIRST_STEP}`)));

  const { now } = splitByQuota(pending, () => 1, remainingQuota(ctx), opts.max);
  const templates = new Map<string, string>();
  const messages = now.map(({ key, campaign }) => outgoing(st.records.get(key)!.record, key, campaign, templates, opts));
  sendAll(ctx, CLAIM, messages, {
    record: (batch) => {
      record(st, batch, report);
      flush(ctx, st, []);
    },
  });
  report.queued = pending.filter((p) => {
    const rec = st.records.get(p.key)?.record;
    return rec?.status === 'En attente' && !gaveUp(rec.error);
  }).length;
  flush(ctx, st, []);
  refreshProgress(
    st,
    answered.map((a) => a.record),
    inScope.map((c) => rawText(c.record.id)),
  );
  return report;
}

/** The personal message of one recipient (the form's prefilled link: one Forms call per campaign). */
function outgoing(rec: DataRecord, key: string, campaign: DataRecord, templates: Map<string, string>, opts: SendOptions): Outgoing {
  const id = rawText(campaign.id);
  if (!templates.has(id)) templates.set(id, prefilledTemplate(rawText(campaign.formId), tokenItemOf(campaign)));
  const mail = surveyMail({
    organisation: opts.organisation,
    title: rawText(campaign.title),
    period: rawText(campaign.period),
    closingDate: rawText(campaign.closingDate),
    contactName: rawText(rec.contactName),
    partnerName: rawText(rec.partnerName),
    url: personalLink(templates.get(id)!, rawText(rec.token)),
    step: rawText(rec.step),
    language: campaign.language === 'Anglais' ? 'en' : 'fr',
  });
  return { key, to: [rawText(rec.email)], subject: mail.subject, body: mail.body, name: opts.organisation || 'Pacte', previousError: rec.error };
}

/** A batch's outcomes on the sent-log records (written by the caller in blocks). */
function record(st: SendState, batch: readonly Delivery[], report: SendReport): void {
  for (const d of batch) {
    if (d.outcome === 'sent') {
      report.sent++;
      setStatus(st, d.key, 'Envoyé', { sentAt: d.sentAt, error: '' });
    } else if (d.outcome === 'invalid') {
      report.invalid++;
      setStatus(st, d.key, 'Adresse invalide', { error: `Refusé par Gmail : ${d.error}`.slice(0, 300) });
    } else if (d.outcome !== 'quota') {
      // Not sent (Google's side failed): stays « En attente » for the next run, a few times at most.
      report.retrying++;
      setStatus(st, d.key, 'En attente', { error: d.error });
    }
  }
}

function tokenItemOf(campaign: DataRecord): number {
  const items = JSON.parse(rawText(campaign.formItems) || '{}') as Record<string, number>;
  if (!items.token)
    throw new Error(
      `Enquête ${rawText(campaign.id)} : la colonne « Questions du formulaire (ID) » ne contient pas la question du jeton ; l'enquête ne peut pas être envoyée.`,
    );
  return items.token;
}

/** Journal line of a run, per campaign. */
export function journalRun(ctx: StoreContext, campaignId: string, r: SendReport): void {
  const parts = [`${r.sent} envoyé(s)`];
  if (r.queued) parts.push(`${r.queued} en attente (quota quotidien atteint)`);
  if (r.invalid) parts.push(`${r.invalid} adresse(s) invalide(s)`);
  if (r.uncertain) parts.push(`${r.uncertain} envoi(s) incertain(s)`);
  if (r.retrying) parts.push(`${r.retrying} échec(s) temporaire(s) de Gmail (nouvel essai à la prochaine exécution)`);
  if (r.cancelled) parts.push(`${r.cancelled} relance(s) annulée(s) (déjà répondu)`);
  appendJournal(ctx, [{ sheet: CAMPAIGNS.sheetName, recordId: campaignId, action: 'envoi', field: '', before: '', after: parts.join(', ') }]);
}

/**
 * An admin's decision on messages left « Envoi incertain » by a killed execution (they may or may
 * not have left: never resent automatically), and on those given up after repeated temporary
 * failures: puts those of the campaign back « En attente », with who decided it in « Erreur », so
 * the next sending run mails them. Returns how many.
 */
export function requeueUncertain(ctx: StoreContext, campaignId: string): number {
  const sends = SheetTable.open(ctx, SENDS);
  const status = new Map<number, string>();
  const error = new Map<number, string>();
  const knownStatus = new Map<number, string>();
  const knownError = new Map<number, string>();
  for (const { row, record } of sends.all()) {
    knownStatus.set(row, rawText(record.status));
    knownError.set(row, rawText(record.error));
    if (record.campaignId !== campaignId) continue;
    const when = ctx.stamp().replace('T', ' ');
    if (record.status === 'Envoi incertain') {
      status.set(row, 'En attente');
      error.set(row, `Envoi incertain renvoyé sur décision de ${ctx.user} (${when}).`);
    } else if (record.status === 'En attente' && gaveUp(record.error)) {
      // Gave up after repeated temporary failures: the count starts again.
      status.set(row, 'En attente');
      error.set(row, `Nouvel essai demandé par ${ctx.user} (${when}).`);
    }
  }
  const log = logOf(sends);
  writeColumn(ctx, log, 'status', status, knownStatus);
  writeColumn(ctx, log, 'error', error, knownError);
  return status.size;
}
