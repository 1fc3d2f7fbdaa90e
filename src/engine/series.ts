import { countsBy } from './count';
import { DIMENSION_LABELS, type Dataset, type Dimension } from './dataset';
import { averageCallDuration, averageCallDurationsBy } from './duration';
import type { Question } from './questions';
import { interactionsPer100Orders } from './rates';
import { formatRounded, roundHalfAwayFromZero } from './round';
import { totalInteractions } from './count';

/** The measure a chart of segments shows. */
export type ChartMeasure = 'count' | 'averageCallDuration';

/** A chart the scenario player can draw: a measure by a dimension, or count and rate per period. */
export type ChartKey = `${Dimension}:${ChartMeasure}` | 'periods';

/** The dimensions the scenario player can chart, in the order its menu lists them. */
export const CHART_DIMENSIONS: readonly Dimension[] = [
  'product',
  'issueType',
  'channel',
  'agent',
  'weekday',
  'segment',
  'region',
];

/** One bar of a chart, with the text shown beside it. */
export interface SeriesPoint {
  label: string;
  value: number | undefined;
  text: string;
}

/** The bars of a chart and a sentence that describes them. */
export interface Series {
  points: SeriesPoint[];
  summary: string;
}

/**
 * Builds the bars of a measure by a dimension: counts with their shares, largest
 * first (weekdays stay Monday first), or average call durations with "no calls"
 * for a segment without calls. Shares are rounded by the grader's helper, and
 * the summary notes when the rounded shares do not add up to 100.
 */
export function segmentSeries(
  dataset: Dataset,
  dimension: Dimension,
  measure: ChartMeasure,
): Series {
  const name = DIMENSION_LABELS[dimension];

  if (measure === 'count') {
    const total = totalInteractions(dataset);
    const counts = countsBy(dataset, dimension);
    const ordered =
      dimension === 'weekday' ? counts : [...counts].sort((a, b) => b.count - a.count);
    const points = ordered.map(({ label, count }) => ({
      label,
      value: count,
      text: total === 0 ? String(count) : `${count} (${formatRounded((count / total) * 100, 1)}%)`,
    }));
    const roundedSum = ordered.reduce(
      (sum, { count }) => sum + roundHalfAwayFromZero(total === 0 ? 0 : (count / total) * 100, 1),
      0,
    );
    const note =
      total > 0 && formatRounded(roundedSum, 1) !== '100.0'
        ? ` The rounded shares add up to ${formatRounded(roundedSum, 1)}%, not 100%, because each is rounded on its own.`
        : '';
    return {
      points,
      summary: `Interactions per ${name}, ${total.toLocaleString('en-US')} in all.${note}`,
    };
  }

  const durations = averageCallDurationsBy(dataset, dimension);
  const ordered =
    dimension === 'weekday'
      ? durations
      : [...durations].sort((a, b) => (b.averageSeconds ?? -1) - (a.averageSeconds ?? -1));
  const overall = averageCallDuration(dataset);
  return {
    points: ordered.map(({ label, averageSeconds, calls }) => ({
      label,
      value: averageSeconds,
      text:
        averageSeconds === undefined
          ? 'no calls'
          : `${formatRounded(averageSeconds, 1)} s (${calls} calls)`,
    })),
    summary:
      overall === undefined
        ? `Average call duration per ${name}: there are no calls.`
        : `Average call duration per ${name}, in seconds; the line marks the overall average of ${formatRounded(overall, 1)} s.`,
  };
}

/** Interactions and interactions per 100 orders per period, side by side. */
export function periodSeries(dataset: Dataset): { count: Series; rate: Series } {
  const counts = dataset.periods.map((period, index) => ({
    label: period.label,
    value: totalInteractions(dataset, { period: index }),
  }));
  const rates = dataset.periods.map((period, index) => ({
    label: period.label,
    value: interactionsPer100Orders(dataset, { period: index }),
  }));
  return {
    count: {
      points: counts.map((point) => ({ ...point, text: String(point.value) })),
      summary: `Interactions per period: ${counts.map((point) => `${point.label} ${point.value}`).join(', ')}.`,
    },
    rate: {
      points: rates.map((point) => ({ ...point, text: formatRounded(point.value, 2) })),
      summary: `Interactions per 100 orders per period: ${rates.map((point) => `${point.label} ${formatRounded(point.value, 2)}`).join(', ')}.`,
    },
  };
}

/**
 * Returns the charts that would show a question's answer at a glance, so the
 * player can hold them back until the question is answered.
 */
export function chartsRevealing(question: Question): ChartKey[] {
  switch (question.kind) {
    case 'numeric': {
      const ref = question.metric;
      if (ref.metric === 'count' || ref.metric === 'share') return [`${ref.dimension}:count`];
      if (ref.metric === 'topKConcentration') return [`${ref.dimension}:count`];
      if (ref.metric === 'averageCallDuration') {
        if (ref.of) return [`${ref.of.dimension}:averageCallDuration`];
        // Every duration chart marks and states the overall average.
        return CHART_DIMENSIONS.map((dimension) => `${dimension}:averageCallDuration` as const);
      }
      if (ref.metric === 'weekdayConcentration') return ['weekday:count'];
      if (
        ref.metric === 'periodChange' ||
        ref.metric === 'rate' ||
        ref.metric === 'totalInteractions'
      ) {
        return ref.metric === 'totalInteractions' && ref.period === undefined ? [] : ['periods'];
      }
      return [];
    }
    case 'category':
    case 'choices': {
      const by =
        question.kind === 'choices'
          ? question.answer.by
          : 'by' in question.answer
            ? question.answer.by
            : 'count';
      const measure: ChartMeasure =
        by === 'averageCallDuration' || by === 'totalCallSeconds' ? 'averageCallDuration' : 'count';
      return [`${question.dimension}:${measure}`];
    }
    case 'action':
      return [];
  }
}
