/**
 * The commitments list: by convention, owner or partner (one key or all, grouped), in a time
 * window (due in 7 or 30 days, overdue, all), one page at a time so that the sidebar receives the
 * same few kilobytes at 500 or 50,000 commitments.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { CommitmentItem, CommitmentPage } from '../contracts';
import { summariseCommitment } from '../conventions/convention';
import { CLOSED_STATUSES, statusOf } from './status';

export const COMMITMENT_VIEWS = ['convention', 'owner', 'partner'] as const;
export const COMMITMENT_WINDOWS = ['7', '30', 'overdue', 'all'] as const;
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
  const due = text(r.due);
  if (!due || CLOSED_STATUSES.includes(statusOf(r))) return false;
  if (window === 'overdue') return due < today;
  return due >= today && due <= addDays(today, Number(window));
}

const groupOf = (by: CommitmentView, item: CommitmentItem): string =>
  by === 'convention' ? item.conventionId : by === 'owner' ? item.owner.toLowerCase() : item.partnerId;

/** The page asked for; `conventions`: each convention's partner, by convention ID. */
export function commitmentPage(
  rows: readonly DataRecord[],
  conventions: ReadonlyMap<string, ConventionOfCommitment>,
  q: CommitmentQuery,
  today: LocalDate,
): CommitmentPage {
  const key = (q.key ?? '').trim().toLowerCase();
  const matching: CommitmentItem[] = [];
  for (const r of rows) {
    if (!inWindow(r, q.window, today)) continue;
    const of = conventions.get(text(r.conventionId));
    const item: CommitmentItem = { ...summariseCommitment(r, today), partnerId: of?.partnerId ?? '', partnerName: of?.partnerName ?? '' };
    if (key && groupOf(q.by, item).toLowerCase() !== key) continue;
    matching.push(item);
  }
  // Grouped by the view's key, then soonest due first.
  matching.sort(
    (a, b) =>
      groupOf(q.by, a).localeCompare(groupOf(q.by, b), 'fr', { numeric: true }) ||
      a.due.localeCompare(b.due) ||
      a.id.localeCompare(b.id, 'fr', { numeric: true }),
  );
  return { items: matching.slice(q.offset, q.offset + q.limit), total: matching.length, offset: q.offset };
}
