import {
  CsvImportError,
  importCsv,
  type CsvProblem,
  type DurationUnit,
  type ImportCsvOptions,
  type ImportField,
} from '../../src/engine';
import { metricReport } from '../../src/engine/report';
import { parseCommandLine } from './args';
import { EXIT, UsageError, type Command, type Output } from './command';
import { FileReadError, readTextFile } from './read-file';
import { formatReport } from './report-text';

/** Problems listed on stderr. Any further problems are counted, not listed. */
const MAX_LISTED_PROBLEMS = 20;
const DEFAULT_LONG_CALL_SECONDS = 600;
const DEFAULT_CHANNEL = 'Phone';

// Each column flag and the importCsv field it names.
const COLUMN_FLAGS: Record<string, ImportField> = {
  date: 'date',
  time: 'time',
  channel: 'channel',
  duration: 'duration',
  product: 'product',
  issue: 'issueType',
  segment: 'segment',
  region: 'region',
  agent: 'agent',
  customer: 'customer',
  repeat: 'repeat',
};

const USAGE = `Usage: npm run lab -- analyze FILE.csv [options]

Reads a support export in CSV and prints the metric report: totals, shares per
channel, product, issue type, customer segment, region and agent, average call
duration per agent, weekday volume, repeat rate, contact rates and long-call
concentration. Rows that cannot be read are skipped and listed on stderr.

Options:
  --orders N               orders in the period, for interactions per 100 orders
  --customers N            active customers in the period, for interactions per
                           1,000 customers
  --long-call-seconds N    calls of at least N seconds are long calls (default 600)
  --json                   print the report as JSON instead of tables
  -h, --help               print this help

Columns: each option takes a header of FILE, matched ignoring case. Left out,
the column is looked for under common names (Date, call_timestamp, Topic, ...).
  --date COL               business date: YYYY-MM-DD, MM-DD-YYYY, MM/DD/YYYY,
                           M/D/YYYY or an ISO timestamp (its date as written)
  --time COL               time of day: hh:mm or hh:mm:ss, 24-hour or AM/PM
  --channel COL            channel; without one, every row is a call on the
                           --default-channel
  --duration COL           call duration: hh:mm:ss, mm:ss or a number in the
                           --duration-unit; a blank cell is no recorded duration
  --product COL            product
  --issue COL              issue type
  --segment COL            customer segment
  --region COL             region
  --agent COL              agent
  --customer COL           customer id
  --repeat COL             repeat flag: yes/no, y/n, true/false or 1/0

Values:
  --duration-unit UNIT     unit of plain-number durations: seconds, minutes or
                           auto (default: minutes when the duration header
                           contains "minute", otherwise seconds)
  --call-channel LABEL     channel whose rows are calls (default: Phone, else the
                           first channel whose name contains phone, call or voice)
  --default-channel LABEL  channel of every row when FILE has no channel column
                           (default Phone)

Exit status: 0 when the report is printed, even with skipped rows; 1 when FILE
cannot be read; 2 on an unknown or invalid option.
`;

const OPTIONS = {
  orders: { type: 'string' },
  customers: { type: 'string' },
  'long-call-seconds': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'duration-unit': { type: 'string' },
  'call-channel': { type: 'string' },
  'default-channel': { type: 'string' },
  ...Object.fromEntries(Object.keys(COLUMN_FLAGS).map((flag) => [flag, { type: 'string' }])),
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>;

interface AnalyzeRequest {
  file: string;
  json: boolean;
  longCallSeconds: number;
  importOptions: ImportCsvOptions;
}

export const analyze: Command = {
  name: 'analyze',
  summary: 'print the metric report of a support export in CSV',
  usage: USAGE,
  run: runAnalyze,
};

function runAnalyze(args: string[], output: Output): number {
  const request = parseRequest(args);
  if (request === undefined) {
    output.stdout(USAGE);
    return EXIT.ok;
  }

  const { file, importOptions } = request;
  let imported;
  try {
    imported = importCsv(readTextFile(file), importOptions);
  } catch (error) {
    if (error instanceof FileReadError) {
      output.stderr(`lab: cannot read ${file}: ${error.message}\n`);
      return EXIT.unreadable;
    }
    if (error instanceof CsvImportError) {
      output.stderr(`lab: cannot read ${file}: ${cliMessage(error)}\n`);
      return EXIT.unreadable;
    }
    throw error;
  }

  const report = metricReport(imported.dataset, { longCallSeconds: request.longCallSeconds });
  const { problems, ...source } = imported;
  const dataset = source.dataset;

  if (request.json) {
    const document = {
      file,
      rowsRead: dataset.size,
      rowsSkipped: source.skippedRows,
      columns: source.columns,
      durationUnit: source.durationUnit,
      callChannel: source.callChannel,
      folded: source.folded,
      report,
    };
    // JSON has no undefined, and a missing value must keep its key.
    output.stdout(JSON.stringify(document, (_key, value) => value ?? null, 2) + '\n');
  } else {
    output.stdout(
      formatReport({
        file,
        imported: source,
        report,
        ordersGiven: importOptions.orders !== undefined,
        customersGiven: importOptions.customers !== undefined,
        defaultChannel: importOptions.defaultChannel ?? DEFAULT_CHANNEL,
        longCallSeconds: request.longCallSeconds,
      }),
    );
  }

  if (problems.length > 0) output.stderr(formatProblems(file, problems, source.skippedRows));
  return EXIT.ok;
}

/** Parses the command line, or returns undefined for `--help`. Throws `UsageError`. */
function parseRequest(args: string[]): AnalyzeRequest | undefined {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return undefined;
  if (positionals.length === 0) throw new UsageError('missing FILE: name the CSV file to analyze');
  if (positionals.length > 1) {
    throw new UsageError(`expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  }

  const columns: Partial<Record<ImportField, string>> = {};
  for (const [flag, field] of Object.entries(COLUMN_FLAGS)) {
    const header = values[flag as keyof typeof values];
    if (typeof header === 'string') columns[field] = header;
  }

  const importOptions: ImportCsvOptions = {
    columns,
    durationUnit: durationUnit(values['duration-unit']),
    orders: count(values.orders, '--orders'),
    customers: count(values.customers, '--customers'),
  };
  if (values['call-channel'] !== undefined) importOptions.callChannel = values['call-channel'];
  if (values['default-channel'] !== undefined) {
    importOptions.defaultChannel = nonBlank(values['default-channel'], '--default-channel');
  }

  const longCallSeconds = wholeSeconds(values['long-call-seconds']);
  return {
    file: positionals[0] as string,
    json: values.json === true,
    longCallSeconds,
    importOptions,
  };
}

function durationUnit(value: string | undefined): DurationUnit | undefined {
  if (value === undefined || value === 'seconds' || value === 'minutes' || value === 'auto') {
    return value;
  }
  throw new UsageError(`invalid --duration-unit "${value}": expected seconds, minutes or auto`);
}

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(?:\.\d+)?$/.test(value)) {
    throw new UsageError(`invalid ${flag} "${value}": expected a number of at least 0, like 1200`);
  }
  return Number(value);
}

function wholeSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LONG_CALL_SECONDS;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `invalid --long-call-seconds "${value}": expected a whole number of seconds, like 600`,
    );
  }
  return Number(value);
}

function nonBlank(value: string, flag: string): string {
  if (value.trim() === '') throw new UsageError(`invalid ${flag} "": expected a channel name`);
  return value;
}

// The engine's error names its own option (columns.date); name the flag instead.
function cliMessage(error: CsvImportError): string {
  if (error.fix === undefined) return error.problem;

  const field = error.fix.option.replace(/^columns\./, '');
  const flag =
    error.fix.option === 'callChannel'
      ? '--call-channel'
      : `--${Object.keys(COLUMN_FLAGS).find((key) => COLUMN_FLAGS[key] === field)}`;
  return `${error.problem} Name the ${error.fix.subject} with ${flag}.`;
}

function formatProblems(file: string, problems: readonly CsvProblem[], skippedRows: number) {
  const rows = skippedRows === 1 ? 'row' : 'rows';
  const lines = [`lab: skipped ${skippedRows} ${rows} of ${file}:`];
  for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    lines.push(`  line ${problem.line}: ${problem.reason}`);
  }

  const rest = problems.length - MAX_LISTED_PROBLEMS;
  if (rest > 0) lines.push(`  and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n') + '\n';
}
