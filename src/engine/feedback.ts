import { DIMENSION_LABELS } from './dataset';
import type { FeedbackCode, Verdict } from './grade';
import { PARSE_ERROR_MESSAGES } from './parse';
import type { Question, RankMeasure, Unit } from './questions';

const UNIT_WORDS: Record<Unit, string> = {
  count: 'a count of interactions',
  percent: 'a percent, such as 45.2 rather than 0.452',
  fraction: 'a fraction, such as 0.452 rather than 45.2',
  seconds: 'seconds',
  minutes: 'minutes',
  rate: 'a rate',
};

const PLACES = [
  'a whole number',
  'one decimal place',
  'two decimal places',
  'three decimal places',
];

/** Describes the precision a numeric question asks for, as in "one decimal place". */
export function precisionWords(decimals: number): string {
  return PLACES[decimals] ?? `${decimals} decimal places`;
}

/** Describes what segments are ranked by, as in "average call duration". */
export function measureWords(by: RankMeasure): string {
  if (by === 'count') return 'number of interactions';
  if (by === 'averageCallDuration') return 'average call duration';
  if (by === 'totalCallSeconds') return 'total call seconds';
  if (by === 'repeats') return 'number of repeat contacts';
  return `number of calls of at least ${by.callsOver} seconds`;
}

interface FeedbackContext {
  question: Question;
  segment?: string;
}

type Message = (context: FeedbackContext) => string;

/**
 * The sentence a learner reads for each feedback code. The record type makes a
 * code without a sentence, or a misspelt code, fail to compile.
 */
const FEEDBACK: Record<FeedbackCode, Message> = {
  ...parseMessages(),
  'no-choice': () => 'Choose an option, then press Check.',
  'percent-sign-not-asked': ({ question }) =>
    `This question asks for ${unitOf(question)}, not a percent. Remove the % sign.`,
  'wrong-number-of-choices': ({ question }) =>
    `Choose exactly ${question.kind === 'choices' ? question.answer.top : 'the asked number of'} options, then press Check.`,
  correct: () => 'Correct.',
  close: ({ question }) =>
    `You are close, but not within the precision asked. Recount, and round only at the end, to ${roundingOf(question)}.`,
  far: ({ question }) =>
    `This is not near the expected value. Check which rows you counted, and give ${unitOf(question)}.`,
  'fraction-for-percent': () =>
    'This looks like a fraction. The question asks for a percent: multiply by 100, so 0.452 becomes 45.2.',
  'percent-for-fraction': () =>
    'This looks like a percent. The question asks for a fraction: divide by 100, so 45.2 becomes 0.452.',
  'minutes-for-seconds': () =>
    'This looks like minutes. The question asks for seconds: multiply by 60.',
  'seconds-for-minutes': () =>
    'This looks like seconds. The question asks for minutes: divide by 60.',
  'count-for-share': () =>
    'This is the number of interactions in the segment. Divide it by the total number of interactions and multiply by 100 to get its share.',
  'share-of-other-segment': ({ question, segment }) =>
    `This is the share of ${segment ?? 'another segment'}. Check which ${dimensionOf(question)} the question asks about.`,
  'all-interactions-for-subset': () =>
    'You divided by all interactions. The question asks for a share of a part of the data, so divide by the size of that part.',
  'all-calls-for-long-calls': () =>
    'You divided by all calls. The question asks for a share of the long calls, so divide by the number of long calls.',
  'total-for-average': () =>
    'This is the total of the call seconds, not the average. Divide the total by the number of calls.',
  'mean-of-averages': () =>
    "You averaged the agents' averages, which gives an agent with a few calls as much weight as one with many. Divide all call seconds by all calls instead.",
  'all-interactions-denominator': () =>
    'You divided by all interactions. Only calls have a duration, so divide the call seconds by the number of calls.',
  'average-of-other-segment': ({ question, segment }) =>
    `This is the average of ${segment ?? 'another segment'}. Check which ${dimensionOf(question)} the question asks about.`,
  'per-order-for-per-100-orders': () =>
    'This is interactions per order. The question asks per 100 orders: multiply by 100.',
  'customers-for-orders': () =>
    'You divided by active customers. This rate is per 100 orders: divide by the number of orders, then multiply by 100.',
  'per-customer-for-per-1000-customers': () =>
    'This is interactions per customer. The question asks per 1,000 customers: multiply by 1,000.',
  'orders-for-customers': () =>
    'You divided by orders. This rate is per 1,000 active customers: divide by active customers, then multiply by 1,000.',
  'orders-for-units': () =>
    'You divided by orders. This rate is per unit sold: divide by the number of units sold.',
  'count-for-rate': () =>
    'This is the number of repeat contacts. Divide it by all interactions and multiply by 100 to get the rate.',
  'one-weekday': ({ segment }) =>
    `This is the share of ${segment ?? 'one weekday'} alone. The question asks for the days together: add their interactions before you divide.`,
  'other-weekday-set': ({ segment }) =>
    `This is the share of ${segment ?? 'other weekdays'}. Check which weekdays the question names.`,
  'count-change-for-rate-change': () =>
    'This is the change in the number of interactions. The question asks for the change in the rate: work out the rate of each period first.',
  'rate-change-for-count-change': () =>
    'This is the change in the rate. The question asks for the change in the number of interactions.',
  'change-over-current': () =>
    'You divided the difference by the current period. A change is measured against the previous period, so divide by the earlier value.',
  'wrong-sign': () =>
    'The size is right, but the sign is not. A fall is a negative change: write it with a minus sign.',
  'difference-for-change': () =>
    'This is the difference, not the change in percent. Divide it by the previous value and multiply by 100.',
  'other-category': ({ question, segment }) =>
    `${segment ?? 'That choice'} is not the ${dimensionOf(question)} the question asks for. Compare the ${rankingOf(question)} of every ${dimensionOf(question)}.`,
  'top-by-count': ({ question }) =>
    `You ranked by the number of interactions. The question ranks by ${rankingOf(question)}; compare that for every ${dimensionOf(question)}.`,
  'top-by-total-seconds': ({ question }) =>
    `You ranked by total call seconds, and an agent who takes more calls piles up more seconds. Compare the ${rankingOf(question)} of every ${dimensionOf(question)} instead.`,
  'some-choices-right': ({ question }) =>
    `Some of your choices are right, but not all. Compare the ${rankingOf(question)} of every ${dimensionOf(question)}.`,
  'no-choice-right': ({ question }) =>
    `None of your choices is right. Compare the ${rankingOf(question)} of every ${dimensionOf(question)}.`,
  'other-action': () =>
    'That action does not follow from what this dataset shows. Look at where the demand concentrates and pick the action that addresses it.',
};

/** Returns the sentence a learner reads for a verdict on a question. */
export function feedbackMessage(verdict: Verdict, question: Question): string {
  const segment = 'segment' in verdict ? verdict.segment : undefined;
  return FEEDBACK[verdict.code]({ question, segment });
}

function parseMessages(): Record<keyof typeof PARSE_ERROR_MESSAGES, Message> {
  const entries = Object.entries(PARSE_ERROR_MESSAGES).map(([code, text]) => [code, () => text]);
  return Object.fromEntries(entries);
}

function roundingOf(question: Question): string {
  return question.kind === 'numeric' ? precisionWords(question.decimals) : 'the precision asked';
}

function unitOf(question: Question): string {
  return question.kind === 'numeric' ? UNIT_WORDS[question.unit] : 'the form asked';
}

function rankingOf(question: Question): string {
  if (question.kind === 'choices') return measureWords(question.answer.by);
  if (question.kind === 'category' && 'rank' in question.answer) {
    return measureWords(question.answer.by ?? 'count');
  }
  return measureWords('count');
}

function dimensionOf(question: Question): string {
  if (question.kind === 'category' || question.kind === 'choices') {
    return DIMENSION_LABELS[question.dimension];
  }
  if (question.kind === 'action') return 'segment';

  const ref = question.metric;
  if (ref.metric === 'count' || ref.metric === 'share') return DIMENSION_LABELS[ref.dimension];
  if (ref.metric === 'averageCallDuration' && ref.of) return DIMENSION_LABELS[ref.of.dimension];
  return 'segment';
}
