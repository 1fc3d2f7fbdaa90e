import { countsBy, type SegmentCount } from './count';
import type { Dataset, Dimension } from './dataset';
import type { Filter } from './filter';

/** Returns the segments of a dimension ranked by count, largest first, ties in label order. */
export function rankBy(dataset: Dataset, dimension: Dimension, filter?: Filter): SegmentCount[] {
  return countsBy(dataset, dimension, filter)
    .map((entry, code) => ({ entry, code }))
    .sort((a, b) => b.entry.count - a.entry.count || a.code - b.code)
    .map(({ entry }) => entry);
}

/**
 * Returns the segment at `rank` (1 for the largest) of a dimension, or undefined
 * when that place is shared by a tie or the dimension has fewer segments.
 */
export function segmentAtRank(
  dataset: Dataset,
  dimension: Dimension,
  rank: number,
  filter?: Filter,
): SegmentCount | undefined {
  const ranked = rankBy(dataset, dimension, filter);
  const entry = ranked[rank - 1];
  if (!entry) return undefined;

  const tiedAbove = ranked[rank - 2]?.count === entry.count;
  const tiedBelow = ranked[rank]?.count === entry.count;
  return tiedAbove || tiedBelow ? undefined : entry;
}
