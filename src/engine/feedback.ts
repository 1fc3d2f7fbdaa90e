import { DIMENSION_LABELS } from './dataset';
import type { FeedbackCode, Verdict } from './grade';
import { PARSE_ERROR_MESSAGES } from './parse';
import type { Question, Unit } from './questions';

const UNIT_WORDS: Record<Unit, string> = {
  count: 'a count of interactions',
  percent: 'a percent, such as 45.2 rather than 0.452',
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

/** Describes the precision a numeric question asks for, as in "to one decimal place". */
export function precisionWords(decimals: number): string {
  return PLACES[decimals] ?? `${decimals} decimal places`;
}

interface FeedbackContext {
  question: Question;
  segment?: string;
}

/**
 * The sentence a learner reads for each feedback code. The record type makes a
 * code without a sentence, or a misspelt code, fail to compile.
 */
const FEEDBACK: Record<FeedbackCode, (context: FeedbackContext) => string> = {
  ...parseMessages(),
  'no-choice': () => 'Choose one of the options, then press Check.',
  correct: () => 'Correct.',
  close: ({ question }) =>
    `You are close, but not within the precision asked. Recount, and round only at the end, to ${roundingOf(question)}.`,
  far: ({ question }) =>
    `This is not near the expected value. Check which rows you counted, and give ${unitOf(question)}.`,
  'fraction-for-percent': () =>
    'This looks like a fraction. The question asks for a percent: multiply by 100, so 0.452 becomes 45.2.',
  'count-for-share': () =>
    'This is the number of interactions in the segment. Divide it by the total number of interactions and multiply by 100 to get its share.',
  'share-of-other-segment': ({ question, segment }) =>
    `This is the share of ${segment ?? 'another segment'}. Check which ${dimensionOf(question)} the question asks about.`,
  'other-category': ({ question, segment }) =>
    `${segment ?? 'That choice'} is not the ${dimensionOf(question)} the question asks for. Compare the interaction counts of every ${dimensionOf(question)}.`,
};

/** Returns the sentence a learner reads for a verdict on a question. */
export function feedbackMessage(verdict: Verdict, question: Question): string {
  const segment = 'segment' in verdict ? verdict.segment : undefined;
  return FEEDBACK[verdict.code]({ question, segment });
}

function parseMessages(): Record<keyof typeof PARSE_ERROR_MESSAGES, () => string> {
  const entries = Object.entries(PARSE_ERROR_MESSAGES).map(([code, text]) => [code, () => text]);
  return Object.fromEntries(entries);
}

function roundingOf(question: Question): string {
  return question.kind === 'numeric' ? precisionWords(question.decimals) : 'the precision asked';
}

function unitOf(question: Question): string {
  return question.kind === 'numeric' ? UNIT_WORDS[question.unit] : 'the form asked';
}

function dimensionOf(question: Question): string {
  if (question.kind === 'category') return DIMENSION_LABELS[question.dimension];
  const ref = question.metric;
  return ref.metric === 'totalInteractions' ? 'segment' : DIMENSION_LABELS[ref.dimension];
}
