import { randomInt, randomLcg, randomLogNormal, randomUniform } from 'd3-random';
import {
  CATEGORICAL_FIELDS,
  cumulativeWeights,
  dayNumber,
  weekdayIndex,
  type CategoricalField,
  type GeneratorSpec,
} from '../src/engine';

// The generator's business hours and first customer id, repeated here because
// `generate` does not export them.
const OPEN_MINUTE = 8 * 60;
const CLOSE_MINUTE = 20 * 60 - 1;
const FIRST_CUSTOMER_ID = 100_001;

/** The typed arrays `generate` fills, filled by `fillColumns`. */
export interface FilledColumns {
  size: number;
  day: Uint32Array;
  minute: Uint16Array;
  weekday: Uint8Array;
  period: Uint8Array;
  codes: Record<CategoricalField, Uint8Array>;
  duration: Uint32Array;
  repeat: Uint8Array;
  customer: Uint32Array;
  orders: number;
}

/**
 * Fills the columns of a spec with no planted pattern with plain loops over
 * d3-random's samplers: the baseline for the speed of `generate`. It takes the
 * same draws in the same order as `generate`, so for such a spec and the same
 * seed it returns the same arrays. It skips validation and pattern checks.
 */
export function fillColumns(spec: GeneratorSpec, seed: number): FilledColumns {
  if (spec.plant !== undefined && Object.keys(spec.plant).length > 0) {
    throw new Error('fillColumns supports only specs without a plant: remove spec.plant.');
  }
  if (spec.periods !== undefined && spec.periods.length > 1) {
    throw new Error('fillColumns supports only specs of one period: remove spec.periods.');
  }

  const source = randomLcg(seed);
  const integer = randomInt.source(source);
  const uniform = randomUniform.source(source);
  // The generator's variant plan takes the first draw, the contact rate per 100
  // orders; the size follows.
  const per100Orders = uniform(
    spec.base.interactionsPer100Orders.min,
    spec.base.interactionsPer100Orders.max,
  )();
  const size = integer(spec.interactions.min, spec.interactions.max + 1)();

  // Days: a noisy weight per day, then one pick per interaction, stored in date order.
  const first = dayNumber(spec.startDate);
  const dayCount = spec.weeks * 7;
  const noise = uniform(0.85, 1.15);
  const dayWeights: number[] = [];
  for (let offset = 0; offset < dayCount; offset++) {
    dayWeights.push((spec.weekdayWeights[offset % 7] as number) * noise());
  }
  const dayTable = cumulativeWeights(dayWeights);
  const perDay = new Uint32Array(dayCount);
  for (let i = 0; i < size; i++) perDay[pick(dayTable, source())]++;

  const day = new Uint32Array(size);
  const weekday = new Uint8Array(size);
  for (let offset = 0, row = 0; offset < dayCount; offset++) {
    const end = row + (perDay[offset] as number);
    day.fill(first + offset, row, end);
    weekday.fill(weekdayIndex(first + offset), row, end);
    row = end;
  }

  // Minutes: one draw per interaction, then sorted within each day.
  const minuteDraw = integer(OPEN_MINUTE, CLOSE_MINUTE + 1);
  const minute = new Uint16Array(size);
  for (let i = 0; i < size; i++) minute[i] = minuteDraw();
  for (let offset = 0, row = 0; offset < dayCount; offset++) {
    const end = row + (perDay[offset] as number);
    minute.subarray(row, end).sort();
    row = end;
  }

  const tables = CATEGORICAL_FIELDS.map((field) =>
    cumulativeWeights(spec[field].map((entry) => entry.weight)),
  );
  const [channelTable, productTable, issueTable, segmentTable, regionTable, agentTable] = tables;
  const channel = new Uint8Array(size);
  const product = new Uint8Array(size);
  const issueType = new Uint8Array(size);
  const segment = new Uint8Array(size);
  const region = new Uint8Array(size);
  const agent = new Uint8Array(size);

  const callCode = spec.channel.findIndex((entry) => entry.label === spec.callChannel);
  const { medianSeconds, sigma, minSeconds, maxSeconds } = spec.callDuration;
  const callSeconds = randomLogNormal.source(source)(Math.log(medianSeconds), sigma);
  const repeatChances = spec.issueType.map(
    (entry) => spec.repeatRate * (spec.repeatFactors?.[entry.label] ?? 1),
  );
  const duration = new Uint32Array(size);
  const repeat = new Uint8Array(size);
  const customer = new Uint32Array(size);
  let nextCustomer = FIRST_CUSTOMER_ID;

  // The draws per interaction, in the generator's order: the six codes, the call
  // length of a call, then whether the contact repeats, with the chance of its
  // issue type, and whose customer id it reuses.
  for (let i = 0; i < size; i++) {
    channel[i] = pick(channelTable!, source());
    product[i] = pick(productTable!, source());
    issueType[i] = pick(issueTable!, source());
    segment[i] = pick(segmentTable!, source());
    region[i] = pick(regionTable!, source());
    agent[i] = pick(agentTable!, source());

    if (channel[i] === callCode) {
      const seconds = Math.round(callSeconds());
      duration[i] = Math.min(maxSeconds, Math.max(minSeconds, seconds));
    }

    if (i > 0 && source() < (repeatChances[issueType[i] as number] as number)) {
      repeat[i] = 1;
      customer[i] = customer[integer(0, i)()] as number;
    } else {
      customer[i] = nextCustomer++;
    }
  }

  // The customer and unit draws that follow change no column, so they are skipped.
  const orders = Math.max(1, Math.round((size * 100) / per100Orders));
  return {
    size,
    day,
    minute,
    weekday,
    period: new Uint8Array(size),
    codes: { channel, product, issueType, segment, region, agent },
    duration,
    repeat,
    customer,
    orders,
  };
}

// Returns the first index whose running total is above the draw, by binary search.
function pick(cumulative: Float64Array, draw: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (draw < (cumulative[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
