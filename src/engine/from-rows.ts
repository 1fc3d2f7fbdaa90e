import {
  CATEGORICAL_FIELDS,
  type BusinessBase,
  type CategoricalField,
  type Dataset,
  type InteractionRow,
} from './dataset';

/**
 * Builds a columnar dataset from rows. Labels enter each dictionary in order of
 * first appearance, unless `labels` fixes the order (and may list labels no row has).
 */
export function fromRows(
  rows: readonly InteractionRow[],
  base: BusinessBase,
  options: { callChannel?: string; labels?: Partial<Record<CategoricalField, string[]>> } = {},
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

  const day = new Uint32Array(size);
  const minute = new Uint16Array(size);
  const duration = new Uint32Array(size);
  const repeat = new Uint8Array(size);
  const customer = new Uint32Array(size);

  rows.forEach((row, index) => {
    for (const field of CATEGORICAL_FIELDS) {
      codes[field][index] = codeFor(lookup[field], labels[field], row[field], field);
    }
    day[index] = row.day;
    minute[index] = row.minute;
    duration[index] = row.durationSeconds ?? 0;
    repeat[index] = row.repeat ? 1 : 0;
    customer[index] = row.customer;
  });

  const callLabel = options.callChannel ?? 'Phone';
  const callChannel = labels.channel.indexOf(callLabel);

  return { size, day, minute, codes, labels, duration, repeat, customer, callChannel, base };
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
