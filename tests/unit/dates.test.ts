import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, weekdayIndex, weekdayName } from '../../src/engine';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-04')).toBe(19786);
  });

  it('rejects text that is not YYYY-MM-DD', () => {
    expect(() => dayNumber('03/04/2024')).toThrow(
      'Invalid date "03/04/2024": expected YYYY-MM-DD.',
    );
  });

  it('rejects a day that does not exist', () => {
    expect(() => dayNumber('2023-02-29')).toThrow(
      'Invalid date "2023-02-29": that day does not exist.',
    );
  });
});

describe('isoDate', () => {
  it('round-trips with dayNumber', () => {
    for (const date of ['1969-12-31', '2000-02-29', '2024-03-10', '2026-11-02']) {
      expect(isoDate(dayNumber(date))).toBe(date);
    }
  });
});

describe('weekday', () => {
  it('starts the week on Monday', () => {
    expect(weekdayName(dayNumber('2024-03-04'))).toBe('Monday');
    expect(weekdayIndex(dayNumber('2024-03-04'))).toBe(0);
    expect(weekdayName(dayNumber('2024-03-10'))).toBe('Sunday');
    expect(weekdayIndex(dayNumber('2024-03-10'))).toBe(6);
  });

  it('works before 1970', () => {
    // 1969-12-29 was a Monday.
    expect(weekdayName(dayNumber('1969-12-29'))).toBe('Monday');
  });

  it('reads a date-only string as its calendar day, not local time', () => {
    // In Los Angeles, new Date('2024-03-04') is Sunday evening local time.
    expect(weekdayName(dayNumber('2024-03-04'))).toBe('Monday');
  });
});
