/**
 * Partners: list, page, duplicate check, creation/edition with contacts, lifecycle moves,
 * due-diligence analysis. Workflows over the Store; the decisions are the domain's.
 */
import { partnerLoyaltyActions } from './event-read';
import type { DueDiligenceSummary, DuplicateMatch, PartnerDetail, PartnerPage, PartnerSummary, RecordInput, SaveResult } from '../domain/contracts';
import { PARTNER_PAGE } from '../domain/contracts/paging';
import { indexContact, searchPartnerList } from '../domain/partners/partner-search';
import type { ContactSearchIndex } from './ports/search-index';
import type { DataRecord, Row, TableSpec } from '../domain/schema/field';
import { ANALYSES, CONTACTS, JOURNAL, OPPORTUNITIES, PARTNERS, INTERACTIONS } from '../domain/schema/tables';
import { DUE_DILIGENCE_DECISIONS } from '../domain/schema/vocabulary';
import { AccessDeniedError, analysisRoles } from '../domain/settings/access';
import { DEFAULT_APPROVAL_ROLES, type Role, type Settings } from '../domain/settings/settings';
import { validateRecord, ValidationError } from '../domain/records/validate';
import { foldText } from '../domain/records/normalise';
import { rawText } from '../domain/records/coerce';
import { checkRows, withProblems } from '../domain/records/row-problems';
import { sortPartners, summarisePartner } from '../domain/partners/partner-summary';
import { duplicatesMessage, findDuplicates } from '../domain/partners/duplicates';
import { evaluationState, partnerEvaluations, stateOf } from './evaluation-state';
import { canonicalStage, checkTransition, evaluationMatters, stageHistory, stageOptions, type StageStep } from '../domain/partners/lifecycle';
import { parseStageLog, stageLogWith, stageLogWithNote } from '../domain/partners/stage-log';
import { NEW_PARTNER, planPartnerSave } from '../domain/partners/partner-save';
import { assessDueDiligence, CRITERIA, CRITERION_KEYS, decisionProblem, isApproved, latestAnalysis, summariseAnalysis } from '../domain/partners/due-diligence';
import { recentInteractions, summariseContact } from '../domain/partners/partner-detail';
import { toOpportunityCard } from '../domain/pipeline/opportunity-card';
import { relayCellUpdates, relayConcerned } from '../domain/partners/relays';
import type { Store } from '../store/store';
import { refreshPriorities } from './priorities';

const records = <S extends TableSpec>(store: Store, spec: S): Row<S>[] =>
  store
    .table(spec)
    .all()
    .map((s) => s.record);
const stageHeader = PARTNERS.fields.find((f) => f.key === 'stage')!.header;

// ---- reads --------------------------------------------------------------------------------

/** Every partner, sorted by name: one read of Partenaires whatever its size (priority and quadrant included). */
function allPartners(store: Store): PartnerSummary[] {
  return sortPartners(records(store, PARTNERS).map(summarisePartner));
}

export interface PartnerQuery {
  query?: string;
  offset?: number;
  limit?: number;
}

/**
 * One page of the partners sorted by name, those matching `query` only (the partners list's first
 * screen and its search). Reads Partenaires; the contacts come from their index in the cache,
 * rebuilt from Contacts when missing.
 */
export function searchPartners(ports: { store: Store; contactIndex: ContactSearchIndex }, q: PartnerQuery = {}): PartnerPage {
  const query = q.query?.trim() ?? '';
  const contacts = query ? contactsIndexed(ports) : [];
  return searchPartnerList(allPartners(ports.store), contacts, query, q.offset ?? 0, q.limit ?? PARTNER_PAGE);
}

function contactsIndexed({ store, contactIndex }: { store: Store; contactIndex: ContactSearchIndex }) {
  const cached = contactIndex.read();
  if (cached) return cached;
  const built = records(store, CONTACTS).map(indexContact);
  contactIndex.save(built);
  return built;
}

/** A partner's page: the record, its contacts, last 20 interactions, opportunities, latest analysis, lifecycle. */
export function getPartner(store: Store, settings: Settings, partnerId: string): PartnerDetail {
  const partners = store.table(PARTNERS);
  const { stageLog, ...partner } = partners.getOrThrow(partnerId).record;
  const contacts = records(store, CONTACTS)
    .filter((c) => c.partnerId === partnerId)
    .map(summariseContact)
    .sort((a, b) => Number(b.primary) - Number(a.primary));
  const interactions = recentInteractions(records(store, INTERACTIONS), partnerId, 20);
  const now = store.today();
  // An opportunity row typed wrong by hand is shown with its problems, its unreadable dates and amounts left out.
  const opportunities = checkRows(OPPORTUNITIES, store.table(OPPORTUNITIES).all())
    .filter(({ record: o }) => o.partnerId === partnerId)
    .map(({ record: o, problems }) =>
      withProblems(
        toOpportunityCard({ ...o, partnerName: o.partnerName || partner.name, partnerType: o.partnerType || partner.type }, now, settings.rates),
        problems,
      ),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.nextDue || '9999').localeCompare(b.nextDue || '9999'));
  const latest = latestAnalysis(records(store, ANALYSES), partnerId);
  const stage = partner.stage;
  // A workbook made before « Historique du cycle » reads the Journal until « Initialiser » fills the column.
  const evaluations = partnerEvaluations(store, partnerId);
  const history = partners.has('stageLog') ? parseStageLog(stageLog) : stageHistory(records(store, JOURNAL), PARTNERS.sheetName, partnerId, stageHeader, stage);
  const relayId = rawText(partner.introducedBy);
  const relay = relayId ? { id: relayId, name: rawText(partners.get(relayId)?.record.name) || relayId } : null;
  return {
    partner: { ...partner, id: partnerId },
    relay,
    contacts,
    interactions,
    opportunities,
    analysis: latest ? summariseAnalysis(latest) : null,
    stageHistory: history,
    ...stageOptions(stage, isApproved(latest), evaluationMatters(stage, isApproved(latest)) ? stateOf(evaluations) : 'none'),
    evaluations,
    loyaltyActions: partnerLoyaltyActions(store, partnerId),
  };
}

/**
 * Partners that a new one may duplicate: same name, acronym or email (its own or its contacts'),
 * accents, case, spaces and punctuation ignored. `candidate.id` (when editing) is left out.
 */
export function checkPartnerDuplicates(store: Store, candidate: RecordInput, contacts: readonly RecordInput[]): DuplicateMatch[] {
  return findDuplicates(candidate, contacts, records(store, PARTNERS), records(store, CONTACTS), typeof candidate.id === 'string' ? candidate.id : '');
}

// ---- creation and edition -----------------------------------------------------------------

/**
 * Creates (no `id`) or updates a partner and, in the same request, its contacts (new ones in one
 * block; a contact without partnerId belongs to this partner; at most one primary contact).
 * Everything is validated first (domain/partners/partner-save.ts): on any error nothing is written
 * and every problem is listed, naming the field and the contact's position. A creation that looks
 * like a duplicate is refused unless `opts.confirmDuplicate`. The priority score and quadrant are recomputed.
 */
export function savePartner(
  store: Store,
  settings: Settings,
  partnerInput: RecordInput,
  contactInputs: readonly RecordInput[],
  opts?: { confirmDuplicate?: boolean },
): SaveResult {
  const id = rawText(partnerInput.id).trim();
  const partners = store.table(PARTNERS);
  const contactTable = store.table(CONTACTS);
  const existing = id ? partners.getOrThrow(id) : null;
  const allContacts = records(store, CONTACTS);
  const plan = planPartnerSave({ partnerInput, existing, contactInputs, contacts: allContacts, partnerExists: (pid) => partners.get(pid) !== undefined });
  if (plan.errors.length) throw new ValidationError(plan.errors);

  // Duplicates (creation only).
  if (!existing && opts?.confirmDuplicate !== true) {
    const matches = findDuplicates(
      plan.partner,
      plan.contacts.map((p) => p.record),
      records(store, PARTNERS),
      allContacts,
    );
    if (matches.length) throw new Error(duplicatesMessage(matches));
  }

  // Writes: partner, new contacts (one block), edited contacts, former primary contacts, scores.
  let partnerId = id;
  if (existing) partners.update(id, plan.partner);
  else {
    const created = partners.insert([plan.partner])[0];
    partnerId = created.id;
    recordCreations(store, [created]);
  }
  const withId = (r: DataRecord): DataRecord => (r.partnerId === NEW_PARTNER ? { ...r, partnerId } : r);
  contactTable.insert(plan.contacts.filter((p) => !p.id).map((p) => withId(p.record)));
  // One write per edited contact: bounded by the contacts of this one fiche, not by the sheet.
  for (const p of plan.contacts.filter((x) => x.id)) contactTable.update(p.id, withId(p.record));
  // A new primary contact replaces the partner's former one (usually one).
  for (const cid of plan.demoted) contactTable.update(cid, { primary: false });
  refreshPriorities(store, settings, new Set([partnerId]));
  if (existing ? relayMayChange(existing.record, plan.partner) : rawText(plan.partner.introducedBy) !== '') syncRelayColumn(store, partnerId);
  return { id: partnerId };
}

// ---- lifecycle ----------------------------------------------------------------------------

/**
 * Moves a partner to another lifecycle stage (rules in domain/partners/lifecycle.ts). The change
 * is journaled with action 'transition' (date, author, before → after); the note goes to the
 * Journal too (action 'note'). A move to « Clôture » needs the note.
 */
export function movePartnerStage(store: Store, partnerId: string, target: string, note: string): SaveResult {
  const partners = store.table(PARTNERS);
  const current = partners.getOrThrow(partnerId).record.stage;
  const approved = isApproved(latestAnalysis(records(store, ANALYSES), partnerId));
  const problem = checkTransition(current, target, { approved, note, evaluation: evaluationState(store, partnerId) });
  if (problem) throw new Error(`${partnerId} : ${problem}`);
  const { row, record } = partners.getOrThrow(partnerId);
  const stage = canonicalStage(target) ?? '';
  partners.update(partnerId, { stage }, 'transition');
  if (note) store.journal([{ sheet: PARTNERS.sheetName, recordId: partnerId, action: 'note', field: stageHeader, before: current, after: note }]);
  const step: StageStep = { stage, at: store.stamp(), by: store.user };
  const logged = stageLogWith(record.stageLog, step);
  if (partners.has('stageLog')) partners.writeComputed('stageLog', new Map([[row, note ? stageLogWithNote(logged, note) : logged]]));
  return { id: partnerId };
}

/** The first step of new partners' history: the stage they were created at (one write for them all). */
export function recordCreations(store: Store, created: readonly Row<typeof PARTNERS>[]): void {
  const partners = store.table(PARTNERS);
  if (!partners.has('stageLog')) return;
  const at = store.stamp();
  const logs = new Map<number, string>();
  for (const p of created) {
    if (p.stage) logs.set(partners.getOrThrow(p.id).row, JSON.stringify([{ stage: p.stage, at, by: store.user }]));
  }
  partners.writeComputed('stageLog', logs);
}

// ---- due diligence ------------------------------------------------------------------------

/**
 * Saves the due-diligence grid of a partner (scores 1–5 per criterion, null = not rated) and,
 * for the roles of Paramètres › Approbation (default DG, admin), the decision. Editors may save
 * scores. Scores changed on an analysis already decided start a new analysis (the decision
 * applied to the former scores); otherwise the latest analysis is updated.
 * Returns the analysis with its weighted score and weaknesses (domain/partners/due-diligence.ts).
 */
export function saveAnalysis(
  store: Store,
  role: Role,
  settings: Settings,
  pid: string,
  given: RecordInput,
  decisionText: string,
  commentText: string,
): DueDiligenceSummary {
  const unknown = Object.keys(given).filter((k) => !(CRITERION_KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`Analyse : critère inconnu ${unknown.map((k) => `« ${k} »`).join(', ')} (attendu : ${CRITERION_KEYS.join(', ')}).`);
  const wanted = decisionText ? DUE_DILIGENCE_DECISIONS.find((d) => foldText(d) === foldText(decisionText)) : '';
  if (wanted === undefined)
    throw new Error(
      `Analyses, colonne « Décision » : « ${decisionText} » n'est pas valide (attendu : une des valeurs : ${DUE_DILIGENCE_DECISIONS.join(', ')}).`,
    );
  const approvers = settings.approvalRoles ?? DEFAULT_APPROVAL_ROLES;
  const analysts = analysisRoles(settings);
  if (!analysts.includes(role)) {
    throw new AccessDeniedError(`Accès refusé : l'analyse est réservée aux rôles ${analysts.join(', ')} (votre rôle : ${role}).`);
  }
  store.table(PARTNERS).getOrThrow(pid);
  const analyses = store.table(ANALYSES);
  const latestRecord = latestAnalysis(records(store, ANALYSES), pid);
  const latest = latestRecord ? (analyses.get(rawText(latestRecord.id)) ?? null) : null;

  // Ratings, validated as the sheet's columns (1–5); a criterion left out keeps its rating.
  const input: Record<string, unknown> = { partnerId: pid, comment: commentText };
  for (const c of CRITERIA) input[c.key] = Object.prototype.hasOwnProperty.call(given, c.key) ? given[c.key] : latest ? latest.record[c.key] : '';
  const { record, errors } = validateRecord(ANALYSES, input, null, { partial: true });
  if (errors.length) throw new ValidationError(errors);
  const result = assessDueDiligence(record);

  const decided = latest !== null && latest.record.decision !== '';
  const scoresChanged = latest === null || CRITERION_KEYS.some((k) => rawText(latest.record[k]) !== rawText(record[k]));
  const target = latest && !(decided && scoresChanged) ? latest : null;
  const previousDecision = target ? target.record.decision : '';
  if (wanted && wanted !== previousDecision) {
    if (!approvers.includes(role)) {
      throw new AccessDeniedError(
        `Accès refusé : la décision (${DUE_DILIGENCE_DECISIONS.join(', ')}) est réservée aux rôles ${approvers.join(', ')} (Paramètres › Approbation ; votre rôle : ${role}). Laissez la décision vide pour enregistrer les notes.`,
      );
    }
    const problem = decisionProblem(wanted, result, commentText);
    if (problem) throw new Error(problem);
    Object.assign(record, { decision: wanted, decidedBy: store.user, decidedOn: store.today() });
  }

  const saved = target ? analyses.update(target.record.id, record, record.decision ? 'décision' : 'modification') : analyses.insert([record])[0];
  const row = analyses.getOrThrow(rawText(saved.id)).row;
  analyses.writeComputed('score', new Map([[row, result.score ?? '']]));
  return summariseAnalysis({ ...saved, score: result.score });
}

/** Whether a save may alter the « Relais » of opportunities: the partner's relay, or its name (which its introduced partners' opportunities show). */
function relayMayChange(before: DataRecord, patch: DataRecord): boolean {
  return (
    ('introducedBy' in patch && rawText(patch.introducedBy) !== rawText(before.introducedBy)) ||
    ('name' in patch && rawText(patch.name) !== rawText(before.name))
  );
}

/** Rewrites the « Relais » of the opportunities of the partner and of those it introduced: one read of each sheet, one write. */
function syncRelayColumn(store: Store, partnerId: string): void {
  const opportunities = store.table(OPPORTUNITIES);
  if (!opportunities.has('relay')) return;
  const partners = records(store, PARTNERS);
  const updates = relayCellUpdates(opportunities.all(), partners, relayConcerned(partners, partnerId));
  opportunities.writeComputed('relay', updates);
}
