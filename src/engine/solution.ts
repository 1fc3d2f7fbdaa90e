import { periodChange } from './change';
import { count, totalInteractions } from './count';
import { DIMENSION_LABELS, type Dataset } from './dataset';
import { totalCallSeconds } from './duration';
import { topKConcentration } from './concentration';
import {
  expectedValue,
  evaluateMetric,
  isPercentMetric,
  segmentFilter,
  subsetFilter,
} from './evaluate';
import { measureWords, precisionWords } from './feedback';
import { baseOf } from './rates';
import { repeatContacts } from './repeat';
import { formatRounded } from './round';
import { rankSegments, resolveSegment, topSegments } from './segments';
import type {
  MetricRef,
  NumericQuestion,
  Question,
  RankMeasure,
  RateBase,
  Subset,
} from './questions';
import { weekdayVolume } from './weekday';

/** The calculation of a question on one dataset, step by step, with its numbers. */
export interface WorkedSolution {
  steps: string[];
  /** The answer as the question asks for it, rounded with the grader's helper. */
  answer: string;
}

// Exact intermediate values show four places, enough to see the rounding.
const EXACT_PLACES = 4;

/** Writes out how to reach the answer of a question on this dataset. */
export function workedSolution(question: Question, dataset: Dataset): WorkedSolution {
  switch (question.kind) {
    case 'numeric':
      return numericSolution(question, dataset);
    case 'category': {
      const by = 'rank' in question.answer ? (question.answer.by ?? 'count') : 'count';
      const label = resolveSegment(dataset, question.dimension, question.answer);
      return {
        steps: [rankingStep(dataset, question.dimension, by), `The answer is ${label}.`],
        answer: label,
      };
    }
    case 'choices': {
      const { top, by } = question.answer;
      const labels = topSegments(dataset, question.dimension, top, by);
      return {
        steps: [
          rankingStep(dataset, question.dimension, by),
          `The ${top} largest are ${labels.join(' and ')}.`,
        ],
        answer: labels.join(', '),
      };
    }
    case 'action': {
      const option = question.options.find((entry) => entry.id === question.answer);
      return { steps: [question.reason], answer: option?.label ?? question.answer };
    }
  }
}

function numericSolution(question: NumericQuestion, dataset: Dataset): WorkedSolution {
  const exact = expectedValue(question, dataset);
  const steps = metricSteps(question.metric, dataset);

  if (question.unit === 'minutes') {
    steps.push(`Convert seconds to minutes: divide by 60, which gives ${exactText(exact)}.`);
  }
  if (question.unit === 'fraction' && isPercentMetric(question.metric)) {
    steps.push(
      `Convert the percent to a fraction: divide by 100, which gives ${exactText(exact)}.`,
    );
  }
  const answer = formatRounded(exact, question.decimals);
  const suffix = question.unit === 'percent' ? '%' : '';
  if (!(Number.isInteger(exact) && question.decimals === 0)) {
    steps.push(`Round to ${precisionWords(question.decimals)}: ${answer}${suffix}.`);
  }
  return { steps, answer: answer + suffix };
}

function metricSteps(ref: MetricRef, dataset: Dataset): string[] {
  const total = totalInteractions(dataset);

  switch (ref.metric) {
    case 'totalInteractions': {
      if (ref.period === undefined) {
        return [`Count every row of the dataset, whatever the channel: ${total} interactions.`];
      }
      const inPeriod = totalInteractions(dataset, { period: ref.period });
      const label = dataset.periods[ref.period]?.label ?? `period ${ref.period + 1}`;
      return [`Count the rows of ${label}, whatever the channel: ${inPeriod} interactions.`];
    }

    case 'count': {
      const label = resolveSegment(dataset, ref.dimension, ref.segment);
      const value = count(dataset, ref.dimension, label);
      return [`Count the rows whose ${DIMENSION_LABELS[ref.dimension]} is ${label}: ${value}.`];
    }

    case 'share': {
      const label = resolveSegment(dataset, ref.dimension, ref.segment);
      const filter = subsetFilter(ref.among);
      const part = count(dataset, ref.dimension, label, filter);
      const whole = totalInteractions(dataset, filter);
      const scope = subsetWords(ref.among);
      return [
        `Count the ${scope} of ${label}: ${part}.`,
        `Count all ${scope}: ${whole}.`,
        `Divide and multiply by 100: ${part} / ${whole} × 100 = ${exactText((part / whole) * 100)}.`,
      ];
    }

    case 'topKConcentration': {
      const filter = subsetFilter(ref.among);
      const result = topKConcentration(dataset, ref.dimension, ref.top, filter);
      const held = result.segments.reduce((sum, entry) => sum + entry.count, 0);
      const scope = subsetWords(ref.among);
      const dimension = DIMENSION_LABELS[ref.dimension];
      return [
        `Count the ${scope} per ${dimension}, largest first: ${rankSegments(
          dataset,
          ref.dimension,
          countMeasure(ref.among),
        )
          .map((entry) => `${entry.label} ${entry.value}`)
          .join(', ')}.`,
        `Add the ${ref.top} largest: ${result.segments.map((entry) => entry.count).join(' + ')} = ${held}.`,
        `Divide by all ${result.subsetSize} ${scope} and multiply by 100: ${held} / ${result.subsetSize} × 100 = ${exactText(result.share)}.`,
      ];
    }

    case 'averageCallDuration': {
      const filter = segmentFilter(dataset, ref.of);
      const calls = evaluateCalls(dataset, ref);
      const seconds = totalCallSeconds(dataset, filter);
      const scope = ref.of
        ? `of ${resolveSegment(dataset, ref.of.dimension, ref.of.segment)}`
        : 'of all agents';
      return [
        `Keep only the calls ${scope}: ${calls} calls with a duration. Chats, emails and tickets have none.`,
        `Add their durations: ${seconds} seconds.`,
        `Divide the seconds by the calls: ${seconds} / ${calls} = ${exactText(seconds / calls)} seconds.`,
      ];
    }

    case 'rate':
      return rateSteps(ref.base, ref.period, dataset);

    case 'repeatRate': {
      const repeats = repeatContacts(dataset);
      return [
        `Count the repeat contacts: ${repeats}.`,
        `Divide by all interactions and multiply by 100: ${repeats} / ${total} × 100 = ${exactText((repeats / total) * 100)}.`,
      ];
    }

    case 'weekdayConcentration': {
      const volume = weekdayVolume(dataset);
      const chosen = volume.filter((entry) => ref.weekdays.includes(entry.label as never));
      const inSet = chosen.reduce((sum, entry) => sum + entry.count, 0);
      return [
        `Count the interactions per weekday: ${volume.map((entry) => `${entry.label} ${entry.count}`).join(', ')}.`,
        `Add ${chosen.map((entry) => entry.label).join(' and ')}: ${chosen.map((entry) => entry.count).join(' + ')} = ${inSet}.`,
        `Divide by all ${total} interactions and multiply by 100: ${inSet} / ${total} × 100 = ${exactText((inSet / total) * 100)}.`,
      ];
    }

    case 'periodChange': {
      const change = periodChange(dataset)[ref.of];
      const what = ref.of === 'count' ? 'interactions' : 'interactions per 100 orders';
      return [
        `Take the ${what} of each period: previous ${exactText(change.previous)}, current ${exactText(change.current)}.`,
        `Subtract, divide by the previous period and multiply by 100: (${exactText(change.current)} - ${exactText(change.previous)}) / ${exactText(change.previous)} × 100 = ${exactText(change.changePercent)}.`,
      ];
    }
  }
}

function rateSteps(base: RateBase, period: number | undefined, dataset: Dataset): string[] {
  const filter = period === undefined ? undefined : { period };
  const interactions = totalInteractions(dataset, filter);
  const business = baseOf(dataset, filter);
  const value = evaluateMetric(dataset, { metric: 'rate', base, period });
  const first = `Count the interactions: ${interactions}.`;

  if (base === 'per100Orders') {
    return [
      first,
      `Take the orders of the same period: ${business.orders}.`,
      `Divide and multiply by 100: ${interactions} / ${business.orders} × 100 = ${exactText(value)}.`,
    ];
  }
  if (base === 'per1000Customers') {
    return [
      first,
      `Take the active customers of the same period: ${business.activeCustomers}.`,
      `Divide and multiply by 1,000: ${interactions} / ${business.activeCustomers} × 1000 = ${exactText(value)}.`,
    ];
  }
  const units = business.unitsSold.reduce((sum, entry) => sum + entry, 0);
  return [
    first,
    `Add the units sold of every product: ${units}.`,
    `Divide: ${interactions} / ${units} = ${exactText(value)}.`,
  ];
}

function rankingStep(
  dataset: Dataset,
  dimension: Parameters<typeof rankSegments>[1],
  by: Parameters<typeof rankSegments>[2],
): string {
  const ranked = rankSegments(dataset, dimension, by)
    .map(({ label, value }) => `${label} ${Number.isFinite(value) ? exactText(value) : 'no calls'}`)
    .join(', ');
  return `Compare the ${measureWords(by ?? 'count')} of every ${DIMENSION_LABELS[dimension]}, largest first: ${ranked}.`;
}

function evaluateCalls(
  dataset: Dataset,
  ref: Extract<MetricRef, { metric: 'averageCallDuration' }>,
): number {
  const filter = { ...segmentFilter(dataset, ref.of), callsOnly: true };
  return totalInteractions(dataset, filter);
}

function subsetWords(subset: Subset | undefined): string {
  if (subset === undefined) return 'interactions';
  if (subset === 'repeats') return 'repeat contacts';
  return `calls of at least ${subset.callsOver} seconds`;
}

function countMeasure(subset: Subset): RankMeasure {
  return subset === 'repeats' ? 'repeats' : subset;
}

// Whole numbers print as they are; others to four places, trimmed of trailing zeros.
function exactText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return formatRounded(value, EXACT_PLACES).replace(/\.?0+$/, '');
}
