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
import type { MetricRef, NumericQuestion, Question, RateBase, SegmentOf } from './questions';
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
      return totalInteractions(dataset);
    case 'count':
      return count(dataset, ref.dimension, resolveSegment(dataset, ref.dimension, ref.segment));
    case 'share':
      return share(dataset, ref.dimension, resolveSegment(dataset, ref.dimension, ref.segment));
    case 'averageCallDuration':
      return requireAverage(averageCallDuration(dataset, segmentFilter(dataset, ref.of)));
    case 'rate':
      return rate(dataset, ref.base, ref.period === undefined ? undefined : { period: ref.period });
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

/** The expected answer of any question: a number, one label, several labels, or an action id. */
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

/** Returns whether a metric is expressed in percent. */
export function isPercentMetric(ref: MetricRef): boolean {
  return ['share', 'repeatRate', 'weekdayConcentration', 'periodChange'].includes(ref.metric);
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
