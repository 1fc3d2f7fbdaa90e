import {
  DIMENSION_LABELS,
  FIELD_NAMES,
  formatRounded,
  IMPORT_FIELDS,
  type CategoricalField,
  type Dataset,
  type ImportCsvResult,
  type ImportField,
  type SegmentShare,
} from '../../src/engine';
import type { MetricReport } from '../../src/engine/report';
import { pairs, table } from './table';

/** Segments listed per dimension. The rest are summed on one line. */
const MAX_SEGMENTS = 20;

const SHARE_DIMENSIONS: readonly CategoricalField[] = [
  'channel',
  'product',
  'issueType',
  'segment',
  'region',
  'agent',
];

const COUNT = new Intl.NumberFormat('en-US');

/** Inputs of `formatReport` besides the metric report. */
export interface ReportContext {
  file: string;
  imported: Omit<ImportCsvResult, 'problems'>;
  report: MetricReport;
  /** Whether `--orders` and `--customers` were given. */
  ordersGiven: boolean;
  customersGiven: boolean;
  defaultChannel: string;
  longCallSeconds: number;
}

/** Formats the metric report of an imported file as aligned plain-text tables. */
export function formatReport(context: ReportContext): string {
  const sections = [
    sourceSection(context),
    columnSection(context),
    totalSection(context.report),
    ...shareSections(context),
    durationSection(context),
    weekdaySection(context.report, context.imported.dataset),
    repeatSection(context),
    rateSection(context),
    longCallSection(context),
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

function sourceSection({ file, imported, report }: ReportContext): string[] {
  const read = report.totalInteractions;
  const skipped = imported.skippedRows;
  const lines = pairs([
    ['File', file],
    ['Rows', `${formatCount(read)} read, ${formatCount(skipped)} skipped`],
  ]);
  for (const { field, distinct, folded } of imported.folded) {
    lines.push(
      `  ${DIMENSION_LABELS[field]}: ${formatCount(distinct)} distinct values, ` +
        `the ${formatCount(folded)} rarest shown as Other`,
    );
  }
  return ['Source', ...lines];
}

function columnSection({ imported, defaultChannel }: ReportContext): string[] {
  const rows = IMPORT_FIELDS.map((field) => [FIELD_NAMES[field], columnNote(field, imported)]);
  if (imported.columns.channel === undefined) {
    rows[IMPORT_FIELDS.indexOf('channel')] = ['channel', `(none: every row is ${defaultChannel})`];
  }

  const callNote =
    imported.callChannel === undefined
      ? '  No channel counts as calls, so there is no call duration.'
      : `  Calls are the rows on channel ${imported.callChannel}. Only their durations count.`;
  return ['Columns', ...table([['field', 'column'], ...rows], ['left', 'left']), callNote];
}

function columnNote(field: ImportField, imported: ReportContext['imported']): string {
  const header = imported.columns[field];
  if (header === undefined) return '(none)';
  if (field === 'duration') {
    return `${header} (hh:mm:ss, mm:ss, or a number of ${imported.durationUnit})`;
  }
  return header;
}

function totalSection(report: MetricReport): string[] {
  const dates =
    report.firstDate === undefined ? 'none' : `${report.firstDate} to ${report.lastDate}`;
  const average =
    report.averageCallSeconds === undefined ? 'no timed calls' : seconds(report.averageCallSeconds);

  return [
    'Totals',
    ...pairs([
      ['Interactions', formatCount(report.totalInteractions)],
      ['Dates', dates],
      ['Calls', formatCount(report.calls)],
      ['Calls with a duration', formatCount(report.timedCalls)],
      ['Calls without a duration', formatCount(report.calls - report.timedCalls)],
      ['Average call duration', average],
    ]),
  ];
}

function shareSections({ imported, report }: ReportContext): string[][] {
  const sections: string[][] = [];
  for (const dimension of SHARE_DIMENSIONS) {
    const segments = report.segments[dimension];
    if (imported.columns[dimension] === undefined || segments === undefined) continue;

    const name = DIMENSION_LABELS[dimension];
    sections.push([`Interactions by ${name}`, ...shareTable(name, segments)]);
  }
  return sections;
}

// Largest first, ties in label order. The segments past MAX_SEGMENTS are summed.
function shareTable(name: string, segments: readonly SegmentShare[]): string[] {
  const ranked = [...segments].sort((a, b) => b.count - a.count || compareLabels(a.label, b.label));
  const shown = ranked.slice(0, MAX_SEGMENTS);
  const rest = ranked.slice(MAX_SEGMENTS);

  const rows = shown.map((segment) => [
    segment.label,
    formatCount(segment.count),
    percent(segment.share),
  ]);
  if (rest.length > 0) {
    const count = rest.reduce((sum, segment) => sum + segment.count, 0);
    const share = rest.reduce((sum, segment) => sum + segment.share, 0);
    rows.push([`${rest.length} more`, formatCount(count), percent(share)]);
  }
  return table([[name, 'count', 'share'], ...rows], ['left', 'right', 'right']);
}

function durationSection({ imported, report }: ReportContext): string[] {
  const heading = 'Average call duration by agent (calls with a duration)';
  if (imported.columns.agent === undefined) return [heading, '  No agent column in the file.'];
  if (imported.columns.duration === undefined) {
    return [heading, '  No duration column in the file.'];
  }

  // Longest average first, then agents with no timed call in label order.
  const agents = [...report.callDurationByAgent].sort(
    (a, b) =>
      (b.averageSeconds ?? -1) - (a.averageSeconds ?? -1) || compareLabels(a.label, b.label),
  );
  const rows = agents.map((agent) => [
    agent.label,
    formatCount(agent.calls),
    agent.averageSeconds === undefined ? 'no calls' : seconds(agent.averageSeconds),
  ]);
  return [heading, ...table([['agent', 'calls', 'average'], ...rows], ['left', 'right', 'right'])];
}

function weekdaySection(report: MetricReport, dataset: Dataset): string[] {
  const volume = report.segments.weekday ?? [];
  const peak = report.weekday.peak;
  const dates = datesPerWeekday(dataset);
  const rows = volume.map((day, index) => [
    day.label,
    formatCount(dates[index] ?? 0),
    formatCount(day.count),
    percent(day.share),
    day.label === peak ? 'peak' : '',
  ]);

  const mondayTuesday = report.weekday.mondayTuesdayPercent;
  const align = ['left', 'right', 'right', 'right', 'left'] as const;
  return [
    'Weekday volume (weekday of the business date)',
    ...table([['weekday', 'dates', 'count', 'share', ''], ...rows], align),
    ...pairs([
      ['Peak weekday', peak ?? peakTie(volume)],
      [
        'Monday + Tuesday',
        mondayTuesday === undefined ? 'no interactions' : percent(mondayTuesday),
      ],
    ]),
  ];
}

// Dates with at least one interaction, per weekday: a weekday that occurs more
// often in the period has more volume for that reason alone.
function datesPerWeekday(dataset: Dataset): number[] {
  const seen = new Set<number>();
  const dates = new Array<number>(7).fill(0);
  for (let i = 0; i < dataset.size; i++) {
    const day = dataset.day[i] as number;
    if (seen.has(day)) continue;
    seen.add(day);
    dates[dataset.weekday[i] as number]++;
  }
  return dates;
}

function peakTie(volume: readonly SegmentShare[]): string {
  if (volume.length === 0 || volume.every((day) => day.count === 0)) return 'none';
  const max = Math.max(...volume.map((day) => day.count));
  const tied = volume.filter((day) => day.count === max).map((day) => day.label);
  return `none: ${tied.join(' and ')} tie`;
}

function repeatSection({ imported, report }: ReportContext): string[] {
  if (imported.columns.repeat === undefined) {
    return ['Repeat contacts', '  No repeat column in the file.'];
  }
  const rate = report.repeatRatePercent;
  return [
    'Repeat contacts',
    ...pairs([
      ['Repeat contacts', formatCount(report.repeatContacts)],
      ['Repeat rate', rate === undefined ? 'no interactions' : percent(rate)],
    ]),
  ];
}

function rateSection({ report, ordersGiven, customersGiven }: ReportContext): string[] {
  const rate = (value: number | undefined, given: boolean, flag: string) => {
    if (!given) return `give ${flag} N`;
    return value === undefined ? `none: ${flag} is 0` : formatRounded(value, 1);
  };

  return [
    'Contact rates',
    ...pairs([
      ['Interactions per 100 orders', rate(report.rates.per100Orders, ordersGiven, '--orders')],
      [
        'Interactions per 1,000 customers',
        rate(report.rates.per1000Customers, customersGiven, '--customers'),
      ],
    ]),
  ];
}

function longCallSection({ imported, report, longCallSeconds }: ReportContext): string[] {
  const longCalls = report.longCalls;
  const heading = `Long calls (${longCallSeconds} s or more)`;
  if (report.timedCalls === 0) return [heading, '  No calls with a duration.'];
  if (longCalls === undefined) return [heading, '  No call lasted that long.'];

  const longCount = formatCount(longCalls.subsetSize);
  const callCount = `${longCount} of ${formatCount(report.timedCalls)} calls with a duration`;
  if (imported.columns.agent === undefined) {
    return [
      heading,
      ...pairs([['Long calls', callCount]]),
      '  No agent column, so no concentration by agent.',
    ];
  }

  const top = longCalls.segments.map((agent) => `${agent.label} (${formatCount(agent.count)})`);
  const lines = pairs([
    ['Long calls', callCount],
    [`Top ${longCalls.segments.length} agents`, top.join(', ')],
    ['Their share of long calls', percent(longCalls.share)],
  ]);
  if (longCalls.tied) lines.push('  The next agent has as many long calls as the last one shown.');
  return [heading, ...lines];
}

function formatCount(value: number): string {
  return COUNT.format(value);
}

function percent(value: number): string {
  return `${formatRounded(value, 1)}%`;
}

/** Formats seconds as `224.9 s (3:45)`, the clock part rounded to whole seconds. */
function seconds(value: number): string {
  const whole = Math.round(value);
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return `${formatRounded(value, 1)} s (${clock})`;
}

function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
