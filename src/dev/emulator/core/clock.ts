/** A test clock: time moves only when a test (or a simulated wait) moves it. */
export class TestClock {
  constructor(private ms: number = Date.UTC(2026, 2, 12, 9, 0, 0)) {}

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  set(at: Date | number): void {
    this.ms = typeof at === 'number' ? at : at.getTime();
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('TestClock cannot go back in time');
    this.ms += ms;
  }
}
