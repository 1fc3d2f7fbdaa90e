import { parseCommandLine } from './args';
import { EXIT, UsageError, type Command, type Output } from './command';
import { gradebookCsv, gradeReceipts } from './gradebook';
import { FileReadError, readTextFile } from './read-file';
import { FileWriteError, writeTextFile } from './write-file';

const USAGE = `Usage: npm run lab -- grade RECEIPTS.txt [--out GRADEBOOK.csv]

Regrades the completion receipts in RECEIPTS.txt, one receipt code a line, and
prints a gradebook in CSV with one row per receipt. Each receipt's answers are
graded again on the dataset that its scenario, variant and learner id generate.
Blank lines and spaces around a code are ignored. A summary goes to stderr.

Options:
  --out FILE    write the gradebook to FILE, with a UTF-8 byte order mark for
                spreadsheet programs (default: print it to stdout, without one)
  -h, --help    print this help

Gradebook columns:
  line          line number of the receipt in RECEIPTS.txt, from 1
  learner_id    learner id in the receipt, empty when the learner set none
  module        module id in the receipt
  scenario      scenario id in the receipt
  variant       variant number from 1, as the site shows it
  score         questions answered correctly without the solution shown
  total         questions in the scenario
  attempts      graded answers, summed over the questions
  revealed      questions whose solution was shown before they were solved
  completed_at  when the last question was solved or revealed (ISO 8601)
  status        valid or invalid
  reason        why the receipt is invalid, empty when it is valid

A receipt is invalid when its code cannot be read (not a receipt code, unknown
version, bad checksum, wrong payload) or names an unknown scenario. Columns an
invalid receipt cannot fill are empty.

Exit status: 0 when RECEIPTS.txt is read, even with invalid receipts; 1 when it
cannot be read or FILE cannot be written; 2 on an unknown or invalid option.
`;

const OPTIONS = {
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface GradeRequest {
  file: string;
  out: string | undefined;
}

export const grade: Command = {
  name: 'grade',
  summary: 'regrade completion receipts and write a gradebook in CSV',
  usage: USAGE,
  run: runGrade,
};

function runGrade(args: string[], output: Output): number {
  const request = parseRequest(args);
  if (request === undefined) {
    output.stdout(USAGE);
    return EXIT.ok;
  }

  const { file, out } = request;
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    output.stderr(`lab: cannot read ${file}: ${error.message}\n`);
    return EXIT.unreadable;
  }

  const graded = gradeReceipts(text);
  const csv = gradebookCsv(graded);
  if (out === undefined) {
    output.stdout(csv);
  } else {
    try {
      writeTextFile(out, '\uFEFF' + csv);
    } catch (error) {
      if (!(error instanceof FileWriteError)) throw error;
      output.stderr(`lab: cannot write ${out}: ${error.message}\n`);
      return EXIT.unwritable;
    }
  }

  const valid = graded.filter((entry) => entry.status === 'valid').length;
  const invalid = graded.length - valid;
  const receipts = `${graded.length} ${graded.length === 1 ? 'receipt' : 'receipts'}`;
  output.stderr(`lab: ${receipts} in ${file}: ${valid} valid, ${invalid} invalid\n`);
  return EXIT.ok;
}

/** Parses the command line, or returns undefined for `--help`. Throws `UsageError`. */
function parseRequest(args: string[]): GradeRequest | undefined {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return undefined;
  if (positionals.length === 0) {
    throw new UsageError('missing RECEIPTS.txt: name the file of receipt codes to grade');
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one RECEIPTS.txt, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  if (values.out === '') throw new UsageError('invalid --out "": expected a file name');
  return { file: positionals[0] as string, out: values.out };
}
