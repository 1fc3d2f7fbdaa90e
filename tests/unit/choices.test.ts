import { describe, expect, it } from 'vitest';
import {
  decodeChoices,
  encodeChoices,
  feedbackMessage,
  gradeAction,
  gradeCategory,
  gradeChoices,
  gradeNumeric,
  type ActionQuestion,
  type CategoryQuestion,
  type ChoicesQuestion,
  type InteractionRow,
  type NumericQuestion,
} from '../../src/engine';
import { dataset, row } from './fixtures';

/** `times` call rows of `seconds` each, on the `Phone` channel, taken by `agent`. */
function calls(agent: string, times: number, seconds: number): InteractionRow[] {
  return Array.from({ length: times }, () =>
    row({ agent, channel: 'Phone', durationSeconds: seconds }),
  );
}

/** `times` email rows taken by `agent`. */
function emails(agent: string, times: number): InteractionRow[] {
  return Array.from({ length: times }, () => row({ agent, channel: 'Email' }));
}

/**
 * Agents whose leaders differ by measure:
 * Ana 10 calls of 120 s: average 120, total 1200, 10 interactions.
 * Ben 3 calls of 300 s: average 300, total 900, 3 interactions.
 * Cy 2 calls of 200 s and 12 emails: average 200, total 400, 14 interactions.
 * Dee 1 call of 250 s: average 250, total 250, 1 interaction.
 * Fay 1 email and no call.
 * Ben leads by average, Ana (many short calls) by total seconds, Cy by count.
 */
function durationAgents() {
  return dataset([
    ...calls('Ana', 10, 120),
    ...calls('Ben', 3, 300),
    ...calls('Cy', 2, 200),
    ...emails('Cy', 12),
    ...calls('Dee', 1, 250),
    ...emails('Fay', 1),
  ]);
}

const longestAverage: CategoryQuestion = {
  kind: 'category',
  id: 'longest-average',
  prompt: 'Which agent has the longest average call duration?',
  dimension: 'agent',
  answer: { rank: 1, by: 'averageCallDuration' },
};

/**
 * Agents for "which two have the most calls of at least 600 s":
 * Ana 3 calls of 700 s: 3 long calls, total 2100, 3 interactions.
 * Ben 2 calls of exactly 600 s: 2 long calls, total 1200, 2 interactions.
 * Cy 12 calls of 200 s: 0 long calls, total 2400, 12 interactions.
 * Dee 1 call of 601 s and 4 of 300 s: 1 long call, total 1801, 5 interactions.
 * Eve 1 call of 100 s: 0 long calls, total 100, 1 interaction.
 * The right pair is Ana and Ben, and Ben is in it only because 600 s counts as at least 600 s.
 * By total seconds the top two are Cy and Ana; by count, Cy and Dee.
 */
function longCallAgents() {
  return dataset([
    ...calls('Ana', 3, 700),
    ...calls('Ben', 2, 600),
    ...calls('Cy', 12, 200),
    ...calls('Dee', 1, 601),
    ...calls('Dee', 4, 300),
    ...calls('Eve', 1, 100),
  ]);
}

const topTwoByLongCalls: ChoicesQuestion = {
  kind: 'choices',
  id: 'most-long-calls',
  prompt: 'Which two agents have the most calls of at least 600 seconds?',
  dimension: 'agent',
  answer: { top: 2, by: { callsOver: 600 } },
};

/** Grades a choice of labels the way the player stores it. */
function gradeLabels(labels: string[]) {
  return gradeChoices(topTwoByLongCalls, longCallAgents(), encodeChoices(labels));
}

const staffing: ActionQuestion = {
  kind: 'action',
  id: 'next-step',
  prompt: 'What should the support lead do next?',
  options: [
    { id: 'investigate-kettle', label: 'Investigate the Kettle' },
    { id: 'staff-early-week', label: 'Add staff on Monday and Tuesday' },
    { id: 'coach-agents', label: 'Coach the agents with the longest calls' },
  ],
  answer: 'staff-early-week',
  reason: 'Monday and Tuesday carry half of the week.',
};

describe('gradeCategory by average duration', () => {
  it('accepts Ben', () => {
    expect(gradeCategory(longestAverage, durationAgents(), 'Ben')).toEqual({
      status: 'correct',
      code: 'correct',
    });
  });

  it('flags top by total seconds', () => {
    // Ana's 10 short calls add up to 1200 s, the most of any agent.
    expect(gradeCategory(longestAverage, durationAgents(), 'Ana')).toEqual({
      status: 'incorrect',
      code: 'top-by-total-seconds',
      segment: 'Ana',
    });
  });

  it('flags top by count', () => {
    // Cy has 14 interactions, the most of any agent.
    expect(gradeCategory(longestAverage, durationAgents(), 'Cy')).toEqual({
      status: 'incorrect',
      code: 'top-by-count',
      segment: 'Cy',
    });
  });

  it('names other agent', () => {
    expect(gradeCategory(longestAverage, durationAgents(), 'Dee')).toEqual({
      status: 'incorrect',
      code: 'other-category',
      segment: 'Dee',
    });
  });

  it('names agent with no calls', () => {
    expect(gradeCategory(longestAverage, durationAgents(), 'Fay')).toEqual({
      status: 'incorrect',
      code: 'other-category',
      segment: 'Fay',
    });
  });

  it('treats empty choice as no choice', () => {
    expect(gradeCategory(longestAverage, durationAgents(), '')).toEqual({
      status: 'invalid',
      code: 'no-choice',
    });
  });
});

describe('gradeChoices top two by long calls', () => {
  it('accepts right pair', () => {
    expect(gradeLabels(['Ana', 'Ben'])).toEqual({ status: 'correct', code: 'correct' });
  });

  it('accepts right pair reversed', () => {
    expect(gradeLabels(['Ben', 'Ana'])).toEqual({ status: 'correct', code: 'correct' });
  });

  it('flags one right choice', () => {
    expect(gradeLabels(['Ana', 'Dee'])).toEqual({
      status: 'incorrect',
      code: 'some-choices-right',
    });
  });

  it('flags no right choice', () => {
    expect(gradeLabels(['Dee', 'Eve'])).toEqual({ status: 'incorrect', code: 'no-choice-right' });
  });

  it('flags pair by total seconds', () => {
    // Cy has 2400 s and Ana 2100 s. Ana is right, but the pair matches the ranking by total seconds.
    expect(gradeLabels(['Cy', 'Ana'])).toEqual({
      status: 'incorrect',
      code: 'top-by-total-seconds',
    });
  });

  it('flags pair by total seconds reversed', () => {
    expect(gradeLabels(['Ana', 'Cy']).code).toBe('top-by-total-seconds');
  });

  it('flags pair by count', () => {
    // Cy 12 and Dee 5 interactions.
    expect(gradeLabels(['Cy', 'Dee'])).toEqual({ status: 'incorrect', code: 'top-by-count' });
  });

  it('rejects one label', () => {
    expect(gradeLabels(['Ana'])).toEqual({ status: 'invalid', code: 'wrong-number-of-choices' });
  });

  it('rejects three labels', () => {
    expect(gradeLabels(['Ana', 'Ben', 'Dee'])).toEqual({
      status: 'invalid',
      code: 'wrong-number-of-choices',
    });
  });

  it('rejects repeated label', () => {
    // One agent chosen twice counts as one choice, and the question expects two.
    expect(gradeLabels(['Ana', 'Ana'])).toEqual({
      status: 'invalid',
      code: 'wrong-number-of-choices',
    });
  });

  it('treats empty text as no choice', () => {
    expect(gradeChoices(topTwoByLongCalls, longCallAgents(), '')).toEqual({
      status: 'invalid',
      code: 'no-choice',
    });
  });

  it('treats empty list as no choice', () => {
    expect(gradeLabels([])).toEqual({ status: 'invalid', code: 'no-choice' });
  });

  it('treats garbage text as no choice', () => {
    expect(gradeChoices(topTwoByLongCalls, longCallAgents(), 'Ana, Ben')).toEqual({
      status: 'invalid',
      code: 'no-choice',
    });
  });

  it('counts unknown label as wrong', () => {
    expect(gradeLabels(['Ana', 'Zed']).code).toBe('some-choices-right');
  });
});

describe('encodeChoices and decodeChoices', () => {
  it('round-trips two labels', () => {
    expect(decodeChoices(encodeChoices(['Ana', 'Ben']))).toEqual(['Ana', 'Ben']);
  });

  it('keeps choice order', () => {
    expect(decodeChoices(encodeChoices(['Ben', 'Ana']))).toEqual(['Ben', 'Ana']);
  });

  it('round-trips quotes and commas', () => {
    const labels = ['Crème, "Deluxe"', '=HYPERLINK("x","y")'];
    expect(decodeChoices(encodeChoices(labels))).toEqual(labels);
  });

  it('encodes no labels as empty text', () => {
    expect(encodeChoices([])).toBe('');
  });

  it('decodes empty text as no labels', () => {
    expect(decodeChoices('')).toEqual([]);
  });

  for (const garbage of ['Ana, Ben', '[', '"Ana"', 'null', '{"Ana":1}', '[1,2]', '["Ana",2]']) {
    it(`decodes ${garbage} as no labels`, () => {
      expect(decodeChoices(garbage)).toEqual([]);
    });
  }
});

describe('gradeAction', () => {
  it('accepts right action', () => {
    expect(gradeAction(staffing, 'staff-early-week')).toEqual({
      status: 'correct',
      code: 'correct',
    });
  });

  it('flags other action', () => {
    expect(gradeAction(staffing, 'investigate-kettle')).toEqual({
      status: 'incorrect',
      code: 'other-action',
    });
  });

  it('flags unknown action id', () => {
    expect(gradeAction(staffing, 'hire-more').code).toBe('other-action');
  });

  it('treats empty choice as no choice', () => {
    expect(gradeAction(staffing, '')).toEqual({ status: 'invalid', code: 'no-choice' });
  });
});

describe('feedbackMessage ranking mistakes', () => {
  it('pins top-by-total-seconds for category', () => {
    const verdict = gradeCategory(longestAverage, durationAgents(), 'Ana');
    expect(feedbackMessage(verdict, longestAverage)).toBe(
      'You ranked by total call seconds, and an agent who takes more calls piles up more seconds. Compare the average call duration of every agent instead.',
    );
  });

  it('pins top-by-total-seconds for choices', () => {
    const verdict = gradeLabels(['Cy', 'Ana']);
    expect(feedbackMessage(verdict, topTwoByLongCalls)).toBe(
      'You ranked by total call seconds, and an agent who takes more calls piles up more seconds. Compare the number of calls of at least 600 seconds of every agent instead.',
    );
  });

  it('pins mean-of-averages', () => {
    // Agent A 2 calls of 100 s, agent B 8 calls of 300 s: 260 s over all calls, 200 s as a mean.
    const twoAgents = dataset([...calls('A', 2, 100), ...calls('B', 8, 300)]);
    const averageDuration: NumericQuestion = {
      kind: 'numeric',
      id: 'average-duration',
      prompt: 'What is the average call duration, in seconds?',
      unit: 'seconds',
      decimals: 0,
      metric: { metric: 'averageCallDuration' },
    };
    const verdict = gradeNumeric(averageDuration, twoAgents, '200');
    expect(verdict.code).toBe('mean-of-averages');
    expect(feedbackMessage(verdict, averageDuration)).toBe(
      "You averaged the agents' averages, which gives an agent with a few calls as much weight as one with many. Divide all call seconds by all calls instead.",
    );
  });
});
