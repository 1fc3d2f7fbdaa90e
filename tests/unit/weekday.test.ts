import { afterEach, describe, expect, it } from 'vitest';
import { peakWeekday, weekdayConcentration, weekdayVolume } from '../../src/engine';
import { dataset, row, smallWeek } from './fixtures';

// smallWeek by weekday: Monday 4, Tuesday 3, Wednesday 2, Friday 1, 10 in all.

/**
 * Builds interactions at 2024-03-04T02:00Z, 2024-03-05T23:30Z, 2024-03-06T12:00Z and
 * 2024-03-07T12:00Z, with the business day taken in UTC: Monday to Thursday.
 */
function nearMidnightUtc() {
  return dataset([
    row({ date: '2024-03-04', minute: 120 }),
    row({ date: '2024-03-05', minute: 1410 }),
    row({ date: '2024-03-06', minute: 720 }),
    row({ date: '2024-03-07', minute: 720 }),
  ]);
}

describe('weekdayVolume', () => {
  it('counts per weekday Monday first', () => {
    expect(weekdayVolume(smallWeek())).toEqual([
      { label: 'Monday', count: 4 },
      { label: 'Tuesday', count: 3 },
      { label: 'Wednesday', count: 2 },
      { label: 'Thursday', count: 0 },
      { label: 'Friday', count: 1 },
      { label: 'Saturday', count: 0 },
      { label: 'Sunday', count: 0 },
    ]);
  });

  it('applies a filter', () => {
    // smallWeek calls: Monday 2, Tuesday 1.
    const calls = weekdayVolume(smallWeek(), { callsOnly: true });
    expect(calls.map((entry) => entry.count)).toEqual([2, 1, 0, 0, 0, 0, 0]);
  });

  it('lists all seven days for an empty dataset', () => {
    expect(weekdayVolume(dataset([])).map((entry) => entry.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts Sunday as the last day', () => {
    const sunday = weekdayVolume(dataset([row({ date: '2024-03-10' })]));
    expect(sunday[6]).toEqual({ label: 'Sunday', count: 1 });
  });
});

describe('peakWeekday', () => {
  it('is the day with the most interactions', () => {
    expect(peakWeekday(smallWeek())).toBe('Monday');
  });

  it('applies a filter', () => {
    // From Tuesday on: Tuesday 3, Wednesday 2, Friday 1.
    expect(peakWeekday(smallWeek(), { dates: { from: '2024-03-05' } })).toBe('Tuesday');
  });

  it('is undefined on a tie', () => {
    const tied = dataset([
      row({ date: '2024-03-04' }),
      row({ date: '2024-03-04' }),
      row({ date: '2024-03-05' }),
      row({ date: '2024-03-05' }),
      row({ date: '2024-03-06' }),
    ]);
    expect(peakWeekday(tied)).toBeUndefined();
  });

  it('is undefined for an empty dataset', () => {
    expect(peakWeekday(dataset([]))).toBeUndefined();
  });
});

describe('weekdayConcentration', () => {
  it('sums Monday and Tuesday', () => {
    // (4 + 3) / 10 x 100.
    expect(weekdayConcentration(smallWeek(), ['Monday', 'Tuesday'])).toBe(70);
  });

  it('of one weekday is its share', () => {
    expect(weekdayConcentration(smallWeek(), ['Friday'])).toBe(10);
  });

  it('of a day with no interactions is zero', () => {
    expect(weekdayConcentration(smallWeek(), ['Sunday'])).toBe(0);
  });

  it('of all seven days is 100', () => {
    const week = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    expect(weekdayConcentration(smallWeek(), week)).toBe(100);
  });

  it('counts a repeated weekday once', () => {
    expect(weekdayConcentration(smallWeek(), ['Monday', 'Monday'])).toBe(40);
  });

  it('applies a filter', () => {
    // smallWeek calls: Monday 2, Tuesday 1, so Monday is 2 / 3.
    expect(weekdayConcentration(smallWeek(), ['Monday'], { callsOnly: true })).toBeCloseTo(
      200 / 3,
      12,
    );
  });

  it('gives Monday and Tuesday half near midnight UTC', () => {
    // Monday and Tuesday hold 2 of the 4 interactions.
    expect(weekdayConcentration(nearMidnightUtc(), ['Monday', 'Tuesday'])).toBe(50);
  });

  it('rejects an unknown weekday', () => {
    expect(() => weekdayConcentration(smallWeek(), ['Mon'])).toThrow(
      'Unknown weekday "Mon": expected one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday.',
    );
  });

  it('rejects a lowercase weekday', () => {
    expect(() => weekdayConcentration(smallWeek(), ['Monday', 'tuesday'])).toThrow(
      'Unknown weekday "tuesday": expected one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday.',
    );
  });

  it('rejects an empty dataset', () => {
    expect(() => weekdayConcentration(dataset([]), ['Monday'])).toThrow(
      'A weekday concentration needs at least one interaction: the selection is empty.',
    );
  });

  it('rejects a filter that keeps nothing', () => {
    const nothing = { dates: { from: '2024-04-01' } };
    expect(() => weekdayConcentration(smallWeek(), ['Monday'], nothing)).toThrow(
      'A weekday concentration needs at least one interaction: the selection is empty.',
    );
  });
});

describe('weekday time zones', () => {
  const originalZone = process.env.TZ;

  afterEach(() => {
    // Assigning undefined to process.env would store the string "undefined".
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  // Los Angeles is UTC-8 and Tokyo UTC+9 in early March 2024.
  for (const [zone, localWeekday] of [
    ['America/Los_Angeles', 0],
    ['Asia/Tokyo', 1],
    ['UTC', 1],
  ] as const) {
    it(`gives Monday and Tuesday 50% in ${zone}`, () => {
      process.env.TZ = zone;
      // getDay counts Sunday as 0: proves the zone is in effect for local-time code.
      expect(new Date('2024-03-04T02:00Z').getDay()).toBe(localWeekday);
      expect(weekdayConcentration(nearMidnightUtc(), ['Monday', 'Tuesday'])).toBe(50);
    });

    it(`reads a date-only row as its calendar day in ${zone}`, () => {
      process.env.TZ = zone;
      const monday = weekdayVolume(dataset([row({ date: '2024-03-04' })]));
      expect(monday[0]).toEqual({ label: 'Monday', count: 1 });
    });
  }
});
