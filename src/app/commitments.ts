/**
 * Commitments after the signature: added by hand (once or recurring), marked done with their
 * proof in one action, cancelled with a reason, listed one page at a time, the deadline-compliance
 * rate, the « Tableau des engagements » sheet, and the hourly step that sets « En retard » / « En cours » in one write. The rules are the
 * domain's (domain/commitments); here: read, ask them, write.
 */
import type { CommitmentPage, CommitmentSummary } from '../domain/contracts';
import { COMMITMENTS, CONVENTIONS, PARTNERS } from '../domain/schema/tables';
import type { Role } from '../domain/settings/settings';
import type { ExchangeRates } from '../domain/format/xof';
import { AccessDeniedError } from '../domain/settings/access';
import { cancel, CommitmentError, ENDED_CONVENTIONS, markDone, mayMarkDone, scheduledChanges, type DoneInput } from '../domain/commitments/status';
import { expandRecurrence, type Recurrence } from '../domain/commitments/recurrence';
import { complianceRate, topCompliance, type Compliance, type Period } from '../domain/commitments/compliance';
import { commitmentPage, type CommitmentQuery } from '../domain/commitments/listing';
import { commitmentBoard, COMMITMENT_BOARD_SHEET } from '../domain/commitments/board';
import { summariseCommitment } from '../domain/conventions/convention';
import { text } from '../domain/records/coerce';
import { userInput } from '../domain/records/validate';
import type { DataRecord, FieldKey } from '../domain/schema/field';
import type { RecordInput } from '../domain/contracts';
import type { Store } from '../store/store';
import { applyStatusChanges } from './scheduled-status';

/** The kind valued in FCFA whatever the convention's currency. */
const IN_KIND = 'Contribution en nature';

/** A field a later version added, absent until « Initialiser »: refused rather than silently lost. */
function requireColumn(store: Store, field: FieldKey<typeof COMMITMENTS>, header: string): void {
  if (!store.table(COMMITMENTS).has(field))
    throw new CommitmentError(
      `La feuille Engagements n’a pas encore la colonne « ${header} » : un administrateur doit lancer Pacte › Initialiser, puis recommencez (rien n’a été enregistré).`,
    );
}

/**
 * Adds a commitment to a convention, or with `recurrence` one row per occurrence sharing a series
 * ID (« ENG-0042 », the first occurrence's). Returns the rows created.
 */
export function addCommitment(store: Store, input: RecordInput, recurrence?: Recurrence): CommitmentSummary[] {
  const conventionId = text(input.conventionId);
  const convention = store.table(CONVENTIONS).get(conventionId)?.record;
  if (!convention)
    throw new CommitmentError(`Engagement, champ « ID convention » : la convention « ${conventionId} » n’existe pas dans la feuille Conventions.`);
  if (ENDED_CONVENTIONS.includes(text(convention.status)))
    throw new CommitmentError(`Engagement : la convention ${conventionId} est « ${text(convention.status)} » ; on n’y ajoute plus d’engagement.`);
  const kind = text(input.kind);
  const currency = text(input.currency) || (kind === IN_KIND ? 'XOF' : text(convention.currency) || 'XOF');
  if (kind === IN_KIND && currency !== 'XOF')
    throw new CommitmentError(`Engagement, champ « Devise » : une contribution en nature est valorisée en FCFA (XOF), pas en ${currency}.`);
  const fields: RecordInput = { ...input, conventionId, currency, status: 'À venir', doneOn: '', cancelReason: '', seriesId: '' };
  delete fields.id;
  if (text(fields.mitigation)) requireColumn(store, 'mitigation', 'Mesure d’atténuation');
  if (text(fields.proof)) requireColumn(store, 'proof', 'Preuve');
  const table = store.table(COMMITMENTS);
  if (!recurrence) return table.insert([userInput(fields)]).map((r) => summariseCommitment(r, store.today()));
  requireColumn(store, 'seriesId', 'Série');
  const due = text(input.due);
  const expanded = expandRecurrence(due, recurrence);
  if ('problems' in expanded) throw new CommitmentError(expanded.problems.join('\n'));
  const [first, ...rest] = table.insert(expanded.dates.map((d) => userInput({ ...fields, due: d })));
  const seriesId = first.id;
  const rows = [first, ...rest];
  table.writeComputed(
    'seriesId',
    new Map(
      table
        .all()
        .filter((s) => rows.some((r) => r.id === s.record.id))
        .map((s) => [s.row, seriesId]),
    ),
  );
  return rows.map((r) => summariseCommitment({ ...r, seriesId }, store.today()));
}

/** Marks a commitment done, with its date and proof, in one write. */
export function markCommitmentDone(store: Store, role: Role, id: string, input: DoneInput): CommitmentSummary {
  const table = store.table(COMMITMENTS);
  const r = table.getOrThrow(id).record;
  if (!mayMarkDone(role, store.user, r))
    throw new AccessDeniedError(
      `Accès refusé : l’engagement ${id} se marque réalisé par un rôle chargé ou admin, ou par son responsable (${text(r.owner) || 'aucun'}).`,
    );
  const done = markDone(r, input, store.today());
  if (done.proof) requireColumn(store, 'proof', 'Preuve');
  return summariseCommitment(table.update(id, userInput(done), 'réalisé'), store.today());
}

/** Cancels a commitment with its reason (editors only: the endpoint's callers). */
export function cancelCommitment(store: Store, id: string, reason: string): CommitmentSummary {
  const table = store.table(COMMITMENTS);
  const patch = cancel(table.getOrThrow(id).record, reason);
  requireColumn(store, 'cancelReason', 'Motif d’annulation');
  return summariseCommitment(table.update(id, userInput(patch), 'annulation'), store.today());
}

/** Each convention's partner (ID and name), by convention ID. */
function conventionPartners(store: Store): Map<string, { partnerId: string; partnerName: string }> {
  const names = new Map(
    store
      .table(PARTNERS)
      .all()
      .map((p) => [text(p.record.id), text(p.record.name)]),
  );
  return new Map(
    store
      .table(CONVENTIONS)
      .all()
      .map((c) => {
        const partnerId = text(c.record.partnerId);
        return [text(c.record.id), { partnerId, partnerName: names.get(partnerId) ?? partnerId }];
      }),
  );
}

const commitmentRecords = (store: Store): DataRecord[] =>
  store
    .table(COMMITMENTS)
    .all()
    .map((s) => s.record);

export function listCommitments(store: Store, query: CommitmentQuery): CommitmentPage {
  return commitmentPage(commitmentRecords(store), conventionPartners(store), query, store.today());
}

/** Every owner and partner, or (`top`, the sidebar) the `top` of each with the most due: the view's bytes stay bounded. */
export function commitmentCompliance(store: Store, period: Period = {}, top?: number): Compliance {
  const partners = new Map([...conventionPartners(store)].map(([id, p]) => [id, p.partnerName]));
  const all = complianceRate(commitmentRecords(store), partners, store.today(), period);
  return top === undefined ? all : topCompliance(all, top);
}

export interface CommitmentStatusReport {
  late: string[];
  started: string[];
}

/**
 * The hourly step: « En retard » and « En cours » as decided by the domain, journaled first, then
 * the Statut column written once for every commitment that changes (never one write per row).
 */
export function updateCommitmentStatuses(store: Store): CommitmentStatusReport {
  const table = store.table(COMMITMENTS);
  const conventions = new Map(
    store
      .table(CONVENTIONS)
      .all()
      .map((c) => [text(c.record.id), text(c.record.status)]),
  );
  const changes = scheduledChanges(table.all(), conventions, store.today());
  applyStatusChanges(store, COMMITMENTS, changes, (c) => (c.to === 'En retard' ? 'retard' : 'échéance proche'));
  return { late: changes.filter((c) => c.to === 'En retard').map((c) => c.id), started: changes.filter((c) => c.to === 'En cours').map((c) => c.id) };
}

/** Rewrites « Tableau des engagements » (created if missing) in one block; returns how many commitments it lists. */
export function refreshCommitmentBoard(store: Store, rates: ExchangeRates): { commitments: number } {
  const partners = new Map([...conventionPartners(store)].map(([id, p]) => [id, p.partnerName]));
  const board = commitmentBoard(commitmentRecords(store), partners, store.today(), rates);
  store.rewriteOwned(COMMITMENT_BOARD_SHEET, board);
  return { commitments: board.values.length - 1 };
}
