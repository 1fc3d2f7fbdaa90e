import type { Dataset } from './dataset';
import { expectedValue } from './evaluate';
import { mistakeValues, type MistakeCode } from './mistakes';
import { parseNumericAnswer, type ParseErrorCode } from './parse';
import {
  tolerance,
  type ActionQuestion,
  type CategoryQuestion,
  type ChoicesQuestion,
  type NumericQuestion,
  type Question,
  type RankMeasure,
} from './questions';
import { resolveSegment, topSegments } from './segments';

/** Why an answer cannot be graded; such an answer uses no attempt. */
export type InvalidCode =
  ParseErrorCode | 'no-choice' | 'wrong-number-of-choices' | 'percent-sign-not-asked';

/** Why a graded answer is wrong. */
export type IncorrectCode =
  | MistakeCode
  | 'close'
  | 'far'
  | 'other-category'
  | 'top-by-count'
  | 'top-by-total-seconds'
  | 'some-choices-right'
  | 'no-choice-right'
  | 'other-action';

/** Every outcome of grading, as a code that the feedback table turns into a sentence. */
export type FeedbackCode = InvalidCode | IncorrectCode | 'correct';

export type Verdict =
  | { status: 'invalid'; code: InvalidCode }
  | { status: 'correct'; code: 'correct' }
  | { status: 'incorrect'; code: IncorrectCode; segment?: string };

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
  if (parsed.percentSign && question.unit !== 'percent') {
    return { status: 'invalid', code: 'percent-sign-not-asked' };
  }

  const exact = expectedValue(question, dataset);
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

  const by = 'by' in question.answer ? question.answer.by : 'count';
  const rank = 'rank' in question.answer ? question.answer.rank : 1;
  const misranked = rankingMistake(by ?? 'count', (measure) => {
    const labels = topSegments(dataset, question.dimension, rank, measure);
    return labels[rank - 1] === choice;
  });
  return { status: 'incorrect', code: misranked ?? 'other-category', segment: choice };
}

/** Grades a choice of several categories, stored as a JSON array of labels. */
export function gradeChoices(question: ChoicesQuestion, dataset: Dataset, text: string): Verdict {
  // A label chosen twice counts once, so it cannot fill two places of the answer.
  const chosen = [...new Set(decodeChoices(text))];
  if (chosen.length === 0) return { status: 'invalid', code: 'no-choice' };
  if (chosen.length !== question.answer.top) {
    return { status: 'invalid', code: 'wrong-number-of-choices' };
  }

  const { top, by } = question.answer;
  const expected = topSegments(dataset, question.dimension, top, by);
  const right = chosen.filter((label) => expected.includes(label)).length;
  if (right === top) return { status: 'correct', code: 'correct' };

  const sameSet = (labels: string[]) => labels.every((label) => chosen.includes(label));
  const misranked = rankingMistake(by, (measure) =>
    sameSet(topSegments(dataset, question.dimension, top, measure)),
  );
  if (misranked) return { status: 'incorrect', code: misranked };
  return { status: 'incorrect', code: right > 0 ? 'some-choices-right' : 'no-choice-right' };
}

/** Grades the choice of an operational action by its id. */
export function gradeAction(question: ActionQuestion, choice: string): Verdict {
  if (choice === '') return { status: 'invalid', code: 'no-choice' };
  if (choice === question.answer) return { status: 'correct', code: 'correct' };
  return { status: 'incorrect', code: 'other-action' };
}

/** Grades an answer to any question kind. */
export function grade(question: Question, dataset: Dataset, answer: string): Verdict {
  switch (question.kind) {
    case 'numeric':
      return gradeNumeric(question, dataset, answer);
    case 'category':
      return gradeCategory(question, dataset, answer);
    case 'choices':
      return gradeChoices(question, dataset, answer);
    case 'action':
      return gradeAction(question, answer);
  }
}

/** Writes several chosen labels as the text an answer record stores. */
export function encodeChoices(labels: readonly string[]): string {
  return labels.length === 0 ? '' : JSON.stringify(labels);
}

/** Reads the labels of a stored choice; text that is not a list of labels reads as none. */
export function decodeChoices(text: string): string[] {
  if (text === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : [];
  } catch {
    return [];
  }
}

// A choice that would be right under another ranking names the mistake: ranking
// agents by how many calls they took, or by their total seconds, instead of by a
// duration measure. A question that ranks by count has no such mistake.
function rankingMistake(
  asked: RankMeasure,
  matches: (measure: RankMeasure) => boolean,
): IncorrectCode | undefined {
  if (asked === 'count') return undefined;

  const candidates: [RankMeasure, IncorrectCode][] = [
    ['totalCallSeconds', 'top-by-total-seconds'],
    ['count', 'top-by-count'],
  ];
  for (const [measure, code] of candidates) {
    if (measure === asked) continue;
    try {
      if (matches(measure)) return code;
    } catch {
      // A tie under the other ranking means the choice cannot be read as that mistake.
    }
  }
  return undefined;
}
