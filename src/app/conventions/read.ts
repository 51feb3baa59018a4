/**
 * Conventions as the sidebar reads them: the list (with the role whose decision is awaited) and
 * a convention's detail (row, versions, commitments, attachments, approval circuit, signatures,
 * and for an administrator the e-mails about it still to send) — and an admin's retry of one of them.
 */
import type { ClauseProposal, ConventionDetail, ConventionSummary } from '../../domain/contracts';
import { COMMITMENTS, CONVENTIONS, PARTNERS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { ATTACHMENTS, CLAUSE_PROPOSALS, VERSIONS } from '../../domain/conventions/tables';
import { SIGNATURES, VALIDATIONS } from '../../domain/conventions/approval-tables';
import { approvalDetail, type ApprovalRows } from '../../domain/conventions/approval-detail';
import { attachmentsOf, summariseCommitment, summariseConvention, versionsOf } from '../../domain/conventions/convention';
import { text } from '../../domain/records/coerce';
import { checkRow, checkRows, withProblems } from '../../domain/records/row-problems';
import type { DataRecord, TableSpec } from '../../domain/schema/field';
import type { Store, Table } from '../../store/store';
import type { Ports } from '../ports';
import { pendingMail, retryFailedMail } from '../mail/notices';

/** « Validations » and « Signatures », one read each; a workbook not yet re-initialised reads as empty. */
export function approvalRows(store: Store): ApprovalRows {
  const rows = <S extends TableSpec>(t: Table<S> | null): DataRecord[] => (t ? t.all().map((s) => s.record) : []);
  return { validations: rows(store.tableOrNull(VALIDATIONS)), signatures: rows(store.tableOrNull(SIGNATURES)) };
}

/** The convention's rows of « Obligations du texte » (none on a workbook made before it). */
export const clauseRows = (store: Store, id: string) => (store.tableOrNull(CLAUSE_PROPOSALS)?.all() ?? []).filter((s) => text(s.record.conventionId) === id);

export const currentVersion = (store: Store, id: string): number => Number(store.table(CONVENTIONS).getOrThrow(id).record.version) || 1;

/** The current version's obligations still waiting for the user's choice. */
export function pendingClauses(store: Store, id: string): ClauseProposal[] {
  const version = currentVersion(store, id);
  return clauseRows(store, id)
    .filter((s) => Number(s.record.version) === version && s.record.status === 'Proposée')
    .map(({ record: r }) => ({
      key: text(r.key),
      kind: text(r.kind) as ClauseProposal['kind'],
      party: text(r.party) as ClauseProposal['party'],
      label: text(r.label),
      due: text(r.due),
      amount: r.amount ?? null,
      currency: text(r.currency),
      everyMonths: r.everyMonths ?? null,
      until: text(r.until),
      source: text(r.source),
    }));
}

/** A convention's detail for a caller (role null: no decision right). */
export function conventionDetail(ports: Ports, settings: Settings, role: Role | null, id: string): ConventionDetail {
  const store = ports.store;
  const stored = store.table(CONVENTIONS).getOrThrow(id);
  const { record: row, problems } = checkRow(CONVENTIONS, stored.record, stored.row);
  const partner = store.table(PARTNERS).get(text(row.partnerId))?.record;
  const partnerName = text(partner?.name) || text(row.partnerId);
  const approval = approvalDetail(row, partnerName, approvalRows(store), settings, role);
  const commitments = checkRows(COMMITMENTS, store.table(COMMITMENTS).all()).filter((c) => text(c.record.conventionId) === id);
  const versions = store.tableOrNull(VERSIONS);
  const attachments = store.tableOrNull(ATTACHMENTS);
  const today = store.today();
  return {
    ...approval,
    convention: withProblems(summariseConvention(row, partnerName, approval.convention.awaitingRole), problems),
    versions: versions ? versionsOf(checkRows(VERSIONS, versions.all()), id) : [],
    commitments: commitments.map((c) => withProblems(summariseCommitment(c.record, today), c.problems)),
    attachments: attachments
      ? attachmentsOf(
          attachments.all().map((s) => s.record),
          id,
        )
      : [],
    linkHosts: settings.linkHosts ?? [],
    clauseProposals: pendingClauses(store, id),
    texts: { purpose: text(row.purpose), inKindDescription: text(row.inKindDescription), currency: text(row.currency), amends: text(row.amends) },
    ...(role === 'admin' ? { pendingMail: pendingMail(ports).filter((m) => m.key.split(':').includes(id)) } : {}),
  };
}

/** Every convention (most recent first), with its partner and the role whose decision is awaited. */
export function listConventions(store: Store, settings: Settings, role: Role): ConventionSummary[] {
  const names = new Map(
    store
      .table(PARTNERS)
      .all()
      .map((p) => [p.record.id, p.record.name]),
  );
  const approvals = approvalRows(store);
  return checkRows(CONVENTIONS, store.table(CONVENTIONS).all())
    .map(({ record: r, problems }) => {
      const partnerName = names.get(text(r.partnerId)) ?? text(r.partnerId);
      const awaiting = r.status === 'En validation' ? approvalDetail(r, partnerName, approvals, settings, role).convention.awaitingRole : '';
      return withProblems(summariseConvention(r, partnerName, awaiting), problems);
    })
    .sort((a, b) => b.id.localeCompare(a.id, 'fr', { numeric: true }));
}

/** An admin's manual retry of one of the convention's e-mails left in « échec » (Envois). */
export function retryMail(ports: Ports, settings: Settings, role: Role, id: string, mailId: string): ConventionDetail {
  const status = retryFailedMail(ports, mailId);
  const detail = conventionDetail(ports, settings, role, id);
  return status === 'envoyé' ? detail : { ...detail, notice: `L'e-mail ${mailId} n'est pas encore parti (${status}) : voir la feuille Envois.` };
}
