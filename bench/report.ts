import type { GenerationTiming } from './generation';
import type { MemoryFigures } from './memory';

/** Everything the bench measured; printed as it is with --json. */
export interface BenchReport {
  sizes: number[];
  /** Median milliseconds per call, by method name, then by size. */
  results: Record<string, Record<string, number>>;
  memory: MemoryFigures;
  generation: GenerationTiming;
}

// Targets the figures are reported against. The bench does not fail on them.
const TARGETS = {
  engineOverTypedLoop: 1.25,
  d3RollupOverEngine: 20,
  bytesPerInteraction: 32,
  generateOverFill: 1.2,
};

/** Prints the report as one JSON object, or as tables for a person to read. */
export function printReport(report: BenchReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  process.stdout.write(`${formatReport(report)}\n`);
}

function formatReport(report: BenchReport): string {
  const sections = [timingLines(report), resourceLines(report), targetLines(report)];
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

function medianOf(report: BenchReport, method: string, size: number): number {
  return report.results[method]?.[String(size)] ?? NaN;
}

function timingLines(report: BenchReport): string[] {
  const { sizes, results } = report;
  const header = ['', ...sizes.map((size) => `${size.toLocaleString('en-US')} rows`)];

  const medians = Object.keys(results).map((method) => [
    method,
    ...sizes.map((size) => medianOf(report, method, size).toFixed(3)),
  ]);
  const ratio = (top: string, bottom: string) => [
    `${top} / ${bottom}`,
    ...sizes.map((size) => {
      const value = medianOf(report, top, size) / medianOf(report, bottom, size);
      return `${value.toFixed(2)}x`;
    }),
  ];
  const ratios = [
    ratio('engine', 'typed-loop'),
    ratio('d3-rollup', 'engine'),
    ratio('arquero', 'engine'),
  ];

  return [
    'Median milliseconds per computation of the answer key',
    formatTable(header, medians),
    '',
    'Ratios of the medians',
    formatTable(header, ratios),
  ];
}

function resourceLines({ memory, generation }: BenchReport): string[] {
  const rows = memory.size.toLocaleString('en-US');
  const typedBytes = memory.typedArrayBytes.toLocaleString('en-US');
  const perRow = memory.bytesPerInteraction.toFixed(2);
  const measured =
    memory.measuredBytesPerInteraction === null
      ? 'not measured, because Node runs without --expose-gc (set NODE_OPTIONS=--expose-gc)'
      : `${memory.measuredBytesPerInteraction.toFixed(2)} bytes per interaction`;
  const { generateMs, fillMs, ratio, identical } = generation;
  const sameArrays = identical ? 'yes' : 'NO, so the ratio compares different work';

  return [
    `Memory of the ${rows}-row dataset`,
    `  typed arrays: ${typedBytes} bytes, ${perRow} bytes per interaction`,
    `  growth of arrayBuffers across generate: ${measured}`,
    '',
    `Generation of ${generation.size.toLocaleString('en-US')} rows (median ms)`,
    `  generate: ${generateMs.toFixed(1)}, plain filling loop: ${fillMs.toFixed(1)}`,
    `  ratio: ${ratio.toFixed(2)}x, same arrays from both: ${sameArrays}`,
  ];
}

function targetLines(report: BenchReport): string[] {
  const largest = report.sizes[report.sizes.length - 1] as number;
  const engineOverLoop =
    medianOf(report, 'engine', largest) / medianOf(report, 'typed-loop', largest);
  const d3OverEngine = medianOf(report, 'd3-rollup', largest) / medianOf(report, 'engine', largest);
  const bytes = report.memory.bytesPerInteraction;
  const generateOverFill = report.generation.ratio;

  return [
    `Targets at ${largest.toLocaleString('en-US')} rows (reported, not enforced)`,
    target(
      'engine / typed-loop',
      engineOverLoop,
      `<= ${TARGETS.engineOverTypedLoop}x`,
      engineOverLoop <= TARGETS.engineOverTypedLoop,
    ),
    target(
      'd3-rollup / engine',
      d3OverEngine,
      `>= ${TARGETS.d3RollupOverEngine}x`,
      d3OverEngine >= TARGETS.d3RollupOverEngine,
    ),
    target(
      'bytes per interaction',
      bytes,
      `< ${TARGETS.bytesPerInteraction}`,
      bytes < TARGETS.bytesPerInteraction,
    ),
    target(
      'generate / plain loop',
      generateOverFill,
      `<= ${TARGETS.generateOverFill}x`,
      generateOverFill <= TARGETS.generateOverFill,
    ),
  ];
}

function target(name: string, value: number, goal: string, met: boolean): string {
  return `  ${name}: ${value.toFixed(2)} (target ${goal}): ${met ? 'met' : 'missed'}`;
}

// Pads cells into columns: the first left-aligned, the others right-aligned.
function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]?.length ?? 0)));
  return all
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  '),
    )
    .join('\n');
}
