/**
 * Pipeline rules (design §2): Cible → Contact → Note conceptuelle → Négociation → Signature,
 * then the terminal stages Signée, Abandonnée, Refusée. Pure: the caller says whether a
 * convention is linked and who is asking.
 */
import { PIPELINE_STAGES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import { isClosedStage } from './opportunity-card';
import { ArgumentError } from '../contracts/args';

export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Probability (%) given to an opportunity whose probability is left empty. */
export const DEFAULT_PROBABILITY: Readonly<Record<PipelineStage, number>> = {
  Cible: 10,
  Contact: 20,
  'Note conceptuelle': 40,
  Négociation: 60,
  Signature: 80,
  Signée: 100,
  Abandonnée: 0,
  Refusée: 0,
};

/** Stages that need a reason (« Motif (abandon/refus) »). */
export const STAGES_NEEDING_REASON: readonly string[] = ['Abandonnée', 'Refusée'];

/** "negociation", " Négociation " → "Négociation"; null for anything else. */
export function matchStage(value: unknown): PipelineStage | null {
  if (typeof value !== 'string') return null;
  const t = foldText(value);
  return PIPELINE_STAGES.find((s) => foldText(s) === t) ?? null;
}

/** The stage as sent or stored, or a French refusal listing the stages. */
export function stageArgument(value: unknown): PipelineStage {
  const stage = matchStage(value);
  if (!stage) {
    throw new ArgumentError(
      `Opportunités, colonne « Étape » : « ${typeof value === 'string' ? value : String(value)} » n'est pas une étape du pipeline (étapes possibles : ${PIPELINE_STAGES.join(', ')}).`,
    );
  }
  return stage;
}

export function defaultProbability(stage: string): number | null {
  const s = matchStage(stage);
  return s ? DEFAULT_PROBABILITY[s] : null;
}

/** Position in the pipeline (0 = Cible); -1 for an unknown stage. */
export function stageIndex(stage: string): number {
  const s = matchStage(stage);
  return s ? PIPELINE_STAGES.indexOf(s) : -1;
}

interface StageChangeContext {
  /** A convention in Conventions names this opportunity in « ID opportunité ». */
  hasConvention: boolean;
  /** The reason given with the move (trimmed), '' when none. */
  reason: string;
  isAdmin: boolean;
}

type StageChangeKind = 'création' | 'avancement' | 'retour' | 'réouverture' | 'clôture';

/**
 * Checks a move from `from` (null for a new opportunity) to `to`. Returns the Journal action
 * describing it, or throws a French error saying what to do first.
 */
export function checkStageChange(from: string | null, to: PipelineStage, c: StageChangeContext): StageChangeKind {
  const fromStage = from === null ? null : matchStage(from);
  if (fromStage !== null && isClosedStage(fromStage) && fromStage !== to && !c.isAdmin) {
    throw new Error(
      `Opportunités, colonne « Étape » : l'opportunité est « ${fromStage} » ; seul un administrateur peut la rouvrir ou la déplacer vers « ${to} ».`,
    );
  }
  if (to === 'Signée' && !c.hasConvention) {
    throw new Error(
      from === null
        ? "Opportunités, colonne « Étape » : une opportunité ne peut pas être créée à l'étape « Signée ». Créez-la, créez ou liez sa convention (feuille Conventions, colonne « ID opportunité »), puis passez-la à « Signée »."
        : "Opportunités, colonne « Étape » : impossible de passer à « Signée » sans convention. Créez d'abord la convention ou liez-la à cette opportunité (feuille Conventions, colonne « ID opportunité »).",
    );
  }
  if (STAGES_NEEDING_REASON.includes(to) && c.reason === '') {
    throw new Error(`Opportunités, colonne « Motif (abandon/refus) » : indiquez le motif pour passer l'opportunité à « ${to} ».`);
  }
  if (fromStage === null) return 'création';
  if (isClosedStage(fromStage) && fromStage !== to) return 'réouverture';
  if (isClosedStage(to)) return 'clôture';
  return stageIndex(to) < stageIndex(fromStage) ? 'retour' : 'avancement';
}

/** Journal « Action » for each kind of stage change. */
export const STAGE_ACTIONS: Readonly<Record<StageChangeKind, string>> = {
  création: 'création',
  avancement: "changement d'étape",
  retour: 'retour à une étape antérieure',
  réouverture: 'réouverture',
  clôture: "changement d'étape",
};

/**
 * The probability after a stage change: terminal stages take their own (100 or 0); otherwise a
 * probability that was empty or still the old stage's default follows the new stage's default,
 * and one the user chose is kept.
 */
export function probabilityAfterMove(from: string, to: PipelineStage, current: number | null): number | null {
  if (isClosedStage(to)) return DEFAULT_PROBABILITY[to];
  const oldDefault = defaultProbability(from);
  if (current === null || current === oldDefault || isClosedStage(from)) return DEFAULT_PROBABILITY[to];
  return current;
}

/**
 * What a convention's signature does to its opportunity: « Signée » at 100 %, whatever stage it
 * was at (a signature is a fact, even on an opportunity closed by mistake); null when it already is.
 */
export function stageAfterSignature(from: string): { stage: PipelineStage; probability: number } | null {
  if (matchStage(from) === 'Signée') return null;
  return { stage: 'Signée', probability: DEFAULT_PROBABILITY.Signée };
}
