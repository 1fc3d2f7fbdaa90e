import { countsBy, type SegmentCount } from './count';
import type { Dataset } from './dataset';
import { WEEKDAYS, type Weekday } from './dates';
import type { Filter } from './filter';
import { segmentAtRank } from './rank';

/** Returns interactions per weekday of the business date, Monday first. */
export function weekdayVolume(dataset: Dataset, filter?: Filter): SegmentCount[] {
  return countsBy(dataset, 'weekday', filter);
}

/** Returns the weekday with the most interactions, or undefined when two share the peak. */
export function peakWeekday(dataset: Dataset, filter?: Filter): Weekday | undefined {
  return segmentAtRank(dataset, 'weekday', 1, filter)?.label as Weekday | undefined;
}

/**
 * Returns the percentage of interactions that fall on a set of weekdays, for
 * example Monday and Tuesday. Throws on an empty selection or an unknown weekday.
 */
export function weekdayConcentration(
  dataset: Dataset,
  weekdays: readonly string[],
  filter?: Filter,
): number {
  for (const day of weekdays) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      throw new Error(`Unknown weekday "${day}": expected one of ${WEEKDAYS.join(', ')}.`);
    }
  }

  const volume = weekdayVolume(dataset, filter);
  const total = volume.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) {
    throw new Error(
      'A weekday concentration needs at least one interaction: the selection is empty.',
    );
  }

  const chosen = new Set(weekdays);
  const inSet = volume
    .filter((entry) => chosen.has(entry.label))
    .reduce((sum, entry) => sum + entry.count, 0);
  return (inSet / total) * 100;
}
