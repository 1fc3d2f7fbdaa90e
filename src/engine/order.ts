import { codesOf, labelsOf, type Dataset, type Dimension } from './dataset';

/** A column a table of interactions can be sorted by. */
export type SortColumn = 'row' | 'date' | 'duration' | 'repeat' | Dimension;

/**
 * Returns the rows in the order of a column: by time for dates, by seconds for
 * durations (a row without a call sorts below every call), and alphabetically by label for
 * categories. Ties keep dataset order, so the sort is stable.
 */
export function orderRows(
  dataset: Dataset,
  rows: Uint32Array | undefined,
  column: SortColumn,
  descending = false,
): Uint32Array {
  const order = rows
    ? Uint32Array.from(rows)
    : Uint32Array.from({ length: dataset.size }, (_, i) => i);
  if (column === 'row') return descending ? order.reverse() : order;

  const key = sortKey(dataset, column);
  const sign = descending ? -1 : 1;
  return order.sort((a, b) => sign * (key(a) - key(b)) || a - b);
}

function sortKey(dataset: Dataset, column: Exclude<SortColumn, 'row'>): (index: number) => number {
  if (column === 'date') {
    return (index) => (dataset.day[index] as number) * 1440 + (dataset.minute[index] as number);
  }
  if (column === 'duration') {
    return (index) => {
      const isCall = dataset.codes.channel[index] === dataset.callChannel;
      const seconds = dataset.duration[index] as number;
      return isCall && seconds > 0 ? seconds : -1;
    };
  }
  if (column === 'repeat') return (index) => dataset.repeat[index] as number;

  // Rank each label alphabetically once, then sort by rank.
  const labels = labelsOf(dataset, column);
  const ranks = new Float64Array(labels.length);
  const alphabetical = labels
    .map((label, code) => ({ label, code }))
    .sort((a, b) => (column === 'weekday' ? a.code - b.code : a.label.localeCompare(b.label)));
  alphabetical.forEach(({ code }, rank) => (ranks[code] = rank));
  const codes = codesOf(dataset, column);
  return (index) => ranks[codes[index] as number] as number;
}
