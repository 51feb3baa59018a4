/**
 * A partner's lifecycle history kept on its own row (« Historique du cycle », JSON), so its page
 * never reads the Journal, whose length grows with every change of every record.
 */
import type { DataRecord } from '../schema/field';
import { rawText } from '../records/coerce';
import { stageHistory, type StageStep } from './lifecycle';

/** The steps in a cell; a cell emptied or mangled by hand reads as no history (never an error). */
export function parseStageLog(cell: unknown): StageStep[] {
  try {
    const steps: unknown = JSON.parse(rawText(cell) || '[]');
    return Array.isArray(steps) ? steps.filter(isStep) : [];
  } catch {
    return [];
  }
}

function isStep(s: unknown): s is StageStep {
  const o = s as Record<string, unknown> | null;
  return typeof o?.stage === 'string' && typeof o.at === 'string' && typeof o.by === 'string';
}

/** The cell once `step` is added. */
export function stageLogWith(cell: unknown, step: StageStep): string {
  const steps = parseStageLog(cell);
  return JSON.stringify([...steps, step]);
}

/** The note of the last move, added after it (the note follows its move in the Journal too). */
export function stageLogWithNote(cell: unknown, note: string): string {
  const steps = parseStageLog(cell);
  const last = steps[steps.length - 1];
  if (last) last.note = last.note ? `${last.note}\n${note}` : note;
  return JSON.stringify(steps);
}

/** Every partner's history rebuilt from the Journal in one pass (a workbook made before the column). */
export function stageLogsFromJournal(
  journal: readonly DataRecord[],
  sheetName: string,
  stageHeader: string,
  partners: readonly { id: string; stage: string }[],
): Map<string, string> {
  const byPartner = new Map<string, DataRecord[]>();
  for (const j of journal) {
    if (rawText(j.sheet) !== sheetName) continue;
    const id = rawText(j.recordId);
    const list = byPartner.get(id);
    if (list) list.push(j);
    else byPartner.set(id, [j]);
  }
  return new Map(partners.map((p) => [p.id, JSON.stringify(stageHistory(byPartner.get(p.id) ?? [], sheetName, p.id, stageHeader, p.stage))]));
}
