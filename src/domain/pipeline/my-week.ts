/**
 * "Ma semaine": the caller's next actions and deadlines up to a week ahead (overdue included),
 * from opportunities, partners and commitments. Pure: records in, items out.
 */
import type { MyWeek, MyWeekItem } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import { type LocalDate, addDays, isLocalDate } from '../format/local-date';
import { isClosedStage } from './opportunity-card';
import { matchStage } from './stages';
import { text } from '../records/coerce';
import { EXPIRY_NOTICE_DAYS } from '../readiness/documents';
import { callDeadlineSoon, callDeadlineTitle } from '../watch/deadlines';

export type { MyWeek, MyWeekItem };

/** How far ahead "Ma semaine" looks, in days (today + 7 included). */
const WEEK_AHEAD_DAYS = 7;

/** Commitment statuses that need no more action. */
const DONE_COMMITMENT_STATUSES: readonly string[] = ['Réalisé', 'Annulé'];

export interface MyWeekSources {
  opportunities: readonly DataRecord[];
  partners: readonly DataRecord[];
  commitments: readonly DataRecord[];
  /** Conventions, to name a commitment's partner (convention → partner). */
  conventions: readonly DataRecord[];
  /** Joint evaluations (absent on a workbook made before « Évaluations »). */
  evaluations?: readonly DataRecord[];
  /** Actions of the readiness gap plan (absent on a workbook made before « Plan de renforcement »). */
  gapActions?: readonly DataRecord[];
  /** Institutional documents, shown to the readiness writers when expiring within 30 days or expired. */
  documents?: readonly DataRecord[];
  /** Calls of « Veille », shown to their owner when Go or À étudier with a deadline within 30 days. */
  calls?: readonly DataRecord[];
}

const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compareItems(a: MyWeekItem, b: MyWeekItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return FRENCH.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const withAction = (action: string, subject: string): string => (action && subject ? `${action} — ${subject}` : action || subject);

/** Items owned by `user` (email, case ignored) due on or before today + 7, overdue first then by date. */
export function buildMyWeek(user: string, today: LocalDate, src: MyWeekSources): Omit<MyWeek, 'total' | 'offset' | 'approvals'> {
  const me = user.trim().toLowerCase();
  const until = addDays(today, WEEK_AHEAD_DAYS);
  const mine = (owner: CellData | undefined): boolean => me !== '' && text(owner).toLowerCase() === me;
  const dueSoon = (due: string): boolean => isLocalDate(due) && due <= until;
  const items: MyWeekItem[] = [];
  const item = (kind: MyWeekItem['kind'], id: string, title: string, partnerName: string, due: string): MyWeekItem => ({
    kind,
    id,
    title,
    partnerName,
    due,
    overdue: due < today,
  });

  const partnerNames = new Map<string, string>();
  for (const p of src.partners) {
    partnerNames.set(text(p.id), text(p.name));
    const due = text(p.nextDue);
    if (mine(p.owner) && dueSoon(due)) items.push(item('partenaire', text(p.id), text(p.nextAction) || 'Prochaine action', text(p.name), due));
  }

  for (const o of src.opportunities) {
    const due = text(o.nextDue);
    const stage = matchStage(text(o.stage));
    if (!mine(o.owner) || !dueSoon(due) || (stage && isClosedStage(stage))) continue;
    const partnerName = text(o.partnerName) || partnerNames.get(text(o.partnerId)) || '';
    items.push(item('opportunité', text(o.id), withAction(text(o.nextAction), text(o.title)), partnerName, due));
  }

  const conventionPartner = new Map<string, string>();
  for (const c of src.conventions) conventionPartner.set(text(c.id), text(c.partnerId));
  for (const e of src.commitments) {
    const due = text(e.due);
    if (!mine(e.owner) || !dueSoon(due) || DONE_COMMITMENT_STATUSES.includes(text(e.status))) continue;
    const partnerName = partnerNames.get(conventionPartner.get(text(e.conventionId)) ?? '') ?? '';
    const kind = text(e.kind);
    items.push(item('engagement', text(e.id), kind ? `${kind} : ${text(e.label)}` : text(e.label), partnerName, due));
  }

  for (const e of src.evaluations ?? []) {
    const due = text(e.due);
    if (!mine(e.owner) || !dueSoon(due) || text(e.status) === 'Décidée') continue;
    const partnerName = partnerNames.get(text(e.partnerId)) || text(e.partnerName);
    items.push(item('évaluation', text(e.id), 'Évaluation conjointe', partnerName, due));
  }

  for (const a of src.gapActions ?? []) {
    const due = text(a.due);
    if (!mine(a.owner) || !dueSoon(due) || !['À faire', 'En cours'].includes(text(a.status))) continue;
    items.push(item('renforcement', text(a.id), text(a.action), text(a.subject), due));
  }

  const expiringBy = addDays(today, EXPIRY_NOTICE_DAYS);
  for (const d of src.documents ?? []) {
    const due = text(d.expiresOn);
    if (!text(d.fileUrl) || !isLocalDate(due) || due > expiringBy) continue;
    items.push(item('document', text(d.id), `${due < today ? 'Expiré' : 'Expire bientôt'} : ${text(d.document)}`, '', due));
  }

  for (const c of src.calls ?? []) {
    if (mine(c.owner) && callDeadlineSoon(c, today)) items.push(item('veille', text(c.id), callDeadlineTitle(c), text(c.funder), text(c.deadline)));
  }

  return { today, user: me, items: items.sort(compareItems) };
}
