import { describe, expect, it } from 'vitest';
import { fromRows, type BusinessBase } from '../../src/engine';
// The engine index does not re-export the report module.
import { metricReport, type MetricReport } from '../../src/engine/report';
import { BASE, dataset, row, smallWeek } from './fixtures';

// smallWeek: 10 interactions from Monday 2024-03-04 to Friday 2024-03-08, all handled
// by Ana. Channels Phone 3, Email 4, Chat 3. Calls of 120 s, 300 s and 60 s. One
// repeat. Monday 4, Tuesday 3. Base 200 orders, 1000 customers, 240 units.

const NO_BASE: BusinessBase = { orders: 0, activeCustomers: 0, unitsSold: [] };

/** Returns the path of every number in `value` that is NaN or infinite. */
function nonFiniteNumbers(value: unknown, path = 'report'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nonFiniteNumbers(child, `${path}.${key}`));
}

/**
 * Two periods on 100 orders each. Period 0: calls Ana 700 s and Ben 200 s, one email.
 * Period 1: calls Ana 800 s, Ben 650 s and Cai 900 s, three emails.
 */
function twoPeriods() {
  const call = (agent: string, seconds: number, period: number) =>
    row({ channel: 'Phone', agent, durationSeconds: seconds, period });
  const rows = [
    call('Ana', 700, 0),
    call('Ben', 200, 0),
    row({ period: 0 }),
    call('Ana', 800, 1),
    call('Ben', 650, 1),
    call('Cai', 900, 1),
    row({ period: 1 }),
    row({ period: 1 }),
    row({ period: 1 }),
  ];
  const base = (orders: number) => ({ orders, activeCustomers: 1000, unitsSold: [100] });
  return fromRows(rows, base(200), {
    periods: [
      { label: 'February', base: base(100) },
      { label: 'March', base: base(100) },
    ],
  });
}

describe('metricReport on smallWeek', () => {
  const report = (): MetricReport => metricReport(smallWeek());

  it('counts interactions', () => {
    expect(report().totalInteractions).toBe(10);
  });

  it('gives the date range', () => {
    expect(report().firstDate).toBe('2024-03-04');
    expect(report().lastDate).toBe('2024-03-08');
  });

  it('gives shares per channel', () => {
    expect(report().segments.channel).toEqual([
      { label: 'Phone', count: 3, share: 30 },
      { label: 'Email', count: 4, share: 40 },
      { label: 'Chat', count: 3, share: 30 },
    ]);
  });

  it('breaks down every dimension', () => {
    expect(Object.keys(report().segments)).toEqual([
      'channel',
      'product',
      'issueType',
      'segment',
      'region',
      'agent',
      'weekday',
    ]);
  });

  it('counts calls', () => {
    expect(report().calls).toBe(3);
    expect(report().timedCalls).toBe(3);
  });

  it('averages call duration', () => {
    // (120 + 300 + 60) / 3.
    expect(report().averageCallSeconds).toBe(160);
  });

  it('averages call duration per agent', () => {
    expect(report().callDurationByAgent).toEqual([
      { label: 'Ana', calls: 3, totalSeconds: 480, averageSeconds: 160 },
    ]);
  });

  it('gives repeat contacts', () => {
    expect(report().repeatContacts).toBe(1);
    expect(report().repeatRatePercent).toBe(10);
  });

  it('gives the weekday figures', () => {
    // Monday 4 + Tuesday 3 of 10.
    expect(report().weekday).toEqual({ peak: 'Monday', mondayTuesdayPercent: 70 });
  });

  it('gives the rates', () => {
    // 10 / 200 x 100, 10 / 1000 x 1000, 10 / 240.
    expect(report().rates).toEqual({ per100Orders: 5, per1000Customers: 10, perUnitSold: 1 / 24 });
  });

  it('has no long calls over 600 s', () => {
    expect(report().longCalls).toBeUndefined();
  });

  it('uses the long-call threshold it is given', () => {
    // One call reaches 300 s: Ana's.
    expect(metricReport(smallWeek(), { longCallSeconds: 300 }).longCalls).toEqual({
      segments: [{ label: 'Ana', count: 1 }],
      subsetSize: 1,
      share: 100,
      tied: false,
      thresholdSeconds: 300,
    });
  });

  it('has no period change for one period', () => {
    expect(report().periodChange).toBeUndefined();
  });

  it('has no NaN or Infinity', () => {
    expect(nonFiniteNumbers(report())).toEqual([]);
  });

  it('serializes with no null', () => {
    // JSON.stringify writes NaN and Infinity as null.
    expect(JSON.stringify(report())).not.toContain('null');
  });
});

describe('metricReport on an empty dataset', () => {
  const report = (): MetricReport => metricReport(fromRows([], NO_BASE));

  it('counts nothing', () => {
    expect(report().totalInteractions).toBe(0);
    expect(report().calls).toBe(0);
    expect(report().timedCalls).toBe(0);
    expect(report().repeatContacts).toBe(0);
  });

  it('has no dates', () => {
    expect(report().firstDate).toBeUndefined();
    expect(report().lastDate).toBeUndefined();
  });

  it('has no segments', () => {
    expect(report().segments).toEqual({});
  });

  it('has no call duration', () => {
    expect(report().averageCallSeconds).toBeUndefined();
    expect(report().callDurationByAgent).toEqual([]);
  });

  it('has no repeat rate', () => {
    expect(report().repeatRatePercent).toBeUndefined();
  });

  it('has no weekday figures', () => {
    expect(report().weekday.peak).toBeUndefined();
    expect(report().weekday.mondayTuesdayPercent).toBeUndefined();
  });

  it('leaves rates without a denominator undefined', () => {
    expect(report().rates.per100Orders).toBeUndefined();
    expect(report().rates.per1000Customers).toBeUndefined();
    expect(report().rates.perUnitSold).toBeUndefined();
  });

  it('has no long calls or period change', () => {
    expect(report().longCalls).toBeUndefined();
    expect(report().periodChange).toBeUndefined();
  });

  it('has no NaN or Infinity', () => {
    expect(nonFiniteNumbers(report())).toEqual([]);
  });

  it('serializes with no null', () => {
    expect(JSON.stringify(report())).not.toContain('null');
  });

  it('gives zero rates when the base has volume', () => {
    const rates = metricReport(dataset([])).rates;
    expect(rates).toEqual({ per100Orders: 0, per1000Customers: 0, perUnitSold: 0 });
  });
});

describe('metricReport on edge datasets', () => {
  it('leaves a missing denominator undefined', () => {
    // 2 interactions on 0 orders, 1000 customers and no units.
    const rates = metricReport(
      fromRows([row({}), row({})], { orders: 0, activeCustomers: 1000, unitsSold: [] }),
    ).rates;
    expect(rates.per100Orders).toBeUndefined();
    expect(rates.per1000Customers).toBe(2);
    expect(rates.perUnitSold).toBeUndefined();
  });

  it('has no duration when every call is zero seconds', () => {
    const unanswered = metricReport(
      dataset([
        row({ channel: 'Phone', durationSeconds: 0 }),
        row({ channel: 'Phone', durationSeconds: 0 }),
      ]),
    );
    expect(unanswered.calls).toBe(2);
    expect(unanswered.timedCalls).toBe(0);
    expect(unanswered.averageCallSeconds).toBeUndefined();
    expect(unanswered.callDurationByAgent[0]?.averageSeconds).toBeUndefined();
    expect(unanswered.longCalls).toBeUndefined();
    expect(nonFiniteNumbers(unanswered)).toEqual([]);
  });

  it('counts no calls without a call channel', () => {
    const emails = metricReport(dataset([row({}), row({ channel: 'Chat' })]));
    expect(emails.calls).toBe(0);
    expect(emails.averageCallSeconds).toBeUndefined();
  });

  it('gives the change between two periods', () => {
    // Count 3 to 6 on 100 orders each: count and rate both +100%.
    expect(metricReport(twoPeriods()).periodChange).toEqual({
      count: { previous: 3, current: 6, changePercent: 100 },
      rate: { previous: 3, current: 6, changePercent: 100 },
    });
  });

  it('gives the long-call concentration', () => {
    // At least 600 s: Ana 2 (700, 800), Ben 1 (650), Cai 1 (900), so the top two hold 3 of 4.
    expect(metricReport(twoPeriods()).longCalls).toEqual({
      segments: [
        { label: 'Ana', count: 2 },
        { label: 'Ben', count: 1 },
      ],
      subsetSize: 4,
      share: 75,
      tied: true,
      thresholdSeconds: 600,
    });
  });

  it('averages calls over both periods', () => {
    // (700 + 200 + 800 + 650 + 900) / 5 = 3250 / 5.
    expect(metricReport(twoPeriods()).averageCallSeconds).toBe(650);
  });

  it('has no NaN or Infinity with two periods', () => {
    expect(nonFiniteNumbers(metricReport(twoPeriods()))).toEqual([]);
  });

  it('leaves a period change from zero undefined', () => {
    const rows = [row({ period: 1 })];
    const emptyFirst = fromRows(rows, BASE, {
      periods: [
        { label: 'February', base: BASE },
        { label: 'March', base: BASE },
      ],
    });
    expect(metricReport(emptyFirst).periodChange).toBeUndefined();
  });
});
