import { codesOf, labelsOf, type Dataset, type Dimension } from './dataset';
import { dayNumber } from './dates';

/** Conditions that narrow a dataset; an interaction is kept when it meets all of them. */
export interface Filter {
  /** Labels to keep per dimension, for example `{ channel: ['Phone'] }`. */
  where?: Partial<Record<Dimension, readonly string[]>>;
  /** First and last date to keep, inclusive, as YYYY-MM-DD. */
  dates?: { from?: string; to?: string };
  /** Index of the period to keep. */
  period?: number;
  /** Keep calls only. */
  callsOnly?: boolean;
  /** Keep calls of at least this many seconds; implies calls only. */
  minCallSeconds?: number;
  /** Keep repeat contacts only. */
  repeatsOnly?: boolean;
}

/**
 * Returns the row indices a filter keeps, in dataset order, or undefined when the
 * filter keeps every row, so that metrics can run a plain loop.
 */
export function selectRows(dataset: Dataset, filter: Filter | undefined): Uint32Array | undefined {
  if (!filter || isEmptyFilter(filter)) return undefined;

  const keep = new Uint8Array(dataset.size).fill(1);

  for (const [dimension, labels] of Object.entries(filter.where ?? {})) {
    keepCodes(dataset, dimension as Dimension, labels ?? [], keep);
  }

  const from = filter.dates?.from === undefined ? -Infinity : dayNumber(filter.dates.from);
  const to = filter.dates?.to === undefined ? Infinity : dayNumber(filter.dates.to);
  const period = filter.period;
  if (
    period !== undefined &&
    !(Number.isInteger(period) && period >= 0 && period < dataset.periods.length)
  ) {
    throw new Error(
      `Invalid period ${period}: the dataset has periods 0 to ${dataset.periods.length - 1}.`,
    );
  }
  const minSeconds = filter.minCallSeconds ?? 0;
  const callsOnly = filter.callsOnly === true || filter.minCallSeconds !== undefined;

  for (let i = 0; i < dataset.size; i++) {
    if (!keep[i]) continue;
    const day = dataset.day[i] as number;
    if (day < from || day > to) keep[i] = 0;
    else if (period !== undefined && dataset.period[i] !== period) keep[i] = 0;
    else if (callsOnly && !isTimedCall(dataset, i, minSeconds)) keep[i] = 0;
    else if (filter.repeatsOnly === true && dataset.repeat[i] !== 1) keep[i] = 0;
  }

  let kept = 0;
  for (let i = 0; i < dataset.size; i++) kept += keep[i] as number;
  const rows = new Uint32Array(kept);
  for (let i = 0, next = 0; i < dataset.size; i++) if (keep[i]) rows[next++] = i;
  return rows;
}

/** Returns how many rows a selection covers. */
export function selectionSize(dataset: Dataset, rows: Uint32Array | undefined): number {
  return rows === undefined ? dataset.size : rows.length;
}

function isEmptyFilter(filter: Filter): boolean {
  return (
    Object.keys(filter.where ?? {}).length === 0 &&
    filter.dates?.from === undefined &&
    filter.dates?.to === undefined &&
    filter.period === undefined &&
    filter.callsOnly !== true &&
    filter.minCallSeconds === undefined &&
    filter.repeatsOnly !== true
  );
}

function isTimedCall(dataset: Dataset, index: number, minSeconds: number): boolean {
  if (dataset.codes.channel[index] !== dataset.callChannel) return false;
  const seconds = dataset.duration[index] as number;
  return seconds > 0 && seconds >= minSeconds;
}

function keepCodes(
  dataset: Dataset,
  dimension: Dimension,
  labels: readonly string[],
  keep: Uint8Array,
) {
  const known = labelsOf(dataset, dimension);
  const wanted = new Uint8Array(known.length);
  for (const label of labels) {
    const code = known.indexOf(label);
    if (code === -1) {
      throw new Error(
        `Unknown ${dimension} "${label}" in filter: the dataset has ${known.join(', ')}.`,
      );
    }
    wanted[code] = 1;
  }

  const codes = codesOf(dataset, dimension);
  for (let i = 0; i < dataset.size; i++) {
    if (!wanted[codes[i] as number]) keep[i] = 0;
  }
}
