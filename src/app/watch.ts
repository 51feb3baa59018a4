/**
 * « Veille »: calls typed by hand, pasted as a list or read from the feeds of Paramètres › Veille,
 * each with its fit score explained; the decision (Go / No go / À étudier) and its owner; « Go »
 * creates the one opportunity of the call, at stage « Cible », linked both ways.
 */
import type { RecordInput, SaveResult } from '../domain/contracts';
import { OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { CellData, DataRecord, Row } from '../domain/schema/field';
import { assertValid, ValidationError } from '../domain/records/validate';
import { foldText } from '../domain/records/normalise';
import { rawText } from '../domain/records/coerce';
import { pageOf } from '../domain/contracts/paging';
import type { LocalDate } from '../domain/format/local-date';
import { formatDateFr } from '../domain/format/french';
import type { Role, Settings } from '../domain/settings/settings';
import { WATCH, readDecision, type WatchDecision } from '../domain/watch/tables';
import { DEFAULT_WATCH_SETTINGS } from '../domain/watch/settings';
import { fitScore } from '../domain/watch/fit';
import { KnownCalls } from '../domain/watch/dedup';
import { parsePastedList } from '../domain/watch/paste';
import { FeedError, parseFeed } from '../domain/watch/feed';
import { byDeadline, WATCH_PAGE, type WatchCallView, type WatchDecisionResult, type WatchImportReport, type WatchPage } from '../domain/watch/view';
import type { Store } from '../store/store';
import type { Ports } from './ports';
import { saveOpportunity } from './pipeline';

const text = (v: CellData | undefined): string => (v === null || v === undefined ? '' : String(v));
const watchSettings = (settings: Settings) => settings.watch ?? DEFAULT_WATCH_SETTINGS;

const daysBetween = (from: LocalDate, to: LocalDate): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function toView(r: Partial<Row<typeof WATCH>> & { id?: unknown }, today: LocalDate): WatchCallView {
  const deadline = text(r.deadline);
  return {
    id: text(r.id as CellData),
    title: text(r.title),
    funder: text(r.funder),
    kind: text(r.kind),
    deadline,
    daysLeft: deadline ? daysBetween(today, deadline) : null,
    link: text(r.link),
    themes: text(r.themes),
    zones: text(r.zones),
    fit: typeof r.fit === 'number' ? r.fit : null,
    fitExplanation: text(r.fitExplanation),
    decision: readDecision(r.decision),
    owner: text(r.owner),
    opportunityId: text(r.opportunityId),
    source: text(r.source),
  };
}

/** The calls, nearest deadline first, one page at a time. */
export function listCalls(store: Store, page?: { offset?: number; limit?: number }): WatchPage {
  const today = store.today();
  const all = store
    .table(WATCH)
    .all()
    .map((s) => toView(s.record, today))
    .sort(byDeadline(today));
  const offset = page?.offset ?? 0;
  return { total: all.length, offset, calls: pageOf(all, offset, page?.limit ?? WATCH_PAGE) };
}

/** Partners by ID and by folded name: a funder typed by name is recognised. */
function partnerFinder(store: Store): { byId(id: string): DataRecord | undefined; idOfName(name: string): string } {
  const partners = store.table(PARTNERS).all();
  const byName = new Map(partners.map((p) => [foldText(text(p.record.name)), text(p.record.id)]));
  const byAcronym = new Map(partners.filter((p) => text(p.record.acronym)).map((p) => [foldText(text(p.record.acronym)), text(p.record.id)]));
  return {
    byId: (id) => partners.find((p) => text(p.record.id) === id)?.record as DataRecord | undefined,
    idOfName: (name) => byName.get(foldText(name)) ?? byAcronym.get(foldText(name)) ?? '',
  };
}

interface Draft {
  title: string;
  funder: string;
  deadline: LocalDate | '';
  link: string;
  themes?: string;
  eligibility?: string;
  guid?: string;
}

/** Adds the calls not already known (link, guid or title), each scored; one insert and one write per system column. */
function addCalls(store: Store, settings: Settings, drafts: readonly Draft[], source: string): WatchImportReport {
  const table = store.table(WATCH);
  const existing = table.all().map((s) => ({ title: text(s.record.title), link: text(s.record.link), guid: text(s.record.guid) }));
  const known = new KnownCalls(existing);
  const partners = partnerFinder(store);
  const today = store.today();
  const report: WatchImportReport = { added: 0, duplicates: [], problems: [] };
  const accepted: { input: Record<string, CellData>; explanation: string; guid: string }[] = [];
  for (const d of drafts) {
    if (known.has(d)) {
      report.duplicates.push(d.title);
      continue;
    }
    known.add(d);
    const funderPartnerId = d.funder ? partners.idOfName(d.funder) : '';
    const fit = fitScore(
      { title: d.title, themes: d.themes ?? '', zones: '', deadline: d.deadline, funderIsPartner: funderPartnerId !== '' },
      settings.strategicAxes,
      watchSettings(settings),
      today,
    );
    const input: Record<string, CellData> = {
      title: d.title.slice(0, 300),
      funder: d.funder.slice(0, 200),
      deadline: d.deadline,
      link: d.link,
      themes: (d.themes ?? '').slice(0, 500),
      eligibility: (d.eligibility ?? '').slice(0, 5000),
      funderPartnerId,
      fit: fit.score,
      decision: 'À étudier',
    };
    try {
      assertValid(WATCH, input, null);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      report.problems.push(`« ${d.title} » : ${e.message}`);
      continue;
    }
    accepted.push({ input, explanation: fit.explanation, guid: d.guid ?? '' });
  }
  if (!accepted.length) return report;
  const created = table.insert(accepted.map((a) => a.input));
  const rows = created.map((c) => table.getOrThrow(text(c.id as CellData)).row);
  const column = (pick: (a: (typeof accepted)[number]) => string) => new Map(rows.map((row, i) => [row, pick(accepted[i])]));
  table.writeComputed(
    'fitExplanation',
    column((a) => a.explanation),
  );
  table.writeComputed(
    'source',
    column(() => source),
  );
  if (accepted.some((a) => a.guid))
    table.writeComputed(
      'guid',
      column((a) => a.guid),
    );
  report.added = created.length;
  return report;
}

/**
 * Creates (no id) or updates (id) a call typed in the sidebar: every field checked (French message
 * naming it), the funder's partner checked, the fit score recomputed and explained. The decision
 * is taken apart (decideCall), so « Go » always goes through the opportunity's creation.
 */
export function saveCall(store: Store, settings: Settings, input: RecordInput): SaveResult {
  const { id: givenId, decision: _decision, opportunityId: _opp, ...fields } = input;
  const id = rawText(givenId).trim();
  const table = store.table(WATCH);
  const existing = id ? table.getOrThrow(id) : undefined;
  const clean = assertValid(WATCH, fields, existing?.row ?? null, { partial: existing !== undefined });
  const merged = { ...(existing?.record ?? {}), ...clean };
  const partners = partnerFinder(store);
  let partnerId = text(merged.funderPartnerId);
  if (partnerId) {
    const partner = partners.byId(partnerId);
    if (!partner) throw new Error(`Veille, colonne « ID partenaire (bailleur) » : aucun partenaire avec l'ID « ${partnerId} » dans Partenaires.`);
    if (!text(merged.funder)) clean.funder = merged.funder = text(partner.name);
  } else if (text(merged.funder)) partnerId = partners.idOfName(text(merged.funder));
  const fit = fitScore(
    { title: text(merged.title), themes: text(merged.themes), zones: text(merged.zones), deadline: text(merged.deadline), funderIsPartner: partnerId !== '' },
    settings.strategicAxes,
    watchSettings(settings),
    store.today(),
  );
  clean.fit = fit.score;
  if (partnerId && !text(merged.funderPartnerId)) clean.funderPartnerId = partnerId;
  let savedId = id;
  if (existing) table.update(id, clean);
  else {
    if (!text(clean.decision as CellData)) (clean as DataRecord).decision = 'À étudier';
    savedId = text(table.insert([clean])[0].id as CellData);
  }
  const row = table.getOrThrow(savedId).row;
  table.writeComputed('fitExplanation', new Map([[row, fit.explanation]]));
  if (!existing) table.writeComputed('source', new Map([[row, 'Saisie']]));
  return { id: savedId };
}

/** A list pasted in the sidebar: one call per line; each unreadable line named, known calls not added twice. */
export function importPastedList(store: Store, settings: Settings, pasted: string): WatchImportReport {
  const { calls, problems } = parsePastedList(pasted);
  const report = addCalls(store, settings, calls, 'Liste collée');
  return { ...report, problems: [...problems, ...report.problems] };
}

/**
 * Reads every feed of Paramètres › Veille and adds its new calls. A feed that does not answer,
 * answers an error or is not a readable feed gets its French message; the others are still read.
 */
export function fetchFeeds(ports: Pick<Ports, 'store' | 'web'>, settings: Settings): WatchImportReport & { feeds: number } {
  const feeds = watchSettings(settings).feeds;
  const drafts: Draft[] = [];
  const problems: string[] = [];
  for (const feed of feeds) {
    try {
      const { status, text: body } = ports.web.get(feed.url);
      if (status >= 400) {
        problems.push(
          `Le flux « ${feed.name} » (${feed.url}) répond par une erreur ${status}${status === 404 ? ' (page introuvable)' : ''}. Vérifiez l’adresse dans Paramètres › Veille.`,
        );
        continue;
      }
      for (const item of parseFeed(body, feed.name))
        drafts.push({
          title: item.title,
          funder: feed.name,
          deadline: item.deadline,
          link: item.link,
          themes: item.categories.join(', '),
          eligibility: item.summary,
          guid: item.guid,
        });
    } catch (e) {
      if (e instanceof FeedError) problems.push(e.message);
      else problems.push(`Le flux « ${feed.name} » (${feed.url}) est injoignable : ${e instanceof Error ? e.message : String(e)}.`);
    }
  }
  const report = addCalls(ports.store, settings, drafts, 'Flux');
  return { ...report, feeds: feeds.length, problems: [...problems, ...report.problems] };
}

/** The call's funder as a partner: its ID, a partner of that name, or a new « PTF / bailleur » partner. */
function funderPartner(store: Store, call: Row<typeof WATCH>): string {
  const given = text(call.funderPartnerId);
  if (given && store.table(PARTNERS).get(given)) return given;
  const name = text(call.funder).trim();
  const found = partnerFinder(store).idOfName(name);
  if (found) return found;
  return text(store.table(PARTNERS).insert([{ name, type: 'PTF / bailleur' }])[0].id as CellData);
}

/**
 * Records the decision and its owner. « Go » creates the call's opportunity (stage « Cible »,
 * amount, deadline, owner) once: the call's « ID opportunité » is checked first, and the write
 * runs under the document lock with the request's ID, so two clicks or two users create one.
 */
export function decideCall(
  ports: Pick<Ports, 'store' | 'request'>,
  role: Role,
  settings: Settings,
  id: string,
  decision: WatchDecision,
  owner: string,
): WatchDecisionResult {
  const store = ports.store;
  const table = store.table(WATCH);
  const stored = table.getOrThrow(id);
  const call = stored.record;
  const responsible = owner.trim() || text(call.owner) || store.user || '';
  const linked = text(call.opportunityId);
  const already = linked !== '' && store.table(OPPORTUNITIES).get(linked) !== undefined;
  if (decision === 'Go' && !already && !text(call.funderPartnerId) && !text(call.funder).trim())
    throw new Error(
      `Veille, ligne ${stored.row} : indiquez le bailleur de « ${text(call.title)} » avant de décider « Go » (l’opportunité est rattachée à un partenaire).`,
    );
  table.update(id, { decision, owner: responsible }, 'décision');
  if (decision !== 'Go' || already) return { decision, opportunityId: linked, created: false };
  const deadline = text(call.deadline);
  const oppId = ports.request.once('opportunité', () => {
    const partnerId = funderPartner(store, call);
    return saveOpportunity(store, role, settings, {
      partnerId,
      title: text(call.title).slice(0, 200),
      stage: 'Cible',
      amount: call.amountMax ?? call.amountMin ?? null,
      currency: text(call.currency),
      owner: responsible,
      nextAction: 'Préparer la candidature',
      nextDue: deadline,
    }).id;
  });
  const opportunities = store.table(OPPORTUNITIES);
  opportunities.writeComputed('watchId', new Map([[opportunities.getOrThrow(oppId).row, id]]));
  table.writeComputed('opportunityId', new Map([[stored.row, oppId]]));
  return { decision, opportunityId: oppId, created: true };
}

/** « Date limite : 15 janvier 2027 (dans 12 jours) » for the week and the digests. */
export function deadlineLabel(deadline: LocalDate, today: LocalDate): string {
  const days = daysBetween(today, deadline);
  return `Date limite : ${formatDateFr(deadline)} (${days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`})`;
}
