import { countsBy } from './count';
import type { Dataset, Dimension } from './dataset';
import type { Filter } from './filter';

/** Interactions in one segment and their share of all interactions, in percent. */
export interface SegmentShare {
  label: string;
  count: number;
  share: number;
}

/** Returns the percentage of interactions whose `dimension` equals `label`. */
export function share(
  dataset: Dataset,
  dimension: Dimension,
  label: string,
  filter?: Filter,
): number {
  const entry = sharesBy(dataset, dimension, filter).find((segment) => segment.label === label);
  if (!entry) {
    throw new Error(`Unknown ${dimension} "${label}": the dataset has no such value.`);
  }
  return entry.share;
}

/**
 * Returns count and percentage share for every value of a dimension. Throws when
 * no interaction is left, because a share of nothing has no value.
 */
export function sharesBy(dataset: Dataset, dimension: Dimension, filter?: Filter): SegmentShare[] {
  const counts = countsBy(dataset, dimension, filter);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) {
    throw new Error('A share needs at least one interaction: the dataset is empty.');
  }
  return counts.map(({ label, count }) => ({ label, count, share: (count / total) * 100 }));
}
