import type { Dimension } from './dataset';
import type { Weekday } from './dates';

/** The unit a numeric answer is given in. */
export type Unit = 'count' | 'percent' | 'fraction' | 'seconds' | 'minutes' | 'rate';

/**
 * Measure that ranks segments: interaction count, average call duration, total
 * call seconds, repeat contacts, or the number of calls of at least `callsOver`
 * seconds.
 */
export type RankMeasure =
  'count' | 'averageCallDuration' | 'totalCallSeconds' | 'repeats' | { callsOver: number };

/** A segment named directly, or by its place when segments are ranked (1 is the largest). */
export type SegmentRef = { label: string } | { rank: number; by?: RankMeasure };

/** A segment of a dimension, for metrics that look at one segment. */
export interface SegmentOf {
  dimension: Dimension;
  segment: SegmentRef;
}

/** A named part of the dataset that a share is taken of. */
export type Subset = 'repeats' | { callsOver: number };

/** The denominator of a contact rate. */
export type RateBase = 'per100Orders' | 'per1000Customers' | 'perUnitSold';

/** A metric of the engine, named so that a question can be evaluated on any dataset. */
export type MetricRef =
  | { metric: 'totalInteractions'; period?: number }
  | { metric: 'count'; dimension: Dimension; segment: SegmentRef }
  | { metric: 'share'; dimension: Dimension; segment: SegmentRef; among?: Subset }
  | { metric: 'topKConcentration'; dimension: Dimension; top: number; among: Subset }
  | { metric: 'averageCallDuration'; of?: SegmentOf }
  | { metric: 'rate'; base: RateBase; period?: number }
  | { metric: 'repeatRate' }
  | { metric: 'weekdayConcentration'; weekdays: readonly Weekday[] }
  | { metric: 'periodChange'; of: 'count' | 'rate' };

interface QuestionBase {
  id: string;
  prompt: string;
  /** Shown after the first wrong attempt. */
  hint?: string;
}

/** A question answered with a number of a stated unit and precision. */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  unit: Unit;
  /** Decimal places the answer is asked to; 0 asks for a whole number. */
  decimals: number;
  metric: MetricRef;
}

/** A question answered by choosing one value of a dimension that the dataset contains. */
export interface CategoryQuestion extends QuestionBase {
  kind: 'category';
  dimension: Dimension;
  answer: SegmentRef;
}

/** A question answered by choosing several values, such as the two agents with the longest calls. */
export interface ChoicesQuestion extends QuestionBase {
  kind: 'choices';
  dimension: Dimension;
  /** The right choice is the `top` segments by `by`. */
  answer: { top: number; by: RankMeasure };
}

/** One operational action a learner can choose. */
export interface ActionOption {
  id: string;
  label: string;
}

/** A question answered by choosing the operational action that the data supports. */
export interface ActionQuestion extends QuestionBase {
  kind: 'action';
  options: readonly ActionOption[];
  /** Id of the option the scenario's planted pattern supports. */
  answer: string;
  /** Reason the right action follows from the data, shown with the solution. */
  reason: string;
}

export type Question = NumericQuestion | CategoryQuestion | ChoicesQuestion | ActionQuestion;

/** Half a unit of the question's last decimal place: the widest error still graded correct. */
export function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}
