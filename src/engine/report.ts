import { totalInteractions } from './count';
import { periodChange, type PeriodChange } from './change';
import { topKConcentration, type TopKConcentration } from './concentration';
import { averageCallDuration, averageCallDurationsBy, type SegmentDuration } from './duration';
import { CATEGORICAL_FIELDS, type Dataset, type Dimension } from './dataset';
import { isoDate, type Weekday } from './dates';
import { selectRows } from './filter';
import {
  interactionsPer1000Customers,
  interactionsPer100Orders,
  interactionsPerUnitSold,
} from './rates';
import { repeatContacts, repeatRate } from './repeat';
import { sharesBy, type SegmentShare } from './share';
import { peakWeekday, weekdayConcentration } from './weekday';

/** Options of the full metric report. */
export interface ReportOptions {
  /** Calls of at least this many seconds count as long calls; 600 when left out. */
  longCallSeconds?: number;
  /** How many agents the long-call concentration looks at; 2 when left out. */
  topAgents?: number;
}

/** Every metric the course teaches, computed on one dataset. */
export interface MetricReport {
  totalInteractions: number;
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** Count and share per value of each dimension that has values. */
  segments: Partial<Record<Dimension, SegmentShare[]>>;
  calls: number;
  timedCalls: number;
  averageCallSeconds: number | undefined;
  callDurationByAgent: SegmentDuration[];
  repeatContacts: number;
  repeatRatePercent: number | undefined;
  weekday: {
    peak: Weekday | undefined;
    mondayTuesdayPercent: number | undefined;
  };
  rates: {
    per100Orders: number | undefined;
    per1000Customers: number | undefined;
    perUnitSold: number | undefined;
  };
  longCalls: (TopKConcentration & { thresholdSeconds: number }) | undefined;
  periodChange: PeriodChange | undefined;
}

/** Computes the full metric report; a metric whose denominator is zero is left undefined. */
export function metricReport(dataset: Dataset, options: ReportOptions = {}): MetricReport {
  const longCallSeconds = options.longCallSeconds ?? 600;
  const topAgents = options.topAgents ?? 2;
  const total = totalInteractions(dataset);

  const segments: Partial<Record<Dimension, SegmentShare[]>> = {};
  if (total > 0) {
    for (const dimension of [...CATEGORICAL_FIELDS, 'weekday'] as const) {
      segments[dimension] = sharesBy(dataset, dimension);
    }
  }

  const calls = selectRows(dataset, { where: { channel: callLabels(dataset) } })?.length ?? total;
  const timedCalls = selectRows(dataset, { callsOnly: true })?.length ?? 0;
  const longCalls =
    timedCalls === 0 ? undefined : longCallReport(dataset, longCallSeconds, topAgents);

  return {
    totalInteractions: total,
    firstDate: total > 0 ? isoDate(Math.min(...extent(dataset.day))) : undefined,
    lastDate: total > 0 ? isoDate(Math.max(...extent(dataset.day))) : undefined,
    segments,
    calls: dataset.callChannel === -1 ? 0 : calls,
    timedCalls,
    averageCallSeconds: averageCallDuration(dataset),
    callDurationByAgent: averageCallDurationsBy(dataset, 'agent'),
    repeatContacts: repeatContacts(dataset),
    repeatRatePercent: orUndefined(() => repeatRate(dataset)),
    weekday: {
      peak: total > 0 ? peakWeekday(dataset) : undefined,
      mondayTuesdayPercent: orUndefined(() => weekdayConcentration(dataset, ['Monday', 'Tuesday'])),
    },
    rates: {
      per100Orders: orUndefined(() => interactionsPer100Orders(dataset)),
      per1000Customers: orUndefined(() => interactionsPer1000Customers(dataset)),
      perUnitSold: orUndefined(() => interactionsPerUnitSold(dataset)),
    },
    longCalls,
    periodChange: dataset.periods.length > 1 ? orUndefined(() => periodChange(dataset)) : undefined,
  };
}

function longCallReport(dataset: Dataset, thresholdSeconds: number, k: number) {
  const subset = { minCallSeconds: thresholdSeconds };
  const result = orUndefined(() => topKConcentration(dataset, 'agent', k, subset));
  return result && { ...result, thresholdSeconds };
}

function callLabels(dataset: Dataset): string[] {
  const label = dataset.labels.channel[dataset.callChannel];
  return label === undefined ? [] : [label];
}

// The first and last day, found in one pass without spreading a large array.
function extent(days: Uint32Array): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    if (day < low) low = day;
    if (day > high) high = day;
  }
  return [low, high];
}

// Metrics throw when their denominator is zero; a report shows those as missing.
function orUndefined<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}
