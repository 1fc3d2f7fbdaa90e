import { WEEKDAYS } from './dates';

/** Categorical columns stored as codes into a dictionary of labels. */
export const CATEGORICAL_FIELDS = [
  'channel',
  'product',
  'issueType',
  'segment',
  'region',
  'agent',
] as const;

export type CategoricalField = (typeof CATEGORICAL_FIELDS)[number];

/** A field a count or share can be broken down by. Weekday is derived from the date. */
export type Dimension = CategoricalField | 'weekday';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  channel: 'channel',
  product: 'product',
  issueType: 'issue type',
  segment: 'customer segment',
  region: 'region',
  agent: 'agent',
  weekday: 'weekday',
};

/** The business volume of the period, used as the denominator of contact rates. */
export interface BusinessBase {
  orders: number;
  activeCustomers: number;
  /** Units sold per product, in the order of the product dictionary. */
  unitsSold: number[];
}

/** A stretch of time the dataset compares with another, such as last month and this month. */
export interface Period {
  label: string;
  base: BusinessBase;
}

/**
 * A support dataset in columnar form: one typed array per field, one entry per
 * interaction. Rows are built only for display, through `rowAt`.
 */
export interface Dataset {
  readonly size: number;
  /** Days since 1970-01-01 in UTC: the interaction's local business date. */
  readonly day: Uint32Array;
  /** Minute of the business day, 0 to 1439. */
  readonly minute: Uint16Array;
  /** Weekday of `day`, Monday 0 to Sunday 6, stored so that weekday metrics are one pass. */
  readonly weekday: Uint8Array;
  /** Index into `periods` of the period the interaction belongs to. */
  readonly period: Uint8Array;
  readonly codes: Readonly<Record<CategoricalField, Uint8Array>>;
  readonly labels: Readonly<Record<CategoricalField, readonly string[]>>;
  /** Call length in whole seconds; 0 for interactions that are not calls. */
  readonly duration: Uint32Array;
  /** 1 when the contact repeats an earlier contact of the same customer. */
  readonly repeat: Uint8Array;
  readonly customer: Uint32Array;
  /** Code of the channel whose interactions are calls, or -1 when no channel is. */
  readonly callChannel: number;
  /** Business volume of the whole dataset: the sum over `periods`. */
  readonly base: BusinessBase;
  /** The periods in time order; a dataset of one period has one entry. */
  readonly periods: readonly Period[];
}

/** One interaction as plain values, for tables and tests. */
export interface InteractionRow {
  day: number;
  minute: number;
  channel: string;
  product: string;
  issueType: string;
  segment: string;
  region: string;
  agent: string;
  /** Call seconds, or undefined when the interaction is not a call. */
  durationSeconds: number | undefined;
  repeat: boolean;
  customer: number;
  /** Index of the row's period; 0 when the dataset has one period. */
  period?: number;
}

/** Returns the labels of a dimension in code order; weekdays run Monday first. */
export function labelsOf(dataset: Dataset, dimension: Dimension): readonly string[] {
  return dimension === 'weekday' ? WEEKDAYS : dataset.labels[dimension];
}

/** Returns the code of interaction `index` in a dimension. */
export function codeAt(dataset: Dataset, dimension: Dimension, index: number): number {
  return codesOf(dataset, dimension)[index] as number;
}

/** Returns the column of codes of a dimension. */
export function codesOf(dataset: Dataset, dimension: Dimension): Uint8Array {
  return dimension === 'weekday' ? dataset.weekday : dataset.codes[dimension];
}

/** Returns whether interaction `index` is a call. */
export function isCall(dataset: Dataset, index: number): boolean {
  return dataset.codes.channel[index] === dataset.callChannel;
}

/** Returns the call seconds of interaction `index`, or undefined when it is not a timed call. */
export function timedSeconds(dataset: Dataset, index: number): number | undefined {
  const seconds = dataset.duration[index] as number;
  return isCall(dataset, index) && seconds > 0 ? seconds : undefined;
}

/** Builds the display row of interaction `index`. */
export function rowAt(dataset: Dataset, index: number): InteractionRow {
  const label = (field: CategoricalField) =>
    dataset.labels[field][dataset.codes[field][index] as number] as string;

  return {
    day: dataset.day[index] as number,
    minute: dataset.minute[index] as number,
    channel: label('channel'),
    product: label('product'),
    issueType: label('issueType'),
    segment: label('segment'),
    region: label('region'),
    agent: label('agent'),
    durationSeconds: timedSeconds(dataset, index),
    repeat: dataset.repeat[index] === 1,
    customer: dataset.customer[index] as number,
    period: dataset.period[index] as number,
  };
}
