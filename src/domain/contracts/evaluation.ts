/** What the sidebar's evaluation view needs of the joint evaluation's domain: its answer's shape and vocabulary. */
export type { EvaluationDetail } from '../evaluation/view';
export type { GridScore, Level } from '../evaluation/grid';
export { LEVELS } from '../evaluation/grid';
export { EVALUATION_DECISIONS } from '../evaluation/tables';
