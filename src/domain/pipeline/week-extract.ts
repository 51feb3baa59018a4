/**
 * What « Ma semaine » keeps of each sheet it is built from, small enough for the document cache:
 * only the fields buildMyWeek and the approvals read, and only the rows that can ever appear in
 * someone's week. Built from one sheet's rows alone (a write to Opportunités rebuilds its extract
 * without reading Partenaires), so names of other sheets are resolved when the week is built.
 */
import type { CellData, DataRecord, Row, TableSpec } from '../schema/field';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../schema/tables';
import { VALIDATIONS } from '../conventions/approval-tables';
import { EVALUATIONS } from '../evaluation/tables';
import { GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS } from '../readiness/tables';
import { readDecision, WATCH } from '../watch/tables';
import { isLocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import { matchStage } from './stages';
import { isClosedStage } from './opportunity-card';
import { checkRow } from '../records/row-problems';

/** A sheet's rows as arrays of `fields` (trailing empty values cut). */
export interface WeekExtract {
  fields: string[];
  rows: CellData[][];
}

/** The sheets « Ma semaine » is built from, in the order it reads them. */
export const WEEK_TABLES: readonly TableSpec[] = [
  OPPORTUNITIES,
  PARTNERS,
  COMMITMENTS,
  CONVENTIONS,
  VALIDATIONS,
  EVALUATIONS,
  GAP_ACTIONS,
  INSTITUTIONAL_DOCUMENTS,
  WATCH,
];

const owned = (r: DataRecord, due: string) => text(r.owner) !== '' && isLocalDate(text(r[due]));

interface Shape {
  /** The fields kept, the ones every row keeps first. */
  fields: string[];
  /** Rows that can never appear in a week are left out. */
  keep?: (r: DataRecord) => boolean;
  /** How many leading fields a row keeps when `full` says it needs no more (a partner named only). */
  light?: { fields: number; full: (r: DataRecord) => boolean };
}

const SHAPES: Record<string, Shape> = {
  // Every partner, for its name (opportunities, commitments and approvals name theirs); its action only when owned and dated.
  [PARTNERS.sheetName]: { fields: ['id', 'name', 'owner', 'nextAction', 'nextDue'], light: { fields: 2, full: (r) => owned(r, 'nextDue') } },
  // The partner's ID only when its name is not on the row: buildMyWeek looks it up then.
  [OPPORTUNITIES.sheetName]: {
    fields: ['id', 'owner', 'nextDue', 'stage', 'title', 'nextAction', 'partnerName', 'partnerId'],
    keep: (r) => {
      const stage = matchStage(text(r.stage));
      return owned(r, 'nextDue') && !(stage && isClosedStage(stage));
    },
  },
  [COMMITMENTS.sheetName]: {
    fields: ['id', 'owner', 'due', 'status', 'kind', 'label', 'conventionId'],
    keep: (r) => owned(r, 'due') && !['Réalisé', 'Annulé'].includes(text(r.status)),
  },
  // Every convention names its commitments' partner; one « En validation » is kept whole for its approval.
  [CONVENTIONS.sheetName]: {
    fields: ['id', 'partnerId', 'status', ...CONVENTIONS.fields.map((f) => f.key).filter((k) => !['id', 'partnerId', 'status'].includes(k))],
    light: { fields: 3, full: (r) => r.status === 'En validation' },
  },
  [VALIDATIONS.sheetName]: { fields: VALIDATIONS.fields.map((f) => f.key) },
  [EVALUATIONS.sheetName]: {
    fields: ['id', 'owner', 'due', 'status', 'partnerId', 'partnerName'],
    keep: (r) => owned(r, 'due') && text(r.status) !== 'Décidée',
  },
  [GAP_ACTIONS.sheetName]: {
    fields: ['id', 'owner', 'due', 'status', 'action', 'subject'],
    keep: (r) => owned(r, 'due') && ['À faire', 'En cours'].includes(text(r.status)),
  },
  // Documents with a file and an expiry: the week shows those expiring (no owner: the readiness writers see them).
  [INSTITUTIONAL_DOCUMENTS.sheetName]: {
    fields: ['id', 'document', 'expiresOn', 'fileUrl'],
    keep: (r) => text(r.fileUrl) !== '' && isLocalDate(text(r.expiresOn)),
  },
  // Calls still open to a decision or decided « Go », with an owner and a deadline (which ones are near is decided on the day).
  [WATCH.sheetName]: {
    fields: ['id', 'owner', 'deadline', 'decision', 'title', 'funder'],
    keep: (r) => owned(r, 'deadline') && ['Go', 'À étudier'].includes(readDecision(r.decision)),
  },
};

/** A sheet's row as read (its cells that do not fit their type apart). */
export interface SheetRow {
  row: number;
  record: DataRecord;
  unfit?: Readonly<Record<string, unknown>>;
}

/**
 * The extract of a sheet's rows, or null when « Ma semaine » does not read that sheet. A date typed
 * wrong by hand is left out (no deadline from it), never an error.
 */
export function weekExtractOf(spec: TableSpec, sheetRows: readonly SheetRow[]): WeekExtract | null {
  const shape = SHAPES[spec.sheetName];
  if (!shape) return null;
  // Each field is checked alone (validateRecord): checking only the fields kept blanks the same values, for less.
  const kept: TableSpec = { ...spec, fields: spec.fields.filter((f) => shape.fields.includes(f.key)) };
  const rows: CellData[][] = [];
  for (const s of sheetRows) {
    let r = s.record;
    // Checking a row only blanks its wrong dates and numbers: a row left out unchecked is left out checked.
    if (shape.keep && !shape.keep(r)) continue;
    const whole = !shape.light || shape.light.full(r);
    // Only the rows whose dates or numbers are read are checked (a partner named only is not): a write stays cheap.
    if (whole && spec !== VALIDATIONS) {
      r = checkRow(kept, r as Row<TableSpec>, s.row, s.unfit).record as DataRecord;
      if (shape.keep && !shape.keep(r)) continue;
    }
    const width = shape.light && !shape.light.full(r) ? shape.light.fields : shape.fields.length;
    const row = shape.fields.slice(0, width).map((f) => r[f] ?? null);
    while (row.length && (row[row.length - 1] === '' || row[row.length - 1] === null)) row.pop();
    rows.push(row);
  }
  return { fields: shape.fields, rows };
}

/** The records an extract keeps (a field cut from a row reads as absent, which « Ma semaine » reads as empty). */
export function recordsOf(extract: WeekExtract): DataRecord[] {
  return extract.rows.map((row) => {
    const r: DataRecord = {};
    row.forEach((v, i) => (r[extract.fields[i]] = v));
    return r;
  });
}
