import { datasetToCsv, generate, MAX_SEED, variantSeed } from '../../src/engine';
import { findScenario, SCENARIOS, type Scenario } from '../../src/scenarios';
import { parseCommandLine } from './args';
import { EXIT, UsageError, type Command, type Output } from './command';
import { FileWriteError, writeTextFile } from './write-file';

const USAGE = `Usage: npm run lab -- dataset --scenario ID (--learner ID | --seed N) [--variant K] --out FILE.csv

Writes the dataset of one scenario variant as the CSV file that the site's
download button gives the learner, byte for byte, so you can redo a learner's
calculations. Prints the seed and the number of rows to stderr.

Options:
  --scenario ID   scenario id, such as product-share
  --learner ID    learner id the learner set on the progress page; give
                  --learner "" for a learner who set none
  --variant K     variant number from 1, as the site shows it (default 1);
                  only with --learner
  --seed N        seed of the dataset, a whole number from 0 to ${MAX_SEED},
                  as the scenario shows it; in place of --learner and --variant
  --out FILE      CSV file to write, replaced if it exists
  -h, --help      print this help

Scenario ids:
${Object.keys(SCENARIOS)
  .map((id) => `  ${id}`)
  .join('\n')}

Exit status: 0 when FILE is written; 1 when it cannot be written; 2 on an
unknown or invalid option.
`;

const OPTIONS = {
  scenario: { type: 'string' },
  learner: { type: 'string' },
  variant: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface DatasetRequest {
  scenario: Scenario;
  seed: number;
  out: string;
}

export const dataset: Command = {
  name: 'dataset',
  summary: "write the CSV of a learner's scenario variant",
  usage: USAGE,
  run: runDataset,
};

function runDataset(args: string[], output: Output): number {
  const request = parseRequest(args);
  if (request === undefined) {
    output.stdout(USAGE);
    return EXIT.ok;
  }

  const { scenario, seed, out } = request;
  const generated = generate(scenario.spec, seed);
  try {
    writeTextFile(out, datasetToCsv(generated));
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    output.stderr(`lab: cannot write ${out}: ${error.message}\n`);
    return EXIT.unwritable;
  }

  output.stderr(`lab: wrote ${out}: ${scenario.id}, seed ${seed}, ${generated.size} rows\n`);
  return EXIT.ok;
}

/** Parses the command line, or returns undefined for `--help`. Throws `UsageError`. */
function parseRequest(args: string[]): DatasetRequest | undefined {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return undefined;
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument ${positionals[0]}: every value follows an option`);
  }

  if (values.scenario === undefined) throw new UsageError('missing --scenario ID');
  const scenario = knownScenario(values.scenario);
  const seed = seedOf(scenario, values);
  if (values.out === undefined || values.out === '') {
    throw new UsageError('missing --out FILE: name the CSV file to write');
  }
  return { scenario, seed, out: values.out };
}

function knownScenario(id: string): Scenario {
  const scenario = findScenario(id);
  if (scenario === undefined) {
    const known = Object.keys(SCENARIOS).join(', ');
    throw new UsageError(`unknown scenario "${id}": expected one of ${known}`);
  }
  return scenario;
}

function seedOf(
  scenario: Scenario,
  values: { learner?: string; variant?: string; seed?: string },
): number {
  const { learner, variant, seed } = values;
  if (seed !== undefined && learner !== undefined) {
    throw new UsageError('give either --seed or --learner, not both');
  }
  if (seed === undefined && learner === undefined) {
    throw new UsageError('missing --learner ID or --seed N: name the learner or the seed');
  }

  if (seed !== undefined) {
    if (variant !== undefined) {
      throw new UsageError('--variant works only with --learner, because --seed N sets the seed');
    }
    return wholeSeed(seed);
  }
  return variantSeed(scenario.id, variantNumber(variant) - 1, learner);
}

function wholeSeed(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value) || seed > MAX_SEED) {
    throw new UsageError(
      `invalid --seed "${value}": expected a whole number from 0 to ${MAX_SEED}`,
    );
  }
  return seed;
}

function variantNumber(value: string | undefined): number {
  if (value === undefined) return 1;
  const variant = Number(value);
  if (!/^\d+$/.test(value) || variant < 1 || !Number.isSafeInteger(variant)) {
    throw new UsageError(`invalid --variant "${value}": expected a whole number from 1 up`);
  }
  return variant;
}
