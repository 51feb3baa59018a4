/**
 * The commitments list: by convention, owner or partner (one key or all, grouped), in a time
 * window (due in 7 or 30 days, overdue, done, all), one page at a time so that the sidebar receives the
 * same few kilobytes at 500 or 50,000 commitments.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { CommitmentItem, CommitmentPage } from '../contracts';
import { summariseCommitment } from '../conventions/convention';
import { CLOSED_STATUSES, statusOf } from './status';

export const COMMITMENT_VIEWS = ['convention', 'owner', 'partner'] as const;
// 'done': the commitments done, late or on time (their doneOn against their due date).
export const COMMITMENT_WINDOWS = ['7', '30', 'overdue', 'all', 'done'] as const;
export type CommitmentView = (typeof COMMITMENT_VIEWS)[number];
export type CommitmentWindow = (typeof COMMITMENT_WINDOWS)[number];

export interface CommitmentQuery {
  by: CommitmentView;
  /** A convention ID, an owner's e-mail or a partner ID; all of them when empty. */
  key?: string;
  window: CommitmentWindow;
  offset: number;
  limit: number;
}

export interface ConventionOfCommitment {
  partnerId: string;
  partnerName: string;
}

function inWindow(r: DataRecord, window: CommitmentWindow, today: LocalDate): boolean {
  if (window === 'all') return true;
  if (window === 'done') return statusOf(r) === 'Réalisé';
  const due = text(r.due);
  if (!due || CLOSED_STATUSES.includes(statusOf(r))) return false;
  if (window === 'overdue') return due < today;
  return due >= today && due <= addDays(today, Number(window));
}

const collator = new Intl.Collator('fr', { numeric: true });

/** The page asked for; `conventions`: each convention's partner, by convention ID. Only the page is summarised. */
export function commitmentPage(
  rows: readonly DataRecord[],
  conventions: ReadonlyMap<string, ConventionOfCommitment>,
  q: CommitmentQuery,
  today: LocalDate,
): CommitmentPage {
  const key = (q.key ?? '').trim().toLowerCase();
  const groupOf = (r: DataRecord): string =>
    q.by === 'convention' ? text(r.conventionId) : q.by === 'owner' ? text(r.owner).toLowerCase() : (conventions.get(text(r.conventionId))?.partnerId ?? '');
  const matching: { r: DataRecord; group: string; due: string; id: string }[] = [];
  for (const r of rows) {
    if (!inWindow(r, q.window, today)) continue;
    const group = groupOf(r);
    if (key && group.toLowerCase() !== key) continue;
    matching.push({ r, group, due: text(r.due), id: text(r.id) });
  }
  // Grouped by the view's key, then soonest due first.
  matching.sort((a, b) => collator.compare(a.group, b.group) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || collator.compare(a.id, b.id));
  const items: CommitmentItem[] = matching.slice(q.offset, q.offset + q.limit).map(({ r }) => {
    const of = conventions.get(text(r.conventionId));
    return { ...summariseCommitment(r, today), partnerId: of?.partnerId ?? '', partnerName: of?.partnerName ?? '' };
  });
  return { items, total: matching.length, offset: q.offset, today };
}
