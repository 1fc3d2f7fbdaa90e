import { periodChange } from './change';
import { count, totalInteractions } from './count';
import type { Dataset } from './dataset';
import { averageCallDuration } from './duration';
import type { Filter } from './filter';
import {
  interactionsPer1000Customers,
  interactionsPer100Orders,
  interactionsPerUnitSold,
} from './rates';
import { topKConcentration } from './concentration';
import type {
  MetricRef,
  NumericQuestion,
  Question,
  RateBase,
  SegmentOf,
  Subset,
} from './questions';
import { repeatRate } from './repeat';
import { resolveSegment, topSegments } from './segments';
import { share } from './share';
import { weekdayConcentration } from './weekday';

/**
 * Computes the exact value a metric reference names, before any rounding, in the
 * metric's own unit: seconds for durations, percent for shares and changes.
 * Throws when the value does not exist, such as an average over no calls.
 */
export function evaluateMetric(dataset: Dataset, ref: MetricRef): number {
  switch (ref.metric) {
    case 'totalInteractions':
      return totalInteractions(dataset, periodFilter(ref.period));
    case 'count':
      return count(dataset, ref.dimension, resolveSegment(dataset, ref.dimension, ref.segment));
    case 'share': {
      const label = resolveSegment(dataset, ref.dimension, ref.segment);
      return share(dataset, ref.dimension, label, subsetFilter(ref.among));
    }
    case 'topKConcentration':
      return topKConcentration(dataset, ref.dimension, ref.top, subsetFilter(ref.among)).share;
    case 'averageCallDuration':
      return requireAverage(averageCallDuration(dataset, segmentFilter(dataset, ref.of)));
    case 'rate':
      return rate(dataset, ref.base, periodFilter(ref.period));
    case 'repeatRate':
      return repeatRate(dataset);
    case 'weekdayConcentration':
      return weekdayConcentration(dataset, ref.weekdays);
    case 'periodChange':
      return periodChange(dataset)[ref.of].changePercent;
  }
}

/** Returns the exact answer of a numeric question, converted to the question's unit. */
export function expectedValue(question: NumericQuestion, dataset: Dataset): number {
  return toUnit(evaluateMetric(dataset, question.metric), question);
}

/** Converts a metric's own value into the unit a question asks for. */
export function toUnit(value: number, question: NumericQuestion): number {
  if (question.unit === 'minutes') return value / 60;
  if (question.unit === 'fraction' && isPercentMetric(question.metric)) return value / 100;
  return value;
}

/** Returns the expected answer of any question: a number, one label, several labels, or an action id. */
export function expectedAnswer(question: Question, dataset: Dataset): number | string | string[] {
  switch (question.kind) {
    case 'numeric':
      return expectedValue(question, dataset);
    case 'category':
      return resolveSegment(dataset, question.dimension, question.answer);
    case 'choices':
      return topSegments(dataset, question.dimension, question.answer.top, question.answer.by);
    case 'action':
      return question.answer;
  }
}

/** Returns the filter that keeps one segment, or undefined for the whole dataset. */
export function segmentFilter(dataset: Dataset, of: SegmentOf | undefined): Filter | undefined {
  if (!of) return undefined;
  const label = resolveSegment(dataset, of.dimension, of.segment);
  return { where: { [of.dimension]: [label] } };
}

/** Returns the filter that keeps a named subset, or undefined for the whole dataset. */
export function subsetFilter(subset: Subset | undefined): Filter | undefined {
  if (subset === undefined) return undefined;
  if (subset === 'repeats') return { repeatsOnly: true };
  return { minCallSeconds: subset.callsOver };
}

/** Returns the filter that keeps one period, or undefined for the whole dataset. */
export function periodFilter(period: number | undefined): Filter | undefined {
  return period === undefined ? undefined : { period };
}

/** Returns whether a metric is expressed in percent. */
export function isPercentMetric(ref: MetricRef): boolean {
  const percentMetrics = [
    'share',
    'topKConcentration',
    'repeatRate',
    'weekdayConcentration',
    'periodChange',
  ];
  return percentMetrics.includes(ref.metric);
}

function rate(dataset: Dataset, base: RateBase, filter: Filter | undefined): number {
  if (base === 'per100Orders') return interactionsPer100Orders(dataset, filter);
  if (base === 'per1000Customers') return interactionsPer1000Customers(dataset, filter);
  return interactionsPerUnitSold(dataset, filter);
}

function requireAverage(average: number | undefined): number {
  if (average === undefined) {
    throw new Error('No average call duration: the selection has no call with a duration.');
  }
  return average;
}
