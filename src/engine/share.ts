import { countsBy, count } from './count';
import type { Dataset, Dimension } from './dataset';

/** Interactions in one segment and their share of all interactions, in percent. */
export interface SegmentShare {
  label: string;
  count: number;
  share: number;
}

/** Returns the percentage of all interactions whose `dimension` equals `label`. */
export function share(dataset: Dataset, dimension: Dimension, label: string): number {
  const total = nonEmptyTotal(dataset);
  return (count(dataset, dimension, label) / total) * 100;
}

/** Returns count and percentage share for every value of a dimension. */
export function sharesBy(dataset: Dataset, dimension: Dimension): SegmentShare[] {
  const total = nonEmptyTotal(dataset);
  return countsBy(dataset, dimension).map(({ label, count }) => ({
    label,
    count,
    share: (count / total) * 100,
  }));
}

function nonEmptyTotal(dataset: Dataset): number {
  if (dataset.size === 0) {
    throw new Error('A share needs at least one interaction: the dataset is empty.');
  }
  return dataset.size;
}
