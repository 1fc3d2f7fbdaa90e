import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lab, LAB_TIMEOUT as TIMEOUT } from './lab-process';

const HHMMSS_FILE = 'tests/fixtures/calls-bom-crlf-hhmmss.csv';
const MINUTES_FILE = 'tests/fixtures/calls-two-date-formats-minutes.csv';

/** Returns the lines of a text report from a heading to the next blank line. */
function section(stdout: string, heading: string): string {
  const start = stdout.indexOf(`${heading}\n`);
  if (start === -1) throw new Error(`No section "${heading}" in the output.`);
  const end = stdout.indexOf('\n\n', start);
  return stdout.slice(start, end === -1 ? undefined : end).trimEnd();
}

describe('lab analyze --json', { timeout: TIMEOUT }, () => {
  const run = lab('analyze', MINUTES_FILE, '--json', '--orders', '14', '--customers', '350');
  const json = JSON.parse(run.stdout);

  it('exits 0 with skipped rows', () => {
    expect(run.status).toBe(0);
    expect(json.rowsRead).toBe(7);
    expect(json.rowsSkipped).toBe(4);
  });

  it('prints the source details', () => {
    expect(json.file).toBe(MINUTES_FILE);
    expect(json.durationUnit).toBe('minutes');
    expect(json.callChannel).toBe('Call-Center');
    expect(json.columns.date).toBe('call_timestamp');
    expect(json.columns.agent).toBeNull();
  });

  it('prints the report numbers', () => {
    const report = json.report;
    expect(report.totalInteractions).toBe(7);
    expect(report.calls).toBe(4);
    expect(report.timedCalls).toBe(4);
    // (10 + 25 + 5 + 20) minutes * 60 / 4 calls.
    expect(report.averageCallSeconds).toBe(900);
    expect(report.rates.per100Orders).toBe(50);
    expect(report.rates.per1000Customers).toBe(20);
    expect(report.repeatRatePercent).toBe(0);
    expect(report.weekday.peak).toBe('Monday');
    expect(report.longCalls.subsetSize).toBe(3);
  });

  it('prints weekday counts Monday first', () => {
    const counts = json.report.segments.weekday.map((day: { count: number }) => day.count);
    expect(counts).toEqual([3, 2, 1, 0, 0, 0, 1]);
  });

  it('keeps missing values as null', () => {
    expect(json.report.callDurationByAgent).toEqual([
      { label: '(none)', calls: 4, totalSeconds: 3600, averageSeconds: 900 },
    ]);
    expect(json.report.periodChange).toBeNull();
  });

  it('lists the problems on stderr', () => {
    expect(run.stderr).toBe(
      [
        `lab: skipped 4 rows of ${MINUTES_FILE}:`,
        '  line 5: invalid date "10/32/2020" in column "call_timestamp": no such day when read as month/day/year',
        '  line 9: invalid duration "twelve" in column "call duration in minutes": expected minutes as a number, hh:mm:ss or mm:ss',
        '  line 11: invalid date "13/05/2020" in column "call_timestamp": no such day when read as month/day/year',
        '  line 13: invalid date "2020/10/05" in column "call_timestamp": expected YYYY-MM-DD, MM-DD-YYYY, MM/DD/YYYY or an ISO timestamp',
        '  line 13: invalid duration "-3" in column "call duration in minutes": expected minutes as a number, hh:mm:ss or mm:ss',
        '',
      ].join('\n'),
    );
  });
});

describe('lab analyze tables', { timeout: TIMEOUT }, () => {
  const run = lab('analyze', HHMMSS_FILE, '--long-call-seconds', '240', '--orders', '20');

  it('exits 0', () => {
    expect(run.status).toBe(0);
  });

  it('prints totals', () => {
    expect(section(run.stdout, 'Totals')).toBe(
      [
        'Totals',
        '  Interactions              8',
        '  Dates                     2024-03-04 to 2024-03-10',
        '  Calls                     8',
        '  Calls with a duration     5',
        '  Calls without a duration  3',
        '  Average call duration     276.0 s (4:36)',
      ].join('\n'),
    );
  });

  it('prints average duration per agent', () => {
    expect(section(run.stdout, 'Average call duration by agent (calls with a duration)')).toBe(
      [
        'Average call duration by agent (calls with a duration)',
        '  agent    calls         average',
        '  Agent B      2  465.0 s (7:45)',
        '  Agent C      1  240.0 s (4:00)',
        '  Agent A      2  105.0 s (1:45)',
        '  Agent D      0        no calls',
      ].join('\n'),
    );
  });

  it('prints weekday volume with a tie', () => {
    expect(section(run.stdout, 'Weekday volume (weekday of the business date)')).toBe(
      [
        'Weekday volume (weekday of the business date)',
        '  weekday    dates  count  share',
        '  Monday         1      3  37.5%',
        '  Tuesday        1      3  37.5%',
        '  Wednesday      1      1  12.5%',
        '  Thursday       0      0   0.0%',
        '  Friday         0      0   0.0%',
        '  Saturday       0      0   0.0%',
        '  Sunday         1      1  12.5%',
        '  Peak weekday      none: Monday and Tuesday tie',
        '  Monday + Tuesday  75.0%',
      ].join('\n'),
    );
  });

  it('prints rates and long calls', () => {
    expect(section(run.stdout, 'Contact rates')).toBe(
      [
        'Contact rates',
        '  Interactions per 100 orders       40.0',
        '  Interactions per 1,000 customers  give --customers N',
      ].join('\n'),
    );
    expect(section(run.stdout, 'Long calls (240 s or more)')).toBe(
      [
        'Long calls (240 s or more)',
        '  Long calls                 3 of 5 calls with a duration',
        '  Top 2 agents               Agent B (2), Agent C (1)',
        '  Their share of long calls  100.0%',
      ].join('\n'),
    );
  });

  it('lists the problems on stderr', () => {
    expect(run.stderr).toBe(
      [
        `lab: skipped 3 rows of ${HHMMSS_FILE}:`,
        '  line 5: invalid date "2024-02-30" in column "Date": no such day',
        '  line 9: invalid duration "00:61:00" in column "AvgTalkDuration": minutes and seconds must be below 60',
        '  line 10: expected 7 cells as in the header, found 6',
        '',
      ].join('\n'),
    );
  });
});

describe('lab analyze problems', { timeout: TIMEOUT }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'lab-cli-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lists the first 20 and counts the rest', () => {
    const file = join(folder, 'bad-dates.csv');
    const bad = Array.from({ length: 23 }, (_, i) => `2024-13-${String(i + 1).padStart(2, '0')}`);
    writeFileSync(file, ['date', '2024-03-04', ...bad].join('\n'));

    const run = lab('analyze', file, '--json');
    const lines = run.stderr.trimEnd().split('\n');
    expect(run.status).toBe(0);
    expect(lines[0]).toBe(`lab: skipped 23 rows of ${file}:`);
    expect(lines[1]).toBe('  line 3: invalid date "2024-13-01" in column "date": no such day');
    expect(lines[20]).toBe('  line 22: invalid date "2024-13-20" in column "date": no such day');
    expect(lines[21]).toBe('  and 3 more problems');
    expect(lines).toHaveLength(22);
  });
});

describe('lab errors', { timeout: TIMEOUT }, () => {
  it('reports a missing file in one line', () => {
    const run = lab('analyze', 'tests/fixtures/missing.csv');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('lab: cannot read tests/fixtures/missing.csv: file not found\n');
    expect(run.stdout).toBe('');
  });

  it('names the flag for a missing column', () => {
    const run = lab('analyze', HHMMSS_FILE, '--product', 'Product');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `lab: cannot read ${HHMMSS_FILE}: No column "Product" among the headers "Call Id", "Agent", ` +
        '"Date", "Time", "Topic", "Answered (Y/N)", "AvgTalkDuration". ' +
        'Name the product column with --product.\n',
    );
  });

  it('rejects an unknown option', () => {
    const run = lab('analyze', HHMMSS_FILE, '--frob');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^lab analyze: unknown option --frob\n\nUsage: npm run lab -- analyze/,
    );
    expect(run.stdout).toBe('');
  });

  it('rejects an invalid number', () => {
    const run = lab('analyze', HHMMSS_FILE, '--orders', '12,000');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab analyze: invalid --orders "12,000": expected a number of at least 0, like 1200',
    );
  });

  it('rejects a negative number', () => {
    const run = lab('analyze', HHMMSS_FILE, '--orders', '-5');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab analyze: invalid --orders "-5": expected a number of at least 0, like 1200',
    );
  });

  it('explains a value with a dash', () => {
    const run = lab('analyze', HHMMSS_FILE, '--default-channel', '-Phone');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab analyze: option --default-channel needs a value. ' +
        'Write --default-channel=VALUE for a value that starts with "-"',
    );
  });

  it('rejects an unknown command', () => {
    const run = lab('regrade');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^lab: unknown command "regrade"\n\nUsage: npm run lab -- COMMAND/);
  });

  it('rejects a missing file argument', () => {
    const run = lab('analyze');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab analyze: missing FILE: name the CSV file to analyze',
    );
  });
});

describe('lab --help', { timeout: TIMEOUT }, () => {
  it('lists the commands', () => {
    const run = lab('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run lab -- COMMAND [options]');
    expect(run.stdout).toContain('  analyze  print the metric report of a support export in CSV');
  });

  it('describes the analyze options', () => {
    const run = lab('analyze', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '  --long-call-seconds N    calls of at least N seconds are long calls (default 600)',
    );
    expect(run.stdout).toContain('  --duration-unit UNIT     unit of plain-number durations');
  });
});
