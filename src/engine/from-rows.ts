import {
  CATEGORICAL_FIELDS,
  type BusinessBase,
  type CategoricalField,
  type Dataset,
  type InteractionRow,
  type Period,
} from './dataset';
import { weekdayIndex } from './dates';

export interface FromRowsOptions {
  /** Label of the channel whose interactions are calls; `Phone` when left out. */
  callChannel?: string;
  /** Label order per field, fixed ahead of the rows. */
  labels?: Partial<Record<CategoricalField, string[]>>;
  /** Periods the rows' `period` indexes into; one period with `base` when left out. */
  periods?: Period[];
}

/**
 * Builds a columnar dataset from rows. Labels enter each dictionary in order of
 * first appearance, unless `labels` fixes the order (and may list labels no row has).
 */
export function fromRows(
  rows: readonly InteractionRow[],
  base: BusinessBase,
  options: FromRowsOptions = {},
): Dataset {
  const size = rows.length;
  const labels = {} as Record<CategoricalField, string[]>;
  const codes = {} as Record<CategoricalField, Uint8Array>;
  const lookup = {} as Record<CategoricalField, Map<string, number>>;

  for (const field of CATEGORICAL_FIELDS) {
    labels[field] = [...(options.labels?.[field] ?? [])];
    lookup[field] = new Map(labels[field].map((label, code) => [label, code]));
    codes[field] = new Uint8Array(size);
  }

  const periods = options.periods ?? [{ label: 'Whole period', base }];
  const day = new Uint32Array(size);
  const minute = new Uint16Array(size);
  const weekday = new Uint8Array(size);
  const period = new Uint8Array(size);
  const duration = new Uint32Array(size);
  const repeat = new Uint8Array(size);
  const customer = new Uint32Array(size);

  rows.forEach((row, index) => {
    for (const field of CATEGORICAL_FIELDS) {
      codes[field][index] = codeFor(lookup[field], labels[field], row[field], field);
    }
    day[index] = row.day;
    minute[index] = row.minute;
    weekday[index] = weekdayIndex(row.day);
    period[index] = checkPeriod(row.period ?? 0, periods.length, index);
    duration[index] = row.durationSeconds ?? 0;
    repeat[index] = row.repeat ? 1 : 0;
    customer[index] = row.customer;
  });

  const callLabel = options.callChannel ?? 'Phone';
  const callChannel = labels.channel.indexOf(callLabel);

  return {
    size,
    day,
    minute,
    weekday,
    period,
    codes,
    labels,
    duration,
    repeat,
    customer,
    callChannel,
    base,
    periods,
  };
}

function checkPeriod(period: number, count: number, index: number): number {
  if (!Number.isInteger(period) || period < 0 || period >= count) {
    throw new Error(`Invalid period ${period} in row ${index}: expected 0 to ${count - 1}.`);
  }
  return period;
}

function codeFor(
  lookup: Map<string, number>,
  labels: string[],
  label: string,
  field: CategoricalField,
): number {
  const known = lookup.get(label);
  if (known !== undefined) return known;

  // Codes are stored in a Uint8Array.
  if (labels.length === 256) {
    throw new Error(`Too many distinct ${field} values: at most 256 are supported.`);
  }
  lookup.set(label, labels.length);
  labels.push(label);
  return labels.length - 1;
}
