import { rankBy } from './rank';
import type { Dataset, Dimension } from './dataset';
import type { Filter } from './filter';

/** The k largest segments of a subset and the share of the subset they hold. */
export interface TopKConcentration {
  segments: { label: string; count: number }[];
  subsetSize: number;
  /** Percent of the subset held by `segments`. */
  share: number;
  /** True when the k-th and the next segment have the same count, so the top k is not unique. */
  tied: boolean;
}

/**
 * Returns the share of a subset held by its k largest segments, for example the
 * share of calls over 600 seconds handled by the two agents with the most of them:
 * `topKConcentration(dataset, 'agent', 2, { minCallSeconds: 600 })`.
 */
export function topKConcentration(
  dataset: Dataset,
  dimension: Dimension,
  k: number,
  subset?: Filter,
): TopKConcentration {
  if (!Number.isInteger(k) || k < 1) {
    throw new Error(`Invalid k ${k}: expected a whole number of at least 1.`);
  }

  const ranked = rankBy(dataset, dimension, subset);
  const subsetSize = ranked.reduce((sum, entry) => sum + entry.count, 0);
  if (subsetSize === 0) {
    throw new Error(
      'A top-k concentration needs at least one interaction in the subset: it is empty.',
    );
  }

  const segments = ranked.slice(0, k);
  const held = segments.reduce((sum, entry) => sum + entry.count, 0);
  const tied = ranked[k] !== undefined && ranked[k]?.count === ranked[k - 1]?.count;
  return { segments, subsetSize, share: (held / subsetSize) * 100, tied };
}
