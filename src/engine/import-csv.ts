import { csvParseRows } from 'd3-dsv';
import {
  CATEGORICAL_FIELDS,
  type CategoricalField,
  type Dataset,
  type InteractionRow,
} from './dataset';
import { fromRows } from './from-rows';
import {
  readDate,
  readDuration,
  readFlag,
  readTimeOfDay,
  type CellReading,
  type NumberUnit,
} from './import-cells';
import {
  CsvImportError,
  findColumns,
  quoted,
  type FoundColumns,
  type ImportField,
} from './import-columns';
import { foldRareLabels, type FoldedField } from './import-fold';

export type { NumberUnit } from './import-cells';
export {
  CsvImportError,
  DEFAULT_HEADERS,
  FIELD_NAMES,
  IMPORT_FIELDS,
  type ImportField,
  type ImportFix,
} from './import-columns';
export { MAX_LABELS, OTHER_LABEL, type FoldedField } from './import-fold';

/**
 * Unit of plain-number durations. `auto` is minutes when the duration header
 * contains "minute", else seconds.
 */
export type DurationUnit = NumberUnit | 'auto';

export interface ImportCsvOptions {
  /**
   * Header of the column each field is read from, matched ignoring case and
   * surrounding spaces. A field left out is looked up among `DEFAULT_HEADERS`.
   */
  columns?: Partial<Record<ImportField, string>>;
  /** Unit of durations written as plain numbers, `auto` when left out. */
  durationUnit?: DurationUnit;
  /** Channel of every row when the file has no channel column, `Phone` when left out. */
  defaultChannel?: string;
  /**
   * Channel whose rows are calls. When left out: `Phone` if the file has it, else the
   * first channel, in order of appearance, whose name contains "phone", "call" or "voice".
   */
  callChannel?: string;
  /** Orders in the period. 0, the default, leaves the per-order rate out of the report. */
  orders?: number;
  /** Active customers in the period. 0, the default, leaves the per-customer rate out. */
  customers?: number;
}

/** An unreadable data row or cell, with its 1-based line in the file (the header is line 1). */
export interface CsvProblem {
  line: number;
  reason: string;
}

export interface ImportCsvResult {
  dataset: Dataset;
  /** One entry per unreadable cell or row, in line order, so a row with two bad cells has two. */
  problems: CsvProblem[];
  /** Data rows skipped because of a problem. */
  skippedRows: number;
  /** Header each field was read from, as written in the file, or undefined when absent. */
  columns: Record<ImportField, string | undefined>;
  /** Unit applied to plain-number durations, or undefined when there is no duration column. */
  durationUnit: NumberUnit | undefined;
  /** Channel whose rows count as calls, or undefined when no channel does. */
  callChannel: string | undefined;
  /** Fields with more than 256 distinct values, whose rarest values became `Other`. */
  folded: FoldedField[];
}

/** Label of a categorical field whose column the file does not have. */
export const NO_COLUMN_LABEL = '(none)';
/** Label of an empty cell in a categorical column. */
export const EMPTY_CELL_LABEL = '(blank)';

const DURATION_UNITS: readonly DurationUnit[] = ['seconds', 'minutes', 'auto'];
const CALL_CHANNEL_NAME = /phone|call|voice/i;

/** The header row and what was found in it. */
interface HeaderContext {
  header: string[];
  found: FoundColumns;
  unit: NumberUnit;
  /** Channel label of every row when there is no channel column. */
  defaultChannel: string;
}

/** The values of the rows read so far, one array per field. */
interface ImportedColumns {
  day: number[];
  minute: number[];
  duration: number[];
  repeat: boolean[];
  customer: number[];
  labels: Record<CategoricalField, string[]>;
  /** Number of each customer id, 1, 2, 3 and on in order of first appearance. 0 is no id. */
  customerIds: Map<string, number>;
}

/**
 * Reads a support export in CSV into a dataset. The file may start with a UTF-8
 * byte order mark and use CRLF line endings. Columns are found by header name
 * (see `ImportCsvOptions.columns`). A row with a bad date, time, duration or
 * repeat flag, or with another number of cells than the header, is skipped and
 * reported in `problems`. Blank lines are ignored.
 *
 * Throws `CsvImportError` when the file is empty, has no date column, lacks a
 * column that `columns` names, or lacks the named `callChannel`. Throws `Error`
 * on an invalid option value.
 */
export function importCsv(text: string, options: ImportCsvOptions = {}): ImportCsvResult {
  const orders = checkCount(options.orders ?? 0, 'orders');
  const customers = checkCount(options.customers ?? 0, 'customers');
  const durationUnit = options.durationUnit ?? 'auto';
  if (!DURATION_UNITS.includes(durationUnit)) {
    throw new Error(`Invalid durationUnit "${durationUnit}": expected seconds, minutes or auto.`);
  }
  if (options.defaultChannel !== undefined && options.defaultChannel.trim() === '') {
    throw new Error('Invalid defaultChannel "": expected the name of a channel.');
  }

  const columns: ImportedColumns = {
    day: [],
    minute: [],
    duration: [],
    repeat: [],
    customer: [],
    labels: Object.fromEntries(CATEGORICAL_FIELDS.map((field) => [field, []])) as never,
    customerIds: new Map(),
  };
  const problems: CsvProblem[] = [];
  // An object, because TypeScript does not see assignments to a local made in a callback.
  const state: { context?: HeaderContext; skippedRows: number } = { skippedRows: 0 };
  let line = 1;

  // Read the records one at a time, keeping none of them. Count physical lines so
  // that a quoted cell with a line break does not shift the lines of later rows.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  csvParseRows(source, (record) => {
    const recordLine = line;
    line += 1 + lineBreaksIn(record);
    if (isBlank(record)) return null;

    if (state.context === undefined) {
      state.context = readHeader(record, options, durationUnit);
      return null;
    }

    const width = state.context.header.length;
    const reasons =
      record.length === width
        ? readRecord(record, state.context, columns)
        : [`expected ${width} cells as in the header, found ${record.length}`];
    for (const reason of reasons) problems.push({ line: recordLine, reason });
    if (reasons.length > 0) state.skippedRows++;
    return null;
  });

  const context = state.context;
  if (context === undefined) {
    throw new CsvImportError('The file is empty: expected a header row and data rows.');
  }

  // Fold rare labels before the dataset assigns codes.
  const folded = foldRareLabels(columns.labels);
  const callChannel = chooseCallChannel([...new Set(columns.labels.channel)], options.callChannel);
  const dataset = buildDataset(columns, { orders, customers, callChannel });

  return {
    dataset,
    problems,
    skippedRows: state.skippedRows,
    columns: context.found.headers,
    durationUnit: context.found.headers.duration === undefined ? undefined : context.unit,
    callChannel: dataset.labels.channel[dataset.callChannel],
    folded,
  };
}

function readHeader(
  record: readonly string[],
  options: ImportCsvOptions,
  durationUnit: DurationUnit,
): HeaderContext {
  const header = record.map((cell) => cell.trim());
  const found = findColumns(header, options.columns ?? {});
  return {
    header,
    found,
    unit: numberUnit(durationUnit, found.headers.duration),
    defaultChannel: options.defaultChannel ?? 'Phone',
  };
}

/**
 * Reads the cells of one data row and appends its values to `columns`, or returns
 * the reason for every cell it cannot read.
 */
function readRecord(
  record: readonly string[],
  context: HeaderContext,
  columns: ImportedColumns,
): string[] {
  const { found, unit } = context;
  const reasons: string[] = [];
  const cellOf = (field: ImportField): string | undefined => {
    const index = found.indexes[field];
    return index === undefined ? undefined : record[index];
  };

  // Reads a field's cell, or records why it cannot. Undefined when the column is absent.
  function read<T>(
    valueName: string,
    field: ImportField,
    reader: (text: string) => CellReading<T>,
  ): T | undefined {
    const text = cellOf(field);
    if (text === undefined) return undefined;

    const reading = reader(text);
    if (reading.ok) return reading.value;
    const column = found.headers[field];
    reasons.push(`invalid ${valueName} "${text}" in column "${column}": ${reading.detail}`);
    return undefined;
  }

  const date = read('date', 'date', readDate);
  const time = read('time', 'time', readTimeOfDay);
  const duration = read('duration', 'duration', (text) => readDuration(text, unit));
  const repeat = read('repeat flag', 'repeat', readFlag);
  if (reasons.length > 0 || date === undefined) return reasons;

  columns.day.push(date.day);
  // A time column wins over the time of a timestamp.
  columns.minute.push(time ?? date.minute ?? 0);
  columns.duration.push(duration ?? 0);
  columns.repeat.push(repeat ?? false);
  columns.customer.push(customerNumber(columns.customerIds, cellOf('customer')?.trim() ?? ''));
  for (const field of CATEGORICAL_FIELDS) {
    const missingLabel = field === 'channel' ? context.defaultChannel : NO_COLUMN_LABEL;
    columns.labels[field].push(labelOf(cellOf(field), missingLabel));
  }
  return reasons;
}

function customerNumber(ids: Map<string, number>, id: string): number {
  if (id === '') return 0;
  let number = ids.get(id);
  if (number === undefined) {
    number = ids.size + 1;
    ids.set(id, number);
  }
  return number;
}

function buildDataset(
  columns: ImportedColumns,
  business: { orders: number; customers: number; callChannel: string | undefined },
): Dataset {
  const { labels } = columns;
  const interactions: InteractionRow[] = columns.day.map((day, index) => ({
    day,
    minute: columns.minute[index] as number,
    channel: labels.channel[index] as string,
    product: labels.product[index] as string,
    issueType: labels.issueType[index] as string,
    segment: labels.segment[index] as string,
    region: labels.region[index] as string,
    agent: labels.agent[index] as string,
    durationSeconds: columns.duration[index] as number,
    repeat: columns.repeat[index] as boolean,
    customer: columns.customer[index] as number,
  }));

  const products = new Set(labels.product).size;
  const base = {
    orders: business.orders,
    activeCustomers: business.customers,
    unitsSold: new Array<number>(products).fill(0),
  };
  // fromRows looks for `Phone` when given no call channel, so pass '', which no label is.
  return fromRows(interactions, base, { callChannel: business.callChannel ?? '' });
}

function chooseCallChannel(channels: readonly string[], named: string | undefined) {
  if (named !== undefined) {
    if (channels.length > 0 && !channels.includes(named)) {
      throw new CsvImportError(
        `No channel "${named}" in the file: its channels are ${quoted(channels)}.`,
        { option: 'callChannel', subject: 'call channel' },
      );
    }
    return named;
  }

  if (channels.includes('Phone')) return 'Phone';
  // NOTE: the engine has one call channel, so a file with both inbound and
  // outbound call channels counts only the first as calls.
  return channels.find((label) => CALL_CHANNEL_NAME.test(label));
}

function numberUnit(option: DurationUnit, durationHeader: string | undefined): NumberUnit {
  if (option !== 'auto') return option;
  return /minute/i.test(durationHeader ?? '') ? 'minutes' : 'seconds';
}

function labelOf(cell: string | undefined, missingLabel: string): string {
  if (cell === undefined) return missingLabel;
  const label = cell.trim();
  return label === '' ? EMPTY_CELL_LABEL : label;
}

function checkCount(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Invalid ${name} ${value}: expected a number of at least 0.`);
  }
  return value;
}

function isBlank(record: readonly string[]): boolean {
  return record.length === 1 && (record[0] as string).trim() === '';
}

function lineBreaksIn(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}
