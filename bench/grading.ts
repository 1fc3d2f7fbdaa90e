// Times how long Check takes on a 5,000-row dataset: grading one answer with
// every known-mistake detector, which is the slowest path (a wrong answer).
// Run with `npx tsx bench/grading.ts`. It prints figures and asserts nothing.
import { performance } from 'node:perf_hooks';
import { generate, grade, variantSeed } from '../src/engine';
import { SCENARIOS } from '../src/scenarios';

const ROWS = 5_000;
const RUNS = 200;
const WRONG_ANSWERS = { numeric: '1', category: 'x', choices: '["x"]', action: 'x' } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

console.log(
  `Grading a wrong answer on ${ROWS.toLocaleString('en-US')} rows, median of ${RUNS} runs:`,
);
for (const scenario of Object.values(SCENARIOS)) {
  const spec = { ...scenario.spec, interactions: { min: ROWS, max: ROWS } };
  const dataset = generate(spec, variantSeed(scenario.id, 0));
  let slowest = { id: '', ms: 0 };

  for (const question of scenario.questions) {
    // These answers are wrong for every question here, so grading runs every detector.
    const answer = WRONG_ANSWERS[question.kind];
    for (let i = 0; i < 20; i++) grade(question, dataset, answer);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      grade(question, dataset, answer);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    if (ms > slowest.ms) slowest = { id: question.id, ms };
  }
  console.log(
    `  ${scenario.id.padEnd(22)} slowest question ${slowest.id.padEnd(22)} ${slowest.ms.toFixed(3)} ms`,
  );
}
console.log('One frame at 60 Hz is 16.7 ms.');
