/**
 * Decisions on the sent-log « Envois enquêtes »: the rows a new campaign queues, a campaign's live
 * progress as the sidebar lists it, which rows a bounce report or an admin's resend changes, and
 * the Journal line of a sending run.
 */
import type { DataRecord } from '../schema/field';
import { text } from '../records/coerce';
import { gaveUp } from '../mail/mail-failures';
import {
  answeredTokens,
  FIRST_STEP,
  progressOf,
  responseRate,
  summaryOf,
  temporaryFailures,
  uncertainCount,
  type CampaignProgress,
  type RecipientChoice,
} from './campaign';

/** One « Envoi » row per recipient, each with its own random token; partners without address logged as such. */
export function queuedSends(campaignId: string, choice: RecipientChoice, stamp: string, newToken: () => string): DataRecord[] {
  return [
    ...choice.recipients.map((r) => ({
      campaignId,
      step: FIRST_STEP,
      token: newToken(),
      ...r,
      status: 'En attente',
      queuedAt: stamp,
      sentAt: '',
      error: '',
    })),
    ...choice.withoutEmail.map((p) => ({
      campaignId,
      step: FIRST_STEP,
      token: newToken(),
      partnerId: p.partnerId,
      partnerName: p.partnerName,
      partnerType: p.partnerType,
      contactId: '',
      contactName: '',
      email: '',
      status: 'Adresse invalide',
      queuedAt: stamp,
      sentAt: '',
      error: 'Aucune adresse e-mail valide (ni contact, ni fiche partenaire).',
    })),
  ];
}

/** The Journal line of a new campaign's form and queue. */
export function formCreatedLine(version: number, url: string, choice: RecipientChoice): string {
  const without = choice.withoutEmail.length ? `, ${choice.withoutEmail.length} partenaire(s) sans adresse valide` : '';
  return `Formulaire créé (questionnaire v${version}) : ${url} ; ${choice.recipients.length} destinataire(s) en attente${without}`;
}

/** Every campaign with its live progress, newest first. */
export function campaignsProgress(campaigns: readonly DataRecord[], sends: readonly DataRecord[], responses: readonly DataRecord[]): CampaignProgress[] {
  const byCampaign = new Map<string, DataRecord[]>();
  for (const s of sends) {
    const list = byCampaign.get(text(s.campaignId)) ?? [];
    list.push(s);
    byCampaign.set(text(s.campaignId), list);
  }
  return campaigns
    .map((c) => {
      const mine = byCampaign.get(text(c.id)) ?? [];
      const p = progressOf(mine, answeredTokens(responses, text(c.id)));
      return { ...summaryOf(c), ...p, responseRate: responseRate(p), uncertain: uncertainCount(mine), ...temporaryFailures(mine), opened: null };
    })
    .sort((a, b) => b.id.localeCompare(a.id, 'fr', { numeric: true }));
}

/** Rows whose first sending bounced (« Envoyé » to one of `emails`, any case): they become « Rebond ». */
export function bouncedRows(sends: readonly { row: number; record: DataRecord }[], campaignId: string, emails: readonly string[]): number[] {
  const wanted = new Set(emails.map((e) => e.toLowerCase()).filter(Boolean));
  return sends.filter(({ record: r }) => r.campaignId === campaignId && wanted.has(text(r.email).toLowerCase()) && r.status === 'Envoyé').map((s) => s.row);
}

/**
 * An admin's resend: the campaign's « Envoi incertain » rows, and those given up after repeated
 * temporary failures, go back « En attente » with who decided it in « Erreur » (the count starts again).
 */
export function requeuedRows(sends: readonly { row: number; record: DataRecord }[], campaignId: string, user: string, when: string): Map<number, string> {
  const error = new Map<number, string>();
  for (const { row, record } of sends) {
    if (record.campaignId !== campaignId) continue;
    if (record.status === 'Envoi incertain') error.set(row, `Envoi incertain renvoyé sur décision de ${user} (${when}).`);
    else if (record.status === 'En attente' && gaveUp(record.error)) error.set(row, `Nouvel essai demandé par ${user} (${when}).`);
  }
  return error;
}

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

/** The Journal line of a sending run. */
export function sendRunLine(r: SendReport): string {
  const parts = [`${r.sent} envoyé(s)`];
  if (r.queued) parts.push(`${r.queued} en attente (quota quotidien atteint)`);
  if (r.invalid) parts.push(`${r.invalid} adresse(s) invalide(s)`);
  if (r.uncertain) parts.push(`${r.uncertain} envoi(s) incertain(s)`);
  if (r.retrying) parts.push(`${r.retrying} échec(s) temporaire(s) de Gmail (nouvel essai à la prochaine exécution)`);
  if (r.cancelled) parts.push(`${r.cancelled} relance(s) annulée(s) (déjà répondu)`);
  return parts.join(', ');
}

/** Whether a run of the hourly job did anything worth a Journal line. */
export const runWorthJournaling = (r: SendReport): boolean => r.sent > 0 || r.invalid > 0 || r.uncertain > 0 || r.cancelled > 0 || r.closed.length > 0;
