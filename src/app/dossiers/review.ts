/**
 * A dossier after it is generated: its consistency checks (its files read back once each), the
 * internal review (domain/dossiers/review.ts) with the same « Envois » notices as the conventions'
 * circuit, the submission to the funder and the funder's decision. The checks run before the
 * review and before the submission: a problem blocks the step with the list, a warning does not.
 * The submission and the decision move the opportunity through the pipeline's own move, so its
 * « Historique des étapes » and the KPIs (dossiers submitted, conversion) see them.
 */
import { DOSSIERS } from '../../domain/dossiers/tables';
import { checkDossier, findingsText, type DossierChecks } from '../../domain/dossiers/checks';
import { dossierDetail, type DossierDetail } from '../../domain/dossiers/view';
import {
  REVIEW_STEPS,
  reviewLogLine,
  reviewRefusal,
  stepAfter,
  stepNamed,
  type FunderDecision,
  type ReviewChoice,
  type ReviewStep,
  type SubmissionChannel,
} from '../../domain/dossiers/review';
import { OPPORTUNITIES } from '../../domain/schema/tables';
import { matchStage, stageIndex, type PipelineStage } from '../../domain/pipeline/stages';
import { isClosedStage } from '../../domain/pipeline/opportunity-card';
import { toXof } from '../../domain/format/xof';
import { formatDateFr } from '../../domain/format/french';
import { isLocalDate, type LocalDate } from '../../domain/format/local-date';
import { text } from '../../domain/records/coerce';
import type { DataRecord } from '../../domain/schema/field';
import type { Role, Settings } from '../../domain/settings/settings';
import { sendOnce, type SendResult } from '../mail/notices';
import { hasLinkedConvention, moveOpportunity } from '../pipeline';
import type { Ports } from '../ports';

/** The stage a submitted dossier puts its opportunity in (when it is not already further). */
const SUBMITTED_STAGE: PipelineStage = 'Note conceptuelle';

const dossierRow = (ports: Ports, id: string): DataRecord => ports.store.table(DOSSIERS).getOrThrow(id).record as DataRecord;

function runChecks(ports: Ports, settings: Settings, d: DataRecord, today: LocalDate): DossierChecks {
  const opp = ports.store.table(OPPORTUNITIES).get(text(d.opportunityId))?.record as DataRecord | undefined;
  const amount = opp && typeof opp.amount === 'number' ? opp.amount : null;
  return checkDossier(
    ports.dossierFiles.read({ note: text(d.conceptNoteUrl), logframe: text(d.logframeUrl), budget: text(d.budgetUrl), plan: text(d.planUrl) }),
    {
      requestedXof: toXof(amount, text(opp?.currency) || 'XOF', settings.rates, today),
      start: text(d.startDate),
      end: text(d.endDate),
      deadline: text(d.deadline),
      today,
      urls: { note: text(d.conceptNoteUrl), logframe: text(d.logframeUrl), budget: text(d.budgetUrl), plan: text(d.planUrl) },
    },
  );
}

/** The dossier's checks as its page shows them. */
export function checkDossierFiles(ports: Ports, settings: Settings, id: string): DossierChecks {
  return runChecks(ports, settings, dossierRow(ports, id), ports.store.today());
}

function blockOnProblems(what: string, checks: DossierChecks): void {
  if (checks.problems.length)
    throw new Error(`${what} impossible : ${checks.problems.length} problème(s) à corriger dans le dossier :\n${findingsText(checks.problems)}`);
}

function requireStatus(d: DataRecord, status: string, what: string): void {
  if (text(d.status) !== status) throw new Error(`${what} : le dossier « ${text(d.title)} » est « ${text(d.status)} » ; il doit être « ${status} ».`);
}

const holders = (settings: Settings, role: Role): string[] =>
  Object.entries(settings.roles)
    .filter(([, r]) => r === role)
    .map(([email]) => email)
    .sort();

function notify(ports: Ports, key: string, to: string[], subject: string, body: string): SendResult | null {
  if (!to.length) return null;
  return sendOnce(ports, key, { to, subject, body: `${body}\n\nClasseur Pacte : ${ports.mail.workbookUrl()}` });
}

function notifyStep(ports: Ports, settings: Settings, d: DataRecord, step: ReviewStep): string {
  const to = holders(settings, step.role);
  if (!to.length) return `Aucun titulaire du rôle ${step.role} dans Paramètres › Rôles : personne n’a été prévenu de l’étape « ${step.name} ».`;
  const sent = notify(
    ports,
    `dossier-revue:${text(d.id)}:${text(d.reviewRequestedAt)}:${step.name}`,
    to,
    `Pacte — dossier à revoir : ${text(d.title)}`,
    `Le dossier « ${text(d.title)} » (${text(d.partnerName)}) attend votre revue (étape « ${step.name} »).\nOuvrez-le dans Pacte › Pipeline › Monter le dossier pour l’approuver ou demander des modifications.`,
  );
  return sent?.notice ?? '';
}

function withNotice(detail: DossierDetail, notices: string[]): DossierDetail {
  const notice = notices.filter(Boolean).join(' ');
  return notice ? { ...detail, notice } : detail;
}

const appendLog = (d: DataRecord, line: string): string => [text(d.reviewLog), line].filter(Boolean).join('\n');

export function submitDossierForReview(ports: Ports, settings: Settings, role: Role, id: string): DossierDetail {
  const { store } = ports;
  const d = dossierRow(ports, id);
  requireStatus(d, 'En préparation', 'Revue interne');
  blockOnProblems('Revue interne', runChecks(ports, settings, d, store.today()));
  const first = REVIEW_STEPS[0];
  const stamp = store.stamp();
  const saved = store.table(DOSSIERS).update(
    id,
    {
      status: 'En revue interne',
      reviewStep: first.name,
      reviewRequestedBy: store.user,
      reviewRequestedAt: stamp,
      reviewLog: appendLog(d, reviewLogLine(stamp, 'revue interne demandée', store.user)),
    },
    'revue interne',
  ) as DataRecord;
  return withNotice(dossierDetail(saved, role), [notifyStep(ports, settings, saved, first)]);
}

export function decideDossierReview(
  ports: Ports,
  settings: Settings,
  role: Role,
  id: string,
  choice: ReviewChoice,
  comment: string | undefined,
): DossierDetail {
  const { store } = ports;
  const d = dossierRow(ports, id);
  const step = stepNamed(text(d.reviewStep));
  const refusal = reviewRefusal(text(d.status), step, role, choice, comment ?? '');
  if (refusal) throw new Error(refusal);
  const next = choice === 'approuver' ? stepAfter(step!) : null;
  const stamp = store.stamp();
  const what = `${step!.name} : ${choice === 'approuver' ? 'approuvé' : 'modifications demandées'}`;
  const saved = store.table(DOSSIERS).update(
    id,
    {
      status: choice === 'approuver' ? (next ? 'En revue interne' : 'Prêt à soumettre') : 'En préparation',
      reviewStep: next ? next.name : '',
      reviewLog: appendLog(d, reviewLogLine(stamp, what, store.user, comment ?? '')),
    },
    'revue interne',
  ) as DataRecord;
  if (next) return withNotice(dossierDetail(saved, role), [notifyStep(ports, settings, saved, next)]);
  const author = text(d.reviewRequestedBy);
  const outcome = choice === 'approuver' ? 'est prêt à soumettre' : 'doit être modifié';
  const sent = author
    ? notify(
        ports,
        `dossier-revue:${id}:${text(d.reviewRequestedAt)}:fin`,
        [author],
        `Pacte — dossier ${choice === 'approuver' ? 'prêt à soumettre' : 'à modifier'} : ${text(d.title)}`,
        `Le dossier « ${text(d.title)} » ${outcome} (${what}${comment?.trim() ? ` — « ${comment.trim()} »` : ''}, par ${store.user}).`,
      )
    : null;
  return withNotice(dossierDetail(saved, role), [sent?.notice ?? '']);
}

/** Moves the opportunity forward to `to`, never back; a closed one stays where it is. */
function moveForward(ports: Ports, role: Role, settings: Settings, d: DataRecord, to: PipelineStage, reason = ''): void {
  const oppId = text(d.opportunityId);
  const opp = ports.store.table(OPPORTUNITIES).get(oppId);
  const from = opp ? matchStage(text(opp.record.stage)) : null;
  if (!opp || (from && (stageIndex(from) >= stageIndex(to) || isClosedStage(from)))) return;
  moveOpportunity(ports.store, role, settings, oppId, to, reason);
}

export interface SubmissionRecord {
  date: string;
  channel: SubmissionChannel;
  reference?: string;
}

export function recordDossierSubmission(ports: Ports, settings: Settings, role: Role, id: string, s: SubmissionRecord): DossierDetail {
  const { store } = ports;
  const d = dossierRow(ports, id);
  requireStatus(d, 'Prêt à soumettre', 'Soumission');
  if (!isLocalDate(s.date) || s.date > store.today())
    throw new Error(`Soumission : la date de soumission « ${s.date} » doit être une date passée ou aujourd’hui (ex. ${store.today()}).`);
  // A submission recorded afterwards is checked against the deadline as of the day it was made.
  blockOnProblems('Soumission', runChecks(ports, settings, d, s.date));
  const saved = store
    .table(DOSSIERS)
    .update(id, { status: 'Soumis', submittedOn: s.date, channel: s.channel, reference: s.reference?.trim() ?? '' }, 'soumission') as DataRecord;
  moveForward(ports, role, settings, saved, SUBMITTED_STAGE);
  return dossierDetail(saved, role);
}

export interface FunderDecisionRecord {
  decision: FunderDecision;
  date: string;
  reason?: string;
}

/**
 * The funder's answer. Refused: the opportunity is « Refusée » with the reason. Accepted: « Signée »
 * when a convention is linked to it, else « Signature » (the pipeline lets no opportunity be signed
 * without its convention).
 */
export function recordFunderDecision(ports: Ports, settings: Settings, role: Role, id: string, r: FunderDecisionRecord): DossierDetail {
  const { store } = ports;
  const d = dossierRow(ports, id);
  requireStatus(d, 'Soumis', 'Décision du bailleur');
  const reason = r.reason?.trim() ?? '';
  if (r.decision === 'refusé' && !reason) throw new Error('Décision du bailleur : indiquez le motif du refus.');
  if (!isLocalDate(r.date) || r.date > store.today() || r.date < text(d.submittedOn))
    throw new Error(`Décision du bailleur : la date « ${r.date} » doit être entre la soumission (${formatDateFr(text(d.submittedOn))}) et aujourd’hui.`);
  const saved = store
    .table(DOSSIERS)
    .update(
      id,
      { status: r.decision === 'accepté' ? 'Accepté' : 'Refusé', decidedOn: r.date, decisionReason: r.decision === 'refusé' ? reason : '' },
      'décision du bailleur',
    ) as DataRecord;
  if (r.decision === 'refusé') moveForward(ports, role, settings, saved, 'Refusée', reason);
  else {
    const signed = hasLinkedConvention(ports.store, text(d.opportunityId));
    moveForward(ports, role, settings, saved, signed ? 'Signée' : 'Signature');
  }
  return dossierDetail(saved, role);
}
