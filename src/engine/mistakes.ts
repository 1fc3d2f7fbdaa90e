import { periodChange } from './change';
import { count, totalInteractions } from './count';
import { labelsOf, type Dataset } from './dataset';
import { WEEKDAYS, type Weekday } from './dates';
import { averageCallDurationsBy, totalCallSeconds } from './duration';
import { topKConcentration } from './concentration';
import { evaluateMetric, expectedValue, segmentFilter, subsetFilter, toUnit } from './evaluate';
import { baseOf } from './rates';
import { repeatContacts } from './repeat';
import { resolveSegment } from './segments';
import { share } from './share';
import { tolerance, type MetricRef, type NumericQuestion } from './questions';
import { weekdayConcentration } from './weekday';

/** A known mistake that makes an answer wrong in a recognisable way. */
export type MistakeCode =
  | 'fraction-for-percent'
  | 'percent-for-fraction'
  | 'minutes-for-seconds'
  | 'seconds-for-minutes'
  | 'count-for-share'
  | 'share-of-other-segment'
  | 'all-interactions-for-subset'
  | 'all-calls-for-long-calls'
  | 'total-for-average'
  | 'mean-of-averages'
  | 'all-interactions-denominator'
  | 'average-of-other-segment'
  | 'per-order-for-per-100-orders'
  | 'customers-for-orders'
  | 'per-customer-for-per-1000-customers'
  | 'orders-for-customers'
  | 'orders-for-units'
  | 'count-for-rate'
  | 'one-weekday'
  | 'other-weekday-set'
  | 'count-change-for-rate-change'
  | 'rate-change-for-count-change'
  | 'change-over-current'
  | 'difference-for-change'
  | 'wrong-sign';

/** The value a mistake produces on this dataset, and how near an answer must be to match it. */
export interface MistakeValue {
  code: MistakeCode;
  /** The mistaken value, in the unit the question asks for. */
  value: number;
  tolerance: number;
  /** The segment or weekday set the mistaken value belongs to, when that matters. */
  segment?: string;
}

// A value off by a factor (a fraction for a percent, minutes for seconds) is
// usually typed to fewer places. So it matches within 1% of itself, or within
// half a hundredth for two decimals, as 0.08 for 0.084.
const SCALED_RELATIVE_BAND = 0.01;
const SCALED_ABSOLUTE_BAND = 0.005;

/** Computes, from the same dataset, the values the known mistakes give for a question. */
export function mistakeValues(question: NumericQuestion, dataset: Dataset): MistakeValue[] {
  const exact = expectedValue(question, dataset);
  const band = tolerance(question.decimals);

  const inQuestionUnit = (code: MistakeCode, metricValue: number, segment?: string) => ({
    code,
    value: toUnit(metricValue, question),
    tolerance: band,
    segment,
  });

  // A flipped sign matters where values can be negative, as in a change.
  const sign: MistakeValue[] =
    Math.abs(exact) > band ? [{ code: 'wrong-sign', value: -exact, tolerance: band }] : [];

  return [
    ...sign,
    ...unitMistakes(question, exact, band),
    ...metricMistakes(question.metric, dataset, band).map((mistake) =>
      'metricValue' in mistake
        ? inQuestionUnit(mistake.code, mistake.metricValue, mistake.segment)
        : mistake,
    ),
  ];
}

/** A mistaken value the answer could match whatever the metric. */
function unitMistakes(question: NumericQuestion, exact: number, band: number): MistakeValue[] {
  switch (question.unit) {
    case 'percent':
      return [scaled('fraction-for-percent', exact / 100, band / 100)];
    case 'fraction':
      return [scaled('percent-for-fraction', exact * 100, band * 100)];
    case 'seconds':
      return [scaled('minutes-for-seconds', exact / 60, band / 60)];
    case 'minutes':
      return [scaled('seconds-for-minutes', exact * 60, band * 60)];
    default:
      return [];
  }
}

type MetricMistake = { code: MistakeCode; metricValue: number; segment?: string } | MistakeValue;

function metricMistakes(ref: MetricRef, dataset: Dataset, band: number): MetricMistake[] {
  switch (ref.metric) {
    case 'share':
      return shareMistakes(ref, dataset);
    case 'topKConcentration':
      return concentrationMistakes(ref, dataset);
    case 'averageCallDuration':
      return durationMistakes(ref, dataset);
    case 'rate':
      return rateMistakes(ref, dataset, band);
    case 'repeatRate':
      return [{ code: 'count-for-rate', value: repeatContacts(dataset), tolerance: 0.5 }];
    case 'weekdayConcentration':
      return weekdayMistakes(ref.weekdays, dataset);
    case 'periodChange':
      return changeMistakes(ref.of, dataset, band);
    default:
      return [];
  }
}

function shareMistakes(
  ref: Extract<MetricRef, { metric: 'share' }>,
  dataset: Dataset,
): MetricMistake[] {
  const label = resolveSegment(dataset, ref.dimension, ref.segment);
  const filter = subsetFilter(ref.among);
  const part = count(dataset, ref.dimension, label, filter);
  const mistakes: MetricMistake[] = [{ code: 'count-for-share', value: part, tolerance: 0.5 }];

  if (ref.among !== undefined) {
    const metricValue = (part / totalInteractions(dataset)) * 100;
    mistakes.push({ code: 'all-interactions-for-subset', metricValue });
  }

  for (const other of labelsOf(dataset, ref.dimension)) {
    if (other === label) continue;
    // A percent share, converted to the question's unit like the exact value.
    const metricValue = share(dataset, ref.dimension, other, filter);
    mistakes.push({ code: 'share-of-other-segment', metricValue, segment: other });
  }
  return mistakes;
}

function concentrationMistakes(
  ref: Extract<MetricRef, { metric: 'topKConcentration' }>,
  dataset: Dataset,
): MetricMistake[] {
  const result = topKConcentration(dataset, ref.dimension, ref.top, subsetFilter(ref.among));
  const held = result.segments.reduce((sum, entry) => sum + entry.count, 0);
  const mistakes: MetricMistake[] = [
    { code: 'count-for-share', value: held, tolerance: 0.5 },
    { code: 'all-interactions-for-subset', metricValue: (held / totalInteractions(dataset)) * 100 },
  ];

  // Long calls divided by every call rather than by the long calls.
  const calls = totalInteractions(dataset, { callsOnly: true });
  if (ref.among !== 'repeats' && calls > 0) {
    mistakes.push({ code: 'all-calls-for-long-calls', metricValue: (held / calls) * 100 });
  }
  return mistakes;
}

function durationMistakes(
  ref: Extract<MetricRef, { metric: 'averageCallDuration' }>,
  dataset: Dataset,
): MetricMistake[] {
  const filter = segmentFilter(dataset, ref.of);
  const seconds = totalCallSeconds(dataset, filter);
  const interactions = totalInteractions(dataset, filter);
  const mistakes: MetricMistake[] = [
    { code: 'total-for-average', metricValue: seconds },
    { code: 'all-interactions-denominator', metricValue: seconds / interactions },
  ];

  if (ref.of === undefined) {
    // Averaging the agents' averages weighs an agent with 2 calls like one with 200.
    const averages = averageCallDurationsBy(dataset, 'agent')
      .map((entry) => entry.averageSeconds)
      .filter((value) => value !== undefined);
    const mean = averages.reduce((sum, value) => sum + value, 0) / averages.length;
    if (averages.length > 1) mistakes.push({ code: 'mean-of-averages', metricValue: mean });
  } else {
    const label = resolveSegment(dataset, ref.of.dimension, ref.of.segment);
    for (const entry of averageCallDurationsBy(dataset, ref.of.dimension)) {
      if (entry.label === label || entry.averageSeconds === undefined) continue;
      mistakes.push({
        code: 'average-of-other-segment',
        metricValue: entry.averageSeconds,
        segment: entry.label,
      });
    }
  }
  return mistakes;
}

function rateMistakes(
  ref: Extract<MetricRef, { metric: 'rate' }>,
  dataset: Dataset,
  band: number,
): MetricMistake[] {
  const filter = ref.period === undefined ? undefined : { period: ref.period };
  const exact = evaluateMetric(dataset, ref);
  const interactions = totalInteractions(dataset, filter);
  const { orders, activeCustomers } = baseOf(dataset, filter);
  const mistakes: MetricMistake[] = [];

  if (ref.base === 'per100Orders') {
    mistakes.push(scaled('per-order-for-per-100-orders', exact / 100, band / 100));
    if (activeCustomers > 0) {
      const value = (interactions / activeCustomers) * 100;
      mistakes.push({ code: 'customers-for-orders', value, tolerance: band });
    }
  } else if (ref.base === 'per1000Customers') {
    mistakes.push(scaled('per-customer-for-per-1000-customers', exact / 1000, band / 1000));
    if (orders > 0) {
      const value = (interactions / orders) * 1000;
      mistakes.push({ code: 'orders-for-customers', value, tolerance: band });
    }
  } else if (orders > 0) {
    mistakes.push({ code: 'orders-for-units', value: interactions / orders, tolerance: band });
  }
  return mistakes;
}

function weekdayMistakes(weekdays: readonly Weekday[], dataset: Dataset): MetricMistake[] {
  const mistakes: MetricMistake[] = [];

  if (weekdays.length > 1) {
    for (const day of weekdays) {
      const metricValue = weekdayConcentration(dataset, [day]);
      mistakes.push({ code: 'one-weekday', metricValue, segment: day });
    }
  }

  const asked = [...weekdays].sort().join();
  for (const set of weekdaySets(weekdays.length)) {
    if ([...set].sort().join() === asked) continue;
    const metricValue = weekdayConcentration(dataset, set);
    mistakes.push({ code: 'other-weekday-set', metricValue, segment: set.join(' and ') });
  }
  return mistakes;
}

function changeMistakes(of: 'count' | 'rate', dataset: Dataset, band: number): MetricMistake[] {
  const change = periodChange(dataset);
  const other = of === 'rate' ? change.count : change.rate;
  const asked = change[of];

  return [
    {
      code: of === 'rate' ? 'count-change-for-rate-change' : 'rate-change-for-count-change',
      metricValue: other.changePercent,
    },
    {
      code: 'change-over-current',
      metricValue: ((asked.current - asked.previous) / asked.current) * 100,
    },
    {
      code: 'difference-for-change',
      value: asked.current - asked.previous,
      tolerance: Math.max(band, Math.abs(asked.current - asked.previous) * SCALED_RELATIVE_BAND),
    },
  ];
}

// Every set of `size` weekdays, for sizes up to 3; larger sets have too many
// combinations to tell apart from a near miss.
function weekdaySets(size: number): Weekday[][] {
  if (size < 1 || size > 3) return [];
  const sets: Weekday[][] = [];
  const extend = (start: number, chosen: Weekday[]) => {
    if (chosen.length === size) {
      sets.push(chosen);
      return;
    }
    for (let i = start; i < WEEKDAYS.length; i++)
      extend(i + 1, [...chosen, WEEKDAYS[i] as Weekday]);
  };
  extend(0, []);
  return sets;
}

function scaled(code: MistakeCode, value: number, band: number): MistakeValue {
  const tolerance = Math.max(band, Math.abs(value) * SCALED_RELATIVE_BAND, SCALED_ABSOLUTE_BAND);
  return { code, value, tolerance };
}
