/**
 * A dossier's internal review, in two steps: the programme direction (held by the « DG » role:
 * Paramètres › Rôles has no programme role) then the DAF. Each step's holder approves, or asks for
 * changes with a comment (the dossier goes back to « En préparation »); an admin may decide for
 * either. After the DAF's approval the dossier is « Prêt à soumettre ». Conventions' approval
 * circuit is not reused: its steps, versions and thresholds are the convention's own.
 */
import type { Role } from '../settings/settings';

export const SUBMISSION_CHANNELS = ['e-mail', 'portail', 'dépôt physique'] as const;
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];
export const FUNDER_DECISIONS = ['accepté', 'refusé'] as const;
export type FunderDecision = (typeof FUNDER_DECISIONS)[number];
export const REVIEW_CHOICES = ['approuver', 'demander des modifications'] as const;
export type ReviewChoice = (typeof REVIEW_CHOICES)[number];

export interface ReviewStep {
  name: 'Direction de programme' | 'DAF';
  role: Role;
}
export const REVIEW_STEPS: readonly ReviewStep[] = [
  { name: 'Direction de programme', role: 'DG' },
  { name: 'DAF', role: 'DAF' },
];
export const REVIEW_STEP_NAMES = REVIEW_STEPS.map((s) => s.name);

export const stepNamed = (name: string): ReviewStep | null => REVIEW_STEPS.find((s) => s.name === name) ?? null;
export const stepAfter = (step: ReviewStep): ReviewStep | null => REVIEW_STEPS[REVIEW_STEPS.indexOf(step) + 1] ?? null;

/** Whether a role decides the awaited step. */
export const mayDecide = (step: ReviewStep | null, role: Role): boolean => step !== null && (role === step.role || role === 'admin');

/** Why this decision is refused (French), or null. */
export function reviewRefusal(status: string, step: ReviewStep | null, role: Role, choice: ReviewChoice, comment: string): string | null {
  if (status !== 'En revue interne' || !step) return `Revue du dossier : le dossier est « ${status} », il n’attend aucune décision de revue interne.`;
  if (!mayDecide(step, role)) return `Revue du dossier : l’étape « ${step.name} » est décidée par le rôle ${step.role} (ou un admin) ; votre rôle est ${role}.`;
  if (choice === 'demander des modifications' && !comment.trim()) return 'Revue du dossier : indiquez dans le commentaire les modifications demandées.';
  return null;
}

/** One line of the dossier's « Historique de la revue ». */
export const reviewLogLine = (stamp: string, what: string, by: string, comment = ''): string =>
  `${stamp} · ${what} · ${by}${comment.trim() ? ` · ${comment.trim().replace(/\s+/g, ' ')}` : ''}`;
