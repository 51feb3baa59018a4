/**
 * The decision that closes an evaluation, and what it sets off: a follow-up for a red dimension
 * (either side's) or a detractor's NPS, and for « Clore » the exit plan's final commitments.
 */
import { foldText } from '../records/normalise';
import { addDays, type LocalDate } from '../format/local-date';
import { DIMENSIONS, type Ratings } from './grid';
import { EVALUATION_DECISIONS, type EvaluationDecision } from './tables';

/** An NPS of 0–6 is a detractor's. */
export const DETRACTOR_MAX = 6;
/** Days given to the follow-up and to the exit plan's commitments. */
export const FOLLOW_UP_DAYS = 30;

export function checkDecision(input: { decision: string; justification: string; lessons?: string }): {
  decision: EvaluationDecision;
  justification: string;
  lessons: string;
} {
  const decision = EVALUATION_DECISIONS.find((d) => foldText(d) === foldText(input.decision));
  if (!decision)
    throw new Error(
      `Évaluation, champ « Décision » : « ${input.decision} » n’est pas valide (attendu : une des valeurs : ${EVALUATION_DECISIONS.join(', ')}).`,
    );
  const justification = input.justification.trim();
  if (!justification) throw new Error('Évaluation, champ « Justification » : indiquez ce qui motive la décision (obligatoire).');
  const lessons = (input.lessons ?? '').trim();
  if (decision === 'Clore' && !lessons)
    throw new Error('Évaluation, champ « Leçons apprises » : la clôture du partenariat les demande (obligatoire pour « Clore »).');
  return { decision, justification, lessons };
}

/** Why a follow-up action is needed (French, one line each); empty when none is. */
export function followUpReasons(ours: Ratings, partner: Ratings, nps: number | null): string[] {
  const reasons: string[] = [];
  for (const d of DIMENSIONS) {
    const sides = [ours[d.key] === 'Rouge' ? 'nous' : '', partner[d.key] === 'Rouge' ? 'partenaire' : ''].filter(Boolean);
    if (sides.length) reasons.push(`${d.label} en rouge (${sides.join(' et ')})`);
  }
  if (nps !== null && nps <= DETRACTOR_MAX) reasons.push(`NPS de ${nps} (détracteur)`);
  return reasons;
}

export interface PlannedCommitment {
  kind: string;
  label: string;
  party: 'Nous' | 'Partenaire';
  due: LocalDate;
}

export function followUpCommitment(evaluationId: string, reasons: readonly string[], today: LocalDate): PlannedCommitment {
  return { kind: 'Autre', label: `Suivi de l’évaluation ${evaluationId} : ${reasons.join(' ; ')}`, party: 'Nous', due: addDays(today, FOLLOW_UP_DAYS) };
}

/** The exit plan's final commitments, both parties'. */
export function exitPlan(evaluationId: string, today: LocalDate): PlannedCommitment[] {
  const due = addDays(today, FOLLOW_UP_DAYS);
  return [
    { kind: 'Rapport narratif', label: `Rapport final de clôture (évaluation ${evaluationId})`, party: 'Partenaire', due },
    { kind: 'Rapport financier', label: `Rapport financier final et solde (évaluation ${evaluationId})`, party: 'Partenaire', due },
    { kind: 'Autre', label: `Rapport de clôture et archivage des documents (évaluation ${evaluationId})`, party: 'Nous', due },
  ];
}
