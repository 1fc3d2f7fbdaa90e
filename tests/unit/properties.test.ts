import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageCallDuration,
  averageCallDurationsBy,
  countsBy,
  fromRows,
  roundHalfAwayFromZero,
  selectRows,
  sharesBy,
  totalInteractions,
  weekdayConcentration,
  type Dataset,
  type Dimension,
  type Filter,
  type InteractionRow,
} from '../../src/engine';
import { BASE, row } from './fixtures';

// Small label sets, so that random rows repeat labels and leave some labels empty.
const LABELS = {
  channel: ['Phone', 'Email', 'Chat'],
  product: ['Kettle', 'Fan', 'Toaster'],
  issueType: ['Setup', 'Billing'],
  segment: ['Consumer', 'Business'],
  region: ['North', 'South'],
  agent: ['Ana', 'Ben', 'Cai'],
};

// Written out here rather than taken from the engine, so the predicate below is
// independent of the code it checks. Day offset 0 is Monday 2024-03-04.
const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

const DIMENSIONS: Dimension[] = [
  'channel',
  'product',
  'issueType',
  'segment',
  'region',
  'agent',
  'weekday',
];

/** Formats the day `offset` days after Monday 2024-03-04 as YYYY-MM-DD. */
function isoDateAfterStart(offset: number): string {
  return new Date(Date.UTC(2024, 2, 4 + offset)).toISOString().slice(0, 10);
}

/** A generated interaction: its row plus the day offset it was drawn from. */
interface Drawn {
  offset: number;
  row: InteractionRow;
}

const drawnRow: fc.Arbitrary<Drawn> = fc
  .record({
    // Four weeks.
    offset: fc.integer({ min: 0, max: 27 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    channel: fc.constantFrom(...LABELS.channel),
    product: fc.constantFrom(...LABELS.product),
    issueType: fc.constantFrom(...LABELS.issueType),
    segment: fc.constantFrom(...LABELS.segment),
    region: fc.constantFrom(...LABELS.region),
    agent: fc.constantFrom(...LABELS.agent),
    // A call of 0 s is unanswered, and an email may carry a duration from a messy export.
    duration: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }),
    repeat: fc.boolean(),
    customer: fc.integer({ min: 1, max: 50 }),
    period: fc.integer({ min: 0, max: 1 }),
  })
  .map(({ offset, duration, ...fields }) => ({
    offset,
    row: row({
      ...fields,
      date: isoDateAfterStart(offset),
      durationSeconds: fields.channel === 'Phone' ? (duration ?? 0) : duration,
    }),
  }));

const drawnRows = fc.array(drawnRow, { maxLength: 60 });
const nonEmptyRows = fc.array(drawnRow, { minLength: 1, maxLength: 60 });

/** Builds a two-period dataset whose dictionaries list every label, in LABELS order. */
function build(drawn: Drawn[]): Dataset {
  return fromRows(
    drawn.map((entry) => entry.row),
    BASE,
    {
      labels: LABELS,
      periods: [
        { label: 'February', base: BASE },
        { label: 'March', base: BASE },
      ],
    },
  );
}

const anyDimension = fc.constantFrom(...DIMENSIONS);
const anyIsoDate = fc.integer({ min: 0, max: 27 }).map(isoDateAfterStart);

const anyFilter: fc.Arbitrary<Filter> = fc.record(
  {
    where: fc.record(
      {
        channel: fc.subarray(LABELS.channel),
        product: fc.subarray(LABELS.product),
        agent: fc.subarray(LABELS.agent),
        weekday: fc.subarray(WEEKDAY_NAMES),
      },
      { requiredKeys: [] },
    ),
    dates: fc.record({ from: anyIsoDate, to: anyIsoDate }, { requiredKeys: [] }),
    period: fc.integer({ min: 0, max: 1 }),
    callsOnly: fc.boolean(),
    minCallSeconds: fc.integer({ min: 0, max: 3600 }),
  },
  { requiredKeys: [] },
);

/** Decides by hand whether a filter keeps a drawn interaction. */
function keeps(filter: Filter, { offset, row }: Drawn): boolean {
  for (const [name, labels] of Object.entries(filter.where ?? {})) {
    const value = name === 'weekday' ? WEEKDAY_NAMES[offset % 7] : row[name as keyof typeof LABELS];
    if (!(labels ?? []).includes(value as string)) return false;
  }

  const date = isoDateAfterStart(offset);
  if (filter.dates?.from !== undefined && date < filter.dates.from) return false;
  if (filter.dates?.to !== undefined && date > filter.dates.to) return false;
  if (filter.period !== undefined && row.period !== filter.period) return false;

  const seconds = row.durationSeconds ?? 0;
  const timedCall = row.channel === 'Phone' && seconds > 0;
  if (filter.callsOnly === true && !timedCall) return false;
  if (filter.minCallSeconds !== undefined && !(timedCall && seconds >= filter.minCallSeconds)) {
    return false;
  }
  return true;
}

/** Returns the durations of calls with a recorded length, the only calls an average counts. */
function timedCallSeconds(drawn: Drawn[]): number[] {
  return drawn
    .map((entry) => entry.row)
    .filter((row) => row.channel === 'Phone' && (row.durationSeconds ?? 0) > 0)
    .map((row) => row.durationSeconds as number);
}

describe('metric properties', () => {
  it('shares sum to 100', () => {
    fc.assert(
      fc.property(nonEmptyRows, anyDimension, (drawn, dimension) => {
        const total = sharesBy(build(drawn), dimension).reduce(
          (sum, entry) => sum + entry.share,
          0,
        );
        expect(Math.abs(total - 100)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('shares sum to 100 without fixed labels', () => {
    fc.assert(
      fc.property(nonEmptyRows, anyDimension, (drawn, dimension) => {
        // One period, so every row goes into period 0.
        const data = fromRows(
          drawn.map((entry) => ({ ...entry.row, period: 0 })),
          BASE,
        );
        const total = sharesBy(data, dimension).reduce((sum, entry) => sum + entry.share, 0);
        expect(Math.abs(total - 100)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('counts by dimension sum to the total', () => {
    fc.assert(
      fc.property(drawnRows, anyDimension, (drawn, dimension) => {
        const data = build(drawn);
        const total = countsBy(data, dimension).reduce((sum, entry) => sum + entry.count, 0);
        expect(total).toBe(totalInteractions(data));
      }),
    );
  });

  it('filtered counts sum to the filtered total', () => {
    fc.assert(
      fc.property(drawnRows, anyDimension, anyFilter, (drawn, dimension, filter) => {
        const data = build(drawn);
        const total = countsBy(data, dimension, filter).reduce(
          (sum, entry) => sum + entry.count,
          0,
        );
        expect(total).toBe(totalInteractions(data, filter));
      }),
    );
  });

  it('averages lie between the shortest and longest call', () => {
    fc.assert(
      fc.property(drawnRows, anyDimension, (drawn, dimension) => {
        const data = build(drawn);
        const seconds = timedCallSeconds(drawn);
        const overall = averageCallDuration(data);
        const segments = averageCallDurationsBy(data, dimension);

        if (seconds.length === 0) {
          expect(overall).toBeUndefined();
          for (const segment of segments) expect(segment.averageSeconds).toBeUndefined();
          return;
        }

        const [min, max] = [Math.min(...seconds), Math.max(...seconds)];
        expect(overall).toBeGreaterThanOrEqual(min);
        expect(overall).toBeLessThanOrEqual(max);
        for (const { averageSeconds } of segments) {
          if (averageSeconds === undefined) continue;
          expect(averageSeconds).toBeGreaterThanOrEqual(min);
          expect(averageSeconds).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  it('overall average is total seconds over timed calls', () => {
    fc.assert(
      fc.property(nonEmptyRows, (drawn) => {
        const seconds = timedCallSeconds(drawn);
        fc.pre(seconds.length > 0);
        const total = seconds.reduce((sum, value) => sum + value, 0);
        expect(averageCallDuration(build(drawn))).toBe(total / seconds.length);
      }),
    );
  });

  it('segment calls sum to the timed calls', () => {
    fc.assert(
      fc.property(drawnRows, anyDimension, (drawn, dimension) => {
        const segments = averageCallDurationsBy(build(drawn), dimension);
        const calls = segments.reduce((sum, segment) => sum + segment.calls, 0);
        expect(calls).toBe(timedCallSeconds(drawn).length);
      }),
    );
  });

  it('all seven weekdays hold 100%', () => {
    fc.assert(
      fc.property(nonEmptyRows, (drawn) => {
        expect(weekdayConcentration(build(drawn), WEEKDAY_NAMES)).toBe(100);
      }),
    );
  });

  it('filtered count matches a hand predicate', () => {
    fc.assert(
      fc.property(drawnRows, anyFilter, (drawn, filter) => {
        const expected = drawn.filter((entry) => keeps(filter, entry)).length;
        expect(totalInteractions(build(drawn), filter)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('selected rows match a hand predicate', () => {
    fc.assert(
      fc.property(drawnRows, anyFilter, (drawn, filter) => {
        const selected = selectRows(build(drawn), filter);
        const indices = selected === undefined ? drawn.map((_, i) => i) : Array.from(selected);
        const expected = drawn.flatMap((entry, i) => (keeps(filter, entry) ? [i] : []));
        expect(indices).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('roundHalfAwayFromZero properties', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const decimals = fc.integer({ min: 0, max: 10 });

  it('keeps the largest values finite', () => {
    // Scaling these by 10^decimals overflows a double.
    expect(roundHalfAwayFromZero(1e300, 10)).toBe(1e300);
    expect(roundHalfAwayFromZero(-Number.MAX_VALUE, 0)).toBe(-Number.MAX_VALUE);
  });

  it('never returns negative zero', () => {
    fc.assert(
      fc.property(finite, decimals, (value, places) => {
        expect(Object.is(roundHalfAwayFromZero(value, places), -0)).toBe(false);
      }),
    );
  });

  it('stays within half a unit', () => {
    fc.assert(
      fc.property(finite, decimals, (value, places) => {
        const rounded = roundHalfAwayFromZero(value, places);
        // The helper rounds the value read at 15 significant digits, so 2.675 (stored
        // as 2.67499...) gives 2.68. That reading moves the value by at most 5e-15 of
        // its size, and 1e-14 of its size also covers the binary error of the result.
        const allowance = 0.5 * 10 ** -places + 1e-14 * Math.abs(value);
        expect(Number.isFinite(rounded)).toBe(true);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(allowance);
      }),
      { numRuns: 1000 },
    );
  });
});
