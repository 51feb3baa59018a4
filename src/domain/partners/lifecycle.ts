/**
 * Partnership lifecycle (design §2): Identification → Catégorisation → Analyse → Approbation →
 * Formalisation → Collaboration → Évaluation → Renouvellement ou Clôture.
 *
 * Rules of a move (each refusal is a French sentence the sidebar shows as is):
 * - Forward by more than one stage only up to « Analyse »: identifying, categorising and starting
 *   the due diligence may happen in one go; from there on each stage is passed in turn.
 * - « Formalisation » and every later stage (Collaboration, Évaluation, Renouvellement) need the
 *   partner's latest due-diligence analysis decided « Approuvé ».
 * - « Clôture » (exit) is possible from any stage, approved or not (a partner refused at the
 *   analysis is closed too), but needs a note giving the reason.
 * - Going back is allowed (re-opening a closed partnership, a new analysis…), subject to the
 *   approval rule for the stages from Formalisation on.
 * - « Évaluation » is entered only with an evaluation in progress, and left only once it is decided.
 */
import { LIFECYCLE_STAGES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import type { DataRecord } from '../schema/field';
import type { StageChange } from '../contracts';
import { rawText } from '../records/coerce';

type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

const index = (stage: string): number => (LIFECYCLE_STAGES as readonly string[]).indexOf(stage);
const ANALYSE = index('Analyse');
const FORMALISATION = index('Formalisation');
const CLOSURE: LifecycleStage = 'Clôture';
const EVALUATION: LifecycleStage = 'Évaluation';

/** The partner's latest joint evaluation: none, in progress, or decided. */
export type EvaluationState = 'none' | 'open' | 'decided';

/** The stage as spelt in the vocabulary ("cloture" → "Clôture"), or null if unknown. */
export function canonicalStage(text: string): LifecycleStage | null {
  const t = foldText(text);
  return LIFECYCLE_STAGES.find((s) => foldText(s) === t) ?? null;
}

interface TransitionFacts {
  /** The partner's latest due-diligence analysis is « Approuvé ». */
  approved: boolean;
  /** Note given with the move ('' if none). */
  note: string;
  /** The partner's latest joint evaluation ('none' when not given). */
  evaluation?: EvaluationState;
}

/** Why the move is structurally refused, or null (the Clôture note is checked by checkTransition). */
function blockReason(current: string, target: LifecycleStage, approved: boolean, evaluation: EvaluationState = 'none'): string | null {
  if (target === current) return `Le partenaire est déjà à l'étape « ${target} ».`;
  if (target === CLOSURE) return evaluationBlock(current, target, evaluation);
  const from = index(current); // -1 when the stage is empty or unknown
  const to = index(target);
  if (to > from + 1 && to > ANALYSE) {
    const next = LIFECYCLE_STAGES[from + 1];
    return `On ne peut avancer de plusieurs étapes d'un coup qu'au début du cycle (jusqu'à « Analyse ») : passez d'abord à « ${next} ».`;
  }
  if (to >= FORMALISATION && !approved) {
    return `L'étape « ${target} » exige une analyse de due diligence approuvée (décision « Approuvé » dans l'analyse du partenaire).`;
  }
  return evaluationBlock(current, target, evaluation);
}

function evaluationBlock(current: string, target: LifecycleStage, evaluation: EvaluationState): string | null {
  if (target === EVALUATION && evaluation !== 'open')
    return "L'étape « Évaluation » exige une évaluation conjointe en cours : démarrez-la d'abord (grille d'évaluation du partenaire).";
  if (current === EVALUATION && evaluation === 'open')
    return "Pour quitter l'étape « Évaluation », prenez d'abord la décision de l'évaluation en cours (renforcer, maintenir, réorienter ou clore, avec sa justification).";
  return null;
}

/** Whether the evaluation state can change what a partner may do (else it need not be read): approved, from Collaboration on. */
export function evaluationMatters(current: string, approved: boolean): boolean {
  return approved && index(current) >= index('Collaboration');
}

/** Checks a move; returns the French reason it is refused, or null when it is allowed. */
export function checkTransition(current: string, targetText: string, facts: TransitionFacts): string | null {
  const target = canonicalStage(targetText);
  if (!target) return `Étape inconnue « ${targetText} » (attendu : une des valeurs : ${LIFECYCLE_STAGES.join(', ')}).`;
  const block = blockReason(current, target, facts.approved, facts.evaluation);
  if (block) return block;
  if (target === CLOSURE && facts.note.trim() === '') return 'Clôture : indiquez le motif de la clôture dans la note (obligatoire).';
  return null;
}

/** Stages the partner may move to now, and why the others are refused (the current stage is in neither). */
export function stageOptions(
  current: string,
  approved: boolean,
  evaluation: EvaluationState = 'none',
): { allowedStages: string[]; blockedStages: Record<string, string> } {
  const allowedStages: string[] = [];
  const blockedStages: Record<string, string> = {};
  for (const s of LIFECYCLE_STAGES) {
    if (s === current) continue;
    const why = blockReason(current, s, approved, evaluation);
    if (why) blockedStages[s] = why;
    else allowedStages.push(s);
  }
  return { allowedStages, blockedStages };
}

/** One lifecycle step; `note` is the note given with the move (e.g. the reason for a Clôture). */
export type StageStep = StageChange & { note?: string };

/**
 * Lifecycle history of a partner from Journal rows (oldest first): its creation (with the stage it
 * was created at) and every change of « Statut du cycle »; a 'note' entry is attached to the move
 * it follows.
 */
export function stageHistory(journal: readonly DataRecord[], sheetName: string, partnerId: string, fieldHeader: string, currentStage: string): StageStep[] {
  let created: DataRecord | null = null;
  const changes: { entry: DataRecord; note: string }[] = [];
  const header = foldText(fieldHeader);
  for (const j of journal) {
    if (rawText(j.sheet) !== sheetName || rawText(j.recordId) !== partnerId) continue;
    const action = rawText(j.action);
    if (action === 'création') created = created ?? j;
    else if (foldText(rawText(j.field)) !== header) continue;
    else if (action === 'note') {
      const last = changes[changes.length - 1];
      if (last) last.note = last.note ? `${last.note}\n${rawText(j.after)}` : rawText(j.after);
    } else changes.push({ entry: j, note: '' });
  }
  const out: StageStep[] = [];
  const initial = changes.length ? rawText(changes[0].entry.before) : currentStage;
  if (created && initial) out.push({ stage: initial, at: rawText(created.at), by: rawText(created.user) });
  for (const { entry, note } of changes) {
    if (!rawText(entry.after)) continue;
    out.push({ stage: rawText(entry.after), at: rawText(entry.at), by: rawText(entry.user), ...(note ? { note } : {}) });
  }
  return out;
}
