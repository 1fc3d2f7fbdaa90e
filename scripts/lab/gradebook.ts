import { csvFormatRows } from 'd3-dsv';
import {
  decodeReceipt,
  neutralize,
  regradeReceipt,
  type Receipt,
  type Regrade,
} from '../../src/engine';
import { findScenario } from '../../src/scenarios';

/** Column names of the gradebook CSV, in order. */
export const GRADEBOOK_COLUMNS = [
  'line',
  'learner_id',
  'module',
  'scenario',
  'variant',
  'score',
  'total',
  'attempts',
  'revealed',
  'completed_at',
  'status',
  'reason',
] as const;

/** One receipt of a receipts file, graded. */
export interface GradedReceipt {
  /** Line number in the file, from 1. */
  line: number;
  status: 'valid' | 'invalid';
  /** The reason the receipt is invalid, or '' when it is valid. */
  reason: string;
  /** The decoded receipt, or undefined when the code cannot be read. */
  receipt?: Receipt;
  /** The regrade, present exactly when the receipt is valid. */
  regrade?: Regrade;
}

/**
 * Grades each non-blank line of a receipts file as one receipt code. An invalid
 * line gets its reason and never stops the lines after it.
 */
export function gradeReceipts(text: string): GradedReceipt[] {
  const graded: GradedReceipt[] = [];
  text.split('\n').forEach((line, index) => {
    const code = line.trim();
    if (code !== '') graded.push(gradeReceipt(code, index + 1));
  });
  return graded;
}

/**
 * Decodes one receipt code and regrades its answers on the dataset that its
 * scenario, variant and learner id generate.
 */
export function gradeReceipt(code: string, line: number): GradedReceipt {
  const decoded = decodeReceipt(code);
  if (!decoded.ok) return { line, status: 'invalid', reason: decoded.reason };

  const { receipt } = decoded;
  const scenario = findScenario(receipt.scenario);
  if (scenario === undefined) {
    return { line, status: 'invalid', reason: `unknown scenario ${receipt.scenario}`, receipt };
  }

  try {
    return {
      line,
      status: 'valid',
      reason: '',
      receipt,
      regrade: regradeReceipt(receipt, scenario),
    };
  } catch (error) {
    // Grading throws when a question cannot be computed on the dataset. Tests
    // check the first 25 variants of each scenario, not every variant a receipt
    // can name, so such a receipt is marked invalid and the rest still grade.
    const message = error instanceof Error ? error.message : String(error);
    return { line, status: 'invalid', reason: `cannot regrade: ${message}`, receipt };
  }
}

/**
 * Writes graded receipts as CSV with a header row and a final newline. The
 * variant is counted from 1, as the site shows it. Text that a receipt carries
 * and that a spreadsheet would run as a formula gets an apostrophe in front.
 */
export function gradebookCsv(graded: readonly GradedReceipt[]): string {
  const rows: string[][] = [[...GRADEBOOK_COLUMNS]];
  for (const entry of graded) rows.push(gradebookRow(entry).map(String));
  return csvFormatRows(rows) + '\n';
}

function gradebookRow({ line, status, reason, receipt, regrade }: GradedReceipt) {
  const stated = receipt
    ? [
        neutralize(receipt.learner),
        neutralize(receipt.module),
        neutralize(receipt.scenario),
        receipt.variant + 1,
      ]
    : ['', '', '', ''];
  const scores = regrade
    ? [regrade.score, regrade.total, regrade.attempts, regrade.revealed]
    : ['', '', '', ''];
  const completedAt = receipt ? neutralize(receipt.completedAt) : '';
  return [line, ...stated, ...scores, completedAt, status, reason];
}
