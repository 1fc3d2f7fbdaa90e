import { randomInt, randomLcg, randomLogNormal, randomUniform } from 'd3-random';
import { assertSeed } from './seed';

/** The random draws the generator needs, all from one seeded linear congruential source. */
export interface Random {
  /** A float in [0, 1). */
  uniform(): number;
  /** A whole number in [min, max]. */
  integer(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An index into `cumulative`, chosen with probability proportional to each step. */
  pick(cumulative: Float64Array): number;
  /** Returns a sampler of log-normal draws with the given median and shape. */
  logNormal(median: number, sigma: number): () => number;
}

/** Creates the random source of a seed. Same seed, same sequence, on every platform. */
export function createRandom(seed: number): Random {
  assertSeed(seed);

  // d3-random's randomLcg reads a seed in [0, 1) as a fraction of 2^32 and any
  // other seed through Math.abs and a 32-bit cast. Seeds 0 to 2^32 - 1 map one
  // to one onto its 32-bit state; assertSeed keeps out the values that alias.
  const source = randomLcg(seed);
  const integer = randomInt.source(source);
  const between = randomUniform.source(source);

  return {
    uniform: source,
    integer: (min, max) => integer(min, max + 1)(),
    between: (min, max) => between(min, max)(),
    pick: (cumulative) => pickIndex(cumulative, source()),
    logNormal: (median, sigma) => randomLogNormal.source(source)(Math.log(median), sigma),
  };
}

/** Turns weights into running totals that end at 1, for `Random.pick`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  weights.forEach((weight, index) => {
    running += weight / total;
    cumulative[index] = running;
  });
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

// Binary search for the first running total above the draw.
function pickIndex(cumulative: Float64Array, draw: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (draw < (cumulative[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
