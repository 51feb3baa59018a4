/**
 * Survey campaigns, pure rules: checking a draft from the sidebar, choosing the
 * recipients, the steps due (first sending, reminders), progress figures and the e-mail text.
 *
 * Recipients: every partner matching ALL the filters given (types, categories, stages), plus the
 * hand-picked partner IDs. Per partner, ONE recipient by default: its primary contact with a valid
 * email, else its first contact with one (sheet order), else the partner's own « Email » (contact
 * ID empty). Partners with no address at all are listed in `withoutEmail` (never silently dropped).
 */
import { attemptsIn, gaveUp } from '../mail/mail-failures';
import type { CampaignDraft, CampaignSummary, CampaignTarget } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import { LIFECYCLE_STAGES, PARTNER_CATEGORIES, PARTNER_TYPES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import { addDays, isLocalDate, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { isCountedResponse, type SendStatus } from './tables';
import { UNKNOWN_TYPE } from './aggregate';
import { text } from '../records/coerce';

export const FIRST_STEP = 'Envoi';
const reminderStep = (n: number): string => `Relance ${n}`;
const MAX_REMINDERS = 5;
const MAX_TITLE = 200;

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function isValidEmail(v: string): boolean {
  return EMAIL.test(v);
}

// ---- the draft ------------------------------------------------------------------------------

export interface CheckedDraft {
  title: string;
  period: string;
  target: Required<CampaignTarget>;
  language: 'fr' | 'en';
  sendDate: LocalDate;
  reminderDays: number[];
  closingDate: LocalDate;
}

function stringList(v: unknown, what: string, allowed: readonly string[] | null): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`Paramètre invalide : ${what} doit être une liste de textes.`);
  if (v.length > 1000) throw new Error(`Paramètre invalide : ${what} compte trop d'éléments (1 000 au plus).`);
  const out: string[] = [];
  for (const raw of v as string[]) {
    const t = raw.trim();
    if (!t) continue;
    if (allowed) {
      const hit = allowed.find((a) => foldText(a) === foldText(t));
      if (!hit) throw new Error(`Ciblage, ${what} : « ${t} » n'est pas une valeur possible (${allowed.join(', ')}).`);
      if (!out.includes(hit)) out.push(hit);
    } else if (!out.includes(t)) {
      if (t.length > 64) throw new Error(`Ciblage, ${what} : « ${t.slice(0, 64)}… » n'est pas un identifiant.`);
      out.push(t);
    }
  }
  return out;
}

/** Checks a draft sent by the sidebar (never trusted). French errors name the field. */
export function checkDraft(draft: unknown, today: LocalDate): CheckedDraft {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft))
    throw new Error("Paramètre invalide : l'enquête doit être une fiche (objet champ → valeur).");
  const d = draft as Record<string, unknown>;
  const str = (key: keyof CampaignDraft, label: string, max: number): string => {
    const v = d[key];
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`Enquête, champ « ${label} » : valeur obligatoire.`);
    if (v.trim().length > max) throw new Error(`Enquête, champ « ${label} » : ${max} caractères au plus.`);
    return v.trim();
  };
  const title = str('title', 'Titre', MAX_TITLE);
  const period = str('period', 'Période', 100);
  if (typeof d.target !== 'object' || d.target === null || Array.isArray(d.target))
    throw new Error('Enquête, champ « Cibles » : choisissez des types, catégories, statuts ou partenaires.');
  const t = d.target as Record<string, unknown>;
  const target = {
    types: stringList(t.types, 'types', PARTNER_TYPES),
    categories: stringList(t.categories, 'catégories', PARTNER_CATEGORIES),
    stages: stringList(t.stages, 'statuts du cycle', LIFECYCLE_STAGES),
    partnerIds: stringList(t.partnerIds, 'partenaires', null),
  };
  if (!target.types.length && !target.categories.length && !target.stages.length && !target.partnerIds.length) {
    throw new Error('Enquête, champ « Cibles » : choisissez au moins un type, une catégorie, un statut du cycle ou des partenaires.');
  }
  const language = d.language === undefined || d.language === null || d.language === '' ? 'fr' : d.language;
  if (language !== 'fr' && language !== 'en') throw new Error('Enquête, champ « Langue » : « fr » (français) ou « en » (anglais).');
  const date = (key: keyof CampaignDraft, label: string): LocalDate => {
    const v = d[key];
    if (typeof v !== 'string' || !isLocalDate(v)) throw new Error(`Enquête, champ « ${label} » : une date AAAA-MM-JJ est attendue.`);
    return v;
  };
  const sendDate = date('sendDate', "Date d'envoi");
  const closingDate = date('closingDate', 'Date de clôture');
  if (sendDate < today) throw new Error(`Enquête, champ « Date d'envoi » : le ${formatDateFr(sendDate)} est passé (au plus tôt aujourd'hui).`);
  if (closingDate <= sendDate) throw new Error("Enquête, champ « Date de clôture » : elle doit suivre la date d'envoi.");
  const rd = d.reminderDays ?? [];
  if (!Array.isArray(rd) || rd.some((x) => typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > 365)) {
    throw new Error('Enquête, champ « Relances » : une liste de nombres de jours entiers (ex. [7, 14]).');
  }
  const reminderDays = [...new Set(rd as number[])].sort((a, b) => a - b);
  if (reminderDays.length > MAX_REMINDERS) throw new Error(`Enquête, champ « Relances » : ${MAX_REMINDERS} relances au plus.`);
  const late = reminderDays.find((n) => addDays(sendDate, n) > closingDate);
  if (late !== undefined) throw new Error(`Enquête, champ « Relances » : la relance à J+${late} tomberait après la clôture (${formatDateFr(closingDate)}).`);
  return { title, period, target, language, sendDate, reminderDays, closingDate };
}

function parseReminderDays(v: CellData | undefined): number[] {
  return text(v)
    .split(/[,;\s]+/)
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
}

// ---- recipients -----------------------------------------------------------------------------

interface Recipient {
  partnerId: string;
  partnerName: string;
  /** The partner's type at queueing time (« Type non renseigné » when empty), kept in the sent-log. */
  partnerType: string;
  contactId: string;
  contactName: string;
  email: string;
}

export interface RecipientChoice {
  recipients: Recipient[];
  /** Partners targeted with no usable address (name, ID). */
  withoutEmail: { partnerId: string; partnerName: string; partnerType: string }[];
}

const listOf = (v: CellData | undefined): string[] =>
  text(v)
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function targetFromRecord(c: DataRecord): Required<CampaignTarget> {
  return { types: listOf(c.targetTypes), categories: listOf(c.targetCategories), stages: listOf(c.targetStages), partnerIds: listOf(c.targetPartnerIds) };
}

function matchesTarget(partner: DataRecord, t: Required<CampaignTarget>): boolean {
  if (t.partnerIds.includes(text(partner.id))) return true;
  if (!t.types.length && !t.categories.length && !t.stages.length) return false;
  const is = (value: CellData | undefined, list: string[]): boolean => list.length === 0 || list.some((x) => foldText(x) === foldText(text(value)));
  return is(partner.type, t.types) && is(partner.category, t.categories) && is(partner.stage, t.stages);
}

/** Unknown hand-picked IDs are an error naming them (a typo must not shrink the campaign silently). */
export function chooseRecipients(partners: readonly DataRecord[], contacts: readonly DataRecord[], t: Required<CampaignTarget>): RecipientChoice {
  const known = new Set(partners.map((p) => text(p.id)));
  const unknown = t.partnerIds.filter((id) => !known.has(id));
  if (unknown.length)
    throw new Error(
      `Enquête, champ « Cibles » : partenaire${unknown.length > 1 ? 's' : ''} introuvable${unknown.length > 1 ? 's' : ''} : ${unknown.join(', ')}.`,
    );
  const byPartner = new Map<string, DataRecord[]>();
  for (const c of contacts) {
    const email = text(c.email).toLowerCase();
    if (!isValidEmail(email)) continue;
    const list = byPartner.get(text(c.partnerId)) ?? [];
    list.push(c);
    byPartner.set(text(c.partnerId), list);
  }
  const out: RecipientChoice = { recipients: [], withoutEmail: [] };
  for (const p of partners) {
    if (!matchesTarget(p, t)) continue;
    const id = text(p.id);
    const name = text(p.name);
    const partnerType = text(p.type) || UNKNOWN_TYPE;
    const list = byPartner.get(id) ?? [];
    const chosen = list.find((c) => c.primary === true) ?? list[0];
    if (chosen)
      out.recipients.push({
        partnerId: id,
        partnerName: name,
        partnerType,
        contactId: text(chosen.id),
        contactName: text(chosen.name),
        email: text(chosen.email).toLowerCase(),
      });
    else if (isValidEmail(text(p.email).toLowerCase()))
      out.recipients.push({ partnerId: id, partnerName: name, partnerType, contactId: '', contactName: '', email: text(p.email).toLowerCase() });
    else out.withoutEmail.push({ partnerId: id, partnerName: name, partnerType });
  }
  return out;
}

// ---- steps and progress ----------------------------------------------------------------------

/** Sent-log statuses meaning a message left (or may have left): never sent again for that step. */
const GONE: readonly SendStatus[] = ['Envoyé', 'Rebond', 'Envoi incertain'];

/** Steps due on `today`: the first sending from the send date, each reminder from send date + N days. */
export function dueSteps(campaign: DataRecord, today: LocalDate): string[] {
  const send = text(campaign.sendDate);
  if (!isLocalDate(send) || today < send) return [];
  const closing = text(campaign.closingDate);
  if (isLocalDate(closing) && today > closing) return [];
  const steps = [FIRST_STEP];
  parseReminderDays(campaign.reminderDays).forEach((n, i) => {
    if (addDays(send, n) <= today) steps.push(reminderStep(i + 1));
  });
  return steps;
}

/** Tokens that answered (a counted or duplicate response; an unknown token answers nobody's link). */
export function answeredTokens(responses: readonly DataRecord[], campaignId: string): Set<string> {
  const out = new Set<string>();
  for (const r of responses) {
    if (text(r.campaignId) !== campaignId) continue;
    if (r.flag === 'jeton inconnu' || r.flag === 'jeton manquant') continue;
    if (text(r.token)) out.add(text(r.token));
  }
  return out;
}

export interface Progress {
  targets: number;
  sent: number;
  queued: number;
  answered: number;
  bounced: number;
}

/** Progress from the campaign's sent-log rows and its responses' tokens. */
export function progressOf(sends: readonly DataRecord[], answered: ReadonlySet<string>): Progress {
  const first = sends.filter((s) => s.step === FIRST_STEP);
  const tokens = new Set(first.map((s) => text(s.token)));
  let replied = 0;
  for (const t of answered) if (tokens.has(t)) replied++;
  return {
    targets: first.length,
    sent: first.filter((s) => GONE.includes(s.status as SendStatus)).length,
    queued: first.filter((s) => s.status === 'En attente').length,
    answered: replied,
    bounced: first.filter((s) => s.status === 'Adresse invalide' || s.status === 'Rebond').length,
  };
}

/**
 * What listCampaigns returns: the contract's summary (live: recomputed from the sent-log and the
 * responses at each call) plus two optional fields for the sidebar.
 */
export interface CampaignProgress extends CampaignSummary {
  /**
   * Messages that may or may not have left (an execution was killed while sending them): never
   * resent automatically, so the sidebar shows them and an admin may call resendUncertain.
   */
  uncertain: number;
  /** Messages given up after repeated temporary failures of Gmail: an admin may retry them (resendUncertain). */
  failing?: number;
  /** Messages waiting to be retried after a temporary failure of Gmail (next hourly run). */
  retrying?: number;
  /**
   * Links opened: not measurable — Google Forms reports submissions, not views, and MailApp has
   * no read receipts (a tracking pixel would be needed, blocked by most mail clients): always null.
   */
  opened: null;
}

/** Sent-log rows waiting after temporary failures: still retried (retrying) or given up (failing). */
export function temporaryFailures(sends: readonly DataRecord[]): { retrying: number; failing: number } {
  const waiting = sends.filter((s) => s.status === 'En attente' && attemptsIn(s.error) > 0);
  const failing = waiting.filter((s) => gaveUp(s.error)).length;
  return { retrying: waiting.length - failing, failing };
}

/** Sent-log rows of any step left « Envoi incertain ». */
export function uncertainCount(sends: readonly DataRecord[]): number {
  return sends.filter((s) => s.status === 'Envoi incertain').length;
}

export function responseRate(p: Pick<Progress, 'sent' | 'answered'>): number | null {
  return p.sent > 0 ? Math.round((1000 * p.answered) / p.sent) / 10 : null;
}

export function summaryOf(c: DataRecord): CampaignSummary {
  const n = (v: CellData | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const sent = n(c.sent);
  const answered = n(c.answered);
  return {
    id: text(c.id),
    title: text(c.title),
    period: text(c.period),
    status: text(c.status),
    targets: n(c.targets),
    sent,
    queued: n(c.queued),
    answered,
    responseRate: responseRate({ sent, answered }),
    formUrl: text(c.formUrl),
    closingDate: text(c.closingDate),
    bounced: n(c.bounced),
  };
}

export { isCountedResponse };

// ---- the e-mail --------------------------------------------------------------------------------

interface MailText {
  subject: string;
  body: string;
}

interface MailFacts {
  organisation: string;
  title: string;
  period: string;
  closingDate: LocalDate;
  contactName: string;
  partnerName: string;
  url: string;
  step: string;
  language: 'fr' | 'en';
}

/** The invitation (or reminder) with the personal link. Plain text: no HTML built from data. */
export function surveyMail(f: MailFacts): MailText {
  const org = f.organisation || (f.language === 'en' ? 'our organisation' : 'notre organisation');
  const reminder = f.step !== FIRST_STEP;
  if (f.language === 'en') {
    return {
      subject: `${reminder ? 'Reminder: ' : ''}${org} — ${f.title}: your view on our partnership`,
      body: [
        `Dear ${f.contactName || 'partner'},`,
        '',
        reminder
          ? `A few days ago we invited you to answer our partner satisfaction survey « ${f.title} » (${f.period}). If you have not had the time yet, it takes about 5 minutes.`
          : `${org} regularly measures the satisfaction of its partners. Could you spare 5 minutes to answer our survey « ${f.title} » (${f.period})?`,
        '',
        `Your personal link: ${f.url}`,
        '',
        `This link is yours: it ties your answer to ${f.partnerName}; please do not forward it. The survey is open until ${f.closingDate}.`,
        '',
        'Thank you for your trust,',
        `The partnerships team of ${org}`,
      ].join('\n'),
    };
  }
  return {
    subject: `${reminder ? 'Rappel : ' : ''}${org} — ${f.title} : votre avis sur notre partenariat`,
    body: [
      `Bonjour ${f.contactName || 'Madame, Monsieur'},`,
      '',
      reminder
        ? `Nous vous avons invité il y a quelques jours à répondre à notre enquête de satisfaction « ${f.title} » (${f.period}). Si vous n'en avez pas encore eu le temps, elle ne prend que 5 minutes.`
        : `${org} mesure régulièrement la satisfaction de ses partenaires. Pouvez-vous nous consacrer 5 minutes pour répondre au questionnaire « ${f.title} » (${f.period}) ?`,
      '',
      `Votre lien personnel : ${f.url}`,
      '',
      `Ce lien vous est réservé : il relie votre réponse à ${f.partnerName}, merci de ne pas le transférer. Le questionnaire est ouvert jusqu'au ${formatDateFr(f.closingDate)} inclus.`,
      '',
      'Merci de votre confiance,',
      `L'équipe partenariats de ${org}`,
    ].join('\n'),
  };
}
