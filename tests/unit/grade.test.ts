import { describe, expect, it } from 'vitest';
import {
  feedbackMessage,
  formatRounded,
  grade,
  gradeCategory,
  gradeNumeric,
  PARSE_ERROR_MESSAGES,
  sharesBy,
  type CategoryQuestion,
  type FeedbackCode,
  type NumericQuestion,
  type Verdict,
} from '../../src/engine';
import { channelCounts, dataset, row, smallWeek } from './fixtures';

/** Builds a question on the percent share of one channel, to `decimals` places. */
function channelShare(label: string, decimals: number): NumericQuestion {
  return {
    kind: 'numeric',
    id: `${label.toLowerCase()}-share`,
    prompt: `What share of all interactions are ${label} interactions?`,
    unit: 'percent',
    decimals,
    metric: { metric: 'share', dimension: 'channel', segment: { label } },
  };
}

const topProduct: CategoryQuestion = {
  kind: 'category',
  id: 'top-product',
  prompt: 'Which product has the most interactions?',
  dimension: 'product',
  answer: { rank: 1 },
};

// Email 30 of 120 is 25%. Phone 50 is 41.67% and Chat 40 is 33.33%.
const emailQuarter = () => channelCounts({ Email: 30, Phone: 50, Chat: 40 });

describe('gradeNumeric percent forms', () => {
  for (const decimals of [0, 1]) {
    for (const answer of ['25', '25%', '25 %', ' 25 ', '25,0']) {
      it(`accepts ${JSON.stringify(answer)} to ${decimals} places`, () => {
        const verdict = gradeNumeric(channelShare('Email', decimals), emailQuarter(), answer);
        expect(verdict).toEqual({ status: 'correct', code: 'correct' });
      });
    }

    it(`flags a fraction to ${decimals} places`, () => {
      const verdict = gradeNumeric(channelShare('Email', decimals), emailQuarter(), '0.25');
      expect(verdict.status).toBe('incorrect');
      expect(verdict.code).toBe('fraction-for-percent');
    });
  }

  it('flags a more precise fraction', () => {
    // 0.2500 is 25.00%, a fraction carried two places further.
    const verdict = gradeNumeric(channelShare('Email', 1), emailQuarter(), '0.2500');
    expect(verdict.code).toBe('fraction-for-percent');
  });
});

describe('gradeNumeric invalid input', () => {
  it('rejects blank input as empty', () => {
    for (const answer of ['', '   ', '\u00A0']) {
      const verdict = gradeNumeric(channelShare('Email', 0), emailQuarter(), answer);
      expect(verdict).toEqual({ status: 'invalid', code: 'empty' });
    }
  });

  it('never reads blank as zero', () => {
    // No interaction falls on a Sunday, so the exact share is 0 and "0" is correct.
    const sundayShare: NumericQuestion = {
      kind: 'numeric',
      id: 'sunday-share',
      prompt: 'What share of all interactions falls on Sunday?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'share', dimension: 'weekday', segment: { label: 'Sunday' } },
    };
    expect(gradeNumeric(sundayShare, smallWeek(), '0')).toEqual({
      status: 'correct',
      code: 'correct',
    });
    expect(gradeNumeric(sundayShare, smallWeek(), '')).toEqual({
      status: 'invalid',
      code: 'empty',
    });
  });

  it('passes on the parse error code', () => {
    const question = channelShare('Email', 0);
    expect(gradeNumeric(question, emailQuarter(), '25abc').code).toBe('trailing-text');
    expect(gradeNumeric(question, emailQuarter(), '25 26').code).toBe('several-numbers');
    expect(gradeNumeric(question, emailQuarter(), 'Infinity').code).toBe('not-finite');
  });
});

describe('gradeNumeric whole-percent shares', () => {
  // Phone 12, Email 4, Chat 1 of 17: 70.588..., 23.529..., 5.882...
  const split = () => channelCounts({ Phone: 12, Email: 4, Chat: 1 });

  it('accepts 24 for email', () => {
    // |24 - 23.529| = 0.471, inside the half-unit band of 0.5.
    expect(gradeNumeric(channelShare('Email', 0), split(), '24').status).toBe('correct');
  });

  it('rejects 23 and 22 for email', () => {
    // |23 - 23.529| = 0.529 and |22 - 23.529| = 1.529, both outside 0.5.
    const question = channelShare('Email', 0);
    expect(gradeNumeric(question, split(), '23')).toEqual({ status: 'incorrect', code: 'close' });
    expect(gradeNumeric(question, split(), '22')).toEqual({ status: 'incorrect', code: 'close' });
  });

  it('accepts every rounded share shown', () => {
    const shown = sharesBy(split(), 'channel').map((entry) => ({
      label: entry.label,
      figure: formatRounded(entry.share, 0),
    }));
    // 71 + 24 + 6 = 101: the rounded figures do not sum to 100.
    expect(shown).toEqual([
      { label: 'Phone', figure: '71' },
      { label: 'Email', figure: '24' },
      { label: 'Chat', figure: '6' },
    ]);
    for (const { label, figure } of shown) {
      expect(gradeNumeric(channelShare(label, 0), split(), figure).status, label).toBe('correct');
    }
  });
});

describe('gradeNumeric band edges', () => {
  // Email 181 of 400 is exactly 45.25%, so at one decimal place the band is 45.20 to 45.30.
  const edge = () => channelCounts({ Email: 181, Phone: 219 });
  const question = channelShare('Email', 1);

  it('accepts both band edges', () => {
    expect(gradeNumeric(question, edge(), '45.2').status).toBe('correct');
    expect(gradeNumeric(question, edge(), '45.3').status).toBe('correct');
    expect(gradeNumeric(question, edge(), '45,3').status).toBe('correct');
  });

  it('accepts more precise answers inside the band', () => {
    expect(gradeNumeric(question, edge(), '45.25').status).toBe('correct');
    expect(gradeNumeric(question, edge(), '45.26').status).toBe('correct');
    expect(gradeNumeric(question, edge(), '45.2999').status).toBe('correct');
    expect(gradeNumeric(question, edge(), '45.2001').status).toBe('correct');
  });

  it('rejects answers just outside the band', () => {
    expect(gradeNumeric(question, edge(), '45.3001').status).toBe('incorrect');
    expect(gradeNumeric(question, edge(), '45.1999').status).toBe('incorrect');
  });

  it('rejects the next rounded value', () => {
    expect(gradeNumeric(question, edge(), '45.1')).toEqual({ status: 'incorrect', code: 'close' });
    expect(gradeNumeric(question, edge(), '45.4')).toEqual({ status: 'incorrect', code: 'close' });
  });
});

describe('gradeNumeric mistakes', () => {
  it('flags the segment count', () => {
    const verdict = gradeNumeric(channelShare('Email', 0), emailQuarter(), '30');
    expect(verdict.status).toBe('incorrect');
    expect(verdict.code).toBe('count-for-share');
  });

  it('flags the share of another segment', () => {
    // Phone is 50 / 120 = 41.67%, and 42 rounds to it at whole-percent precision.
    const verdict = gradeNumeric(channelShare('Email', 0), emailQuarter(), '42');
    expect(verdict).toEqual({
      status: 'incorrect',
      code: 'share-of-other-segment',
      segment: 'Phone',
    });
  });

  it('flags another segment at one decimal place', () => {
    // Chat is 40 / 120 = 33.33%.
    const verdict = gradeNumeric(channelShare('Email', 1), emailQuarter(), '33.3');
    expect(verdict.code).toBe('share-of-other-segment');
    expect(verdict).toMatchObject({ segment: 'Chat' });
  });

  it('keeps the fraction check to percent questions', () => {
    // A count question has no fraction mistake: 0.3 is not read as 30 / 100.
    const emailCount: NumericQuestion = {
      kind: 'numeric',
      id: 'email-count',
      prompt: 'How many interactions are emails?',
      unit: 'count',
      decimals: 0,
      metric: { metric: 'count', dimension: 'channel', segment: { label: 'Email' } },
    };
    expect(gradeNumeric(emailCount, emailQuarter(), '30').status).toBe('correct');
    expect(gradeNumeric(emailCount, emailQuarter(), '0.3').code).toBe('far');
  });
});

describe('gradeNumeric close and far', () => {
  it('calls a whole-percent answer within 5 points close', () => {
    // At 0 decimals "near" is max(2% of 25, ten bands of 0.5) = 5 points.
    const question = channelShare('Email', 0);
    expect(gradeNumeric(question, emailQuarter(), '27').code).toBe('close');
    expect(gradeNumeric(question, emailQuarter(), '20').code).toBe('close');
  });

  it('calls a whole-percent answer beyond 5 points far', () => {
    const question = channelShare('Email', 0);
    expect(gradeNumeric(question, emailQuarter(), '19').code).toBe('far');
    expect(gradeNumeric(question, emailQuarter(), '60').code).toBe('far');
  });

  it('scales near with the exact value', () => {
    // 45.25% at one decimal place: near is max(2% of 45.25, 0.5) = 0.905 points.
    const question = channelShare('Email', 1);
    const edge = channelCounts({ Email: 181, Phone: 219 });
    expect(gradeNumeric(question, edge, '46.1').code).toBe('close');
    expect(gradeNumeric(question, edge, '46.2').code).toBe('far');
  });
});

describe('gradeCategory', () => {
  it('accepts the leading product', () => {
    // smallWeek has Kettle 5, Fan 3, Toaster 2.
    expect(gradeCategory(topProduct, smallWeek(), 'Kettle')).toEqual({
      status: 'correct',
      code: 'correct',
    });
  });

  it('names another product', () => {
    expect(gradeCategory(topProduct, smallWeek(), 'Fan')).toEqual({
      status: 'incorrect',
      code: 'other-category',
      segment: 'Fan',
    });
  });

  it('treats an empty choice as no choice', () => {
    expect(gradeCategory(topProduct, smallWeek(), '')).toEqual({
      status: 'invalid',
      code: 'no-choice',
    });
  });

  it('grades against a label answer', () => {
    const fanQuestion: CategoryQuestion = { ...topProduct, answer: { label: 'Fan' } };
    expect(gradeCategory(fanQuestion, smallWeek(), 'Fan').status).toBe('correct');
    expect(gradeCategory(fanQuestion, smallWeek(), 'Kettle').code).toBe('other-category');
  });

  it('rejects a question whose leader is tied', () => {
    const tied = dataset([row({ product: 'Kettle' }), row({ product: 'Fan' })]);
    expect(() => gradeCategory(topProduct, tied, 'Kettle')).toThrow(
      'No single product holds rank 1: two segments tie or there are too few.',
    );
  });
});

describe('grade', () => {
  it('dispatches on the question kind', () => {
    expect(grade(topProduct, smallWeek(), 'Kettle').status).toBe('correct');
    expect(grade(channelShare('Email', 0), emailQuarter(), '25').status).toBe('correct');
  });
});

describe('feedbackMessage', () => {
  const question = channelShare('Email', 1);
  const verdicts: Record<FeedbackCode, Verdict> = {
    empty: { status: 'invalid', code: 'empty' },
    'not-a-number': { status: 'invalid', code: 'not-a-number' },
    'trailing-text': { status: 'invalid', code: 'trailing-text' },
    'several-numbers': { status: 'invalid', code: 'several-numbers' },
    'ambiguous-comma': { status: 'invalid', code: 'ambiguous-comma' },
    'not-finite': { status: 'invalid', code: 'not-finite' },
    format: { status: 'invalid', code: 'format' },
    'no-choice': { status: 'invalid', code: 'no-choice' },
    correct: { status: 'correct', code: 'correct' },
    close: { status: 'incorrect', code: 'close' },
    far: { status: 'incorrect', code: 'far' },
    'fraction-for-percent': { status: 'incorrect', code: 'fraction-for-percent' },
    'count-for-share': { status: 'incorrect', code: 'count-for-share' },
    'share-of-other-segment': {
      status: 'incorrect',
      code: 'share-of-other-segment',
      segment: 'Phone',
    },
    'other-category': { status: 'incorrect', code: 'other-category', segment: 'Fan' },
    'wrong-number-of-choices': { status: 'invalid', code: 'wrong-number-of-choices' },
    'percent-for-fraction': { status: 'incorrect', code: 'percent-for-fraction' },
    'minutes-for-seconds': { status: 'incorrect', code: 'minutes-for-seconds' },
    'seconds-for-minutes': { status: 'incorrect', code: 'seconds-for-minutes' },
    'total-for-average': { status: 'incorrect', code: 'total-for-average' },
    'mean-of-averages': { status: 'incorrect', code: 'mean-of-averages' },
    'all-interactions-denominator': { status: 'incorrect', code: 'all-interactions-denominator' },
    'average-of-other-segment': {
      status: 'incorrect',
      code: 'average-of-other-segment',
      segment: 'Ana',
    },
    'per-order-for-per-100-orders': { status: 'incorrect', code: 'per-order-for-per-100-orders' },
    'customers-for-orders': { status: 'incorrect', code: 'customers-for-orders' },
    'per-customer-for-per-1000-customers': {
      status: 'incorrect',
      code: 'per-customer-for-per-1000-customers',
    },
    'orders-for-customers': { status: 'incorrect', code: 'orders-for-customers' },
    'orders-for-units': { status: 'incorrect', code: 'orders-for-units' },
    'count-for-rate': { status: 'incorrect', code: 'count-for-rate' },
    'one-weekday': { status: 'incorrect', code: 'one-weekday', segment: 'Monday' },
    'other-weekday-set': {
      status: 'incorrect',
      code: 'other-weekday-set',
      segment: 'Tuesday and Wednesday',
    },
    'count-change-for-rate-change': { status: 'incorrect', code: 'count-change-for-rate-change' },
    'rate-change-for-count-change': { status: 'incorrect', code: 'rate-change-for-count-change' },
    'change-over-current': { status: 'incorrect', code: 'change-over-current' },
    'difference-for-change': { status: 'incorrect', code: 'difference-for-change' },
    'top-by-count': { status: 'incorrect', code: 'top-by-count' },
    'top-by-total-seconds': { status: 'incorrect', code: 'top-by-total-seconds' },
    'some-choices-right': { status: 'incorrect', code: 'some-choices-right' },
    'no-choice-right': { status: 'incorrect', code: 'no-choice-right' },
    'other-action': { status: 'incorrect', code: 'other-action' },
    'all-interactions-for-subset': { status: 'incorrect', code: 'all-interactions-for-subset' },
    'wrong-sign': { status: 'incorrect', code: 'wrong-sign' },
    'all-calls-for-long-calls': { status: 'incorrect', code: 'all-calls-for-long-calls' },
    'percent-sign-not-asked': { status: 'invalid', code: 'percent-sign-not-asked' },
  };

  for (const [code, verdict] of Object.entries(verdicts)) {
    it(`writes a sentence for ${code}`, () => {
      const message = feedbackMessage(verdict, question);
      expect(message.length).toBeGreaterThan(0);
      expect(message).toMatch(/^[A-Z]/);
      expect(message).toMatch(/\.$/);
      expect(message).not.toContain('undefined');
    });
  }

  it('uses the parse message for parse errors', () => {
    expect(feedbackMessage(verdicts.empty, question)).toBe(PARSE_ERROR_MESSAGES.empty);
  });

  it('pins the close message', () => {
    expect(feedbackMessage(verdicts.close, question)).toBe(
      'You are close, but not within the precision asked. Recount, and round only at the end, to one decimal place.',
    );
  });

  it('pins the other-segment message', () => {
    expect(feedbackMessage(verdicts['share-of-other-segment'], question)).toBe(
      'This is the share of Phone. Check which channel the question asks about.',
    );
  });

  it('pins the other-category message', () => {
    expect(feedbackMessage(verdicts['other-category'], topProduct)).toBe(
      'Fan is not the product the question asks for. Compare the number of interactions of every product.',
    );
  });

  it('explains a graded fraction', () => {
    const verdict = gradeNumeric(question, emailQuarter(), '0.25');
    expect(feedbackMessage(verdict, question)).toBe(
      'This looks like a fraction. The question asks for a percent: multiply by 100, so 0.452 becomes 45.2.',
    );
  });
});

describe('percent sign', () => {
  it('is not graded on a count question', () => {
    const question: NumericQuestion = {
      kind: 'numeric',
      id: 'total',
      prompt: 'How many?',
      unit: 'count',
      decimals: 0,
      metric: { metric: 'totalInteractions' },
    };
    const verdict = gradeNumeric(question, smallWeek(), '10%');
    expect(verdict).toEqual({ status: 'invalid', code: 'percent-sign-not-asked' });
    expect(feedbackMessage(verdict, question)).toBe(
      'This question asks for a count of interactions, not a percent. Remove the % sign.',
    );
  });
});
