// Times `npm run lab -- grade` on 10,000 receipts, without reading or writing
// files: decoding, rebuilding each learner's dataset, regrading and writing the
// gradebook CSV. Run with `npx tsx bench/receipts.ts`. Prints the median of 5
// timed runs after 1 warm-up run, in receipts per second of wall-clock time and
// of CPU time, since CPU time varies less on a busy machine. Exits 1 when a
// receipt does not grade as valid with full marks, because the time would then
// not be that of the usual case.
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gradebookCsv, gradeReceipts } from '../scripts/lab/gradebook';
import {
  encodeChoices,
  encodeReceipt,
  expectedAnswer,
  formatRounded,
  generate,
  variantSeed,
  type Question,
} from '../src/engine';
import { SCENARIOS, type Scenario } from '../src/scenarios';

const RECEIPTS = 10_000;
const WARMUPS = 1;
const RUNS = 5;

/**
 * Returns one receipt code a line for learners s00001, s00002, ..., each with
 * every answer right, spread over the scenarios and over variants 1 to 3.
 */
function classFile(): string {
  const scenarios = Object.values(SCENARIOS);
  const codes: string[] = [];
  for (let index = 0; index < RECEIPTS; index++) {
    const scenario = scenarios[index % scenarios.length] as Scenario;
    const learner = `s${String(index + 1).padStart(5, '0')}`;
    const variant = index % 3;
    const dataset = generate(scenario.spec, variantSeed(scenario.id, variant, learner));
    codes.push(
      encodeReceipt({
        module: scenario.id,
        scenario: scenario.id,
        variant,
        learner,
        completedAt: '2026-03-02T09:15:00.000Z',
        answers: scenario.questions.map((question) => ({
          id: question.id,
          answer: answerText(question, expectedAnswer(question, dataset)),
          attempts: 1,
          revealed: false,
        })),
      }),
    );
  }
  return codes.join('\n') + '\n';
}

function answerText(question: Question, expected: number | string | string[]): string {
  if (question.kind === 'numeric') return formatRounded(expected as number, question.decimals);
  if (question.kind === 'choices') return encodeChoices(expected as string[]);
  return expected as string;
}

/** Milliseconds one grading run took. */
interface Timing {
  /** Wall-clock time. */
  wall: number;
  /** CPU time of the process, user and system, which other load on the machine changes less. */
  cpu: number;
}

/** Grades the file and returns the time taken, or throws when a receipt is not full marks. */
function timeGrading(text: string): Timing {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const graded = gradeReceipts(text);
  const csv = gradebookCsv(graded);
  const cpuUsed = process.cpuUsage(cpuStart);
  const wall = performance.now() - start;

  const wrong = graded.find(
    (entry) => entry.status !== 'valid' || entry.regrade?.score !== entry.regrade?.total,
  );
  if (graded.length !== RECEIPTS || wrong !== undefined || csv.length === 0) {
    throw new Error(
      `Expected ${RECEIPTS} valid receipts with full marks, got ${graded.length} ` +
        `with line ${wrong?.line} ${wrong?.status} ${wrong?.reason}.`,
    );
  }
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function main(): number {
  process.stderr.write(`bench: building ${RECEIPTS.toLocaleString('en-US')} receipts\n`);
  const text = classFile();

  const timings: Timing[] = [];
  try {
    for (let warmup = 0; warmup < WARMUPS; warmup++) timeGrading(text);
    for (let run = 0; run < RUNS; run++) {
      process.stderr.write(`bench: run ${run + 1} of ${RUNS}\n`);
      timings.push(timeGrading(text));
    }
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 1;
  }

  const wall = median(timings.map((timing) => timing.wall));
  const cpu = median(timings.map((timing) => timing.cpu));
  const milliseconds = (values: number[]) => values.map((value) => Math.round(value)).join(', ');
  process.stdout.write(
    [
      `Regrading ${RECEIPTS.toLocaleString('en-US')} receipts, median of ${RUNS} runs after ${WARMUPS} warm-up:`,
      `  wall clock  ${Math.round(wall)} ms, ${perSecond(wall)} receipts per second`,
      `  CPU time    ${Math.round(cpu)} ms, ${perSecond(cpu)} receipts per second`,
      `Runs, wall clock ms: ${milliseconds(timings.map((timing) => timing.wall))}`,
      `Runs, CPU ms: ${milliseconds(timings.map((timing) => timing.cpu))}`,
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} CPUs, Node ${process.version}`,
      '',
    ].join('\n'),
  );
  return 0;
}

function perSecond(milliseconds: number): string {
  return Math.round((RECEIPTS / milliseconds) * 1000).toLocaleString('en-US');
}

process.exitCode = main();
