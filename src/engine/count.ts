import { codesOf, labelsOf, type Dataset, type Dimension } from './dataset';
import { selectRows, selectionSize, type Filter } from './filter';
import { tallyCodes } from './tally';

/** Interactions in one segment of a dimension. */
export interface SegmentCount {
  label: string;
  count: number;
}

/** Returns the number of support contacts in the dataset, or in the part a filter keeps. */
export function totalInteractions(dataset: Dataset, filter?: Filter): number {
  return selectionSize(dataset, selectRows(dataset, filter));
}

/**
 * Counts interactions per value of a dimension, one entry per label in dictionary
 * order (Monday first for weekdays), including labels with no interactions.
 */
export function countsBy(dataset: Dataset, dimension: Dimension, filter?: Filter): SegmentCount[] {
  const labels = labelsOf(dataset, dimension);
  const rows = selectRows(dataset, filter);
  const tally = tallyCodes(codesOf(dataset, dimension), labels.length, dataset.size, rows);
  return labels.map((label, code) => ({ label, count: tally[code] as number }));
}

/** Returns the number of interactions whose `dimension` equals `label`. */
export function count(
  dataset: Dataset,
  dimension: Dimension,
  label: string,
  filter?: Filter,
): number {
  const segment = countsBy(dataset, dimension, filter).find((entry) => entry.label === label);
  if (!segment) {
    throw new Error(`Unknown ${dimension} "${label}": the dataset has no such value.`);
  }
  return segment.count;
}
