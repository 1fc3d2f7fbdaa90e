import {
  CATEGORICAL_FIELDS,
  type BusinessBase,
  type CategoricalField,
  type Dataset,
  type Period,
} from './dataset';
import { dayNumber, weekdayIndex } from './dates';
import { drawPlan, unmetPattern, type Plan } from './plan';
import { createRandom, cumulativeWeights, type Random } from './random';
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
    const random = createRandom(attemptSeed);
    const plan = drawPlan(spec, random);
    const dataset = draw(spec, random, plan);

    problem = unmetPattern(spec, dataset, plan);
    if (problem === '') return dataset;
  }

  throw new Error(
    `Cannot generate a dataset for seed ${seed}: ${problem} in ${MAX_ATTEMPTS} attempts. Widen the range or lower the margin in the spec.`,
  );
}

function draw(spec: GeneratorSpec, random: Random, plan: Plan): Dataset {
  const size = random.integer(spec.interactions.min, spec.interactions.max);
  const periodSizes = splitSizes(size, plan.periodWeights);
  const { day, weekday, period } = drawDays(spec, random, periodSizes, plan.weekdayWeights);
  const minute = drawMinutes(day, random);

  const picks = pickTables(spec, plan);
  const codes = {} as Record<CategoricalField, Uint8Array>;
  for (const field of CATEGORICAL_FIELDS) codes[field] = new Uint8Array(size);

  const callCode = spec.channel.findIndex((entry) => entry.label === spec.callChannel);
  const callSeconds = random.logNormal(spec.callDuration.medianSeconds, spec.callDuration.sigma);
  const duration = new Uint32Array(size);
  const repeat = new Uint8Array(size);
  const customer = new Uint32Array(size);
  let nextCustomer = FIRST_CUSTOMER_ID;

  // Indexed arrays in place of lookups by field name, which cost a keyed property
  // load per field and row. The order of draws stays that of CATEGORICAL_FIELDS.
  const columns = CATEGORICAL_FIELDS.map((field) => codes[field]);
  const tables = CATEGORICAL_FIELDS.map((field) => picks[field]);
  const { channel, agent, issueType } = codes;
  // Repeat probability per issue code: the spec's factor, times the planted one.
  const repeatChances = spec.issueType.map(
    (entry, code) =>
      spec.repeatRate *
      (spec.repeatFactors?.[entry.label] ?? 1) *
      (code === plan.repeatIssue ? (spec.plant?.repeatIssue?.factor ?? 1) : 1),
  );

  for (let i = 0; i < size; i++) {
    for (let f = 0; f < columns.length; f++) {
      (columns[f] as Uint8Array)[i] = random.pick(tables[f] as Float64Array);
    }

    if (channel[i] === callCode) {
      const seconds = Math.round(
        callSeconds() * (plan.durationFactors[agent[i] as number] as number),
      );
      duration[i] = Math.min(
        spec.callDuration.maxSeconds,
        Math.max(spec.callDuration.minSeconds, seconds),
      );
    }

    // A repeat contact reuses the customer id of an earlier interaction.
    if (i > 0 && random.uniform() < (repeatChances[issueType[i] as number] as number)) {
      repeat[i] = 1;
      customer[i] = customer[random.integer(0, i - 1)] as number;
    } else {
      customer[i] = nextCustomer++;
    }
  }

  const labels = {} as Record<CategoricalField, string[]>;
  for (const field of CATEGORICAL_FIELDS) labels[field] = spec[field].map((entry) => entry.label);

  const periods = drawPeriods(spec, random, plan, periodSizes);
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
    callChannel: callCode,
    base: sumBases(periods.map((entry) => entry.base)),
    periods,
  };
}

// Splits `size` interactions over periods in proportion to their weights.
function splitSizes(size: number, weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.round((size * weight) / total));
  sizes[sizes.length - 1] = size - sizes.slice(0, -1).reduce((sum, value) => sum + value, 0);
  return sizes;
}

// Spreads each period's interactions over its days around the weekly profile,
// with up to 15% day-to-day noise, in date order. Returns each interaction's day,
// weekday and period, set once per day rather than per row.
function drawDays(
  spec: GeneratorSpec,
  random: Random,
  periodSizes: number[],
  weekdayWeights: number[],
): { day: Uint32Array; weekday: Uint8Array; period: Uint8Array } {
  const first = dayNumber(spec.startDate);
  const size = periodSizes.reduce((sum, value) => sum + value, 0);
  const daysPerPeriod = (spec.weeks * 7) / periodSizes.length;
  const day = new Uint32Array(size);
  const weekday = new Uint8Array(size);
  const period = new Uint8Array(size);
  let row = 0;

  periodSizes.forEach((periodSize, index) => {
    const firstDay = first + index * daysPerPeriod;
    const weights = Array.from(
      { length: daysPerPeriod },
      (_, offset) => (weekdayWeights[offset % 7] as number) * random.between(0.85, 1.15),
    );
    const cumulative = cumulativeWeights(weights);
    const perDay = new Uint32Array(daysPerPeriod);
    for (let i = 0; i < periodSize; i++) perDay[random.pick(cumulative)]++;

    perDay.forEach((total, offset) => {
      day.fill(firstDay + offset, row, row + total);
      weekday.fill(weekdayIndex(firstDay + offset), row, row + total);
      period.fill(index, row, row + total);
      row += total;
    });
  });

  return { day, weekday, period };
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

function pickTables(spec: GeneratorSpec, plan: Plan): Record<CategoricalField, Float64Array> {
  const tables = {} as Record<CategoricalField, Float64Array>;
  for (const field of CATEGORICAL_FIELDS) {
    tables[field] = cumulativeWeights(spec[field].map((entry) => entry.weight));
  }

  // The planted product takes its drawn share; the others split the rest by weight.
  if (plan.product !== -1) {
    const othersWeight = spec.product
      .filter((_, code) => code !== plan.product)
      .reduce((sum, entry) => sum + entry.weight, 0);
    const weights = spec.product.map((entry, code) =>
      code === plan.product
        ? plan.productTarget
        : (entry.weight / othersWeight) * (1 - plan.productTarget),
    );
    tables.product = cumulativeWeights(weights);
  }

  return tables;
}

// The business base of each period, consistent with its interaction count.
function drawPeriods(
  spec: GeneratorSpec,
  random: Random,
  plan: Plan,
  periodSizes: number[],
): Period[] {
  const per1000Customers = random.between(
    spec.base.interactionsPer1000Customers.min,
    spec.base.interactionsPer1000Customers.max,
  );
  const unitsPerOrder = random.between(spec.base.unitsPerOrder.min, spec.base.unitsPerOrder.max);
  const labels = spec.periods ?? ['Whole period'];

  // Units follow the products' base weights, not the planted share, so a product
  // that drives contacts also has more contacts per unit sold.
  const weightTotal = spec.product.reduce((sum, entry) => sum + entry.weight, 0);

  return periodSizes.map((size, index) => {
    const orders = Math.max(1, Math.round((size * 100) / (plan.per100Orders[index] as number)));
    const activeCustomers = Math.max(1, Math.round((size * 1000) / per1000Customers));
    const unitsSold = spec.product.map((entry) =>
      Math.max(1, Math.round((orders * unitsPerOrder * entry.weight) / weightTotal)),
    );
    return { label: labels[index] as string, base: { orders, activeCustomers, unitsSold } };
  });
}

// NOTE: active customers add up over periods, so a customer active in both is
// counted twice in the whole dataset's base. Rates per period are exact.
function sumBases(bases: BusinessBase[]): BusinessBase {
  if (bases.length === 1) return bases[0] as BusinessBase;
  return {
    orders: bases.reduce((sum, base) => sum + base.orders, 0),
    activeCustomers: bases.reduce((sum, base) => sum + base.activeCustomers, 0),
    unitsSold: (bases[0] as BusinessBase).unitsSold.map((_, code) =>
      bases.reduce((sum, base) => sum + (base.unitsSold[code] as number), 0),
    ),
  };
}
