/**
 * The gap plan: every question answered Non or Partiellement becomes an action (the question's
 * own), with a priority and a due date counted from the assessment's end — critical « Non » first
 * (30 days), then critical « Partiellement » and other « Non » (90 days), then the rest (180
 * days); within a priority, in the grid's order.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { QUESTIONS } from './grid';
import type { Answers } from './score';

export const GAP_PRIORITIES = ['Critique', 'Haute', 'Normale'] as const;
export type GapPriority = (typeof GAP_PRIORITIES)[number];

export const GAP_DAYS: Readonly<Record<GapPriority, number>> = { Critique: 30, Haute: 90, Normale: 180 };

export interface PlannedAction {
  questionCode: string;
  area: string;
  action: string;
  priority: GapPriority;
  due: LocalDate;
  owner: string;
}

export function gapPlan(answers: Answers, from: LocalDate, owner: string): PlannedAction[] {
  const planned: PlannedAction[] = [];
  for (const question of QUESTIONS) {
    const answer = answers[question.code];
    if (answer !== 'Non' && answer !== 'Partiellement') continue;
    const priority: GapPriority = question.critical ? (answer === 'Non' ? 'Critique' : 'Haute') : answer === 'Non' ? 'Haute' : 'Normale';
    planned.push({ questionCode: question.code, area: question.area, action: question.action, priority, due: addDays(from, GAP_DAYS[priority]), owner });
  }
  // A stable sort: the grid's order is kept within a priority.
  return planned.sort((a, b) => GAP_PRIORITIES.indexOf(a.priority) - GAP_PRIORITIES.indexOf(b.priority));
}
