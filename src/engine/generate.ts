import { CATEGORICAL_FIELDS, type CategoricalField, type Dataset } from './dataset';
import { dayNumber, weekdayIndex } from './dates';
import { createRandom, cumulativeWeights, type Random } from './random';
import { rankBy, segmentAtRank } from './rank';
import { hashString } from './seed';
import { validateSpec, type GeneratorSpec } from './spec';

// Tries with derived seeds before a spec is declared impossible to meet.
const MAX_ATTEMPTS = 40;

// Business hours in which interactions are stamped, in minutes after midnight.
const OPEN_MINUTE = 8 * 60;
const CLOSE_MINUTE = 20 * 60 - 1;

const FIRST_CUSTOMER_ID = 100_001;

/**
 * Generates the dataset of a spec and seed. The same spec and seed give the same
 * dataset on every platform and in every time zone. When a draw misses a planted
 * pattern or leaves a tie that a question depends on, the generator draws again
 * from a seed derived from the first, so the result is still a pure function.
 */
export function generate(spec: GeneratorSpec, seed: number): Dataset {
  validateSpec(spec);

  let problem = '';
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const attemptSeed = attempt === 0 ? seed : hashString(`${seed}:${attempt}`);
    const dataset = draw(spec, createRandom(attemptSeed));

    problem = unmetPattern(spec, dataset);
    if (problem === '') return dataset;
  }

  throw new Error(
    `Cannot generate a dataset for seed ${seed}: ${problem} in ${MAX_ATTEMPTS} attempts. Widen the range or lower the margin in the spec.`,
  );
}

function draw(spec: GeneratorSpec, random: Random): Dataset {
  const size = random.integer(spec.interactions.min, spec.interactions.max);
  const day = drawDays(spec, random, size);
  const minute = drawMinutes(day, random);
  const weekday = new Uint8Array(size);
  for (let i = 0; i < size; i++) weekday[i] = weekdayIndex(day[i] as number);

  const planted = plantedProduct(spec, random);
  const picks = pickTables(spec, random, planted);
  const codes = {} as Record<CategoricalField, Uint8Array>;
  for (const field of CATEGORICAL_FIELDS) codes[field] = new Uint8Array(size);

  const callCode = spec.channel.findIndex((entry) => entry.label === spec.callChannel);
  const callSeconds = random.logNormal(spec.callDuration.medianSeconds, spec.callDuration.sigma);
  const duration = new Uint32Array(size);
  const repeat = new Uint8Array(size);
  const customer = new Uint32Array(size);
  let nextCustomer = FIRST_CUSTOMER_ID;

  for (let i = 0; i < size; i++) {
    for (const field of CATEGORICAL_FIELDS) codes[field][i] = random.pick(picks[field]);

    if (codes.channel[i] === callCode) {
      const seconds = Math.round(callSeconds());
      duration[i] = Math.min(
        spec.callDuration.maxSeconds,
        Math.max(spec.callDuration.minSeconds, seconds),
      );
    }

    // A repeat contact reuses the customer id of an earlier interaction.
    if (i > 0 && random.uniform() < spec.repeatRate) {
      repeat[i] = 1;
      customer[i] = customer[random.integer(0, i - 1)] as number;
    } else {
      customer[i] = nextCustomer++;
    }
  }

  const labels = {} as Record<CategoricalField, string[]>;
  for (const field of CATEGORICAL_FIELDS) labels[field] = spec[field].map((entry) => entry.label);

  const base = drawBase(spec, random, size);
  return {
    size,
    day,
    minute,
    weekday,
    period: new Uint8Array(size),
    codes,
    labels,
    duration,
    repeat,
    customer,
    callChannel: callCode,
    base,
    periods: [{ label: 'Whole period', base }],
  };
}

// Spreads interactions over the days of the period around the weekly profile,
// with up to 15% day-to-day noise, in date order.
function drawDays(spec: GeneratorSpec, random: Random, size: number): Uint32Array {
  const first = dayNumber(spec.startDate);
  const dayCount = spec.weeks * 7;
  const weights = Array.from(
    { length: dayCount },
    (_, offset) => (spec.weekdayWeights[offset % 7] as number) * random.between(0.85, 1.15),
  );

  const cumulative = cumulativeWeights(weights);
  const perDay = new Uint32Array(dayCount);
  for (let i = 0; i < size; i++) perDay[random.pick(cumulative)]++;

  const day = new Uint32Array(size);
  let row = 0;
  perDay.forEach((total, offset) => {
    day.fill(first + offset, row, row + total);
    row += total;
  });
  return day;
}

// Stamps each interaction with a time in business hours, sorted within its day.
function drawMinutes(day: Uint32Array, random: Random): Uint16Array {
  const minute = new Uint16Array(day.length);
  for (let i = 0; i < day.length; i++) minute[i] = random.integer(OPEN_MINUTE, CLOSE_MINUTE);

  let start = 0;
  for (let i = 1; i <= day.length; i++) {
    if (i === day.length || day[i] !== day[start]) {
      minute.subarray(start, i).sort();
      start = i;
    }
  }
  return minute;
}

// Returns the code of the product planted to lead, drawn when the spec leaves it open.
function plantedProduct(spec: GeneratorSpec, random: Random): number {
  const planted = spec.plant?.productShare;
  if (!planted) return -1;
  if (planted.product === undefined) return random.integer(0, spec.product.length - 1);
  return spec.product.findIndex((entry) => entry.label === planted.product);
}

function pickTables(
  spec: GeneratorSpec,
  random: Random,
  plantedCode: number,
): Record<CategoricalField, Float64Array> {
  const tables = {} as Record<CategoricalField, Float64Array>;
  for (const field of CATEGORICAL_FIELDS) {
    tables[field] = cumulativeWeights(spec[field].map((entry) => entry.weight));
  }

  // The planted product takes its drawn share; the others split the rest by weight.
  const planted = spec.plant?.productShare;
  if (planted) {
    const target = random.between(planted.share.min, planted.share.max) / 100;
    const othersWeight = spec.product
      .filter((_, code) => code !== plantedCode)
      .reduce((sum, entry) => sum + entry.weight, 0);
    const weights = spec.product.map((entry, code) =>
      code === plantedCode ? target : (entry.weight / othersWeight) * (1 - target),
    );
    tables.product = cumulativeWeights(weights);
  }

  return tables;
}

function drawBase(spec: GeneratorSpec, random: Random, size: number): Dataset['base'] {
  const per100Orders = random.between(
    spec.base.interactionsPer100Orders.min,
    spec.base.interactionsPer100Orders.max,
  );
  const per1000Customers = random.between(
    spec.base.interactionsPer1000Customers.min,
    spec.base.interactionsPer1000Customers.max,
  );
  const unitsPerOrder = random.between(spec.base.unitsPerOrder.min, spec.base.unitsPerOrder.max);

  const orders = Math.max(1, Math.round((size * 100) / per100Orders));
  const activeCustomers = Math.max(1, Math.round((size * 1000) / per1000Customers));

  // Units follow the products' base weights, not the planted share, so a product
  // that drives contacts also has more contacts per unit sold.
  const weightTotal = spec.product.reduce((sum, entry) => sum + entry.weight, 0);
  const unitsSold = spec.product.map((entry) =>
    Math.max(1, Math.round((orders * unitsPerOrder * entry.weight) / weightTotal)),
  );

  return { orders, activeCustomers, unitsSold };
}

// Returns a description of the first planted pattern or unique leader the dataset
// misses, or '' when it meets them all.
function unmetPattern(spec: GeneratorSpec, dataset: Dataset): string {
  for (const dimension of spec.uniqueLeaders) {
    if (!segmentAtRank(dataset, dimension, 1))
      return `uniqueLeaders: the largest ${dimension} is tied`;
  }

  // The planted product is whichever leads, so check the leader's share and lead.
  const planted = spec.plant?.productShare;
  if (planted) {
    const [leader, runnerUp] = rankBy(dataset, 'product').map((entry) => ({
      label: entry.label,
      share: (entry.count / dataset.size) * 100,
    }));
    const lead = (leader?.share ?? 0) - (runnerUp?.share ?? 0);

    if (!leader || (planted.product !== undefined && leader.label !== planted.product)) {
      return `plant.productShare.product: ${planted.product} is not the largest product`;
    }
    if (leader.share < planted.share.min || leader.share > planted.share.max) {
      return `plant.productShare.share: ${leader.label} has ${leader.share.toFixed(1)}%, outside ${planted.share.min} to ${planted.share.max}%`;
    }
    if (lead < planted.lead) {
      return `plant.productShare.lead: ${leader.label} leads by ${lead.toFixed(1)} points, under ${planted.lead}`;
    }
  }
  return '';
}
