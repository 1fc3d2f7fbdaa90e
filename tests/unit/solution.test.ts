import { describe, expect, it } from 'vitest';
import {
  expectedValue,
  formatRounded,
  fromRows,
  gradeNumeric,
  workedSolution,
  type ActionQuestion,
  type BusinessBase,
  type CategoryQuestion,
  type ChoicesQuestion,
  type Dataset,
  type InteractionRow,
  type MetricRef,
  type NumericQuestion,
  type Unit,
} from '../../src/engine';
import { dataset, row, smallWeek } from './fixtures';

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

/** Builds a call row on the `Phone` channel. */
function call(seconds: number, fields: Partial<InteractionRow> = {}): InteractionRow {
  return row({ channel: 'Phone', durationSeconds: seconds, ...fields });
}

/** Builds 27 calls of 3 s and 13 of 2 s, so 81 + 26 = 107 s over 40 calls average exactly 2.675 s. */
function halfWayCalls(): Dataset {
  return dataset([
    ...Array.from({ length: 27 }, () => call(3)),
    ...Array.from({ length: 13 }, () => call(2)),
  ]);
}

/** Builds a business base with `orders`. These metrics read no other field. */
function base(orders: number): BusinessBase {
  return { orders, activeCustomers: 1000, unitsSold: [100] };
}

/** Growth with a falling rate: 100 interactions on 2000 orders, then 112 on 2400. */
function growth(): Dataset {
  const rows = [
    ...Array.from({ length: 100 }, () => row({ period: 0 })),
    ...Array.from({ length: 112 }, () => row({ period: 1 })),
  ];
  return fromRows(rows, base(4400), {
    periods: [
      { label: 'Last month', base: base(2000) },
      { label: 'This month', base: base(2400) },
    ],
  });
}

/** Ana: calls of 100 s and 200 s (150 s). Ben: one call of 400 s. Cy: an email and no call. */
function agents(): Dataset {
  return dataset([
    call(100, { agent: 'Ana' }),
    call(200, { agent: 'Ana' }),
    call(400, { agent: 'Ben' }),
    row({ agent: 'Cy' }),
  ]);
}

/**
 * Calls of at least 600 s: Ana 2 (700 s and 650 s, plus one of 100 s), Ben 1 (900 s,
 * plus one of 200 s), Cy 0 (five of 300 s).
 */
function longCalls(): Dataset {
  return dataset([
    call(700, { agent: 'Ana' }),
    call(650, { agent: 'Ana' }),
    call(100, { agent: 'Ana' }),
    call(900, { agent: 'Ben' }),
    call(200, { agent: 'Ben' }),
    ...Array.from({ length: 5 }, () => call(300, { agent: 'Cy' })),
  ]);
}

// smallWeek has 10 interactions: Kettle 5, Fan 3 and Toaster 2. It has calls of
// 120 s, 300 s and 60 s, Monday 4, Tuesday 3, Wednesday 2 and Friday 1, and one
// repeat contact. The shared base has 200 orders, 1,000 active customers and
// 100 + 80 + 60 = 240 units sold.
const kettleShare: MetricRef = {
  metric: 'share',
  dimension: 'product',
  segment: { label: 'Kettle' },
};
const averageDuration: MetricRef = { metric: 'averageCallDuration' };

describe('workedSolution share', () => {
  const question = numericQuestion('percent', 1, kettleShare);

  it('shows counts, division and rounding', () => {
    expect(workedSolution(question, smallWeek()).steps).toEqual([
      'Count the interactions of Kettle: 5.',
      'Count all interactions: 10.',
      'Divide and multiply by 100: 5 / 10 × 100 = 50.',
      'Round to one decimal place: 50.0%.',
    ]);
  });

  it('gives answer with percent sign', () => {
    expect(workedSolution(question, smallWeek()).answer).toBe('50.0%');
  });

  it('rounds answer like the grader', () => {
    const exact = expectedValue(question, smallWeek());
    expect(workedSolution(question, smallWeek()).answer).toBe(`${formatRounded(exact, 1)}%`);
  });

  it('converts to fraction', () => {
    // 50% is 0.5 as a fraction, 0.50 to two decimal places.
    const fraction = numericQuestion('fraction', 2, kettleShare);
    expect(workedSolution(fraction, smallWeek())).toEqual({
      steps: [
        'Count the interactions of Kettle: 5.',
        'Count all interactions: 10.',
        'Divide and multiply by 100: 5 / 10 × 100 = 50.',
        'Convert the percent to a fraction: divide by 100, which gives 0.5.',
        'Round to two decimal places: 0.50.',
      ],
      answer: '0.50',
    });
  });
});

describe('workedSolution average call duration', () => {
  it('shows seconds over calls', () => {
    // 120 + 300 + 60 = 480 s over 3 calls.
    const question = numericQuestion('seconds', 0, averageDuration);
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Keep only the calls of all agents: 3 calls with a duration. Chats, emails and tickets have none.',
        'Add their durations: 480 seconds.',
        'Divide the seconds by the calls: 480 / 3 = 160 seconds.',
      ],
      answer: '160',
    });
  });

  it('converts to minutes', () => {
    // 160 / 60 = 2.6667 min, 2.7 to one decimal place.
    const question = numericQuestion('minutes', 1, averageDuration);
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Keep only the calls of all agents: 3 calls with a duration. Chats, emails and tickets have none.',
        'Add their durations: 480 seconds.',
        'Divide the seconds by the calls: 480 / 3 = 160 seconds.',
        'Convert seconds to minutes: divide by 60, which gives 2.6667.',
        'Round to one decimal place: 2.7.',
      ],
      answer: '2.7',
    });
  });

  it('keeps to one agent', () => {
    const question = numericQuestion('seconds', 0, {
      metric: 'averageCallDuration',
      of: { dimension: 'agent', segment: { label: 'Ana' } },
    });
    expect(workedSolution(question, agents()).steps).toEqual([
      'Keep only the calls of Ana: 2 calls with a duration. Chats, emails and tickets have none.',
      'Add their durations: 300 seconds.',
      'Divide the seconds by the calls: 300 / 2 = 150 seconds.',
    ]);
  });

  it('rounds 2.675 half up', () => {
    const question = numericQuestion('seconds', 2, averageDuration);
    expect(workedSolution(question, halfWayCalls()).steps).toEqual([
      'Keep only the calls of all agents: 40 calls with a duration. Chats, emails and tickets have none.',
      'Add their durations: 107 seconds.',
      'Divide the seconds by the calls: 107 / 40 = 2.675 seconds.',
      'Round to two decimal places: 2.68.',
    ]);
  });

  it('matches grader rounding', () => {
    const question = numericQuestion('seconds', 2, averageDuration);
    const exact = expectedValue(question, halfWayCalls());
    const { answer } = workedSolution(question, halfWayCalls());
    expect(answer).toBe('2.68');
    expect(answer).toBe(formatRounded(exact, 2));
    expect(gradeNumeric(question, halfWayCalls(), answer).status).toBe('correct');
  });
});

describe('workedSolution weekday concentration', () => {
  it('adds Monday and Tuesday', () => {
    // (4 + 3) / 10 × 100 = 70.
    const question = numericQuestion('percent', 1, {
      metric: 'weekdayConcentration',
      weekdays: ['Monday', 'Tuesday'],
    });
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Count the interactions per weekday: Monday 4, Tuesday 3, Wednesday 2, Thursday 0, Friday 1, Saturday 0, Sunday 0.',
        'Add Monday and Tuesday: 4 + 3 = 7.',
        'Divide by all 10 interactions and multiply by 100: 7 / 10 × 100 = 70.',
        'Round to one decimal place: 70.0%.',
      ],
      answer: '70.0%',
    });
  });
});

describe('workedSolution rates', () => {
  it('shows per 100 orders', () => {
    // 10 / 200 × 100 = 5.
    const question = numericQuestion('rate', 2, { metric: 'rate', base: 'per100Orders' });
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Count the interactions: 10.',
        'Take the orders of the same period: 200.',
        'Divide and multiply by 100: 10 / 200 × 100 = 5.',
        'Round to two decimal places: 5.00.',
      ],
      answer: '5.00',
    });
  });

  it('shows per 1,000 customers', () => {
    // 10 / 1000 × 1000 = 10.
    const question = numericQuestion('rate', 1, { metric: 'rate', base: 'per1000Customers' });
    expect(workedSolution(question, smallWeek()).steps).toEqual([
      'Count the interactions: 10.',
      'Take the active customers of the same period: 1000.',
      'Divide and multiply by 1,000: 10 / 1000 × 1000 = 10.',
      'Round to one decimal place: 10.0.',
    ]);
  });

  it('shows per unit sold', () => {
    // 10 / 240 = 0.041666..., shown as 0.0417 and rounded to 0.042.
    const question = numericQuestion('rate', 3, { metric: 'rate', base: 'perUnitSold' });
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Count the interactions: 10.',
        'Add the units sold of every product: 240.',
        'Divide: 10 / 240 = 0.0417.',
        'Round to three decimal places: 0.042.',
      ],
      answer: '0.042',
    });
  });

  it('keeps to one period', () => {
    // 112 / 2400 × 100 = 4.6667.
    const question = numericQuestion('rate', 2, {
      metric: 'rate',
      base: 'per100Orders',
      period: 1,
    });
    expect(workedSolution(question, growth())).toEqual({
      steps: [
        'Count the interactions: 112.',
        'Take the orders of the same period: 2400.',
        'Divide and multiply by 100: 112 / 2400 × 100 = 4.6667.',
        'Round to two decimal places: 4.67.',
      ],
      answer: '4.67',
    });
  });

  it('shows repeat rate', () => {
    // 1 / 10 × 100 = 10.
    const question = numericQuestion('percent', 1, { metric: 'repeatRate' });
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Count the repeat contacts: 1.',
        'Divide by all interactions and multiply by 100: 1 / 10 × 100 = 10.',
        'Round to one decimal place: 10.0%.',
      ],
      answer: '10.0%',
    });
  });
});

describe('workedSolution counts', () => {
  it('counts every row', () => {
    const question = numericQuestion('count', 0, { metric: 'totalInteractions' });
    expect(workedSolution(question, smallWeek()).steps).toEqual([
      'Count every row of the dataset, whatever the channel: 10 interactions.',
    ]);
  });

  it('counts one product', () => {
    const question = numericQuestion('count', 0, {
      metric: 'count',
      dimension: 'product',
      segment: { label: 'Kettle' },
    });
    expect(workedSolution(question, smallWeek()).steps).toEqual([
      'Count the rows whose product is Kettle: 5.',
    ]);
  });
});

describe('workedSolution period change', () => {
  it('shows count change', () => {
    // (112 - 100) / 100 × 100 = 12.
    const question = numericQuestion('percent', 1, { metric: 'periodChange', of: 'count' });
    expect(workedSolution(question, growth())).toEqual({
      steps: [
        'Take the interactions of each period: previous 100, current 112.',
        'Subtract, divide by the previous period and multiply by 100: (112 - 100) / 100 × 100 = 12.',
        'Round to one decimal place: 12.0%.',
      ],
      answer: '12.0%',
    });
  });

  it('shows rate change', () => {
    // Rates 100 / 2000 × 100 = 5 and 112 / 2400 × 100 = 4.6667: (4.6667 - 5) / 5 × 100 = -6.6667.
    const question = numericQuestion('percent', 1, { metric: 'periodChange', of: 'rate' });
    expect(workedSolution(question, growth())).toEqual({
      steps: [
        'Take the interactions per 100 orders of each period: previous 5, current 4.6667.',
        'Subtract, divide by the previous period and multiply by 100: (4.6667 - 5) / 5 × 100 = -6.6667.',
        'Round to one decimal place: -6.7%.',
      ],
      answer: '-6.7%',
    });
  });
});

describe('workedSolution every numeric answer', () => {
  const cases: [string, NumericQuestion, () => Dataset][] = [
    ['share', numericQuestion('percent', 1, kettleShare), smallWeek],
    ['fraction share', numericQuestion('fraction', 2, kettleShare), smallWeek],
    ['seconds', numericQuestion('seconds', 0, averageDuration), smallWeek],
    ['minutes', numericQuestion('minutes', 1, averageDuration), smallWeek],
    ['half-way seconds', numericQuestion('seconds', 2, averageDuration), halfWayCalls],
    ['rate change', numericQuestion('percent', 1, { metric: 'periodChange', of: 'rate' }), growth],
  ];

  for (const [name, question, build] of cases) {
    it(`grades ${name} answer correct`, () => {
      const data = build();
      const { answer } = workedSolution(question, data);
      expect(gradeNumeric(question, data, answer).status).toBe('correct');
    });
  }
});

describe('workedSolution category', () => {
  it('ranks products by count', () => {
    const question: CategoryQuestion = {
      kind: 'category',
      id: 'top-product',
      prompt: 'Which product has the most interactions?',
      dimension: 'product',
      answer: { rank: 1 },
    };
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: [
        'Compare the number of interactions of every product, largest first: Kettle 5, Fan 3, Toaster 2.',
        'The answer is Kettle.',
      ],
      answer: 'Kettle',
    });
  });

  it('ranks agents by average', () => {
    // Ben averages 400 s and Ana (100 + 200) / 2 = 150 s. Cy has no call and ranks last.
    const question: CategoryQuestion = {
      kind: 'category',
      id: 'longest-average',
      prompt: 'Which agent has the longest average call duration?',
      dimension: 'agent',
      answer: { rank: 1, by: 'averageCallDuration' },
    };
    expect(workedSolution(question, agents())).toEqual({
      steps: [
        'Compare the average call duration of every agent, largest first: Ben 400, Ana 150, Cy no calls.',
        'The answer is Ben.',
      ],
      answer: 'Ben',
    });
  });
});

describe('workedSolution choices', () => {
  it('names top two by long calls', () => {
    const question: ChoicesQuestion = {
      kind: 'choices',
      id: 'most-long-calls',
      prompt: 'Which two agents have the most calls of at least 600 seconds?',
      dimension: 'agent',
      answer: { top: 2, by: { callsOver: 600 } },
    };
    expect(workedSolution(question, longCalls())).toEqual({
      steps: [
        'Compare the number of calls of at least 600 seconds of every agent, largest first: Ana 2, Ben 1, Cy 0.',
        'The 2 largest are Ana and Ben.',
      ],
      answer: 'Ana, Ben',
    });
  });
});

describe('workedSolution action', () => {
  it('gives reason and option label', () => {
    const question: ActionQuestion = {
      kind: 'action',
      id: 'next-step',
      prompt: 'What should the support lead do next?',
      options: [
        { id: 'investigate-kettle', label: 'Investigate the Kettle' },
        { id: 'staff-early-week', label: 'Add staff on Monday and Tuesday' },
      ],
      answer: 'staff-early-week',
      reason: 'Monday and Tuesday carry 7 of the 10 interactions.',
    };
    expect(workedSolution(question, smallWeek())).toEqual({
      steps: ['Monday and Tuesday carry 7 of the 10 interactions.'],
      answer: 'Add staff on Monday and Tuesday',
    });
  });
});
