/**
 * Joint evaluations of partners: created when due (daily job) or started by hand, our grid saved,
 * the partner's grid collected through a survey campaign's Google Form, shown side by side, and
 * closed by a decision that sets off its follow-up and, for « Clore », the exit plan.
 */
import { CONTACTS, CONVENTIONS, PARTNERS } from '../domain/schema/tables';
import { SIGNATURES } from '../domain/conventions/approval-tables';
import { CAMPAIGNS, RESPONSES, isCountedResponse } from '../domain/surveys/tables';
import { SURVEY_DIMENSIONS } from '../domain/surveys/questionnaire';
import { EVALUATIONS, ourKey } from '../domain/evaluation/tables';
import { checkRatings, DIMENSIONS, gapsBetween, scoreGrid, type Ratings } from '../domain/evaluation/grid';
import { EVALUATION_NOTICE_DAYS, nextEvaluationDue } from '../domain/evaluation/calendar';
import { EVALUATION_CAMPAIGN_PREFIX, evaluationQuestionnaire, isEvaluationCampaign, partnerRatings } from '../domain/evaluation/partner-form';
import { checkDecision, exitPlan, followUpCommitment, followUpReasons, type PlannedCommitment } from '../domain/evaluation/decision';
import { ourRatings, summariseEvaluation, trendOf, type EvaluationDetail, type SatisfactionSnapshot } from '../domain/evaluation/view';
import { ENDED_CONVENTIONS } from '../domain/commitments/status';
import { addDays } from '../domain/format/local-date';
import { text } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import type { Role, Settings } from '../domain/settings/settings';
import { DEFAULT_DETAIL_ROLES } from '../domain/surveys/results-settings';
import type { Store, Table } from '../store/store';
import type { Ports } from './ports';
import { addCommitment, commitmentCompliance } from './commitments';
import { movePartnerStage } from './partners';
import { createCampaign } from './surveys/campaigns';
import { sendCampaign } from './surveys/sending';
import { closingTemplate, writeClosingReport } from './closing-report';

type Evaluations = Table<typeof EVALUATIONS>;

const records = (store: Store, spec: typeof PARTNERS | typeof CONVENTIONS): DataRecord[] =>
  store
    .table(spec)
    .all()
    .map((s) => s.record as DataRecord);

/** « Évaluations », refused in French on a workbook made before it (Initialiser creates it). */
function evaluations(store: Store): Evaluations {
  const t = store.tableOrNull(EVALUATIONS);
  if (!t)
    throw new Error(
      'La feuille « Évaluations » n’existe pas encore : un administrateur doit lancer Pacte › Initialiser, puis recommencez (rien n’a été enregistré).',
    );
  return t;
}

const allEvaluations = (store: Store): DataRecord[] => (store.tableOrNull(EVALUATIONS)?.all() ?? []).map((s) => s.record as DataRecord);
const isOpen = (r: DataRecord) => text(r.status) !== 'Décidée';

/** Latest signature date of each partner's conventions (the calendar counts from it until a first evaluation). */
function signedOnByPartner(store: Store): Map<string, string> {
  const partnerOf = new Map(records(store, CONVENTIONS).map((c) => [text(c.id), text(c.partnerId)]));
  const out = new Map<string, string>();
  for (const s of store.tableOrNull(SIGNATURES)?.all() ?? []) {
    const pid = partnerOf.get(text(s.record.conventionId));
    const date = text(s.record.date);
    if (pid && date > (out.get(pid) ?? '')) out.set(pid, date);
  }
  return out;
}

/**
 * The daily step: for each partner in collaboration whose next evaluation falls within the notice
 * period and has none open, one « À faire » row (due date, partner's owner) — all in one insert.
 */
export function createDueEvaluations(store: Store, months: Readonly<Record<string, number>> | undefined): string[] {
  const table = store.tableOrNull(EVALUATIONS);
  if (!table) return [];
  const existing = table.all().map((s) => s.record as DataRecord);
  const signed = signedOnByPartner(store);
  const until = addDays(store.today(), EVALUATION_NOTICE_DAYS);
  const rows: Record<string, string>[] = [];
  for (const p of records(store, PARTNERS)) {
    const pid = text(p.id);
    if (text(p.stage) === 'Clôture') continue;
    const mine = existing.filter((e) => text(e.partnerId) === pid);
    if (mine.some(isOpen)) continue;
    const lastEvaluated = mine.map((e) => text(e.decidedOn)).reduce((a, b) => (b > a ? b : a), '');
    const due = nextEvaluationDue({ category: text(p.category), lastEvaluated, signedOn: signed.get(pid) ?? '' }, months);
    if (due && due <= until) rows.push({ partnerId: pid, partnerName: text(p.name), due, owner: text(p.owner), status: 'À faire' });
  }
  return rows.length ? table.insert(rows).map((r) => r.id) : [];
}

/** The partner's open evaluation, created (due today, partner's owner) when there is none. */
function openEvaluation(store: Store, partnerId: string): DataRecord {
  const table = evaluations(store);
  const partner = store.table(PARTNERS).getOrThrow(partnerId).record;
  const open = table.all().find((s) => text(s.record.partnerId) === partnerId && isOpen(s.record as DataRecord));
  if (open) return open.record as DataRecord;
  const [row] = table.insert([{ partnerId, partnerName: text(partner.name), due: store.today(), owner: text(partner.owner), status: 'En cours' }]);
  return row as DataRecord;
}

export function startEvaluation(ports: Ports, settings: Settings, role: Role, partnerId: string): EvaluationDetail {
  return getEvaluation(ports.store, settings, role, text(openEvaluation(ports.store, partnerId).id));
}

/** Our grid (ratings vert / orange / rouge per dimension, the ones left out kept) and comments, on the partner's open evaluation. */
export function saveEvaluation(
  ports: Ports,
  settings: Settings,
  role: Role,
  partnerId: string,
  input: { ratings: Record<string, unknown>; comments?: string },
): EvaluationDetail {
  const { ratings, problems } = checkRatings(input.ratings);
  if (problems.length) throw new Error(problems.join('\n'));
  const evaluation = openEvaluation(ports.store, partnerId);
  const patch: Record<string, string> = { status: 'En cours' };
  for (const [key, level] of Object.entries(ratings)) patch[ourKey(key)] = level!;
  if (input.comments !== undefined) patch.ourComments = input.comments;
  evaluations(ports.store).update(text(evaluation.id), patch, 'grille');
  return getEvaluation(ports.store, settings, role, text(evaluation.id));
}

/** The partner's Google Form: a campaign of the grid's questions to its primary contact, sent now. */
export function sendEvaluationForm(ports: Ports, settings: Settings, role: Role, evaluationId: string): EvaluationDetail {
  const table = evaluations(ports.store);
  const evaluation = table.getOrThrow(evaluationId).record as DataRecord;
  if (!isOpen(evaluation)) throw new Error(`Évaluation ${evaluationId} : elle est décidée ; le formulaire du partenaire n’est plus envoyé.`);
  if (text(evaluation.campaignId)) throw new Error(`Évaluation ${evaluationId} : le formulaire a déjà été envoyé (enquête ${text(evaluation.campaignId)}).`);
  const partnerId = text(evaluation.partnerId);
  const partnerName = text(ports.store.table(PARTNERS).getOrThrow(partnerId).record.name);
  const reachable = ports.store
    .table(CONTACTS)
    .all()
    .some((c) => text(c.record.partnerId) === partnerId && text(c.record.email) !== '');
  if (!reachable)
    throw new Error(`Évaluation ${evaluationId} : aucun contact de ${partnerName} n’a d’adresse e-mail ; ajoutez-en une sur sa fiche, puis recommencez.`);
  const today = ports.store.today();
  const draft = {
    title: `${EVALUATION_CAMPAIGN_PREFIX} ${evaluationId} — ${partnerName}`.slice(0, 150),
    period: today.slice(0, 4),
    target: { partnerIds: [partnerId] },
    language: 'fr',
    sendDate: today,
    reminderDays: [7],
    closingDate: addDays(today, 30),
  };
  const campaign = createCampaign(ports, draft, settings.organisation, evaluationQuestionnaire());
  table.writeComputed('campaignId', new Map([[table.getOrThrow(evaluationId).row, campaign.id]]));
  sendCampaign(ports, campaign.id, settings.organisation);
  return getEvaluation(ports.store, settings, role, evaluationId);
}

/** Unflagged « Réponses » rows, and the IDs of the campaigns that are joint evaluations. */
function surveyData(store: Store): { responses: DataRecord[]; evaluationCampaigns: Set<string>; formUrls: Map<string, string> } {
  const campaigns = store.tableOrNull(CAMPAIGNS)?.all() ?? [];
  return {
    responses: (store.tableOrNull(RESPONSES)?.all() ?? []).map((s) => s.record as DataRecord).filter(isCountedResponse),
    evaluationCampaigns: new Set(campaigns.filter((c) => isEvaluationCampaign(c.record as DataRecord)).map((c) => text(c.record.id))),
    formUrls: new Map(campaigns.map((c) => [text(c.record.id), text(c.record.formUrl)])),
  };
}

/** The partner's latest satisfaction answer (evaluation Forms left out). */
function latestSatisfaction(data: ReturnType<typeof surveyData>, partnerId: string): SatisfactionSnapshot | null {
  const mine = data.responses
    .filter((r) => text(r.partnerId) === partnerId && !data.evaluationCampaigns.has(text(r.campaignId)))
    .sort((a, b) => text(a.submittedAt).localeCompare(text(b.submittedAt)));
  const r = mine[mine.length - 1];
  if (!r) return null;
  const score = (v: unknown) => (v === '' || v == null || !Number.isFinite(Number(v)) ? null : Number(v));
  const scores: Record<string, number | null> = {};
  for (const d of SURVEY_DIMENSIONS) scores[d.label] = score(r[d.key]);
  return { campaignId: text(r.campaignId), submittedAt: text(r.submittedAt), scores, nps: score(r.nps) };
}

function partnerSide(data: ReturnType<typeof surveyData>, campaignId: string): { ratings: Ratings; comments: string; answered: boolean } {
  const r = campaignId ? data.responses.find((x) => text(x.campaignId) === campaignId) : undefined;
  return r ? { ratings: partnerRatings(r), comments: text(r.comments), answered: true } : { ratings: {}, comments: '', answered: false };
}

/** The contact the partner's Form is sent to: the primary one with an address, else the first with one. */
function recipientOf(store: Store, partnerId: string): EvaluationDetail['recipient'] {
  const reachable = store
    .table(CONTACTS)
    .all()
    .map((c) => c.record)
    .filter((c) => text(c.partnerId) === partnerId && text(c.email) !== '');
  const chosen = reachable.find((c) => c.primary === true) ?? reachable[0];
  return chosen ? { name: text(chosen.name), email: text(chosen.email) } : null;
}

/** Both sides with their gaps, the partner's satisfaction and NPS, the commitments' compliance, and the past evaluations. */
export function getEvaluation(store: Store, settings: Settings, role: Role, evaluationId: string): EvaluationDetail {
  const r = evaluations(store).getOrThrow(evaluationId).record as DataRecord;
  const partnerId = text(r.partnerId);
  const partnerName = text(store.table(PARTNERS).get(partnerId)?.record.name) || text(r.partnerName);
  const data = surveyData(store);
  const ours = ourRatings(r);
  const theirs = partnerSide(data, text(r.campaignId));
  const seesDetail = (settings.survey?.detailRoles ?? DEFAULT_DETAIL_ROLES).includes(role);
  const history = allEvaluations(store)
    .filter((e) => text(e.partnerId) === partnerId && text(e.id) !== evaluationId && !isOpen(e))
    .map(summariseEvaluation)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const score = scoreGrid(ours);
  const empty = { due: 0, onTime: 0, late: 0, rate: null };
  return {
    ...summariseEvaluation(r),
    partnerName,
    dimensions: DIMENSIONS.map((d) => ({ ...d })),
    ours: { ratings: ours, comments: text(r.ourComments), score },
    partner: { ...theirs, score: scoreGrid(theirs.ratings), formUrl: data.formUrls.get(text(r.campaignId)) ?? '' },
    recipient: recipientOf(store, partnerId),
    gaps: gapsBetween(ours, theirs.ratings),
    satisfaction: seesDetail ? latestSatisfaction(data, partnerId) : null,
    satisfactionHidden: !seesDetail,
    compliance: commitmentCompliance(store).byPartner[partnerName] ?? { ours: { ...empty }, partner: { ...empty } },
    justification: text(r.justification),
    lessons: text(r.lessons),
    followUp: text(r.followUp),
    closingReportUrl: text(r.closingReportUrl),
    history,
    trend: trendOf(history[history.length - 1], score.overall),
  };
}

/** The partner's convention commitments can still be added to (the active one first), or null. */
function runningConvention(store: Store, partnerId: string): string | null {
  const mine = records(store, CONVENTIONS).filter((c) => text(c.partnerId) === partnerId && !ENDED_CONVENTIONS.includes(text(c.status)));
  const best = mine.find((c) => text(c.status) === 'Active') ?? mine.find((c) => text(c.status) === 'Signée') ?? mine[0];
  return best ? text(best.id) : null;
}

/**
 * Closes the evaluation with its decision and justification. A red dimension (either side) or a
 * detractor's NPS adds a follow-up commitment « Nous » for the partner's owner (else the partner's
 * next action when no convention runs); « Clore » adds the exit plan's commitments, records the
 * lessons learnt and moves the partner to « Clôture ».
 */
export function decideEvaluation(
  ports: Ports,
  settings: Settings,
  role: Role,
  evaluationId: string,
  input: { decision: string; justification: string; lessons?: string },
): EvaluationDetail {
  const { store } = ports;
  const table = evaluations(store);
  const evaluation = table.getOrThrow(evaluationId).record as DataRecord;
  if (!isOpen(evaluation)) throw new Error(`Évaluation ${evaluationId} : elle est déjà décidée (« ${text(evaluation.decision)} »).`);
  const { decision, justification, lessons } = checkDecision(input);
  // Checked before any write: a broken template stops the decision with nothing half-done.
  const closing = decision === 'Clore' ? closingTemplate(ports) : null;
  const partnerId = text(evaluation.partnerId);
  const partner = store.table(PARTNERS).getOrThrow(partnerId).record;
  const owner = text(partner.owner) || text(evaluation.owner);
  const data = surveyData(store);
  const nps = latestSatisfaction(data, partnerId)?.nps ?? null;
  const theirs = partnerSide(data, text(evaluation.campaignId)).ratings;
  const reasons = followUpReasons(ourRatings(evaluation), theirs, nps);
  const today = store.today();
  const planned: PlannedCommitment[] = [
    ...(reasons.length ? [followUpCommitment(evaluationId, reasons, today)] : []),
    ...(decision === 'Clore' ? exitPlan(evaluationId, today) : []),
  ];
  const created: string[] = [];
  const conventionId = runningConvention(store, partnerId);
  if (conventionId) {
    for (const c of planned) created.push(...addCommitment(store, { conventionId, ...c, owner: c.party === 'Nous' ? owner : '' }).map((x) => x.id));
  } else if (reasons.length) {
    const f = followUpCommitment(evaluationId, reasons, today);
    store.table(PARTNERS).update(partnerId, { nextAction: f.label, nextDue: f.due }, 'suivi évaluation');
    created.push(`${partnerId} (prochaine action)`);
  }
  table.update(evaluationId, { status: 'Décidée', decision, justification, lessons, decidedBy: store.user, decidedOn: today }, 'décision');
  table.writeComputed('followUp', new Map([[table.getOrThrow(evaluationId).row, created.join(', ')]]));
  if (decision === 'Clore' && text(partner.stage) !== 'Clôture') movePartnerStage(store, partnerId, 'Clôture', `Évaluation ${evaluationId} : ${justification}`);
  if (closing) {
    const url = writeClosingReport(ports, settings, closing, {
      evaluationId,
      partnerId,
      decision,
      justification,
      lessons,
      ours: ourRatings(evaluation),
      theirs,
    });
    store.journal([
      { sheet: EVALUATIONS.sheetName, recordId: evaluationId, action: 'rapport de clôture', field: 'Rapport de clôture', before: '', after: url },
    ]);
    // A workbook not re-initialised since has no column for it: the link stays in the Journal.
    if (table.has('closingReportUrl')) table.writeComputed('closingReportUrl', new Map([[table.getOrThrow(evaluationId).row, url]]));
  }
  return getEvaluation(store, settings, role, evaluationId);
}
