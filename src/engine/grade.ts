import type { Dataset } from './dataset';
import { mistakeValues, type MistakeCode } from './mistakes';
import { parseNumericAnswer, type ParseErrorCode } from './parse';
import {
  evaluateMetric,
  resolveSegment,
  tolerance,
  type CategoryQuestion,
  type NumericQuestion,
  type Question,
} from './questions';

/** Every outcome of grading, as a code that the feedback table turns into a sentence. */
export type FeedbackCode =
  ParseErrorCode | MistakeCode | 'no-choice' | 'correct' | 'close' | 'far' | 'other-category';

export type Verdict =
  | { status: 'invalid'; code: ParseErrorCode | 'no-choice' }
  | { status: 'correct'; code: 'correct' }
  | {
      status: 'incorrect';
      code: Exclude<FeedbackCode, ParseErrorCode | 'no-choice' | 'correct'>;
      segment?: string;
    };

// Room for floating-point error in the exact value, relative to its size.
const FLOAT_ALLOWANCE = 1e-9;

/** Returns whether `value` lies within `band` of `target`, inclusive, allowing for float error. */
export function withinBand(value: number, target: number, band: number): boolean {
  const allowance = FLOAT_ALLOWANCE * Math.max(1, Math.abs(target));
  return Math.abs(value - target) <= band + allowance;
}

/**
 * Grades a typed numeric answer. An answer within half a unit of the asked precision
 * of the exact value is correct, so a more precise answer inside that band is too.
 */
export function gradeNumeric(question: NumericQuestion, dataset: Dataset, text: string): Verdict {
  const parsed = parseNumericAnswer(text);
  if (!parsed.ok) return { status: 'invalid', code: parsed.code };

  const exact = evaluateMetric(dataset, question.metric);
  const band = tolerance(question.decimals);
  if (withinBand(parsed.value, exact, band)) return { status: 'correct', code: 'correct' };

  const mistake = mistakeValues(question, dataset).find((candidate) =>
    withinBand(parsed.value, candidate.value, candidate.tolerance),
  );
  if (mistake) return { status: 'incorrect', code: mistake.code, segment: mistake.segment };

  // Within 2% of the exact value, or within ten bands: a slip in rounding or counting.
  const near = Math.max(Math.abs(exact) * 0.02, band * 10);
  return { status: 'incorrect', code: Math.abs(parsed.value - exact) <= near ? 'close' : 'far' };
}

/** Grades the choice of one category; an empty choice is not graded. */
export function gradeCategory(
  question: CategoryQuestion,
  dataset: Dataset,
  choice: string,
): Verdict {
  if (choice === '') return { status: 'invalid', code: 'no-choice' };

  const expected = resolveSegment(dataset, question.dimension, question.answer);
  if (choice === expected) return { status: 'correct', code: 'correct' };
  return { status: 'incorrect', code: 'other-category', segment: choice };
}

/** Grades an answer to any question kind. */
export function grade(question: Question, dataset: Dataset, answer: string): Verdict {
  return question.kind === 'numeric'
    ? gradeNumeric(question, dataset, answer)
    : gradeCategory(question, dataset, answer);
}
