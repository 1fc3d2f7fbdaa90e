import { CATEGORICAL_FIELDS, type CategoricalField, type Dimension } from './dataset';
import { dayNumber, weekdayIndex } from './dates';

/** A label and its relative weight among the values of a field. */
export interface Weighted {
  label: string;
  weight: number;
}

/** An inclusive range of numbers. */
export interface Range {
  min: number;
  max: number;
}

/** A product planted to carry a given share of all interactions. */
export interface PlantedProductShare {
  /** The planted product; when left out, each variant draws one of the products. */
  product?: string;
  /** Percent of all interactions the product carries, in every variant. */
  share: Range;
  /** Percentage points by which the product leads the next product, at least. */
  lead: number;
}

/** Everything `generate` needs to build a dataset, apart from the seed. */
export interface GeneratorSpec {
  /** First day of the period, a Monday, as YYYY-MM-DD. */
  startDate: string;
  /** Length of the period in whole weeks. */
  weeks: number;
  /** Interactions in the whole period; each variant draws a whole number in range. */
  interactions: Range;
  /** Relative volume from Monday to Sunday. */
  weekdayWeights: readonly number[];
  channel: readonly Weighted[];
  /** The channel whose interactions are calls and have a duration. */
  callChannel: string;
  product: readonly Weighted[];
  issueType: readonly Weighted[];
  segment: readonly Weighted[];
  region: readonly Weighted[];
  agent: readonly Weighted[];
  callDuration: { medianSeconds: number; sigma: number; minSeconds: number; maxSeconds: number };
  /** Probability that a contact repeats an earlier contact of the same customer. */
  repeatRate: number;
  /** The business volume of the period, as ranges of contact rates. */
  base: {
    interactionsPer100Orders: Range;
    interactionsPer1000Customers: Range;
    unitsPerOrder: Range;
  };
  /** Dimensions whose largest segment must be a single value, with no tie. */
  uniqueLeaders: readonly Dimension[];
  plant?: { productShare?: PlantedProductShare };
}

/** Throws, naming the spec field, when a spec cannot produce a valid dataset. */
export function validateSpec(spec: GeneratorSpec): void {
  const fail = (field: string, problem: string): never => {
    throw new Error(`Invalid generator spec: ${field} ${problem}.`);
  };

  try {
    if (weekdayIndex(dayNumber(spec.startDate)) !== 0)
      fail('startDate', `"${spec.startDate}" is not a Monday`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invalid date')) {
      fail('startDate', `"${spec.startDate}" is not a valid YYYY-MM-DD date`);
    }
    throw error;
  }

  if (!Number.isInteger(spec.weeks) || spec.weeks < 1)
    fail('weeks', `must be a whole number of at least 1, got ${spec.weeks}`);
  checkRange('interactions', spec.interactions, 1, 2_000_000, fail);
  if (!Number.isInteger(spec.interactions.min) || !Number.isInteger(spec.interactions.max)) {
    fail('interactions', 'must have whole-number bounds');
  }
  if (
    spec.weekdayWeights.length !== 7 ||
    !spec.weekdayWeights.every((w) => w >= 0 && Number.isFinite(w))
  ) {
    fail('weekdayWeights', 'must list 7 weights of 0 or more, Monday first');
  }

  for (const field of CATEGORICAL_FIELDS) checkWeights(field, spec[field], fail);
  if (!spec.channel.some((entry) => entry.label === spec.callChannel)) {
    fail('callChannel', `"${spec.callChannel}" is not one of the channels`);
  }

  const duration = spec.callDuration;
  if (!(
    duration.minSeconds >= 1 &&
    duration.minSeconds <= duration.medianSeconds &&
    duration.medianSeconds <= duration.maxSeconds
  )) {
    fail('callDuration', 'must satisfy 1 <= minSeconds <= medianSeconds <= maxSeconds');
  }
  if (!(spec.repeatRate >= 0 && spec.repeatRate < 1))
    fail('repeatRate', `must be from 0 to below 1, got ${spec.repeatRate}`);
  checkRange(
    'base.interactionsPer100Orders',
    spec.base.interactionsPer100Orders,
    0.001,
    10_000,
    fail,
  );
  checkRange(
    'base.interactionsPer1000Customers',
    spec.base.interactionsPer1000Customers,
    0.001,
    1_000_000,
    fail,
  );
  checkRange('base.unitsPerOrder', spec.base.unitsPerOrder, 0.001, 1_000, fail);

  const planted = spec.plant?.productShare;
  if (planted) {
    const products = spec.product.map((entry) => entry.label);
    if (planted.product !== undefined && !products.includes(planted.product)) {
      fail(
        'plant.productShare.product',
        `"${planted.product}" is not one of the products (${products.join(', ')})`,
      );
    }
    checkRange('plant.productShare.share', planted.share, 0, 100, fail);
    if (!(planted.lead >= 0) || planted.lead > planted.share.min) {
      fail(
        'plant.productShare.lead',
        `must be from 0 to share.min (${planted.share.min}), got ${planted.lead}`,
      );
    }
  }
}

function checkWeights(
  field: CategoricalField,
  values: readonly Weighted[],
  fail: (field: string, problem: string) => never,
): void {
  if (values.length === 0 || values.length > 256) fail(field, 'must list from 1 to 256 values');

  const labels = new Set(values.map((entry) => entry.label));
  if (labels.size !== values.length) fail(field, 'lists a label twice');
  if (!values.every((entry) => entry.weight > 0 && Number.isFinite(entry.weight))) {
    fail(field, 'must give every value a weight above 0');
  }
}

function checkRange(
  field: string,
  range: Range,
  lowest: number,
  highest: number,
  fail: (field: string, problem: string) => never,
): void {
  if (!(range.min >= lowest && range.min <= range.max && range.max <= highest)) {
    fail(
      field,
      `must satisfy ${lowest} <= min <= max <= ${highest}, got ${range.min} to ${range.max}`,
    );
  }
}
