/**
 * The « alertes » job and the caller's digest. The job reads Engagements, Conventions,
 * Partenaires, Contacts and Paramètres once, asks the domain what is due today
 * (domain/commitments/alerts.ts), then queues it in the outbox (Envois) owner by owner under
 * deterministic keys, and sends what the quota and the time budget allow (the « e-mails » job sends
 * the rest). Position: after each owner's alerts are queued, the job records the last owner done;
 * near the end of the budget it stops and the next run resumes after it. A kill anywhere is safe:
 * a key already in Envois is never queued again, one not yet there is queued by the next run.
 */
import type { MyDigest } from '../domain/contracts';
import { COMMITMENTS, CONTACTS, CONVENTIONS, PARTNERS, SETTINGS } from '../domain/schema/tables';
import { parseSettings } from '../domain/settings/settings';
import { DEFAULT_ALERT_SETTINGS } from '../domain/commitments/alert-settings';
import { planAlerts, isAddress, type AlertFacts, type OwnedLine, type PlannedAlert } from '../domain/commitments/alerts';
import { EVALUATIONS } from '../domain/evaluation/tables';
import { GAP_ACTIONS } from '../domain/readiness/tables';
import { callDeadlineSoon, callDeadlineTitle } from '../domain/watch/deadlines';
import { WATCH } from '../domain/watch/tables';
import { buildDigest, digestCounts, digestWhatsApp } from '../domain/commitments/digest';
import { CLOSED_STATUSES, ENDED_CONVENTIONS, statusOf } from '../domain/commitments/status';
import { text } from '../domain/records/coerce';
import type { LocalDate } from '../domain/format/local-date';
import type { JobBudget } from './jobs/dispatcher';
import { enqueueOnce, sendQueued } from './mail/notices';
import type { Ports } from './ports';

export const ALERTS_JOB = 'alertes';
/** Stop queuing or sending when less than this is left of the budget: the next step must fit. */
export const MARGIN_MS = 30 * 1000;
/** Owners queued per write to Envois. */
const OWNERS_PER_WRITE = 100;
/** Messages sent per step between two looks at the budget. */
export const SEND_STEP = 20;

interface Position {
  day: LocalDate;
  /** The last owner (unit) whose alerts are queued; '' before the first. */
  after: string;
  done: boolean;
}

export interface AlertReport {
  day: LocalDate;
  queued: number;
  sent: number;
  /** False when the budget ran out: the next run resumes after `after`. */
  complete: boolean;
  after: string;
  /** Partner deliverables due for a reminder, not sent: the partner has no usable address. */
  noPartnerAddress: string[];
  /** Commitments due for escalation while nobody holds the escalation role. */
  noManager: string[];
}

/**
 * The open commitments with their convention, partner and partner contact, and the open joint
 * evaluations (`tasks`, for their owner's digest only), from one read of each table.
 */
function alertFacts(ports: Ports): { facts: AlertFacts[]; tasks: OwnedLine[] } {
  const { store } = ports;
  const url = ports.mail.workbookUrl();
  const gid = ports.mail.sheetId(COMMITMENTS.sheetName);
  const partners = new Map(
    store
      .table(PARTNERS)
      .all()
      .map((p) => [text(p.record.id), p.record]),
  );
  const contactOf = new Map<string, string>();
  for (const c of store.table(CONTACTS).all()) {
    const email = text(c.record.email);
    const id = text(c.record.partnerId);
    if (isAddress(email) && (c.record.primary === true || !contactOf.has(id))) contactOf.set(id, email);
  }
  const conventions = new Map(
    store
      .table(CONVENTIONS)
      .all()
      .map((c) => [text(c.record.id), c.record]),
  );
  const facts: AlertFacts[] = [];
  for (const { row, record: r } of store.table(COMMITMENTS).all()) {
    const convention = conventions.get(text(r.conventionId));
    const due = text(r.due);
    if (!due || CLOSED_STATUSES.includes(statusOf(r)) || ENDED_CONVENTIONS.includes(text(convention?.status))) continue;
    const partnerId = text(convention?.partnerId);
    const partner = partners.get(partnerId);
    facts.push({
      id: text(r.id),
      label: text(r.label),
      conventionId: text(r.conventionId),
      partnerName: text(partner?.name),
      due,
      amount: typeof r.amount === 'number' ? r.amount : null,
      currency: text(r.currency) || text(convention?.currency) || 'XOF',
      rowUrl: `${url}#gid=${gid ?? 0}&range=A${row}`,
      docUrl: text(convention?.docUrl),
      owner: text(r.owner),
      party: text(r.party),
      partnerContact: contactOf.get(partnerId) ?? (isAddress(text(partner?.email)) ? text(partner?.email) : ''),
    });
  }
  return { facts, tasks: [...evaluationTasks(ports, partners), ...gapActionTasks(ports), ...callTasks(ports)] };
}

/** Open evaluations with a due date; their owner is the row's Responsable, else the partner's. */
function evaluationTasks(ports: Ports, partners: ReadonlyMap<string, { name?: unknown; owner?: unknown }>): OwnedLine[] {
  const rows = ports.store.tableOrNull(EVALUATIONS)?.all() ?? [];
  const url = `${ports.mail.workbookUrl()}#gid=${ports.mail.sheetId(EVALUATIONS.sheetName) ?? 0}`;
  return rows
    .filter(({ record: e }) => text(e.due) !== '' && text(e.status) !== 'Décidée')
    .map(({ row, record: e }) => {
      const partner = partners.get(text(e.partnerId));
      return {
        id: text(e.id),
        label: 'Évaluation conjointe',
        conventionId: '',
        partnerName: text(partner?.name) || text(e.partnerName),
        due: text(e.due),
        amount: null,
        currency: '',
        rowUrl: `${url}&range=A${row}`,
        docUrl: '',
        owner: text(e.owner) || text(partner?.owner),
      };
    });
}

/** Open actions of the readiness gap plan, in their owner's digest as the evaluations are (no convention, the assessed in brackets). */
function gapActionTasks(ports: Ports): OwnedLine[] {
  const rows = ports.store.tableOrNull(GAP_ACTIONS)?.all() ?? [];
  const url = `${ports.mail.workbookUrl()}#gid=${ports.mail.sheetId(GAP_ACTIONS.sheetName) ?? 0}`;
  return rows
    .filter(({ record: a }) => text(a.due) !== '' && text(a.owner) !== '' && ['À faire', 'En cours'].includes(text(a.status)))
    .map(({ row, record: a }) => ({
      id: text(a.id),
      label: text(a.action),
      conventionId: '',
      partnerName: text(a.subject),
      due: text(a.due),
      amount: null,
      currency: '',
      rowUrl: `${url}&range=A${row}`,
      docUrl: '',
      owner: text(a.owner),
    }));
}

/** Calls of « Veille » decided Go or À étudier whose deadline is within 30 days, in their owner's digest (the funder in brackets). */
function callTasks(ports: Ports): OwnedLine[] {
  const rows = ports.store.tableOrNull(WATCH)?.all() ?? [];
  const today = ports.store.today();
  const url = `${ports.mail.workbookUrl()}#gid=${ports.mail.sheetId(WATCH.sheetName) ?? 0}`;
  return rows
    .filter(({ record: c }) => callDeadlineSoon(c, today))
    .map(({ row, record: c }) => ({
      id: text(c.id),
      label: callDeadlineTitle(c),
      conventionId: '',
      partnerName: text(c.funder),
      due: text(c.deadline),
      amount: null,
      currency: '',
      rowUrl: `${url}&range=A${row}`,
      docUrl: '',
      owner: text(c.owner),
    }));
}

const sheetUrl = (ports: Ports) => `${ports.mail.workbookUrl()}#gid=${ports.mail.sheetId(COMMITMENTS.sheetName) ?? 0}`;

function readPosition(ports: Ports, day: LocalDate): Position {
  try {
    const p = JSON.parse(ports.jobRecords.position(ALERTS_JOB) ?? 'null') as Position | null;
    if (p && p.day === day) return p;
  } catch {
    // Edited by hand: the day starts again (keys already queued are not queued twice).
  }
  return { day, after: '', done: false };
}

/** Queues today's alerts owner by owner from the recorded position, within the budget. */
function queueAlerts(ports: Ports, budget: JobBudget, report: AlertReport, pos: Position): void {
  const settings =
    parseSettings(
      ports.store
        .table(SETTINGS)
        .all()
        .map((s) => s.record),
    ).alerts ?? DEFAULT_ALERT_SETTINGS;
  const roles = ports.roleTable.current();
  const managers = Object.keys(roles)
    .filter((email) => roles[email] === settings.escalateTo)
    .sort();
  const { facts, tasks } = alertFacts(ports);
  const plan = planAlerts(facts, pos.day, settings, managers, sheetUrl(ports), tasks);
  report.noPartnerAddress = plan.noPartnerAddress;
  report.noManager = plan.noManager;
  const byUnit = new Map<string, PlannedAlert[]>();
  for (const a of plan.alerts) {
    if (pos.after !== '' && a.unit <= pos.after) continue;
    const list = byUnit.get(a.unit);
    if (list) list.push(a);
    else byUnit.set(a.unit, [a]);
  }
  const units = [...byUnit.keys()];
  for (let i = 0; i < units.length; i += OWNERS_PER_WRITE) {
    if (budget.remainingMs() < MARGIN_MS) return;
    const chunk = units.slice(i, i + OWNERS_PER_WRITE);
    report.queued += enqueueOnce(
      ports,
      chunk.flatMap((u) => byUnit.get(u)!),
    ).length;
    // After the write: a kill before it re-plans these owners, whose keys are then found in Envois.
    pos.after = chunk[chunk.length - 1];
    ports.jobRecords.setPosition(ALERTS_JOB, JSON.stringify(pos));
  }
  pos.done = true;
  ports.jobRecords.setPosition(ALERTS_JOB, JSON.stringify(pos));
}

/** The hourly job: today's alerts queued once (resuming where it stopped), then sent within the budget. */
export function runAlerts(ports: Ports, budget: JobBudget): AlertReport {
  const pos = readPosition(ports, ports.store.today());
  const report: AlertReport = { day: pos.day, queued: 0, sent: 0, complete: pos.done, after: pos.after, noPartnerAddress: [], noManager: [] };
  if (!pos.done) queueAlerts(ports, budget, report, pos);
  report.complete = pos.done;
  report.after = pos.after;
  while (budget.remainingMs() >= MARGIN_MS) {
    const step = sendQueued(ports, SEND_STEP);
    report.sent += step.sent;
    if (step.sent + step.failed === 0) break;
  }
  return report;
}

/** The caller's digest today, as text for WhatsApp and counts (the sidebar's copy button). */
export function myDigest(ports: Ports): MyDigest {
  const me = ports.store.user.trim().toLowerCase();
  const { facts, tasks } = me ? alertFacts(ports) : { facts: [], tasks: [] };
  const mine = [...facts, ...tasks].filter((f) => f.owner.trim().toLowerCase() === me);
  const d = buildDigest(me, mine, ports.store.today(), sheetUrl(ports));
  return d ? { text: digestWhatsApp(d), counts: digestCounts(d) } : { text: '', counts: { late: 0, week: 0, month: 0 } };
}
