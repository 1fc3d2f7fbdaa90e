/** The fields `importCsv` reads, each from one column of the file. */
export const IMPORT_FIELDS = [
  'date',
  'time',
  'channel',
  'duration',
  'product',
  'issueType',
  'segment',
  'region',
  'agent',
  'customer',
  'repeat',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Headers each field is looked for under, in lower case and in order of
 * preference. They cover this project's own CSV export and common call-centre
 * exports.
 */
export const DEFAULT_HEADERS: Record<ImportField, readonly string[]> = {
  date: ['date', 'call_timestamp', 'call date', 'call_date', 'timestamp', 'datetime', 'created_at'],
  time: ['time', 'call time', 'call_time'],
  channel: ['channel', 'contact channel', 'contact_channel'],
  duration: [
    'duration',
    'call_duration_seconds',
    'call duration in minutes',
    'call duration',
    'call_duration',
    'duration_seconds',
    'duration_minutes',
    'talk duration',
    'talk_duration',
    'talk time',
    'talk_time',
    'avgtalkduration',
  ],
  product: ['product', 'product name', 'product_name'],
  issueType: ['issue type', 'issue_type', 'issue', 'reason', 'topic'],
  segment: ['customer segment', 'customer_segment', 'segment'],
  region: ['region'],
  agent: ['agent', 'agent name', 'agent_name', 'agent id', 'agent_id'],
  customer: ['customer_id', 'customer id', 'customer'],
  repeat: ['repeat', 'repeat contact', 'repeat_contact', 'is_repeat'],
};

/** The name of each import field in messages and reports. */
export const FIELD_NAMES: Record<ImportField, string> = {
  date: 'date',
  time: 'time',
  channel: 'channel',
  duration: 'duration',
  product: 'product',
  issueType: 'issue type',
  segment: 'customer segment',
  region: 'region',
  agent: 'agent',
  customer: 'customer id',
  repeat: 'repeat flag',
};

/** The option that fixes a `CsvImportError`, and what it names. */
export interface ImportFix {
  /** Option of `importCsv`, such as `columns.date` or `callChannel`. */
  option: string;
  /** Name of the thing the option sets, such as "date column". */
  subject: string;
}

/**
 * A file `importCsv` cannot read at all. `problem` states what is wrong. `fix`,
 * when present, names the option that resolves it, so that a command-line tool
 * can name its own flag instead.
 */
export class CsvImportError extends Error {
  override readonly name = 'CsvImportError';

  constructor(
    readonly problem: string,
    readonly fix?: ImportFix,
  ) {
    super(fix ? `${problem} Name the ${fix.subject} with the ${fix.option} option.` : problem);
  }
}

/** Column positions and headers of the fields found in a header row. */
export interface FoundColumns {
  /** Cell index per field found. */
  indexes: Partial<Record<ImportField, number>>;
  /** Header per field as written in the file, or undefined when the field has no column. */
  headers: Record<ImportField, string | undefined>;
}

/**
 * Finds each field's column in a header row, ignoring case and surrounding
 * spaces: the column `named` gives, else the first default header present.
 * Throws when a named column is missing or no date column is found.
 */
export function findColumns(
  header: readonly string[],
  named: Partial<Record<ImportField, string>>,
): FoundColumns {
  const normalized = header.map(normalize);
  const indexes: Partial<Record<ImportField, number>> = {};
  const headers = {} as Record<ImportField, string | undefined>;

  for (const field of IMPORT_FIELDS) {
    const name = named[field];
    let index: number | undefined;

    if (name !== undefined) {
      index = indexOf(normalized, normalize(name));
      if (index === undefined) {
        throw missingColumn(`No column "${name}" among the headers ${quoted(header)}.`, field);
      }
    } else {
      for (const candidate of DEFAULT_HEADERS[field]) {
        index = indexOf(normalized, candidate);
        if (index !== undefined) break;
      }
    }

    if (index !== undefined) indexes[field] = index;
    headers[field] = index === undefined ? undefined : header[index];
  }

  if (indexes.date === undefined) {
    throw missingColumn(`No date column found among the headers ${quoted(header)}.`, 'date');
  }
  return { indexes, headers };
}

function normalize(name: string): string {
  return name.trim().toLowerCase();
}

function indexOf(normalized: readonly string[], name: string): number | undefined {
  const index = normalized.indexOf(name);
  return index === -1 ? undefined : index;
}

function missingColumn(problem: string, field: ImportField): CsvImportError {
  return new CsvImportError(problem, {
    option: `columns.${field}`,
    subject: `${FIELD_NAMES[field]} column`,
  });
}

/** Lists names in quotes: `"a", "b", "c"`. */
export function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
