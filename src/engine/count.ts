import { codeAt, labelsOf, type Dataset, type Dimension } from './dataset';

/** Interactions in one segment of a dimension. */
export interface SegmentCount {
  label: string;
  count: number;
}

/** Returns the number of support contacts in the dataset. */
export function totalInteractions(dataset: Dataset): number {
  return dataset.size;
}

/**
 * Counts interactions per value of a dimension, one entry per label in dictionary
 * order (Monday first for weekdays), including labels with no interactions.
 */
export function countsBy(dataset: Dataset, dimension: Dimension): SegmentCount[] {
  const labels = labelsOf(dataset, dimension);
  const tally = new Float64Array(labels.length);

  if (dimension === 'weekday') {
    for (let i = 0; i < dataset.size; i++) tally[codeAt(dataset, 'weekday', i)]++;
  } else {
    const codes = dataset.codes[dimension];
    for (let i = 0; i < dataset.size; i++) tally[codes[i] as number]++;
  }

  return labels.map((label, code) => ({ label, count: tally[code] as number }));
}

/** Returns the number of interactions whose `dimension` equals `label`. */
export function count(dataset: Dataset, dimension: Dimension, label: string): number {
  const segment = countsBy(dataset, dimension).find((entry) => entry.label === label);
  if (!segment) {
    throw new Error(`Unknown ${dimension} "${label}": the dataset has no such value.`);
  }
  return segment.count;
}
