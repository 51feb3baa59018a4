/**
 * The dated obligations of a generated convention's text (domain/commitments/clause-reader.ts):
 * proposed at each generation, listed in the convention's detail, added to Engagements on the
 * user's confirmation (a periodic one as its occurrences) or set aside for that version for good.
 */
import type { ConventionDetail } from '../../domain/contracts';
import { notListed, readClauses, type ClauseContext } from '../../domain/commitments/clause-reader';
import { CLAUSE_PROPOSALS } from '../../domain/conventions/tables';
import { COMMITMENTS } from '../../domain/schema/tables';
import { documentText } from '../../domain/templates/apply';
import type { TemplateDocument } from '../../domain/templates/model';
import { text } from '../../domain/records/coerce';
import type { DataRecord } from '../../domain/schema/field';
import type { Role, Settings } from '../../domain/settings/settings';
import type { Store } from '../../store/store';
import type { Ports } from '../ports';
import { addCommitment } from '../commitments';
import { clauseRows, conventionDetail, currentVersion } from './read';

/**
 * Records the obligations of the version's filled document that neither a commitment of the
 * convention nor an earlier row of this version (proposed, added or set aside) already holds.
 * Skipped on a workbook made before « Obligations du texte » (Initialiser creates it).
 */
export function proposeClauses(store: Store, conventionId: string, version: number, filled: TemplateDocument, ctx: ClauseContext): void {
  const table = store.tableOrNull(CLAUSE_PROPOSALS);
  if (!table) return;
  const seen = new Set(
    clauseRows(store, conventionId)
      .filter((s) => Number(s.record.version) === version)
      .map((s) => text(s.record.key)),
  );
  const commitments = store
    .table(COMMITMENTS)
    .all()
    .map((s) => s.record as DataRecord)
    .filter((c) => text(c.conventionId) === conventionId);
  const found = notListed(readClauses(documentText(filled.body).split('\n'), ctx), commitments).filter((p) => !seen.has(p.key));
  if (!found.length) return;
  table.insert(
    found.map((p) => ({
      conventionId,
      version,
      key: p.key,
      status: 'Proposée',
      kind: p.kind,
      party: p.party,
      label: p.label,
      due: p.due,
      amount: p.amount,
      currency: p.currency,
      everyMonths: p.everyMonths,
      until: p.until,
      source: p.source,
    })),
  );
}

/** The pending rows of the current version among `keys`, with their sheet rows. */
function pendingRows(store: Store, id: string, keys: readonly string[]) {
  const wanted = new Set(keys);
  const version = currentVersion(store, id);
  return clauseRows(store, id).filter((s) => Number(s.record.version) === version && s.record.status === 'Proposée' && wanted.has(text(s.record.key)));
}

/** Writes the rows' new status (and the commitments made) in one write per column, journaled. */
function settle(store: Store, rows: readonly { row: number; id: string; before: string }[], status: string, made?: ReadonlyMap<number, string>): void {
  const table = store.table(CLAUSE_PROPOSALS);
  store.journal(
    rows.map((r) => ({ sheet: CLAUSE_PROPOSALS.sheetName, recordId: r.id, action: status.toLowerCase(), field: 'Statut', before: r.before, after: status })),
  );
  table.writeComputed('status', new Map(rows.map((r) => [r.row, status])));
  if (made) table.writeComputed('commitmentIds', made);
}

/** Adds the chosen obligations to Engagements (a periodic one as its occurrences); those already added make nothing more. */
export function confirmClauseCommitments(ports: Ports, settings: Settings, role: Role, id: string, keys: readonly string[]): ConventionDetail {
  const { store } = ports;
  const rows = pendingRows(store, id, keys);
  const made = new Map<number, string>();
  for (const { row, record: r } of rows) {
    const input = {
      conventionId: id,
      kind: text(r.kind),
      party: text(r.party),
      label: text(r.label),
      due: text(r.due),
      amount: r.amount ?? '',
      currency: text(r.currency),
    };
    const every = Number(r.everyMonths) || 0;
    const created = addCommitment(store, input, every ? { everyMonths: every, until: text(r.until) } : undefined);
    made.set(row, created.map((c) => c.id).join(', '));
  }
  if (rows.length)
    settle(
      store,
      rows.map((s) => ({ row: s.row, id: text(s.record.id), before: 'Proposée' })),
      'Ajoutée',
      made,
    );
  const detail = conventionDetail(ports, settings, role, id);
  return rows.length ? detail : { ...detail, notice: 'Aucun engagement ajouté : ces obligations ont déjà été ajoutées ou écartées.' };
}

/** Sets an obligation aside: never proposed again for this version. */
export function dismissClauseProposal(ports: Ports, settings: Settings, role: Role, id: string, key: string): ConventionDetail {
  const rows = pendingRows(ports.store, id, [key]);
  if (rows.length)
    settle(
      ports.store,
      rows.map((s) => ({ row: s.row, id: text(s.record.id), before: 'Proposée' })),
      'Écartée',
    );
  return conventionDetail(ports, settings, role, id);
}
