/**
 * Sending survey invitations and reminders, within MailApp's daily quota, at most once per
 * recipient and step.
 *
 * Why not the approval notifier: a campaign mails hundreds of recipients per run. The notifier
 * writes one log row, one ID-counter update and one Journal entry per message, and its log has no
 * partner/contact/token columns, which the survey needs to resolve answers and to remind only
 * non-respondents. Here the sent-log « Envois enquêtes » is written in blocks (one write per column
 * per batch) and one Journal entry per campaign and run.
 *
 * Never twice: both go through the same outbox as approval notices (the `mail` port), keyed token|step: a
 * batch is claimed before it leaves, each send leaves a progress mark, the statuses are written
 * (and flushed) before the claim goes. The next run first recovers a claim left behind: sent →
 * « Envoyé », refused → « Adresse invalide », the one being sent when the execution died →
 * « Envoi incertain » (it may have left: never sent again, and reported); the rest stays « En attente ».
 */
import type { CampaignSummary, ResendReport } from '../../domain/contracts';
import type { DataRecord, Row } from '../../domain/schema/field';
import { CAMPAIGNS, SENDS, type SendStatus } from '../../domain/surveys/tables';
import { answeredTokens, dueSteps, FIRST_STEP, surveyMail } from '../../domain/surveys/campaign';
import { bouncedRows, requeuedRows, sendRunLine, type SendReport } from '../../domain/surveys/send-log';
import { rawText } from '../../domain/records/coerce';
import { gaveUp, gaveUpNow } from '../../domain/mail/mail-failures';
import { splitByQuota } from '../../domain/mail/outbox';
import type { Store, Table } from '../../store/store';
import type { Ports } from '../ports';
import type { Delivery, Outgoing } from '../../domain/mail/outbox';
import type { MailPort } from '../ports/mail';
import type { SurveysPort } from '../ports/surveys';
import { campaignProgress } from './campaigns';
import { readResponseKeys, readSends, refreshProgress, type LogRow } from './logs';

/** The outbox's claim of this log (document properties pacte.surveys.inflight / .progress, as before). */
const CLAIM = 'pacte.surveys';
const LOST = 'détail perdu : exécution interrompue';

const keyOf = (r: DataRecord): string => `${rawText(r.token)}|${rawText(r.step)}`;

interface SendState {
  campaigns: Table<typeof CAMPAIGNS>;
  /** Sent-log records by key (mutated in memory, written at the end). */
  records: Map<string, LogRow<typeof SENDS>>;
  changed: Map<string, { status: SendStatus; sentAt?: string; error?: string }>;
}

function readRecords(store: Store): Map<string, LogRow<typeof SENDS>> {
  const records = new Map<string, LogRow<typeof SENDS>>();
  for (const s of readSends(store).rows) records.set(keyOf(s.record), { row: s.row, record: { ...s.record } });
  return records;
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
function recover(store: Store, mail: MailPort, st: SendState, report: SendReport): void {
  mail.recoverClaim(CLAIM, (known) => {
    for (const [key, r] of known) {
      if (st.records.get(key)?.record.status !== 'En attente') continue;
      if (r === 'sent') setStatus(st, key, 'Envoyé', { sentAt: store.stamp() });
      else if (r === 'invalid') setStatus(st, key, 'Adresse invalide', { error: `Adresse refusée par Gmail (${LOST}).` });
      else if (r === 'failed') setStatus(st, key, 'En attente', { error: gaveUpNow(`(${LOST})`) });
      else if (r === 'uncertain') {
        setStatus(st, key, 'Envoi incertain', { error: "Exécution interrompue pendant l'envoi : non renvoyé pour éviter un doublon." });
        report.uncertain++;
      }
    }
    flush(store, st);
  });
}

/** Writes the changed statuses (three column blocks). */
function flush(store: Store, st: SendState): void {
  if (st.changed.size === 0) return;
  for (const field of ['status', 'sentAt', 'error'] as const) {
    const changes = new Map<number, string>();
    for (const [key, c] of st.changed)
      if (c[field] !== undefined || field === 'status') changes.set(st.records.get(key)!.row, rawText(field === 'status' ? c.status : c[field]));
    const known = new Map<number, string>();
    for (const { row, record } of st.records.values()) known.set(row, rawText(record[field]));
    store.setColumn(SENDS, field, changes, known);
  }
  st.changed.clear();
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
export function runSends(ports: Ports, opts: SendOptions): SendReport {
  const { store, surveys, mail } = ports;
  const report: SendReport = { sent: 0, queued: 0, invalid: 0, uncertain: 0, cancelled: 0, retrying: 0, closed: [] };
  const st: SendState = { campaigns: store.table(CAMPAIGNS), records: readRecords(store), changed: new Map() };
  recover(store, mail, st, report);
  const answered = readResponseKeys(store);
  const inScope = st.campaigns.all().filter((c) => (!opts.campaignId || c.record.id === opts.campaignId) && c.record.status !== 'Clôturée');
  const newRows: DataRecord[] = [];
  const pending: { key: string; campaign: DataRecord }[] = [];
  const stamp = store.stamp();

  // Per campaign still open (a handful): closing one costs a Forms call and a row update, once.
  for (const { record: c } of inScope) {
    const id = rawText(c.id);
    const done = answeredTokens(answered, id);
    const mine = [...st.records.values()].filter((r) => r.record.campaignId === id);
    if (rawText(c.closingDate) !== '' && opts.today > rawText(c.closingDate)) {
      surveys.forms.close(rawText(c.formId));
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
    flush(store, st);
    store.append(SENDS, newRows);
    st.records = readRecords(store);
  }
  pending.sort((a, b) => Number(b.key.endsWith(`|${FIRST_STEP}`)) - Number(a.key.endsWith(`|${FIRST_STEP}`)));

  const { now } = splitByQuota(pending, () => 1, mail.remainingQuota(), opts.max);
  const templates = new Map<string, string>();
  const messages = now.map(({ key, campaign }) => outgoing(surveys, st.records.get(key)!.record, key, campaign, templates, opts));
  mail.sendAll(CLAIM, messages, {
    record: (batch) => {
      record(st, batch, report);
      flush(store, st);
    },
  });
  report.queued = pending.filter((p) => {
    const rec = st.records.get(p.key)?.record;
    return rec?.status === 'En attente' && !gaveUp(rec.error);
  }).length;
  flush(store, st);
  refreshProgress(
    st.campaigns,
    [...st.records.values()].map((r) => r.record),
    answered,
    inScope.map((c) => rawText(c.record.id)),
  );
  return report;
}

/** The personal message of one recipient (the form's prefilled link: one Forms call per campaign). */
function outgoing(surveys: SurveysPort, rec: DataRecord, key: string, campaign: DataRecord, templates: Map<string, string>, opts: SendOptions): Outgoing {
  const id = rawText(campaign.id);
  if (!templates.has(id)) templates.set(id, surveys.forms.linkTemplate(rawText(campaign.formId), tokenItemOf(campaign)));
  const mail = surveyMail({
    organisation: opts.organisation,
    title: rawText(campaign.title),
    period: rawText(campaign.period),
    closingDate: rawText(campaign.closingDate),
    contactName: rawText(rec.contactName),
    partnerName: rawText(rec.partnerName),
    url: surveys.forms.personalLink(templates.get(id)!, rawText(rec.token)),
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

/** Journal line of a run, per campaign ('' for the hourly job's run over every campaign). */
export function journalRun(store: Store, campaignId: string, r: SendReport): void {
  store.journal([{ sheet: CAMPAIGNS.sheetName, recordId: campaignId, action: 'envoi', field: '', before: '', after: sendRunLine(r) }]);
}

/** A campaign that can still send: not closed, closing date not passed. */
function openCampaign(store: Store, campaignId: string): Row<typeof CAMPAIGNS> {
  const c = store.table(CAMPAIGNS).getOrThrow(campaignId).record;
  if (c.status === 'Clôturée') throw new Error(`Enquête ${campaignId} : elle est clôturée, plus aucun envoi n'est possible.`);
  return c;
}

/**
 * Sends the campaign now (its send date becomes today if later): what fits in today's quota
 * leaves, the rest stays « En attente » for the hourly survey job. Due reminders go to non-respondents.
 */
export function sendCampaign(ports: Ports, campaignId: string, organisation: string): CampaignSummary {
  const { store } = ports;
  const today = store.today();
  const c = openCampaign(store, campaignId);
  if (c.closingDate < today) throw new Error(`Enquête ${campaignId} : la date de clôture est passée.`);
  if (c.sendDate > today) store.table(CAMPAIGNS).update(campaignId, { sendDate: today }, 'envoi anticipé');
  journalRun(store, campaignId, runSends(ports, { campaignId, today, organisation }));
  return campaignProgress(store, campaignId);
}

/**
 * An admin's decision after a sending run was killed midway: the messages left « Envoi incertain »
 * (they may have left, so they are never resent automatically) are sent again now — a contact
 * may then receive the invitation twice, which the admin accepts rather than nobody receiving it.
 * What the quota does not allow today stays « En attente » for the hourly job. Journaled.
 */
export function resendUncertain(ports: Ports, campaignId: string, organisation: string): ResendReport {
  const { store } = ports;
  const today = store.today();
  const c = openCampaign(store, campaignId);
  if (c.closingDate < today) throw new Error(`Enquête ${campaignId} : elle est clôturée, plus aucun envoi n'est possible.`);
  const sends = readSends(store).rows;
  const errors = requeuedRows(sends, campaignId, store.user, store.stamp().replace('T', ' '));
  if (errors.size === 0) return { requeued: 0, sent: 0, campaign: campaignProgress(store, campaignId) };
  const column = (field: 'status' | 'error') => new Map(sends.map((s) => [s.row, rawText(s.record[field])]));
  store.setColumn(SENDS, 'status', new Map([...errors.keys()].map((row) => [row, 'En attente'])), column('status'));
  store.setColumn(SENDS, 'error', errors, column('error'));
  store.journal([
    {
      sheet: CAMPAIGNS.sheetName,
      recordId: campaignId,
      action: 'renvoi',
      field: '',
      before: '',
      after: `${errors.size} envoi(s) incertain(s) renvoyé(s) sur décision de ${store.user}`,
    },
  ]);
  const report = runSends(ports, { campaignId, today, organisation });
  journalRun(store, campaignId, report);
  return { requeued: errors.size, sent: report.sent, campaign: campaignProgress(store, campaignId) };
}

/**
 * Addresses that bounced (Gmail's « Delivery Status Notification »: MailApp cannot see bounces):
 * their first sending becomes « Rebond » and counts in the campaign's « bounced ».
 */
export function reportSurveyBounces(store: Store, campaignId: string, emails: readonly string[]): CampaignSummary {
  store.table(CAMPAIGNS).getOrThrow(campaignId);
  const sends = readSends(store).rows;
  const rows = bouncedRows(sends, campaignId, emails);
  store.setColumn(SENDS, 'status', new Map(rows.map((r) => [r, 'Rebond'])), new Map(sends.map((s) => [s.row, rawText(s.record.status)])));
  if (rows.length)
    store.journal([
      { sheet: CAMPAIGNS.sheetName, recordId: campaignId, action: 'rebond', field: '', before: '', after: `${rows.length} adresse(s) en échec signalée(s)` },
    ]);
  return campaignProgress(store, campaignId);
}
