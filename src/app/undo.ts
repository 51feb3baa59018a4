/**
 * « Annuler ma dernière modification »: the caller's last block of changes (one request) in the
 * Journal is put back, unless someone changed one of those fields since (then nothing is undone,
 * and the message names the field and who changed it). The undo is journaled (action annulation).
 */
import type { SaveResult } from '../domain/contracts';
import type { DataRecord, TableSpec } from '../domain/schema/field';
import { ALL_TABLES, JOURNAL, PARTNERS } from '../domain/schema/tables';
import { text } from '../domain/records/coerce';
import { userInput } from '../domain/records/validate';
import { parseStageLog } from '../domain/partners/stage-log';
import type { Settings } from '../domain/settings/settings';
import type { Store } from '../store/store';
import { refreshPriorities } from './priorities';

/** Changes of a record's cells that can be put back (a creation is undone by archiving the record). */
const UNDOABLE = new Set(['modification', 'transition', 'archivage', 'restauration']);
const UNDO = 'annulation';
const KEYS = ['at', 'user', 'sheet', 'recordId', 'action', 'field', 'before', 'after', 'requestId'] as const;

type Entry = Pick<DataRecord, (typeof KEYS)[number]>;
const blockOf = (e: Entry) => text(e.requestId) || `${text(e.at)}|${text(e.user)}`;
const sameCell = (a: Entry, b: Entry) => text(a.sheet) === text(b.sheet) && text(a.recordId) === text(b.recordId) && text(a.field) === text(b.field);

export function undoLastChange(store: Store, settings: Settings): SaveResult {
  const me = store.user.trim().toLowerCase();
  const entries: Entry[] = store.columns(JOURNAL, KEYS).rows.map((r) => r.record);
  const mine = (e: Entry) => me !== '' && text(e.user).toLowerCase() === me;
  let last = entries.length - 1;
  while (last >= 0 && !(mine(entries[last]) && (UNDOABLE.has(text(entries[last].action)) || text(entries[last].action) === UNDO))) last--;
  if (last < 0) throw new Error('Aucune modification de votre part à annuler.');
  if (text(entries[last].action) === UNDO) throw new Error('Votre dernière modification est déjà annulée.');
  const block = blockOf(entries[last]);
  const changes = entries.slice(0, last + 1).filter((e) => mine(e) && blockOf(e) === block && UNDOABLE.has(text(e.action)));
  for (const later of entries.slice(last + 1)) {
    const changed = blockOf(later) === block ? undefined : changes.find((c) => sameCell(c, later));
    if (changed)
      throw new Error(
        `Annulation impossible : ${text(changed.sheet)} › ${text(changed.recordId)}, le champ « ${text(changed.field)} » a été modifié depuis par ${text(later.user) || 'un utilisateur'} (${text(later.at)}). Rien n'a été changé.`,
      );
  }
  // Latest first, so a field changed twice in the block ends at its first « before ».
  for (const c of [...changes].reverse()) putBack(store, c);
  // Scores follow the partner's fields, as after a save.
  const partners = new Set(changes.filter((c) => text(c.sheet) === PARTNERS.sheetName).map((c) => text(c.recordId)));
  if (partners.size) refreshPriorities(store, settings, partners);
  return { id: text(changes[changes.length - 1].recordId) };
}

function putBack(store: Store, c: Entry): void {
  const spec = ALL_TABLES.find((t) => t.sheetName === text(c.sheet)) as TableSpec | undefined;
  const field = spec?.fields.find((f) => f.header === text(c.field));
  if (!spec || !field) throw new Error(`Annulation impossible : la colonne « ${text(c.field)} » de ${text(c.sheet)} est inconnue.`);
  const table = store.table(spec);
  const id = text(c.recordId);
  const { row, record } = table.getOrThrow(id);
  if (!field.system) {
    table.update(id, userInput({ [field.key]: text(c.before) }), UNDO);
  } else {
    store.journal([{ sheet: spec.sheetName, recordId: id, action: UNDO, field: field.header, before: text(record[field.key]), after: text(c.before) }]);
    table.writeComputed(field.key as never, new Map([[row, text(c.before)]]));
  }
  // A stage move undone leaves the partner's history too.
  if (spec.sheetName === PARTNERS.sheetName && text(c.action) === 'transition' && table.has('stageLog' as never)) {
    table.writeComputed('stageLog' as never, new Map([[row, JSON.stringify(parseStageLog(record.stageLog).slice(0, -1))]]));
  }
}
