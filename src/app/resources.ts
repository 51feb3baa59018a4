/**
 * The register of resources mobilised: a contribution typed by hand (cash, or in kind valued by
 * the grid of Paramètres › Valorisation), the feed from conventions and signed opportunities (one
 * read per table, one block per changed column, nothing twice), and one page with the totals. Every
 * row written carries its FCFA value (or none, « taux à saisir »): the KPIs read it as it is.
 */
import { RESOURCES } from '../domain/resources/tables';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { SIGNATURES } from '../domain/conventions/approval-tables';
import { RESOURCE_KINDS } from '../domain/schema/vocabulary';
import type { Settings } from '../domain/settings/settings';
import type { RecordInput } from '../domain/contracts';
import { fedRows, isFedSource, type ResourceRow } from '../domain/resources/feed';
import { planSync, type ResourceSyncReport } from '../domain/resources/sync-plan';
import { ResourceError, valueResource } from '../domain/resources/valuing';
import { resourcePage, type ResourceFilters, type ResourceItem, type ResourcePage } from '../domain/resources/listing';
import { totalsContext, valued } from '../domain/resources/totals';
import { describeLine, type InKindCategory } from '../domain/resources/valuation';
import type { LocalDate } from '../domain/format/local-date';
import { text } from '../domain/records/coerce';
import { userInput } from '../domain/records/validate';
import type { FieldKey } from '../domain/schema/field';
import type { Store, Table } from '../store/store';

/** Partners listed by name in the totals; the others are counted. */
export const RESOURCE_TOP_PARTNERS = 20;

type Resources = Table<typeof RESOURCES>;

/** Columns a later version added: without them the FCFA value or the source would be lost, so the write is refused. */
function requireColumns(table: Resources): void {
  const missing = (['status', 'amountXof', 'source', 'conventionId', 'quantity', 'inKindCategory'] as const).filter((f) => !table.has(f));
  if (missing.length)
    throw new ResourceError(
      `La feuille Ressources n’a pas encore les colonnes ${missing.map((f) => `« ${RESOURCES.fields.find((x) => x.key === f)!.header} »`).join(', ')} : un administrateur doit lancer Pacte › Initialiser, puis recommencez (rien n’a été enregistré).`,
    );
}

/** The axis a contribution inherits: its convention's opportunity, else its own opportunity. */
function linksOf(store: Store, where: string, input: RecordInput, current?: ResourceRow): { partnerId: string; axis: string; opportunityId: string } {
  const conventionId = text(input.conventionId ?? current?.conventionId);
  let partnerId = text(input.partnerId ?? current?.partnerId);
  let opportunityId = text(input.opportunityId ?? current?.opportunityId);
  if (conventionId) {
    const c = store.table(CONVENTIONS).get(conventionId)?.record;
    if (!c) throw new ResourceError(`${where}, champ « ID convention » : la convention « ${conventionId} » n’existe pas dans la feuille Conventions.`);
    if (partnerId && partnerId !== text(c.partnerId))
      throw new ResourceError(`${where}, champ « ID convention » : la convention ${conventionId} est signée avec ${text(c.partnerId)}, pas avec ${partnerId}.`);
    partnerId = text(c.partnerId);
    opportunityId ||= text(c.opportunityId);
  }
  if (!partnerId) throw new ResourceError(`${where}, champ « ID partenaire » : choisissez le partenaire (ou la convention).`);
  if (!store.table(PARTNERS).get(partnerId))
    throw new ResourceError(`${where}, champ « ID partenaire » : le partenaire « ${partnerId} » n’existe pas dans la feuille Partenaires.`);
  const o = opportunityId ? store.table(OPPORTUNITIES).get(opportunityId)?.record : undefined;
  if (opportunityId && !o)
    throw new ResourceError(`${where}, champ « ID opportunité » : l’opportunité « ${opportunityId} » n’existe pas dans la feuille Opportunités.`);
  return { partnerId, opportunityId, axis: text(input.axis ?? current?.axis) || text(o?.axis) };
}

/** The fields to write, valued and linked; throws a French refusal naming the field. */
function prepare(store: Store, settings: Settings, where: string, input: RecordInput, current?: ResourceRow) {
  const merged = { ...current, ...input } as Record<string, unknown>;
  const kind = text(merged.kind);
  if (!(RESOURCE_KINDS as readonly string[]).includes(kind))
    throw new ResourceError(`${where}, champ « Nature » : « ${kind} » n’est pas reconnu ; attendu ${RESOURCE_KINDS.join(' ou ')}.`);
  // A new quantity or category re-values the contribution, unless an amount is typed with it.
  const revalue = current && !('amount' in input) && ('quantity' in input || 'inKindCategory' in input);
  const valued = valueResource(
    {
      kind,
      amount: revalue ? '' : merged.amount,
      currency: merged.currency,
      quantity: merged.quantity,
      inKindCategory: merged.inKindCategory,
      date: text(merged.date) as LocalDate,
    },
    settings.valuation ?? {},
    settings.rates,
    where,
  );
  const links = linksOf(store, where, input, current);
  const fields: RecordInput = {
    ...input,
    ...links,
    kind,
    amount: valued.amount,
    currency: valued.currency,
    status: text(merged.status) || 'Reçue',
    quantity: kind === 'En nature' ? ((merged.quantity as RecordInput[string]) ?? '') : '',
    inKindCategory: kind === 'En nature' ? text(merged.inKindCategory) : '',
  };
  delete fields.id;
  return { fields, amountXof: valued.amountXof };
}

const rowOf = (table: Resources, id: string) => table.get(id)!.row;

function itemOf(store: Store, settings: Settings, id: string): ResourceItem {
  return listResources(store, settings, { offset: 0, limit: 1, filters: {}, id }).items[0];
}

/** A contribution typed by hand; returns it as listed. */
export function addResource(store: Store, settings: Settings, input: RecordInput): ResourceItem {
  const table = store.table(RESOURCES);
  requireColumns(table);
  const { fields, amountXof } = prepare(store, settings, 'Ressource', input);
  const [created] = table.insert([userInput(fields)]);
  table.writeComputed('amountXof', new Map([[rowOf(table, created.id), amountXof]]));
  return itemOf(store, settings, created.id);
}

/** Changes a contribution typed by hand (a fed one follows its convention or opportunity). */
export function updateResource(store: Store, settings: Settings, id: string, input: RecordInput): ResourceItem {
  const table = store.table(RESOURCES);
  requireColumns(table);
  const current = table.getOrThrow(id).record;
  const source = text(current.source);
  if (isFedSource(source))
    throw new ResourceError(
      `Ressource ${id} : cette ligne suit « ${source} » et se met à jour depuis elle ; modifiez la convention ou l’opportunité, ou ajoutez une ressource reçue.`,
    );
  const { fields, amountXof } = prepare(store, settings, `Ressource ${id}`, input, current);
  table.update(id, userInput(fields));
  if (text(current.amountXof) !== text(amountXof)) table.writeComputed('amountXof', new Map([[rowOf(table, id), amountXof]]));
  return itemOf(store, settings, id);
}

/**
 * The feed: reads conventions, opportunities, signatures and the register once, adds the new
 * pledges in one block, then writes each changed column once (journaled first). Safe to run twice.
 */
export function syncResources(store: Store, settings: Settings): ResourceSyncReport {
  const table = store.table(RESOURCES);
  requireColumns(table);
  const existing = table.all({ archived: true });
  const signedOn = new Map<string, LocalDate>();
  for (const s of store.tableOrNull(SIGNATURES)?.all() ?? []) {
    const c = text(s.record.conventionId);
    if (s.record.date && s.record.date > (signedOn.get(c) ?? '')) signedOn.set(c, s.record.date);
  }
  const dateOf = new Map(existing.map((s) => [text(s.record.source), s.record.date]));
  const desired = fedRows({
    conventions: store
      .table(CONVENTIONS)
      .all()
      .map((s) => s.record),
    opportunities: store
      .table(OPPORTUNITIES)
      .all()
      .map((s) => s.record),
    signedOn,
    rates: settings.rates,
    fallbackDate: (source) => dateOf.get(source) || store.today(),
  });
  const plan = planSync(existing, desired, settings.rates, store.stamp());
  if (plan.changes.length) {
    store.journal(
      plan.changes.map((c) => ({
        sheet: RESOURCES.sheetName,
        recordId: c.id,
        action: c.field === 'archivedAt' ? (c.after ? 'archivage' : 'restauration') : 'mise à jour depuis les conventions',
        field: RESOURCES.fields.find((f) => f.key === c.field)!.header,
        before: text(c.before),
        after: text(c.after),
      })),
    );
    const byField = new Map<FieldKey<typeof RESOURCES>, Map<number, string | number | null>>();
    for (const c of plan.changes) byField.set(c.field, (byField.get(c.field) ?? new Map()).set(c.row, c.after));
    for (const [field, values] of byField) table.writeComputed(field, values);
  }
  if (plan.inserts.length) {
    const created = table.insert(plan.inserts.map(({ source: _source, amountXof: _xof, ...fields }) => fields));
    const rows = new Map(table.all().map((s) => [text(s.record.id), s.row]));
    const at = (i: number) => rows.get(created[i].id)!;
    table.writeComputed('source', new Map(plan.inserts.map((d, i) => [at(i), d.source])));
    table.writeComputed('amountXof', new Map(plan.inserts.map((d, i) => [at(i), d.amountXof])));
  }
  const archived = plan.changes.filter((c) => c.field === 'archivedAt' && c.after).length;
  const updated = new Set(plan.changes.filter((c) => c.field !== 'archivedAt' || !c.after).map((c) => c.id)).size;
  return { added: plan.inserts.length, updated, archived };
}

export interface ResourceQuery {
  offset: number;
  limit: number;
  filters: ResourceFilters;
  /** One row only (the answer to a write). */
  id?: string;
  /** Every year; else `filters.year`, by default the current one (in the spreadsheet's zone). */
  allYears?: boolean;
}

/** One page, newest first, and the totals of every row the filters keep (against the annual target with a year). */
export function listResources(store: Store, settings: Settings, query: ResourceQuery): ResourcePage {
  const ctx = totalsContext(
    store
      .table(CONVENTIONS)
      .all()
      .map((c) => c.record),
    store
      .table(PARTNERS)
      .all()
      .map((p) => p.record),
    settings.resourcesTarget ?? null,
    RESOURCE_TOP_PARTNERS,
  );
  const year = query.id || query.allYears ? undefined : (query.filters.year ?? Number(store.today().slice(0, 4)));
  const filters = { ...query.filters, year };
  const rows = store
    .table(RESOURCES)
    .all()
    .map((s) => valued(s.record, settings.rates))
    .filter((r) => !query.id || text(r.id) === query.id);
  const valuation = Object.entries(settings.valuation ?? {}).map(([category, line]) => ({
    category,
    rate: line.rate,
    unit: line.unit,
    label: describeLine(category as InKindCategory, line),
  }));
  return { ...resourcePage(rows, { ...query, filters }, ctx), valuation, today: store.today(), year: year ?? null };
}
