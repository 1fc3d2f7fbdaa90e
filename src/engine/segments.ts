import { countsBy } from './count';
import { labelsOf, type Dataset, type Dimension } from './dataset';
import { averageCallDurationsBy } from './duration';
import type { RankMeasure, SegmentRef } from './questions';

/** A segment and the measure it was ranked by. */
export interface RankedSegment {
  label: string;
  value: number;
}

/**
 * Ranks the segments of a dimension by a measure, largest first, ties in label
 * order. A segment with no calls has no average duration and ranks last.
 */
export function rankSegments(
  dataset: Dataset,
  dimension: Dimension,
  by: RankMeasure = 'count',
): RankedSegment[] {
  return measure(dataset, dimension, by)
    .map((entry, code) => ({ entry, code }))
    .sort((a, b) => b.entry.value - a.entry.value || a.code - b.code)
    .map(({ entry }) => entry);
}

/**
 * Returns the labels of the `top` segments by a measure. Throws when the last
 * place is tied with the next segment, because the answer would be ambiguous.
 */
export function topSegments(
  dataset: Dataset,
  dimension: Dimension,
  top: number,
  by: RankMeasure = 'count',
): string[] {
  const ranked = rankSegments(dataset, dimension, by);
  if (top < 1 || top > ranked.length) {
    throw new Error(`Cannot take the top ${top} of ${ranked.length} ${dimension} values.`);
  }
  if (ranked[top]?.value === ranked[top - 1]?.value) {
    throw new Error(`No single top ${top} ${dimension} values: places ${top} and ${top + 1} tie.`);
  }
  return ranked.slice(0, top).map((entry) => entry.label);
}

/** Returns the label a segment reference points to in this dataset. Throws on a tie. */
export function resolveSegment(dataset: Dataset, dimension: Dimension, ref: SegmentRef): string {
  if ('label' in ref) {
    if (!labelsOf(dataset, dimension).includes(ref.label)) {
      throw new Error(`Unknown ${dimension} "${ref.label}": the dataset has no such value.`);
    }
    return ref.label;
  }

  const ranked = rankSegments(dataset, dimension, ref.by);
  const entry = ranked[ref.rank - 1];
  const tied =
    ranked[ref.rank - 2]?.value === entry?.value || ranked[ref.rank]?.value === entry?.value;
  if (!entry || tied) {
    throw new Error(
      `No single ${dimension} holds rank ${ref.rank}: two segments tie or there are too few.`,
    );
  }
  return entry.label;
}

function measure(dataset: Dataset, dimension: Dimension, by: RankMeasure): RankedSegment[] {
  if (by === 'count') {
    return countsBy(dataset, dimension).map(({ label, count }) => ({ label, value: count }));
  }
  if (by === 'averageCallDuration') {
    return averageCallDurationsBy(dataset, dimension).map(({ label, averageSeconds }) => ({
      label,
      value: averageSeconds ?? -Infinity,
    }));
  }
  if (by === 'repeats') {
    return countsBy(dataset, dimension, { repeatsOnly: true }).map(({ label, count }) => ({
      label,
      value: count,
    }));
  }
  if (by === 'totalCallSeconds') {
    return averageCallDurationsBy(dataset, dimension).map(({ label, totalSeconds }) => ({
      label,
      value: totalSeconds,
    }));
  }
  return averageCallDurationsBy(dataset, dimension, { minCallSeconds: by.callsOver }).map(
    ({ label, calls }) => ({ label, value: calls }),
  );
}
