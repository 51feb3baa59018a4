/**
 * What the « alertes » job sends today, decided over every open commitment at once: each owner's
 * digest (with their joint evaluations due) on the days Paramètres › Alertes says, an escalation to the manager role once a
 * commitment is N days late, and (when enabled) a courteous reminder to the partner's contact of
 * their own deliverables N days before. Every alert has a deterministic key, so the outbox sends
 * it once whatever the number of runs:
 * - digest: (owner, digest day) — the latest scheduled day up to today, so a missed day is caught up;
 * - escalation: (commitment, due date) — once per due date (a new due date may go up again);
 * - reminder: (commitment, reminder day = due − N) — sent from that day to the due date.
 * Alerts are grouped in units (one per owner) so the job can stop between two and resume.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { buildDigest, daysBetween, digestHtml, digestSubject, digestText, escapeHtml, type DigestLine } from './digest';
import type { AlertSettings } from './alert-settings';

export interface AlertFacts extends DigestLine {
  /** The owner's address ('' or anything typed there). */
  owner: string;
  /** « Nous » or « Partenaire ». */
  party: string;
  /** The partner contact's address for reminders ('' when none is usable). */
  partnerContact: string;
}

/** A line of an owner's digest that is not a commitment (a joint evaluation due): never escalated nor reminded. */
export interface OwnedLine extends DigestLine {
  owner: string;
}

export interface PlannedAlert {
  key: string;
  /** The owner (lower case) the alert belongs to: the job's checkpoint moves unit by unit. */
  unit: string;
  to: string[];
  subject: string;
  body: string;
  htmlBody: string;
}

export interface AlertPlan {
  alerts: PlannedAlert[];
  /** Partner deliverables due for a reminder whose partner has no usable address. */
  noPartnerAddress: string[];
  /** Commitments due for escalation while nobody holds the escalation role. */
  noManager: string[];
}

export const isAddress = (s: string): boolean => /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(s.trim());

/** The digest day covering `today`: today (quotidien), the latest chosen weekday (hebdomadaire), none (jamais). */
export function digestDay(today: LocalDate, s: AlertSettings): LocalDate | null {
  if (s.frequency === 'jamais') return null;
  if (s.frequency === 'quotidien') return today;
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, -((weekday - s.weekday + 7) % 7));
}

function escalation(f: AlertFacts, today: LocalDate, managers: readonly string[]): Omit<PlannedAlert, 'unit'> {
  const late = daysBetween(f.due, today);
  const who = isAddress(f.owner) ? f.owner : 'aucun responsable';
  const subject = `Pacte — engagement en retard de ${late} jours : ${f.label}`;
  const lines = [
    `L'engagement ${f.id} « ${f.label} » (convention ${f.conventionId}${f.partnerName ? `, ${f.partnerName}` : ''}) devait être réalisé le ${formatDateFr(f.due)} ; il a ${late} jours de retard.`,
    `Responsable : ${who}.`,
    `Ligne : ${f.rowUrl}`,
  ];
  return {
    key: `alerte:escalade:${f.id}:${f.due}`,
    to: [...managers],
    subject,
    body: lines.join('\n'),
    htmlBody: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
  };
}

function reminder(f: AlertFacts, sendFrom: LocalDate): Omit<PlannedAlert, 'unit'> {
  const lines = [
    'Madame, Monsieur,',
    `Dans le cadre de notre convention ${f.conventionId}, nous nous permettons de vous rappeler l'échéance du ${formatDateFr(f.due)} pour : « ${f.label} ».`,
    "Si cet engagement est déjà réalisé, merci de ne pas tenir compte de ce message. N'hésitez pas à nous écrire pour toute question.",
    'Avec nos remerciements pour notre collaboration,',
  ];
  return {
    key: `alerte:rappel:${f.id}:${sendFrom}`,
    to: [f.partnerContact],
    subject: `Rappel : échéance du ${formatDateFr(f.due)} — ${f.label}`,
    body: lines.join('\n\n'),
    htmlBody: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
  };
}

/** Every alert due today over the open commitments (`facts`) and the owners' other tasks (digests only), by unit then key. */
export function planAlerts(
  facts: readonly AlertFacts[],
  today: LocalDate,
  s: AlertSettings,
  managers: readonly string[],
  sheetUrl: string,
  tasks: readonly OwnedLine[] = [],
): AlertPlan {
  const plan: AlertPlan = { alerts: [], noPartnerAddress: [], noManager: [] };
  const byOwner = new Map<string, { mine: AlertFacts[]; tasks: OwnedLine[] }>();
  const of = (owner: string) => {
    const unit = owner.trim().toLowerCase();
    if (!byOwner.has(unit)) byOwner.set(unit, { mine: [], tasks: [] });
    return byOwner.get(unit)!;
  };
  for (const f of facts) of(f.owner).mine.push(f);
  for (const t of tasks) of(t.owner).tasks.push(t);
  const day = digestDay(today, s);
  for (const unit of [...byOwner.keys()].sort()) {
    const { mine, tasks: other } = byOwner.get(unit)!;
    const out: Omit<PlannedAlert, 'unit'>[] = [];
    const digest = day && isAddress(unit) ? buildDigest(unit, [...mine, ...other], today, sheetUrl) : null;
    if (digest)
      out.push({ key: `alerte:recap:${unit}:${day}`, to: [unit], subject: digestSubject(digest), body: digestText(digest), htmlBody: digestHtml(digest) });
    for (const f of mine) {
      if (daysBetween(f.due, today) >= s.escalateAfterDays) {
        if (managers.length) out.push(escalation(f, today, managers));
        else plan.noManager.push(f.id);
      }
      const sendFrom = addDays(f.due, -s.reminderDaysBefore);
      if (s.partnerReminders && f.party === 'Partenaire' && sendFrom <= today && today <= f.due) {
        if (isAddress(f.partnerContact)) out.push(reminder(f, sendFrom));
        else plan.noPartnerAddress.push(f.id);
      }
    }
    plan.alerts.push(...out.sort((a, b) => a.key.localeCompare(b.key)).map((a) => ({ ...a, unit })));
  }
  return plan;
}
