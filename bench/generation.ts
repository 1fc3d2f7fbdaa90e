import { generate, type Dataset } from '../src/engine';
import { fillColumns, type FilledColumns } from './fill';
import { timeInRounds, type SamplePlan } from './measure';
import { BENCH_SEED, benchSpec } from './spec';

/** Median times of `generate` and of the plain filling loop for one dataset size. */
export interface GenerationTiming {
  size: number;
  generateMs: number;
  fillMs: number;
  /** `generateMs / fillMs`. */
  ratio: number;
  /** Whether both produced the same typed arrays and order count. */
  identical: boolean;
}

const PLAN: SamplePlan = { warmups: 2, samples: 11, callsPerSample: 1 };

/** Times `generate` against `fillColumns` on the bench spec of `size` rows. */
export function timeGeneration(size: number): GenerationTiming {
  const spec = benchSpec(size);
  const identical = sameColumns(generate(spec, BENCH_SEED), fillColumns(spec, BENCH_SEED));

  const [generateMs, fillMs] = timeInRounds([
    { run: () => generate(spec, BENCH_SEED), plan: PLAN },
    { run: () => fillColumns(spec, BENCH_SEED), plan: PLAN },
  ]) as [number, number];
  return { size, generateMs, fillMs, ratio: generateMs / fillMs, identical };
}

function sameColumns(dataset: Dataset, filled: FilledColumns): boolean {
  if (dataset.size !== filled.size || dataset.base.orders !== filled.orders) return false;

  const pairs: [ArrayLike<number>, ArrayLike<number>][] = [
    [dataset.day, filled.day],
    [dataset.minute, filled.minute],
    [dataset.weekday, filled.weekday],
    [dataset.period, filled.period],
    [dataset.duration, filled.duration],
    [dataset.repeat, filled.repeat],
    [dataset.customer, filled.customer],
    [dataset.codes.channel, filled.codes.channel],
    [dataset.codes.product, filled.codes.product],
    [dataset.codes.issueType, filled.codes.issueType],
    [dataset.codes.segment, filled.codes.segment],
    [dataset.codes.region, filled.codes.region],
    [dataset.codes.agent, filled.codes.agent],
  ];
  return pairs.every(([a, b]) => sameValues(a, b));
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}
