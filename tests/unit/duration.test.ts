import { describe, expect, it } from 'vitest';
import {
  averageCallDuration,
  averageCallDurationsBy,
  formatRounded,
  fromRows,
  totalCallSeconds,
  type InteractionRow,
} from '../../src/engine';
import { BASE, dataset, row, smallWeek } from './fixtures';

/** Builds a call row on the `Phone` channel. */
function call(seconds: number, fields: Partial<InteractionRow> & { date?: string } = {}) {
  return row({ channel: 'Phone', durationSeconds: seconds, ...fields });
}

/** Agent A: 2 calls of 100 s. Agent B: 8 calls averaging 300 s (4 of 200 s, 4 of 400 s). */
function twoAgents() {
  return dataset([
    call(100, { agent: 'A' }),
    call(100, { agent: 'A' }),
    ...[200, 400, 200, 400, 200, 400, 200, 400].map((seconds) => call(seconds, { agent: 'B' })),
  ]);
}

/** Calls of 100 s on Monday, 200 s on Tuesday and 600 s on Wednesday, plus an email. */
function threeDays() {
  return dataset([
    call(100, { date: '2024-03-04' }),
    call(200, { date: '2024-03-05' }),
    call(600, { date: '2024-03-06' }),
    row({ date: '2024-03-06' }),
  ]);
}

describe('averageCallDuration', () => {
  it('is call seconds over calls', () => {
    // smallWeek calls: 120 + 300 + 60 = 480 s over 3 calls.
    expect(averageCallDuration(smallWeek())).toBe(160);
  });

  it('weights agents by their calls', () => {
    // (2 x 100 + 8 x 300) / 10 = 2600 / 10 = 260, not (100 + 300) / 2 = 200.
    expect(averageCallDuration(twoAgents())).toBe(260);
  });

  it('keeps the exact value for rounding', () => {
    // 27 calls of 3 s and 13 calls of 2 s: 81 + 26 = 107 s over 40 calls.
    const calls = [...Array(27).fill(3), ...Array(13).fill(2)].map((seconds) => call(seconds));
    const average = averageCallDuration(dataset(calls));
    expect(average).toBe(2.675);
    expect(formatRounded(average as number, 2)).toBe('2.68');
  });

  it('ignores email durations', () => {
    const withEmails = dataset([
      call(100),
      call(200),
      row({ channel: 'Email', durationSeconds: 900 }),
      row({ channel: 'Email', durationSeconds: 3000 }),
    ]);
    expect(averageCallDuration(withEmails)).toBe(150);
  });

  it('leaves zero-second calls out of both terms', () => {
    // (100 + 200) / 2, not (100 + 200 + 0) / 3.
    expect(averageCallDuration(dataset([call(100), call(200), call(0)]))).toBe(150);
  });

  it('is undefined with no calls', () => {
    const emailsOnly = dataset([row({ channel: 'Email' }), row({ channel: 'Chat' })]);
    expect(averageCallDuration(emailsOnly)).toBeUndefined();
  });

  it('is undefined for an empty dataset', () => {
    expect(averageCallDuration(dataset([]))).toBeUndefined();
  });

  it('is undefined when every call is zero seconds', () => {
    expect(averageCallDuration(dataset([call(0), call(0)]))).toBeUndefined();
  });

  it('uses the configured call channel', () => {
    const voice = fromRows(
      [
        row({ channel: 'Voice', durationSeconds: 90 }),
        row({ channel: 'Voice', durationSeconds: 30 }),
        row({ channel: 'Phone', durationSeconds: 600 }),
      ],
      BASE,
      { callChannel: 'Voice' },
    );
    expect(averageCallDuration(voice)).toBe(60);
  });

  it('filters by channel', () => {
    expect(averageCallDuration(smallWeek(), { where: { channel: ['Phone'] } })).toBe(160);
    expect(averageCallDuration(smallWeek(), { where: { channel: ['Email'] } })).toBeUndefined();
  });

  it('filters by agent', () => {
    expect(averageCallDuration(twoAgents(), { where: { agent: ['A'] } })).toBe(100);
    expect(averageCallDuration(twoAgents(), { where: { agent: ['B'] } })).toBe(300);
  });

  it('filters by date range', () => {
    // From Tuesday: (200 + 600) / 2. To Tuesday: (100 + 200) / 2.
    expect(averageCallDuration(threeDays(), { dates: { from: '2024-03-05' } })).toBe(400);
    expect(averageCallDuration(threeDays(), { dates: { to: '2024-03-05' } })).toBe(150);
    const tuesday = { from: '2024-03-05', to: '2024-03-05' };
    expect(averageCallDuration(threeDays(), { dates: tuesday })).toBe(200);
  });

  it('filters by period', () => {
    const periods = [
      { label: 'February', base: BASE },
      { label: 'March', base: BASE },
    ];
    const twoPeriods = fromRows(
      [call(100, { period: 0 }), call(300, { period: 0 }), call(50, { period: 1 })],
      BASE,
      { periods },
    );
    expect(averageCallDuration(twoPeriods, { period: 0 })).toBe(200);
    expect(averageCallDuration(twoPeriods, { period: 1 })).toBe(50);
  });

  it('filters by minimum call seconds', () => {
    const calls = dataset([call(100), call(200), call(600), call(900)]);
    // At least 600 s: (600 + 900) / 2.
    expect(averageCallDuration(calls, { minCallSeconds: 600 })).toBe(750);
    expect(averageCallDuration(calls, { minCallSeconds: 601 })).toBe(900);
    expect(averageCallDuration(calls, { minCallSeconds: 901 })).toBeUndefined();
  });
});

describe('totalCallSeconds', () => {
  it('sums call seconds', () => {
    expect(totalCallSeconds(smallWeek())).toBe(480);
  });

  it('ignores email durations', () => {
    const withEmail = dataset([call(100), row({ channel: 'Email', durationSeconds: 900 })]);
    expect(totalCallSeconds(withEmail)).toBe(100);
  });

  it('is zero for an empty dataset', () => {
    expect(totalCallSeconds(dataset([]))).toBe(0);
  });

  it('filters by date range', () => {
    expect(totalCallSeconds(threeDays(), { dates: { from: '2024-03-05' } })).toBe(800);
  });

  it('filters by minimum call seconds', () => {
    const calls = dataset([call(100), call(600), call(900)]);
    expect(totalCallSeconds(calls, { minCallSeconds: 600 })).toBe(1500);
  });
});

describe('averageCallDurationsBy', () => {
  it('averages each agent on its own calls', () => {
    expect(averageCallDurationsBy(twoAgents(), 'agent')).toEqual([
      { label: 'A', calls: 2, totalSeconds: 200, averageSeconds: 100 },
      { label: 'B', calls: 8, totalSeconds: 2400, averageSeconds: 300 },
    ]);
  });

  it('gives a product with no calls no average', () => {
    // smallWeek: Kettle calls 120 + 60, Fan call 300, Toaster has no call.
    expect(averageCallDurationsBy(smallWeek(), 'product')).toEqual([
      { label: 'Kettle', calls: 2, totalSeconds: 180, averageSeconds: 90 },
      { label: 'Fan', calls: 1, totalSeconds: 300, averageSeconds: 300 },
      { label: 'Toaster', calls: 0, totalSeconds: 0, averageSeconds: undefined },
    ]);
  });

  it('has undefined, not NaN, for a segment with no calls', () => {
    const toaster = averageCallDurationsBy(smallWeek(), 'product')[2];
    expect(toaster?.label).toBe('Toaster');
    expect(toaster?.averageSeconds).toBeUndefined();
  });

  it('includes dictionary labels no row has', () => {
    const fixedLabels = fromRows([call(100, { product: 'Kettle' })], BASE, {
      labels: { product: ['Kettle', 'Fan'] },
    });
    expect(averageCallDurationsBy(fixedLabels, 'product')[1]).toEqual({
      label: 'Fan',
      calls: 0,
      totalSeconds: 0,
      averageSeconds: undefined,
    });
  });

  it('ignores emails and zero-second calls', () => {
    const mixed = dataset([
      call(100, { agent: 'A' }),
      call(0, { agent: 'A' }),
      row({ agent: 'A', channel: 'Email', durationSeconds: 900 }),
    ]);
    expect(averageCallDurationsBy(mixed, 'agent')).toEqual([
      { label: 'A', calls: 1, totalSeconds: 100, averageSeconds: 100 },
    ]);
  });

  it('breaks down by weekday Monday first', () => {
    // smallWeek calls: Monday 120 + 300, Tuesday 60.
    const byWeekday = averageCallDurationsBy(smallWeek(), 'weekday');
    expect(byWeekday.map((entry) => entry.label)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(byWeekday.map((entry) => entry.averageSeconds)).toEqual([
      210,
      60,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('applies a filter', () => {
    const longCalls = averageCallDurationsBy(twoAgents(), 'agent', { minCallSeconds: 300 });
    expect(longCalls).toEqual([
      { label: 'A', calls: 0, totalSeconds: 0, averageSeconds: undefined },
      { label: 'B', calls: 4, totalSeconds: 1600, averageSeconds: 400 },
    ]);
  });

  it('is empty for an empty dataset', () => {
    expect(averageCallDurationsBy(dataset([]), 'agent')).toEqual([]);
  });
});
