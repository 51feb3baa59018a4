/**
 * A commitment's life: à venir → en cours → réalisé (with its date, and its proof for the kinds
 * that need one) or annulé (with a reason); « en retard » and « en cours » by date are the hourly
 * job's decision only. Pure: the caller gives today's date in the spreadsheet's time zone.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import type { Role } from '../settings/settings';
import { EDITORS } from '../settings/access';
import type { CommitmentStatus } from '../schema/vocabulary';

/** Statuses that need no more action. */
export const CLOSED_STATUSES: readonly string[] = ['Réalisé', 'Annulé'];
/** Conventions whose commitments the job leaves alone: they were ended. */
export const ENDED_CONVENTIONS: readonly string[] = ['Résiliée', 'Clôturée'];
/** Kinds that cannot be marked done without a proof (a Drive file or a link). */
export const KINDS_NEEDING_PROOF: readonly string[] = ['Livrable', 'Rapport narratif', 'Rapport financier', 'Rapport', 'Versement'];
/** A commitment due within this many days is « En cours ». */
export const IN_PROGRESS_DAYS = 14;

/** The status as Pacte reasons on it: an empty or older « À faire » cell is « À venir ». */
export function statusOf(r: DataRecord): CommitmentStatus {
  const s = text(r.status);
  return s === '' || s === 'À faire' ? 'À venir' : (s as CommitmentStatus);
}

const label = (r: DataRecord) => `Engagement ${text(r.id)} (« ${text(r.label)} »)`;

export class CommitmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommitmentError';
  }
}

/**
 * Who may mark a commitment done: an editor, or its owner whatever their role (the DAF for a
 * financial report), except a « lecteur », who only reads.
 */
export function mayMarkDone(role: Role, user: string, r: DataRecord): boolean {
  if (EDITORS.includes(role)) return true;
  return role !== 'lecteur' && user !== '' && text(r.owner).toLowerCase() === user.toLowerCase();
}

export interface DoneInput {
  doneOn: LocalDate;
  proof: string;
}

/** The fields a « réalisé » writes, or a French refusal naming the commitment and what is expected. */
export function markDone(r: DataRecord, input: DoneInput, today: LocalDate): { status: 'Réalisé'; doneOn: LocalDate; proof: string } {
  const status = statusOf(r);
  if (status === 'Annulé') throw new CommitmentError(`${label(r)} : il est annulé (${text(r.cancelReason) || 'sans motif'}) ; il ne peut plus être réalisé.`);
  if (status === 'Réalisé') throw new CommitmentError(`${label(r)} : il est déjà réalisé (le ${formatDateFr(text(r.doneOn))}).`);
  if (input.doneOn > today)
    throw new CommitmentError(
      `${label(r)}, champ « Date de réalisation » : le ${formatDateFr(input.doneOn)} est dans le futur (attendu : aujourd’hui, ${formatDateFr(today)}, ou avant).`,
    );
  const proof = input.proof.trim();
  if (!proof && KINDS_NEEDING_PROOF.includes(text(r.kind)))
    throw new CommitmentError(
      `${label(r)}, champ « Preuve » : un engagement de nature « ${text(r.kind)} » se marque réalisé avec sa preuve (attendu : le lien d’un fichier Drive ou d’une page).`,
    );
  return { status: 'Réalisé', doneOn: input.doneOn, proof };
}

/** The fields an « annulé » writes: a reason is required; a done one stays done. */
export function cancel(r: DataRecord, reason: string): { status: 'Annulé'; cancelReason: string } {
  const status = statusOf(r);
  if (status === 'Réalisé') throw new CommitmentError(`${label(r)} : il est réalisé (le ${formatDateFr(text(r.doneOn))}) ; il ne peut plus être annulé.`);
  if (status === 'Annulé') throw new CommitmentError(`${label(r)} : il est déjà annulé (${text(r.cancelReason) || 'sans motif'}).`);
  const why = reason.trim();
  if (!why) throw new CommitmentError(`${label(r)}, champ « Motif d’annulation » : ce champ est obligatoire (attendu : pourquoi il est annulé).`);
  return { status: 'Annulé', cancelReason: why };
}

/**
 * What the hourly job sets on one commitment, or null: « En retard » once the due date is past
 * and it is neither done nor cancelled; « En cours » from IN_PROGRESS_DAYS before it. An ended
 * convention's commitments (Résiliée, Clôturée) are left alone.
 */
export function scheduledStatus(r: DataRecord, conventionStatus: string, today: LocalDate): 'En retard' | 'En cours' | null {
  const status = statusOf(r);
  const due = text(r.due);
  if (CLOSED_STATUSES.includes(status) || ENDED_CONVENTIONS.includes(conventionStatus) || !due) return null;
  if (due < today) return status === 'En retard' ? null : 'En retard';
  if (status === 'À venir' && due <= addDays(today, IN_PROGRESS_DAYS)) return 'En cours';
  return null;
}

export interface StatusChange {
  row: number;
  id: string;
  from: string;
  to: 'En retard' | 'En cours';
}

/** Every change the job makes, decided once over all commitments (conventions' statuses by ID). */
export function scheduledChanges(
  rows: readonly { row: number; record: DataRecord }[],
  conventionStatus: ReadonlyMap<string, string>,
  today: LocalDate,
): StatusChange[] {
  return rows.flatMap(({ row, record }) => {
    const to = scheduledStatus(record, conventionStatus.get(text(record.conventionId)) ?? '', today);
    return to ? [{ row, id: text(record.id), from: text(record.status), to }] : [];
  });
}
