/**
 * The readiness self-assessment: an assessment started (ours, or a sub-partner's), its answers
 * saved in one block per save, finished once into scores and a gap plan whose actions are then
 * followed (Ma semaine, the digests), and the checklist of institutional documents.
 */
import { PARTNERS } from '../domain/schema/tables';
import { AREAS, parseAnswer, questionOf, type Answer } from '../domain/readiness/grid';
import { scoreReadiness, type Answers } from '../domain/readiness/score';
import { gapPlan } from '../domain/readiness/gap-plan';
import { documentStatus, STANDARD_DOCUMENTS } from '../domain/readiness/documents';
import { ASSESSMENT_ANSWERS, ASSESSMENTS, GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS, OWN_SUBJECT, areaScoreKey } from '../domain/readiness/tables';
import type { AssessmentDetail, AssessmentSummary, DocumentLine, GapLine, ReadinessOverview } from '../domain/readiness/view';
import { foldText } from '../domain/records/normalise';
import { text } from '../domain/records/coerce';
import type { CellData, DataRecord, Row, TableSpec } from '../domain/schema/field';
import type { Settings } from '../domain/settings/settings';
import type { Store, Table } from '../store/store';
import type { Ports } from './ports';

/** A readiness sheet, refused in French on a workbook made before it (Initialiser creates it). */
function sheet<S extends TableSpec>(store: Store, spec: S): Table<S> {
  const t = store.tableOrNull(spec);
  if (!t)
    throw new Error(
      `La feuille « ${spec.sheetName} » n’existe pas encore : un administrateur doit lancer Pacte › Initialiser, puis recommencez (rien n’a été enregistré).`,
    );
  return t;
}

const rowsOf = (store: Store, spec: TableSpec): DataRecord[] => (store.tableOrNull(spec)?.all() ?? []).map((s) => s.record as DataRecord);

function subjectOf(store: Store, partnerId: string): string {
  return partnerId ? text(store.table(PARTNERS).getOrThrow(partnerId).record.name) : OWN_SUBJECT;
}

/** The last answer of each question (each save appends; the latest row wins). */
function answersOf(store: Store, assessmentId: string): Record<string, { answer: Answer; evidence: string }> {
  const out: Record<string, { answer: Answer; evidence: string }> = {};
  for (const r of rowsOf(store, ASSESSMENT_ANSWERS)) {
    const answer = parseAnswer(r.answer);
    if (text(r.assessmentId) === assessmentId && answer) out[text(r.questionCode)] = { answer, evidence: text(r.evidence) };
  }
  return out;
}

const plainAnswers = (a: Record<string, { answer: Answer }>): Answers => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.answer]));

function gapLines(store: Store, assessmentId: string): GapLine[] {
  const label = new Map(AREAS.map((a) => [a.key, a.label]));
  return rowsOf(store, GAP_ACTIONS)
    .filter((r) => text(r.assessmentId) === assessmentId)
    .map((r) => ({
      id: text(r.id),
      questionCode: text(r.questionCode),
      areaLabel: label.get(text(r.area)) ?? text(r.area),
      action: text(r.action),
      priority: r.priority as GapLine['priority'],
      owner: text(r.owner),
      due: text(r.due),
      status: text(r.status),
    }));
}

function detail(store: Store, settings: Settings, r: DataRecord): AssessmentDetail {
  const id = text(r.id);
  const answers = answersOf(store, id);
  return {
    id,
    date: text(r.date),
    partnerId: text(r.partnerId),
    subject: text(r.subject) || subjectOf(store, text(r.partnerId)),
    status: text(r.status),
    owner: text(r.owner),
    answers,
    score: scoreReadiness(plainAnswers(answers), settings.readinessWeights),
    plan: gapLines(store, id),
  };
}

function documentLines(store: Store): DocumentLine[] {
  const today = store.today();
  const rows = rowsOf(store, INSTITUTIONAL_DOCUMENTS);
  const line = (r: DataRecord | undefined, document: string): DocumentLine => {
    const doc = { fileUrl: text(r?.fileUrl), expiresOn: text(r?.expiresOn) };
    return { id: text(r?.id), document, ...doc, issuedOn: text(r?.issuedOn), status: documentStatus(doc, today) };
  };
  const standard = STANDARD_DOCUMENTS.map((name) => line(findDocument(rows, name), name));
  const others = rows.filter((r) => !STANDARD_DOCUMENTS.some((name) => foldText(name) === foldText(text(r.document))));
  return [...standard, ...others.map((r) => line(r, text(r.document)))];
}

const findDocument = (rows: readonly DataRecord[], name: string) => rows.find((r) => foldText(text(r.document)) === foldText(name));

/** The subject's assessment in progress (else its last one), its history, the grid, and our documents. */
export function getReadiness(store: Store, settings: Settings, partnerId = ''): ReadinessOverview {
  const mine = rowsOf(store, ASSESSMENTS)
    .filter((r) => text(r.partnerId) === partnerId)
    .sort((a, b) => text(a.date).localeCompare(text(b.date)) || text(a.id).localeCompare(text(b.id)));
  const current = mine.find((r) => text(r.status) !== 'Terminée') ?? mine[mine.length - 1];
  const history: AssessmentSummary[] = mine.map((r) => ({
    id: text(r.id),
    date: text(r.date),
    status: text(r.status),
    overall: typeof r.overall === 'number' ? r.overall : null,
    risk: (text(r.risk) || null) as AssessmentSummary['risk'],
  }));
  return {
    today: store.today(),
    partnerId,
    subject: subjectOf(store, partnerId),
    areas: AREAS.map((a) => ({
      key: a.key,
      label: a.label,
      weight: settings.readinessWeights?.[a.key] ?? a.weight,
      questions: a.questions.map((q) => ({ code: q.code, text: q.text, critical: q.critical })),
    })),
    assessment: current ? detail(store, settings, current) : null,
    history,
    documents: partnerId ? [] : documentLines(store),
  };
}

/** The subject's assessment in progress, or a new one (today, the caller as owner). */
export function startAssessment(ports: Ports, settings: Settings, partnerId = ''): ReadinessOverview {
  const { store } = ports;
  const table = sheet(store, ASSESSMENTS);
  const open = table.all().find((s) => text(s.record.partnerId) === partnerId && text(s.record.status) !== 'Terminée');
  if (!open) table.insert([{ date: store.today(), partnerId, subject: subjectOf(store, partnerId), status: 'En cours', owner: store.user }]);
  return getReadiness(store, settings, partnerId);
}

function openAssessment(store: Store, id: string): DataRecord {
  const r = sheet(store, ASSESSMENTS).getOrThrow(id).record as DataRecord;
  if (text(r.status) === 'Terminée') throw new Error(`Auto-évaluation ${id} : elle est terminée ; démarrez-en une nouvelle pour répondre à nouveau.`);
  return r;
}

/**
 * Answers (code → answer and evidence), checked all before anything is written: a wrong one is a
 * French refusal naming the question, and nothing is written. Only the answers that changed are
 * appended, in one block.
 */
export function saveAssessmentAnswers(
  ports: Ports,
  settings: Settings,
  assessmentId: string,
  given: Readonly<Record<string, { answer: string; evidence?: string }>>,
): ReadinessOverview {
  const { store } = ports;
  const assessment = openAssessment(store, assessmentId);
  const before = answersOf(store, assessmentId);
  const problems: string[] = [];
  const rows: Record<string, string>[] = [];
  for (const [code, value] of Object.entries(given)) {
    const question = questionOf(code);
    if (!question) {
      problems.push(`Auto-évaluation : question inconnue « ${code.slice(0, 40)} ».`);
      continue;
    }
    if (!value.answer.trim()) continue;
    const answer = parseAnswer(value.answer);
    const evidence = (value.evidence ?? '').trim();
    if (!answer) problems.push(`Question ${code} : « ${value.answer.slice(0, 40)} » n’est pas une réponse (attendu : Oui, Partiellement, Non ou Sans objet).`);
    else if (before[code]?.answer !== answer || before[code]?.evidence !== evidence)
      rows.push({ assessmentId, questionCode: code, questionText: question.text, answer, evidence });
  }
  if (problems.length) throw new Error(problems.join('\n'));
  if (rows.length) sheet(store, ASSESSMENT_ANSWERS).insert(rows);
  return getReadiness(store, settings, text(assessment.partnerId));
}

/** Scores written on the assessment's row and the gap plan's actions inserted, once; refused when nothing is answered. */
export function finishAssessment(ports: Ports, settings: Settings, assessmentId: string): ReadinessOverview {
  const { store } = ports;
  const assessment = openAssessment(store, assessmentId);
  const answers = plainAnswers(answersOf(store, assessmentId));
  if (!Object.keys(answers).length)
    throw new Error(`Auto-évaluation ${assessmentId} : aucune question n’a de réponse ; répondez au moins à un domaine avant de la terminer.`);
  const score = scoreReadiness(answers, settings.readinessWeights);
  const today = store.today();
  const owner = text(assessment.owner) || store.user;
  const subject = text(assessment.subject) || subjectOf(store, text(assessment.partnerId));
  const plan = gapPlan(answers, today, owner);
  const actions = sheet(store, GAP_ACTIONS);
  const patch: Record<string, CellData> = { status: 'Terminée', finishedOn: today };
  if (score.overall !== null) patch.overall = score.overall;
  if (score.risk) patch.risk = score.risk;
  for (const area of score.areas) if (area.score !== null) patch[areaScoreKey(area.key)] = area.score;
  // The area scores' keys are built from the grid, so the patch is typed by hand.
  sheet(store, ASSESSMENTS).update(assessmentId, patch as Partial<Row<typeof ASSESSMENTS>>, 'terminer');
  if (plan.length)
    actions.insert(
      plan.map((p) => ({
        assessmentId,
        subject,
        questionCode: p.questionCode,
        area: p.area,
        action: p.action,
        priority: p.priority,
        owner: p.owner,
        due: p.due,
        status: 'À faire',
      })),
    );
  return getReadiness(store, settings, text(assessment.partnerId));
}

/** A gap plan's action done (the day given), as a commitment is marked met. */
export function markGapActionDone(ports: Ports, settings: Settings, actionId: string, doneOn: string): ReadinessOverview {
  const { store } = ports;
  const table = sheet(store, GAP_ACTIONS);
  const action = table.getOrThrow(actionId).record;
  table.update(actionId, { status: 'Réalisée', doneOn }, 'réalisée');
  const assessment = store.table(ASSESSMENTS).get(text(action.assessmentId))?.record;
  return getReadiness(store, settings, text(assessment?.partnerId));
}

/**
 * A document's file and dates (its row made when the checklist's document has none yet); every
 * row's status is written again from today's date, so the sheet says what the sidebar says.
 */
export function saveInstitutionalDocument(
  ports: Ports,
  settings: Settings,
  input: { document: string; fileUrl?: string; issuedOn?: string; expiresOn?: string },
): ReadinessOverview {
  const { store } = ports;
  const table = sheet(store, INSTITUTIONAL_DOCUMENTS);
  const today = store.today();
  const name = input.document.trim();
  if (!name) throw new Error('Documents institutionnels, colonne « Document » : indiquez le nom du document.');
  const fields = { fileUrl: input.fileUrl ?? '', issuedOn: input.issuedOn ?? '', expiresOn: input.expiresOn ?? '' };
  if (fields.issuedOn && fields.expiresOn && fields.expiresOn < fields.issuedOn)
    throw new Error(`Documents institutionnels, « ${name} », colonne « Date d’expiration » : elle précède la date d’émission ; corrigez l’une des deux.`);
  const status = documentStatus(fields, today);
  const existing = table.all().find((s) => foldText(text(s.record.document)) === foldText(name));
  if (existing) table.update(text(existing.record.id), { ...fields }, 'document');
  else table.insert([{ document: name, ...fields, status }]);
  const stale = new Map<number, string>();
  for (const s of table.all()) {
    const now = documentStatus({ fileUrl: text(s.record.fileUrl), expiresOn: text(s.record.expiresOn) }, today);
    if (text(s.record.status) !== now) stale.set(s.row, now);
  }
  if (stale.size) table.writeComputed('status', stale);
  return getReadiness(store, settings, '');
}
