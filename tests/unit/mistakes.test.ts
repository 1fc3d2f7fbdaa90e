import { describe, expect, it } from 'vitest';
import {
  fromRows,
  gradeNumeric,
  mistakeValues,
  type BusinessBase,
  type Dataset,
  type InteractionRow,
  type MetricRef,
  type NumericQuestion,
  type Unit,
} from '../../src/engine';
import { channelCounts, dataset, row, smallWeek } from './fixtures';

/** Builds a numeric question on `metric`, question in `unit` to `decimals` places. */
function numericQuestion(unit: Unit, decimals: number, metric: MetricRef): NumericQuestion {
  return {
    kind: 'numeric',
    id: 'question-under-test',
    prompt: 'Question under test.',
    unit,
    decimals,
    metric,
  };
}

const CORRECT = { status: 'correct', code: 'correct' };

/** Builds a call row on the `Phone` channel. */
function call(seconds: number, fields: Partial<InteractionRow> = {}): InteractionRow {
  return row({ channel: 'Phone', durationSeconds: seconds, ...fields });
}

// Email 113, Phone 90, Chat 47 of 250: 45.2%, 36.0% and 18.8% exactly.
const emailShare = () => channelCounts({ Email: 113, Phone: 90, Chat: 47 });
const emailShareMetric: MetricRef = {
  metric: 'share',
  dimension: 'channel',
  segment: { label: 'Email' },
};

/** Builds agent A with 2 calls of 100 s and agent B with 8 calls averaging 300 s (4 of 200 s and 4 of 400 s). */
function twoAgents() {
  return dataset([
    call(100, { agent: 'A' }),
    call(100, { agent: 'A' }),
    ...[200, 400, 200, 400, 200, 400, 200, 400].map((seconds) => call(seconds, { agent: 'B' })),
  ]);
}

// Over both agents: (2 × 100 + 8 × 300) / 10 = 2600 / 10 = 260 s, or 4.3333 min.
const averageDuration: MetricRef = { metric: 'averageCallDuration' };

/** Builds a business base with `orders`. Period changes read no other field. */
function base(orders: number): BusinessBase {
  return { orders, activeCustomers: 1000, unitsSold: [100] };
}

/** Builds a dataset with `counts[i]` interactions in period i, on `orders[i]` orders. */
function periods(counts: number[], orders: number[]) {
  const rows = counts.flatMap((size, period) =>
    Array.from({ length: size }, () => row({ period })),
  );
  const total = orders.reduce((sum, value) => sum + value, 0);
  return fromRows(rows, base(total), {
    periods: orders.map((value, index) => ({ label: `Period ${index + 1}`, base: base(value) })),
  });
}

/** Growth with a falling rate: 100 interactions on 2000 orders, then 112 on 2400. */
const growth = () => periods([100, 112], [2000, 2400]);

// Count: (112 - 100) / 100 × 100 = +12%.
// Rate: 100 / 2000 × 100 = 5, then 112 / 2400 × 100 = 14/3 = 4.6667, so (14/3 - 5) / 5 × 100 = -6.6667%.
const countChange: MetricRef = { metric: 'periodChange', of: 'count' };
const rateChange: MetricRef = { metric: 'periodChange', of: 'rate' };

describe('fraction-for-percent', () => {
  const question = numericQuestion('percent', 1, emailShareMetric);

  it('accepts 45.2', () => {
    expect(gradeNumeric(question, emailShare(), '45.2')).toEqual(CORRECT);
  });

  it('flags exact fraction 0.452', () => {
    expect(gradeNumeric(question, emailShare(), '0.452')).toEqual({
      status: 'incorrect',
      code: 'fraction-for-percent',
    });
  });

  it('flags rounded fraction 0.45', () => {
    // |0.45 - 0.452| = 0.002, inside 1% of 0.452 (0.00452).
    expect(gradeNumeric(question, emailShare(), '0.45')).toEqual({
      status: 'incorrect',
      code: 'fraction-for-percent',
    });
  });

  it('flags 0.456 inside 1%', () => {
    // |0.456 - 0.452| = 0.004 <= 0.00452.
    expect(gradeNumeric(question, emailShare(), '0.456').code).toBe('fraction-for-percent');
  });

  it('flags 0.457 within half a hundredth', () => {
    // |0.457 - 0.452| = 0.005, beyond 1% (0.00452) but within 0.005.
    expect(gradeNumeric(question, emailShare(), '0.457').code).toBe('fraction-for-percent');
  });

  it('calls 0.458 beyond both bands far', () => {
    // |0.458 - 0.452| = 0.006 > 0.005.
    expect(gradeNumeric(question, emailShare(), '0.458')).toEqual({
      status: 'incorrect',
      code: 'far',
    });
  });

  it('calls 0.4 far', () => {
    expect(gradeNumeric(question, emailShare(), '0.4')).toEqual({
      status: 'incorrect',
      code: 'far',
    });
  });

  it('flags 0.45 at whole-percent precision', () => {
    // The band is max(0.5 / 100, 1% of 0.452) = 0.005.
    const wholePercent = numericQuestion('percent', 0, emailShareMetric);
    expect(gradeNumeric(wholePercent, emailShare(), '0.45').code).toBe('fraction-for-percent');
  });
});

describe('percent-for-fraction', () => {
  const question = numericQuestion('fraction', 3, emailShareMetric);

  it('accepts 0.452', () => {
    expect(gradeNumeric(question, emailShare(), '0.452')).toEqual(CORRECT);
  });

  it('flags percent 45.2', () => {
    expect(gradeNumeric(question, emailShare(), '45.2')).toEqual({
      status: 'incorrect',
      code: 'percent-for-fraction',
    });
  });

  it('flags rounded percent 45', () => {
    // |45 - 45.2| = 0.2, inside 1% of 45.2 (0.452).
    expect(gradeNumeric(question, emailShare(), '45').code).toBe('percent-for-fraction');
  });

  it('calls 44 beyond 1% far', () => {
    // |44 - 45.2| = 1.2 > 0.452.
    expect(gradeNumeric(question, emailShare(), '44')).toEqual({
      status: 'incorrect',
      code: 'far',
    });
  });
});

describe('count-for-share', () => {
  it('flags Email count 113', () => {
    const question = numericQuestion('percent', 1, emailShareMetric);
    expect(gradeNumeric(question, emailShare(), '113')).toEqual({
      status: 'incorrect',
      code: 'count-for-share',
    });
  });

  it('flags count on fraction question', () => {
    const question = numericQuestion('fraction', 3, emailShareMetric);
    expect(gradeNumeric(question, emailShare(), '113').code).toBe('count-for-share');
  });
});

describe('share-of-other-segment', () => {
  it('names Phone for 36', () => {
    const question = numericQuestion('percent', 1, emailShareMetric);
    expect(gradeNumeric(question, emailShare(), '36')).toEqual({
      status: 'incorrect',
      code: 'share-of-other-segment',
      segment: 'Phone',
    });
  });

  it('names Chat for 18.8', () => {
    const question = numericQuestion('percent', 1, emailShareMetric);
    expect(gradeNumeric(question, emailShare(), '18.8')).toEqual({
      status: 'incorrect',
      code: 'share-of-other-segment',
      segment: 'Chat',
    });
  });

  it('names Chat as fraction 0.188', () => {
    // A fraction question compares with the other share as a fraction: 47 / 250 = 0.188.
    const question = numericQuestion('fraction', 3, emailShareMetric);
    expect(gradeNumeric(question, emailShare(), '0.188')).toEqual({
      status: 'incorrect',
      code: 'share-of-other-segment',
      segment: 'Chat',
    });
  });
});

describe('minutes-for-seconds', () => {
  const question = numericQuestion('seconds', 0, averageDuration);

  it('accepts 260 seconds', () => {
    expect(gradeNumeric(question, twoAgents(), '260')).toEqual(CORRECT);
  });

  it('flags 4.33 minutes', () => {
    // 260 / 60 = 4.3333.
    expect(gradeNumeric(question, twoAgents(), '4.33')).toEqual({
      status: 'incorrect',
      code: 'minutes-for-seconds',
    });
  });

  it('flags 4.3 inside 1%', () => {
    // |4.3 - 4.3333| = 0.0333, inside 1% of 4.3333 (0.0433).
    expect(gradeNumeric(question, twoAgents(), '4.3').code).toBe('minutes-for-seconds');
  });

  it('calls 4 far', () => {
    // |4 - 4.3333| = 0.3333, beyond 1%.
    expect(gradeNumeric(question, twoAgents(), '4')).toEqual({ status: 'incorrect', code: 'far' });
  });
});

describe('seconds-for-minutes', () => {
  const question = numericQuestion('minutes', 2, averageDuration);

  it('accepts 4.33 minutes', () => {
    expect(gradeNumeric(question, twoAgents(), '4.33')).toEqual(CORRECT);
  });

  it('flags 260 seconds', () => {
    expect(gradeNumeric(question, twoAgents(), '260')).toEqual({
      status: 'incorrect',
      code: 'seconds-for-minutes',
    });
  });

  it('flags 262 inside 1%', () => {
    // 1% of 260 is 2.6, so 257.4 to 262.6 names the mistake.
    expect(gradeNumeric(question, twoAgents(), '262').code).toBe('seconds-for-minutes');
  });

  it('calls 263 far', () => {
    expect(gradeNumeric(question, twoAgents(), '263')).toEqual({
      status: 'incorrect',
      code: 'far',
    });
  });
});

describe('total-for-average', () => {
  it('flags 2600 seconds', () => {
    // 2 × 100 + 8 × 300 = 2600 s in all.
    const question = numericQuestion('seconds', 0, averageDuration);
    expect(gradeNumeric(question, twoAgents(), '2600')).toEqual({
      status: 'incorrect',
      code: 'total-for-average',
    });
  });

  it('flags total in minutes', () => {
    // 2600 / 60 = 43.3333 min.
    const question = numericQuestion('minutes', 2, averageDuration);
    expect(gradeNumeric(question, twoAgents(), '43.33')).toEqual({
      status: 'incorrect',
      code: 'total-for-average',
    });
  });
});

describe('mean-of-averages', () => {
  it('flags 200 seconds', () => {
    // (100 + 300) / 2 = 200, where the average over all calls is 260.
    const question = numericQuestion('seconds', 0, averageDuration);
    expect(gradeNumeric(question, twoAgents(), '200')).toEqual({
      status: 'incorrect',
      code: 'mean-of-averages',
    });
  });

  it('flags mean in minutes', () => {
    // 200 / 60 = 3.3333 min.
    const question = numericQuestion('minutes', 2, averageDuration);
    expect(gradeNumeric(question, twoAgents(), '3.33')).toEqual({
      status: 'incorrect',
      code: 'mean-of-averages',
    });
  });

  it('skips dataset with one agent', () => {
    // Ana alone: calls of 100 s and 300 s average 200 s, and no mean of averages exists.
    const oneAgent = dataset([call(100), call(300)]);
    const question = numericQuestion('seconds', 0, averageDuration);
    const codes = mistakeValues(question, oneAgent).map((mistake) => mistake.code);
    expect(codes).not.toContain('mean-of-averages');
  });
});

describe('all-interactions-denominator', () => {
  // Calls of 100 s and 200 s, and two emails: 300 s over 2 calls is 150 s, over 4 interactions 75 s.
  const withEmails = () =>
    dataset([call(100), call(200), row({ channel: 'Email' }), row({ channel: 'Email' })]);
  const question = numericQuestion('seconds', 0, averageDuration);

  it('accepts 150 seconds', () => {
    expect(gradeNumeric(question, withEmails(), '150')).toEqual(CORRECT);
  });

  it('flags 75 seconds', () => {
    expect(gradeNumeric(question, withEmails(), '75')).toEqual({
      status: 'incorrect',
      code: 'all-interactions-denominator',
    });
  });
});

describe('average-of-other-segment', () => {
  // Ana: calls of 100 s and 200 s and one email, so 150 s. Ben: 300 s and 500 s, so 400 s.
  // Cy has an email and no call, so no average.
  const agents = () =>
    dataset([
      call(100, { agent: 'Ana' }),
      call(200, { agent: 'Ana' }),
      row({ agent: 'Ana' }),
      call(300, { agent: 'Ben' }),
      call(500, { agent: 'Ben' }),
      row({ agent: 'Cy' }),
    ]);
  const question = numericQuestion('seconds', 0, {
    metric: 'averageCallDuration',
    of: { dimension: 'agent', segment: { label: 'Ana' } },
  });

  it('accepts 150 for Ana', () => {
    expect(gradeNumeric(question, agents(), '150')).toEqual(CORRECT);
  });

  it('names Ben for 400', () => {
    expect(gradeNumeric(question, agents(), '400')).toEqual({
      status: 'incorrect',
      code: 'average-of-other-segment',
      segment: 'Ben',
    });
  });

  it('skips agent with no calls', () => {
    const segments = mistakeValues(question, agents()).map((mistake) => mistake.segment);
    expect(segments).not.toContain('Cy');
  });

  it('keeps every mistaken value finite', () => {
    for (const mistake of mistakeValues(question, agents())) {
      expect(Number.isFinite(mistake.value), mistake.code).toBe(true);
    }
  });

  it('flags all of Ana interactions as denominator', () => {
    // 300 s over Ana's 3 interactions is 100 s.
    expect(gradeNumeric(question, agents(), '100').code).toBe('all-interactions-denominator');
  });
});

// smallWeek has 10 interactions, and the shared base has 200 orders, 1,000 active
// customers and 100 + 80 + 60 = 240 units sold.
describe('per-order-for-per-100-orders', () => {
  // 10 / 200 × 100 = 5.
  const question = numericQuestion('rate', 1, { metric: 'rate', base: 'per100Orders' });

  it('accepts 5', () => {
    expect(gradeNumeric(question, smallWeek(), '5')).toEqual(CORRECT);
  });

  it('flags 0.05 per order', () => {
    // 10 / 200 = 0.05.
    expect(gradeNumeric(question, smallWeek(), '0.05')).toEqual({
      status: 'incorrect',
      code: 'per-order-for-per-100-orders',
    });
  });
});

describe('customers-for-orders', () => {
  it('flags 1 per 100 customers', () => {
    // 10 / 1000 × 100 = 1.
    const question = numericQuestion('rate', 1, { metric: 'rate', base: 'per100Orders' });
    expect(gradeNumeric(question, smallWeek(), '1')).toEqual({
      status: 'incorrect',
      code: 'customers-for-orders',
    });
  });
});

describe('per-customer-for-per-1000-customers', () => {
  // 10 / 1000 × 1000 = 10.
  const question = numericQuestion('rate', 1, { metric: 'rate', base: 'per1000Customers' });

  it('accepts 10', () => {
    expect(gradeNumeric(question, smallWeek(), '10')).toEqual(CORRECT);
  });

  it('flags 0.01 per customer', () => {
    // 10 / 1000 = 0.01.
    expect(gradeNumeric(question, smallWeek(), '0.01')).toEqual({
      status: 'incorrect',
      code: 'per-customer-for-per-1000-customers',
    });
  });
});

describe('orders-for-customers', () => {
  it('flags 50 per 1,000 orders', () => {
    // 10 / 200 × 1000 = 50.
    const question = numericQuestion('rate', 1, { metric: 'rate', base: 'per1000Customers' });
    expect(gradeNumeric(question, smallWeek(), '50')).toEqual({
      status: 'incorrect',
      code: 'orders-for-customers',
    });
  });
});

describe('orders-for-units', () => {
  // 10 / 240 = 0.041666..., so 0.042 at three decimal places.
  const question = numericQuestion('rate', 3, { metric: 'rate', base: 'perUnitSold' });

  it('accepts 0.042', () => {
    expect(gradeNumeric(question, smallWeek(), '0.042')).toEqual(CORRECT);
  });

  it('flags 0.05 per order', () => {
    // 10 / 200 = 0.05.
    expect(gradeNumeric(question, smallWeek(), '0.05')).toEqual({
      status: 'incorrect',
      code: 'orders-for-units',
    });
  });
});

describe('count-for-rate', () => {
  // 3 repeat contacts of 8 interactions: 3 / 8 × 100 = 37.5%.
  const repeats = () =>
    dataset([
      ...Array.from({ length: 3 }, () => row({ repeat: true })),
      ...Array.from({ length: 5 }, () => row({ repeat: false })),
    ]);
  const question = numericQuestion('percent', 1, { metric: 'repeatRate' });

  it('accepts 37.5', () => {
    expect(gradeNumeric(question, repeats(), '37.5')).toEqual(CORRECT);
  });

  it('flags 3 repeat contacts', () => {
    expect(gradeNumeric(question, repeats(), '3')).toEqual({
      status: 'incorrect',
      code: 'count-for-rate',
    });
  });

  it('flags fraction 0.375', () => {
    expect(gradeNumeric(question, repeats(), '0.375').code).toBe('fraction-for-percent');
  });
});

// Monday 6, Tuesday 4, Wednesday 3, Thursday 2, Friday 5: 20 interactions.
// Monday and Tuesday hold 10 / 20 = 50%.
function week(): Dataset {
  const days: [string, number][] = [
    ['2024-03-04', 6],
    ['2024-03-05', 4],
    ['2024-03-06', 3],
    ['2024-03-07', 2],
    ['2024-03-08', 5],
  ];
  return dataset(
    days.flatMap(([date, times]) => Array.from({ length: times }, () => row({ date }))),
  );
}

const earlyWeek = numericQuestion('percent', 1, {
  metric: 'weekdayConcentration',
  weekdays: ['Monday', 'Tuesday'],
});

describe('one-weekday', () => {
  it('accepts 50', () => {
    expect(gradeNumeric(earlyWeek, week(), '50')).toEqual(CORRECT);
  });

  it('names Monday for 30', () => {
    // Monday alone: 6 / 20 = 30%.
    expect(gradeNumeric(earlyWeek, week(), '30')).toEqual({
      status: 'incorrect',
      code: 'one-weekday',
      segment: 'Monday',
    });
  });

  it('names Tuesday for 20', () => {
    // Tuesday alone: 4 / 20 = 20%.
    expect(gradeNumeric(earlyWeek, week(), '20')).toEqual({
      status: 'incorrect',
      code: 'one-weekday',
      segment: 'Tuesday',
    });
  });

  it('skips single-day question', () => {
    const monday = numericQuestion('percent', 1, {
      metric: 'weekdayConcentration',
      weekdays: ['Monday'],
    });
    const codes = mistakeValues(monday, week()).map((mistake) => mistake.code);
    expect(codes).not.toContain('one-weekday');
  });
});

describe('other-weekday-set', () => {
  it('names Monday and Friday for 55', () => {
    // Monday and Friday: (6 + 5) / 20 = 55%, a sum no other pair reaches.
    expect(gradeNumeric(earlyWeek, week(), '55')).toEqual({
      status: 'incorrect',
      code: 'other-weekday-set',
      segment: 'Monday and Friday',
    });
  });

  it('names Friday on single-day question', () => {
    // Monday alone is 30%, and Friday alone is 5 / 20 = 25%.
    const monday = numericQuestion('percent', 1, {
      metric: 'weekdayConcentration',
      weekdays: ['Monday'],
    });
    expect(gradeNumeric(monday, week(), '25')).toEqual({
      status: 'incorrect',
      code: 'other-weekday-set',
      segment: 'Friday',
    });
  });

  it('ignores order of question weekdays', () => {
    // Tuesday and Monday is the same set as Monday and Tuesday, so 50 is correct.
    const reversed = numericQuestion('percent', 1, {
      metric: 'weekdayConcentration',
      weekdays: ['Tuesday', 'Monday'],
    });
    expect(gradeNumeric(reversed, week(), '50')).toEqual(CORRECT);
  });
});

describe('count-change-for-rate-change', () => {
  const question = numericQuestion('percent', 1, rateChange);

  it('accepts -6.7 for rate', () => {
    expect(gradeNumeric(question, growth(), '-6.7')).toEqual(CORRECT);
  });

  it('flags count change 12', () => {
    expect(gradeNumeric(question, growth(), '12')).toEqual({
      status: 'incorrect',
      code: 'count-change-for-rate-change',
    });
  });
});

describe('rate-change-for-count-change', () => {
  const question = numericQuestion('percent', 1, countChange);

  it('accepts 12 for count', () => {
    expect(gradeNumeric(question, growth(), '12')).toEqual(CORRECT);
  });

  it('flags rate change -6.7', () => {
    expect(gradeNumeric(question, growth(), '-6.7')).toEqual({
      status: 'incorrect',
      code: 'rate-change-for-count-change',
    });
  });

  it('reads Unicode minus', () => {
    expect(gradeNumeric(question, growth(), '\u22126.7').code).toBe('rate-change-for-count-change');
  });
});

describe('change-over-current', () => {
  it('flags count over current 10.7', () => {
    // (112 - 100) / 112 × 100 = 10.714.
    const question = numericQuestion('percent', 1, countChange);
    expect(gradeNumeric(question, growth(), '10.7')).toEqual({
      status: 'incorrect',
      code: 'change-over-current',
    });
  });

  it('flags rate over current -7.14', () => {
    // (14/3 - 5) / (14/3) × 100 = -100 / 14 = -7.142857.
    const question = numericQuestion('percent', 1, rateChange);
    expect(gradeNumeric(question, growth(), '-7.14')).toEqual({
      status: 'incorrect',
      code: 'change-over-current',
    });
  });
});

describe('difference-for-change', () => {
  it('flags rate difference -0.33', () => {
    // 14/3 - 5 = -1/3 = -0.3333 interactions per 100 orders.
    const question = numericQuestion('percent', 1, rateChange);
    expect(gradeNumeric(question, growth(), '-0.33')).toEqual({
      status: 'incorrect',
      code: 'difference-for-change',
    });
  });

  it('flags count difference 40', () => {
    // 80 to 120 interactions: +50%, a difference of 40, and 40 / 120 = 33.33% over the current.
    const question = numericQuestion('percent', 1, countChange);
    const rising = periods([80, 120], [1000, 1500]);
    expect(gradeNumeric(question, rising, '50')).toEqual(CORRECT);
    expect(gradeNumeric(question, rising, '40')).toEqual({
      status: 'incorrect',
      code: 'difference-for-change',
    });
  });

  it('grades difference on base 100 correct', () => {
    // From 100 interactions the difference, 12, equals the change in percent.
    const question = numericQuestion('percent', 1, countChange);
    expect(gradeNumeric(question, growth(), '12')).toEqual(CORRECT);
  });
});

describe('duration close and far', () => {
  // 260 s to a whole second: correct within 0.5, close within max(2% of 260, 10 × 0.5) = 5.2.
  const question = numericQuestion('seconds', 0, averageDuration);

  it('accepts both band edges', () => {
    expect(gradeNumeric(question, twoAgents(), '259.5')).toEqual(CORRECT);
    expect(gradeNumeric(question, twoAgents(), '260.5')).toEqual(CORRECT);
  });

  it('calls 260.6 close', () => {
    expect(gradeNumeric(question, twoAgents(), '260.6')).toEqual({
      status: 'incorrect',
      code: 'close',
    });
  });

  it('calls 265.2 close', () => {
    expect(gradeNumeric(question, twoAgents(), '265.2').code).toBe('close');
  });

  it('calls 254.8 close', () => {
    expect(gradeNumeric(question, twoAgents(), '254.8').code).toBe('close');
  });

  it('calls 265.3 far', () => {
    expect(gradeNumeric(question, twoAgents(), '265.3')).toEqual({
      status: 'incorrect',
      code: 'far',
    });
  });

  it('calls 254.7 far', () => {
    expect(gradeNumeric(question, twoAgents(), '254.7').code).toBe('far');
  });

  it('scales close band in minutes', () => {
    // 4.3333 min to two places: close within max(2% of 4.3333, 10 × 0.005) = 0.0867.
    const minutes = numericQuestion('minutes', 2, averageDuration);
    expect(gradeNumeric(minutes, twoAgents(), '4.34').code).toBe('close');
    expect(gradeNumeric(minutes, twoAgents(), '4.41').code).toBe('close');
    expect(gradeNumeric(minutes, twoAgents(), '4.43').code).toBe('far');
  });
});

describe('all-calls-for-long-calls', () => {
  // Calls: Ana 700 s, 650 s, 100 s; Ben 900 s, 50 s; Cai 620 s; one email.
  // Long calls (at least 600 s): Ana 2, Ben 1, Cai 1. The top agent, Ana, holds
  // 2 of 4 long calls, 50%. Over all 6 calls it would be 2 / 6 × 100 = 33.33%.
  const calls = dataset([
    row({ channel: 'Phone', agent: 'Ana', durationSeconds: 700 }),
    row({ channel: 'Phone', agent: 'Ana', durationSeconds: 650 }),
    row({ channel: 'Phone', agent: 'Ana', durationSeconds: 100 }),
    row({ channel: 'Phone', agent: 'Ben', durationSeconds: 900 }),
    row({ channel: 'Phone', agent: 'Ben', durationSeconds: 50 }),
    row({ channel: 'Phone', agent: 'Cai', durationSeconds: 620 }),
    row({ channel: 'Email', agent: 'Cai' }),
  ]);
  const question: NumericQuestion = {
    kind: 'numeric',
    id: 'long-share',
    prompt: 'Share of long calls held by the top agent?',
    unit: 'percent',
    decimals: 1,
    metric: { metric: 'topKConcentration', dimension: 'agent', top: 1, among: { callsOver: 600 } },
  };

  it('grades the share of long calls correct', () => {
    expect(gradeNumeric(question, calls, '50.0').status).toBe('correct');
  });

  it('names division by all calls', () => {
    expect(gradeNumeric(question, calls, '33.3')).toEqual({
      status: 'incorrect',
      code: 'all-calls-for-long-calls',
    });
  });
});
