/** Sheet dates are read and written as calendar days in the spreadsheet's time zone. */
import { fromLocal, toLocalDate, toLocalDateTime } from '../../src/domain/format/time-zone';

describe('time zone conversion', () => {
  it('reads the calendar day of an instant in the spreadsheet zone, not the machine zone', () => {
    const lateEvening = new Date('2026-03-12T23:30:00Z');
    expect(toLocalDate(lateEvening, 'Africa/Bamako')).toBe('2026-03-12');
    expect(toLocalDate(lateEvening, 'Africa/Niamey')).toBe('2026-03-13');
  });

  it('writes a day as its midnight in the zone, and round-trips', () => {
    expect(fromLocal('2026-03-12', 'Africa/Niamey').toISOString()).toBe('2026-03-11T23:00:00.000Z');
    expect(toLocalDate(fromLocal('2026-03-12', 'Africa/Niamey'), 'Africa/Niamey')).toBe('2026-03-12');
  });

  it('handles daylight-saving zones on the day the clocks change', () => {
    const d = fromLocal('2026-03-29T12:00', 'Europe/Paris');
    expect(d.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(toLocalDateTime(d, 'Europe/Paris')).toBe('2026-03-29T12:00:00');
  });
});
