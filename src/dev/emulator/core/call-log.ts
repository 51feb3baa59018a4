import { FaultPlan } from './faults';

/** Counts service calls per `Class.method`, as Apps Script's execution transcript would show them. */
export class CallLog {
  /** Injected failures of counted calls (tests): see faults.ts. */
  readonly faults = new FaultPlan();
  private readonly counts = new Map<string, number>();
  /** Depth of emulator frames on the stack: only calls made by user code (depth 0) are counted. */
  depth = 0;
  /** Checked before each counted call (e.g. authorization in AuthMode.NONE); throws to refuse it. */
  guard: ((name: string) => void) | null = null;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Number of calls whose `Class.method` name starts with one of the prefixes (all calls when none). */
  total(...prefixes: string[]): number {
    let n = 0;
    for (const [name, count] of this.counts) {
      if (prefixes.length === 0 || prefixes.some((p) => name.startsWith(p))) n += count;
    }
    return n;
  }

  /** Calls to the Sheets service (Spreadsheet, Sheet, Range and their helpers). */
  sheetsCalls(): number {
    return this.total(
      'SpreadsheetApp.',
      'Spreadsheet.',
      'Sheet.',
      'Range.',
      'RangeList.',
      'DataValidation',
      'ConditionalFormat',
      'Protection.',
      'EmbeddedChart',
    );
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
