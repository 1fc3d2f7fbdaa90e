import { performance } from 'node:perf_hooks';

/** How often one method is timed at one size. */
export interface SamplePlan {
  /** Untimed samples before the timed ones, so that the JIT has compiled the method. */
  warmups: number;
  samples: number;
  /** Calls timed together, so that a sample on a small dataset lasts long enough to time. */
  callsPerSample: number;
}

/** Returns the median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('Cannot take the median of no values.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Returns the milliseconds per call of `calls` back-to-back calls of `run`. */
export function timeCalls(run: () => unknown, calls: number): number {
  const start = performance.now();
  for (let call = 0; call < calls; call++) keep(run());
  return (performance.now() - start) / calls;
}

/**
 * Times each task by its plan in rounds, and returns the median milliseconds per
 * call of each. Every round starts one task later than the round before, and a
 * task with fewer samples than there are rounds skips rounds evenly spread over
 * the run, so that slow phases of the machine fall on all tasks alike.
 */
export function timeInRounds(tasks: readonly { run: () => unknown; plan: SamplePlan }[]): number[] {
  for (const { run, plan } of tasks) {
    for (let warmup = 0; warmup < plan.warmups; warmup++) timeCalls(run, plan.callsPerSample);
  }

  const samples: number[][] = tasks.map(() => []);
  const rounds = Math.max(...tasks.map((task) => task.plan.samples));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < tasks.length; step++) {
      const index = (round + step) % tasks.length;
      const { run, plan } = tasks[index]!;
      if (takesSample(plan.samples, rounds, round)) {
        samples[index]!.push(timeCalls(run, plan.callsPerSample));
      }
    }
  }
  return samples.map(median);
}

// Returns whether a task with `samples` samples in `rounds` rounds runs in `round`:
// true in exactly `samples` rounds, spaced as evenly as whole rounds allow.
function takesSample(samples: number, rounds: number, round: number): boolean {
  return Math.floor(((round + 1) * samples) / rounds) > Math.floor((round * samples) / rounds);
}

// A sink for results, so that the JIT cannot drop a call whose result is unused.
let sink: unknown;
function keep(value: unknown): void {
  sink = value;
}
