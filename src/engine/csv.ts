import { csvFormatRows } from 'd3-dsv';
import { rowAt, type Dataset } from './dataset';
import { isoDate, weekdayName } from './dates';

/** Column names of the CSV export, in order. */
export const CSV_COLUMNS = [
  'interaction_id',
  'date',
  'time',
  'weekday',
  'channel',
  'product',
  'issue_type',
  'customer_segment',
  'region',
  'agent',
  'call_duration_seconds',
  'repeat_contact',
  'customer_id',
] as const;

// Spreadsheet programs run a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes a dataset as CSV: a UTF-8 byte order mark so spreadsheet programs read
 * accents right, a header row, ISO dates, fields quoted where needed, and text
 * cells that could run as a formula prefixed with an apostrophe. Numbers are
 * written as numbers, so -3 stays -3.
 */
export function datasetToCsv(dataset: Dataset): string {
  const periods = dataset.periods.length > 1;
  const header: string[] = [...CSV_COLUMNS];
  // A dataset of several periods names each row's period after its weekday.
  if (periods) header.splice(4, 0, 'period');
  const rows: (string | number)[][] = [header];

  for (let i = 0; i < dataset.size; i++) {
    const row = rowAt(dataset, i);
    const period = dataset.periods[row.period ?? 0]?.label ?? '';
    rows.push([
      i + 1,
      isoDate(row.day),
      clockTime(row.minute),
      weekdayName(row.day),
      ...(periods ? [neutralize(period)] : []),
      neutralize(row.channel),
      neutralize(row.product),
      neutralize(row.issueType),
      neutralize(row.segment),
      neutralize(row.region),
      neutralize(row.agent),
      row.durationSeconds ?? '',
      row.repeat ? 'yes' : 'no',
      row.customer,
    ]);
  }

  return '\uFEFF' + csvFormatRows(rows.map((row) => row.map(String))) + '\n';
}

/** Formats minutes after midnight as HH:MM. */
export function clockTime(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

// A plain signed number such as -3 is data, not a formula, and stays as it is.
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** Prefixes text that a spreadsheet would run as a formula with an apostrophe. */
export function neutralize(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}
