import { codesOf, labelsOf, type Dataset, type Dimension } from './dataset';
import { selectRows, type Filter } from './filter';
import { tallyCalls } from './tally';

/** Timed calls of a segment and their average length; no calls means no average. */
export interface SegmentDuration {
  label: string;
  calls: number;
  totalSeconds: number;
  /** Total seconds over calls, or undefined when the segment has no timed call. */
  averageSeconds: number | undefined;
}

/**
 * Returns the average call duration in seconds: total call seconds over the number
 * of calls, counting only calls with a recorded duration in both terms. Returns
 * undefined when there is no such call.
 */
export function averageCallDuration(dataset: Dataset, filter?: Filter): number | undefined {
  const rows = selectRows(dataset, filter);
  const { calls, seconds } = tallyCalls(dataset, new Uint8Array(dataset.size), 1, rows);
  return average(seconds[0] as number, calls[0] as number);
}

/** Returns the total seconds of the calls a filter keeps. */
export function totalCallSeconds(dataset: Dataset, filter?: Filter): number {
  const rows = selectRows(dataset, filter);
  return tallyCalls(dataset, new Uint8Array(dataset.size), 1, rows).seconds[0] as number;
}

/**
 * Returns calls, total seconds and average duration per value of a dimension. Each
 * average is that segment's seconds over its calls; the overall average is
 * `averageCallDuration`, never the mean of these averages.
 */
export function averageCallDurationsBy(
  dataset: Dataset,
  dimension: Dimension,
  filter?: Filter,
): SegmentDuration[] {
  const labels = labelsOf(dataset, dimension);
  const rows = selectRows(dataset, filter);
  const { calls, seconds } = tallyCalls(dataset, codesOf(dataset, dimension), labels.length, rows);

  return labels.map((label, code) => ({
    label,
    calls: calls[code] as number,
    totalSeconds: seconds[code] as number,
    averageSeconds: average(seconds[code] as number, calls[code] as number),
  }));
}

function average(seconds: number, calls: number): number | undefined {
  return calls === 0 ? undefined : seconds / calls;
}
