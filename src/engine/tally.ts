import type { Dataset } from './dataset';

// The few loops every metric is built from. Each has a plain loop for a whole
// dataset and an indexed loop for a filtered one, so that an unfiltered metric
// costs one pass over typed arrays.

/** Counts rows per code. */
export function tallyCodes(
  codes: Uint8Array,
  bins: number,
  size: number,
  rows: Uint32Array | undefined,
): Float64Array {
  const counts = new Float64Array(bins);
  if (rows === undefined) {
    for (let i = 0; i < size; i++) counts[codes[i] as number]++;
  } else {
    for (let r = 0; r < rows.length; r++) counts[codes[rows[r] as number] as number]++;
  }
  return counts;
}

/** Calls with a recorded duration per code, and their seconds. */
export interface CallTally {
  calls: Float64Array;
  seconds: Float64Array;
}

/**
 * Counts timed calls and sums their seconds per code. A timed call is an
 * interaction on the call channel with a duration above zero; an unanswered call
 * in an export has no duration and stays out of both sums.
 */
export function tallyCalls(
  dataset: Dataset,
  codes: Uint8Array,
  bins: number,
  rows: Uint32Array | undefined,
): CallTally {
  const calls = new Float64Array(bins);
  const seconds = new Float64Array(bins);
  const channel = dataset.codes.channel;
  const duration = dataset.duration;
  const callChannel = dataset.callChannel;

  const add = (i: number) => {
    const length = duration[i] as number;
    if (channel[i] === callChannel && length > 0) {
      const code = codes[i] as number;
      calls[code]++;
      seconds[code] += length;
    }
  };

  if (rows === undefined) {
    for (let i = 0; i < dataset.size; i++) add(i);
  } else {
    for (let r = 0; r < rows.length; r++) add(rows[r] as number);
  }
  return { calls, seconds };
}

/** Counts the rows whose flag is 1. */
export function tallyFlags(flags: Uint8Array, size: number, rows: Uint32Array | undefined): number {
  let total = 0;
  if (rows === undefined) {
    for (let i = 0; i < size; i++) total += flags[i] as number;
  } else {
    for (let r = 0; r < rows.length; r++) total += flags[rows[r] as number] as number;
  }
  return total;
}
