import type { GeneratorSpec } from '../src/engine';
import { productShare } from '../src/scenarios/product-share';

/** Seed of every bench dataset, so that runs on one machine compare like for like. */
export const BENCH_SEED = 20_260_302;

/**
 * Returns the product-share scenario's spec stretched to 8 weeks and exactly
 * `interactions` rows. Its planted pattern and unique-leader check are left out,
 * because either can make `generate` draw again and so time two datasets in
 * place of one, and because `fillColumns` does not plant patterns.
 */
export function benchSpec(interactions: number): GeneratorSpec {
  const { plant: _plant, ...scenario } = productShare.spec;
  return {
    ...scenario,
    weeks: 8,
    interactions: { min: interactions, max: interactions },
    uniqueLeaders: [],
  };
}
