// Times four ways of computing the same answer key on generated datasets of
// 10,000, 100,000 and 1,000,000 interactions. Run with `npm run bench`, or with
// `npm run bench -- --json` for one JSON object on stdout. Progress goes to stderr.
// The process exits 1 when the methods disagree on the answer key, 2 on an unknown
// option, and 0 otherwise.
import { generate, type Dataset } from '../src/engine';
import { compareKeys, type Method } from './answer-key';
import { timeGeneration } from './generation';
import { timeInRounds, type SamplePlan } from './measure';
import { measureMemory } from './memory';
import { arqueroMethod } from './methods/arquero';
import { d3RollupMethod } from './methods/d3-rollup';
import { engineMethod } from './methods/engine';
import { typedLoopMethod } from './methods/typed-loop';
import { printReport, type BenchReport } from './report';
import { BENCH_SEED, benchSpec } from './spec';

const SIZES = [10_000, 100_000, 1_000_000];
const METHODS: Method<unknown>[] = [engineMethod, d3RollupMethod, arqueroMethod, typedLoopMethod];

// Methods this slow at a million rows get fewer samples there.
const SLOW_METHODS = new Set(['d3-rollup', 'arquero']);

function planFor(method: string, size: number): SamplePlan {
  // Each sample covers about a million rows, so that small sizes time whole milliseconds.
  const callsPerSample = Math.max(1, Math.round(1_000_000 / size));
  const samples = size >= 1_000_000 && SLOW_METHODS.has(method) ? 7 : 15;
  return { warmups: 3, samples, callsPerSample };
}

function main(): number {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown[0]}. Usage: npm run bench [-- --json]\n`);
    return 2;
  }
  const json = args.includes('--json');

  const datasets = SIZES.map((size) => {
    log(`generating ${size.toLocaleString('en-US')} interactions`);
    return generate(benchSpec(size), BENCH_SEED);
  });

  for (const dataset of datasets) {
    log(`checking the answer keys of ${dataset.size.toLocaleString('en-US')} rows`);
    const differences = disagreements(dataset);
    if (differences.length > 0) {
      const rows = dataset.size.toLocaleString('en-US');
      process.stderr.write(
        `The methods disagree on the answer key of ${rows} rows, so no time is measured:\n`,
      );
      process.stderr.write(`${differences.join('\n')}\n`);
      return 1;
    }
  }

  // Memory and generation go first, while no row objects or tables are alive.
  log('measuring memory and generation speed');
  const largest = datasets[datasets.length - 1]!;
  const memory = measureMemory(largest);
  const generation = timeGeneration(largest.size);

  const results: Record<string, Record<string, number>> = {};
  for (const method of METHODS) results[method.name] = {};
  for (const dataset of datasets) {
    log(`timing ${dataset.size.toLocaleString('en-US')} rows`);
    const medians = timeMethods(dataset);
    METHODS.forEach((method, index) => {
      results[method.name]![String(dataset.size)] = medians[index] as number;
    });
  }

  const report: BenchReport = { sizes: SIZES, results, memory, generation };
  printReport(report, json);
  return 0;
}

// Returns the median milliseconds per call of each method on one dataset, in METHODS order.
function timeMethods(dataset: Dataset): number[] {
  const states = METHODS.map((method) => method.prepare(dataset));
  return timeInRounds(
    METHODS.map((method, index) => ({
      run: () => method.compute(states[index]),
      plan: planFor(method.name, dataset.size),
    })),
  );
}

// Compares every method's answer key with the first method's, and lists each
// difference with the two methods' names.
function disagreements(dataset: Dataset): string[] {
  const [reference, ...others] = METHODS.map((method) => method.compute(method.prepare(dataset)));
  return others.flatMap((key, index) =>
    compareKeys(reference!, key).map(
      (line) => `${METHODS[0]!.name} vs ${METHODS[index + 1]!.name}: ${line}`,
    ),
  );
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

process.exitCode = main();

// The table run also times checking an answer and regrading 10,000 receipts;
// each script prints its own figures and sets the exit code.
if (process.exitCode === 0 && !process.argv.includes('--json')) {
  await import('./grading');
  await import('./receipts');
}
