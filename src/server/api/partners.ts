/**
 * Sidebar API: partners — list, page, duplicate check, creation/edition with contacts,
 * lifecycle moves, due-diligence analysis and priority scores.
 */
import type { RecordInput } from '../../domain/contracts';
import type { DataRecord, Row, TableSpec } from '../../domain/schema/field';
import { ANALYSES, CONTACTS, JOURNAL, OPPORTUNITIES, PARTNERS, INTERACTIONS } from '../../domain/schema/tables';
import { DUE_DILIGENCE_DECISIONS } from '../../domain/schema/vocabulary';
import { AccessDeniedError, EDITORS } from '../../domain/settings/access';
import { DEFAULT_APPROVAL_ROLES } from '../../domain/settings/settings';
import { validateRecord, ValidationError, type FieldError } from '../../domain/records/validate';
import { foldText } from '../../domain/records/normalise';
import { sortPartners, summarisePartner } from '../../domain/partners/partner-summary';
import { duplicatesMessage, findDuplicates } from '../../domain/partners/duplicates';
import { canonicalStage, checkTransition, stageHistory, stageOptions } from '../../domain/partners/lifecycle';
import {
  assessDueDiligence,
  CRITERIA,
  CRITERION_KEYS,
  decisionProblem,
  isApproved,
  latestAnalysis,
  summariseAnalysis,
} from '../../domain/partners/due-diligence';
import { recentInteractions, summariseContact } from '../../domain/partners/partner-detail';
import { toOpportunityCard } from '../../domain/pipeline/opportunity-card';
import { SheetTable, type StoredRecord } from '../../services/sheet-table';
import { appendJournal } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { refreshPriorities } from '../../services/partner-priority';
import { toLocalDate } from '../../domain/format/time-zone';
import type { StoreContext } from '../../services/store-context';
import { checkRows, withProblems } from '../../domain/records/row-problems';
import { serve } from '../endpoint';
import { rawText } from '../../domain/records/coerce';

const today = (ctx: StoreContext): string => toLocalDate(new Date(), ctx.timeZone);
const records = <S extends TableSpec>(t: SheetTable<S>): Row<S>[] => t.all().map((s) => s.record);

// ---- reads --------------------------------------------------------------------------------

/** Every partner, sorted by name: one read of Partenaires whatever its size (priority and quadrant included). */
export const listPartners = serve('listPartners', ({ ctx }) =>
  sortPartners(
    SheetTable.open(ctx, PARTNERS)
      .all()
      .map((s) => summarisePartner(s.record)),
  ),
);

/** A partner's page: the record, its contacts, last 20 interactions, opportunities, latest analysis, lifecycle. */
export const getPartner = serve('getPartner', ({ ctx, settings }, partnerId) => {
  const partner = SheetTable.open(ctx, PARTNERS).getOrThrow(partnerId).record;
  const contacts = records(SheetTable.open(ctx, CONTACTS))
    .filter((c) => c.partnerId === partnerId)
    .map(summariseContact)
    .sort((a, b) => Number(b.primary) - Number(a.primary));
  const interactions = recentInteractions(records(SheetTable.open(ctx, INTERACTIONS)), partnerId, 20);
  const now = today(ctx);
  // An opportunity row typed wrong by hand is shown with its problems, its unreadable dates and amounts left out.
  const opportunities = checkRows(OPPORTUNITIES, SheetTable.open(ctx, OPPORTUNITIES).all())
    .filter(({ record: o }) => o.partnerId === partnerId)
    .map(({ record: o, problems }) =>
      withProblems(
        toOpportunityCard({ ...o, partnerName: o.partnerName || partner.name, partnerType: o.partnerType || partner.type }, now, settings.rates),
        problems,
      ),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.nextDue || '9999').localeCompare(b.nextDue || '9999'));
  const latest = latestAnalysis(records(SheetTable.open(ctx, ANALYSES)), partnerId);
  const stage = partner.stage;
  const history = stageHistory(records(SheetTable.open(ctx, JOURNAL)), PARTNERS.sheetName, partnerId, header('stage'), stage);
  return {
    partner: { ...partner, id: partnerId },
    contacts,
    interactions,
    opportunities,
    analysis: latest ? summariseAnalysis(latest) : null,
    stageHistory: history,
    ...stageOptions(stage, isApproved(latest)),
  };
});

function header(key: string): string {
  return PARTNERS.fields.find((f) => f.key === key)!.header;
}

/**
 * Partners that a new one may duplicate: same name, acronym or email (its own or its contacts'),
 * accents, case, spaces and punctuation ignored. `input.id` (when editing) is left out.
 */
export const checkPartnerDuplicates = serve('checkPartnerDuplicates', ({ ctx }, candidate, contacts) =>
  findDuplicates(
    candidate,
    (contacts ?? []) as readonly RecordInput[],
    records(SheetTable.open(ctx, PARTNERS)),
    records(SheetTable.open(ctx, CONTACTS)),
    typeof candidate.id === 'string' ? candidate.id : '',
  ),
);

// ---- creation and edition -----------------------------------------------------------------

/** Placeholder partner ID while validating the contacts of a partner not yet created. */
const NEW_PARTNER = '(nouveau partenaire)';

/** "Contacts, colonne « Email » : …" → "Contact 2, colonne « Email » : …". */
function contactError(e: FieldError, position: number): FieldError {
  const rest = e.message.slice(e.message.indexOf('» : ') + 4);
  return { ...e, message: `Contact ${position}, colonne « ${e.header} » : ${rest}` };
}

function fail(message: string, field: string, headerText: string, sheet = PARTNERS.sheetName, row: number | null = null): FieldError {
  return { sheet, row, field, header: headerText, message };
}

interface ContactPlan {
  position: number;
  id: string;
  record: DataRecord;
}

/**
 * Creates (no `id`) or updates a partner and, in the same request, its contacts (new ones in one
 * block; a contact without partnerId belongs to this partner; at most one primary contact).
 * Everything is validated first: on any error nothing is written and every problem is listed,
 * naming the field and the contact's position. A creation that looks like a duplicate is refused
 * unless `opts.confirmDuplicate`. The priority score and quadrant are recomputed.
 */
export const savePartner = serve('savePartner', ({ ctx }, partnerInput, contacts, opts) => {
  const id = rawText(partnerInput.id).trim();
  const contactInputs = contacts ?? [];
  const confirmDuplicate = opts?.confirmDuplicate === true;

  const partners = SheetTable.open(ctx, PARTNERS);
  const contactTable = SheetTable.open(ctx, CONTACTS);
  const existing = id ? partners.getOrThrow(id) : null;
  const errors: FieldError[] = [];

  // The partner.
  const { record, errors: partnerErrors } = validateRecord(PARTNERS, partnerInput, existing ? existing.row : null, { partial: existing !== null });
  errors.push(...partnerErrors);
  const stageProblem = checkInitialStage(record, existing);
  if (stageProblem) errors.push(stageProblem);
  if (!existing && !record.stage) record.stage = 'Identification';

  // Its contacts.
  const ownId = existing ? id : NEW_PARTNER;
  const plans: ContactPlan[] = [];
  contactInputs.forEach((c, i) => {
    const position = i + 1;
    const cid = rawText(c.id).trim();
    const stored = cid ? contactTable.get(cid) : undefined;
    if (cid && !stored) {
      errors.push(fail(`Contact ${position} : aucun contact avec l'ID « ${cid} » dans la feuille Contacts.`, 'id', 'ID', CONTACTS.sheetName));
      return;
    }
    if (stored && stored.record.partnerId !== ownId) {
      errors.push(
        fail(
          `Contact ${position} : le contact ${cid} appartient à un autre partenaire (${stored.record.partnerId}).`,
          'partnerId',
          'ID partenaire',
          CONTACTS.sheetName,
        ),
      );
      return;
    }
    const given = rawText(c.partnerId).trim();
    const partnerId = given === '' ? ownId : given;
    if (partnerId !== ownId && !partners.get(partnerId)) {
      errors.push(
        fail(`Contact ${position}, colonne « ID partenaire » : aucun partenaire avec l'ID « ${given} ».`, 'partnerId', 'ID partenaire', CONTACTS.sheetName),
      );
      return;
    }
    const result = validateRecord(CONTACTS, { ...c, partnerId }, null, { partial: stored !== undefined });
    errors.push(...result.errors.map((e) => contactError(e, position)));
    plans.push({ position, id: cid, record: { ...result.record, partnerId } });
  });
  const primaries = plans.filter((p) => p.record.primary === true);
  const primaryByPartner = new Map<string, ContactPlan[]>();
  for (const p of primaries) primaryByPartner.set(rawText(p.record.partnerId), [...(primaryByPartner.get(rawText(p.record.partnerId)) ?? []), p]);
  for (const list of primaryByPartner.values()) {
    if (list.length > 1) {
      errors.push(
        fail(
          `Contacts ${list.map((p) => p.position).join(' et ')}, colonne « Principal » : un partenaire n'a qu'un contact principal ; n'en cochez qu'un.`,
          'primary',
          'Principal',
          CONTACTS.sheetName,
        ),
      );
    }
  }
  if (errors.length) throw new ValidationError(errors);

  // Duplicates (creation only).
  if (!existing && !confirmDuplicate) {
    const matches = findDuplicates(
      record,
      plans.map((p) => p.record),
      records(partners),
      records(contactTable),
    );
    if (matches.length) throw new Error(duplicatesMessage(matches));
  }

  // Writes: partner, new contacts (one block), edited contacts, former primary contacts, scores.
  let partnerId = id;
  if (existing) partners.update(id, record);
  else partnerId = partners.insert([record])[0].id;
  for (const p of plans) if (p.record.partnerId === NEW_PARTNER) p.record.partnerId = partnerId;
  const created = contactTable.insert(plans.filter((p) => !p.id).map((p) => p.record));
  // One write per edited contact: bounded by the contacts of this one fiche, not by the sheet.
  for (const p of plans.filter((x) => x.id)) contactTable.update(p.id, p.record);
  // A new primary contact replaces the partner's former one.
  const inRequest = new Set([...plans.map((p) => p.id), ...created.map((c) => c.id)]);
  const primaryOf = new Set(primaries.map((p) => rawText(p.record.partnerId)));
  const demoted = contactTable.all().filter(({ record: c }) => c.primary === true && primaryOf.has(c.partnerId) && !inRequest.has(c.id));
  // Usually one former primary contact (at most the partner's contacts).
  for (const { record: c } of demoted) contactTable.update(c.id, { primary: false });
  refreshPriorities(ctx, partners, loadSettings(ctx), new Set([partnerId]));
  return { id: partnerId };
});

/**
 * The lifecycle stage is moved only by movePartnerStage (rules, Journal). A new partner may start
 * anywhere up to « Analyse » (default Identification); an edit may not change it.
 */
function checkInitialStage(record: DataRecord, existing: StoredRecord | null): FieldError | null {
  const stage = rawText(record.stage);
  const h = header('stage');
  if (existing) {
    if (stage === '' || stage === rawText(existing.record.stage)) {
      delete record.stage;
      return null;
    }
    return fail(
      `${PARTNERS.sheetName}, ligne ${existing.row}, colonne « ${h} » : l'étape se change depuis la fiche du partenaire (« Changer d'étape »), pour que la transition soit vérifiée et consignée.`,
      'stage',
      h,
      PARTNERS.sheetName,
      existing.row,
    );
  }
  if (stage && checkTransition('', stage, { approved: false, note: '' }) !== null) {
    return fail(`${PARTNERS.sheetName}, colonne « ${h} » : un nouveau partenaire commence à l'étape Identification, Catégorisation ou Analyse.`, 'stage', h);
  }
  return null;
}

// ---- lifecycle ----------------------------------------------------------------------------

/**
 * Moves a partner to another lifecycle stage (rules in domain/partners/lifecycle.ts). The change
 * is journaled with action 'transition' (date, author, before → after); the note goes to the
 * Journal too (action 'note'). A move to « Clôture » needs the note.
 */
export const movePartnerStage = serve('movePartnerStage', ({ ctx }, partnerId, target, note) => {
  const why = note ?? '';
  const partners = SheetTable.open(ctx, PARTNERS);
  const current = partners.getOrThrow(partnerId).record.stage;
  const approved = isApproved(latestAnalysis(records(SheetTable.open(ctx, ANALYSES)), partnerId));
  const problem = checkTransition(current, target, { approved, note: why });
  if (problem) throw new Error(`${partnerId} : ${problem}`);
  partners.update(partnerId, { stage: canonicalStage(target) ?? '' }, 'transition');
  if (why) appendJournal(ctx, [{ sheet: PARTNERS.sheetName, recordId: partnerId, action: 'note', field: header('stage'), before: current, after: why }]);
  return { id: partnerId };
});

// ---- due diligence ------------------------------------------------------------------------

/**
 * Saves the due-diligence grid of a partner (scores 1–5 per criterion, null = not rated) and,
 * for the roles of Paramètres › Approbation (default DG, admin), the decision. Editors may save
 * scores. Scores changed on an analysis already decided start a new analysis (the decision
 * applied to the former scores); otherwise the latest analysis is updated.
 * Returns the analysis with its weighted score and weaknesses (domain/partners/due-diligence.ts).
 */
export const saveAnalysis = serve('saveAnalysis', ({ ctx, role, settings }, pid, given, decision, comment) => {
  const unknown = Object.keys(given).filter((k) => !(CRITERION_KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`Analyse : critère inconnu ${unknown.map((k) => `« ${k} »`).join(', ')} (attendu : ${CRITERION_KEYS.join(', ')}).`);
  const decisionText = decision ?? '';
  const wanted = decisionText ? DUE_DILIGENCE_DECISIONS.find((d) => foldText(d) === foldText(decisionText)) : '';
  if (wanted === undefined)
    throw new Error(
      `Analyses, colonne « Décision » : « ${decisionText} » n'est pas valide (attendu : une des valeurs : ${DUE_DILIGENCE_DECISIONS.join(', ')}).`,
    );
  const commentText = comment ?? '';
  const approvers = settings.approvalRoles ?? DEFAULT_APPROVAL_ROLES;
  if (!EDITORS.includes(role) && !approvers.includes(role)) {
    throw new AccessDeniedError(
      `Accès refusé : l'analyse est réservée aux rôles ${[...new Set([...EDITORS, ...approvers])].join(', ')} (votre rôle : ${role}).`,
    );
  }
  SheetTable.open(ctx, PARTNERS).getOrThrow(pid);
  const analyses = SheetTable.open(ctx, ANALYSES);
  const latestRecord = latestAnalysis(records(analyses), pid);
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
    Object.assign(record, { decision: wanted, decidedBy: ctx.user, decidedOn: today(ctx) });
  }

  let saved: DataRecord;
  if (target) {
    saved = analyses.update(target.record.id, record, record.decision ? 'décision' : 'modification');
  } else {
    saved = analyses.insert([record])[0];
  }
  const row = analyses.getOrThrow(rawText(saved.id)).row;
  analyses.writeComputed('score', new Map([[row, result.score ?? '']]));
  return summariseAnalysis({ ...saved, score: result.score });
});

// ---- priority -----------------------------------------------------------------------------

/**
 * Recomputes every partner's priority score and quadrant (after the weights of Paramètres ›
 * Priorité changed, or new interactions/conventions): one read per sheet, one write per column.
 */
export const recomputePriorities = serve('recomputePriorities', ({ ctx }) => {
  const partners = SheetTable.open(ctx, PARTNERS);
  const updated = refreshPriorities(ctx, partners, loadSettings(ctx));
  return { updated, total: partners.all().length };
});
