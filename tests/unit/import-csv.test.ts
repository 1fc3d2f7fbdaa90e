import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  averageCallDuration,
  averageCallDurationsBy,
  CsvImportError,
  countsBy,
  datasetToCsv,
  dayNumber,
  importCsv,
  isoDate,
  repeatRate,
  sharesBy,
  totalInteractions,
  weekdayConcentration,
  weekdayVolume,
} from '../../src/engine';
import { readDate, readDuration, readFlag, readTimeOfDay } from '../../src/engine/import-cells';
import { metricReport } from '../../src/engine/report';
import { smallWeek } from './fixtures';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Counts per label of a dimension, as a plain object. */
function countMap(entries: { label: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(entries.map(({ label, count }) => [label, count]));
}

describe('readDate', () => {
  it('reads ISO dates', () => {
    expect(readDate('2024-03-04')).toEqual({
      ok: true,
      value: { day: dayNumber('2024-03-04'), minute: undefined },
    });
  });

  it('reads month-first dates with dashes or slashes', () => {
    for (const text of ['03-04-2024', '03/04/2024', '3/4/2024', ' 3/04/2024 ']) {
      expect(readDate(text)).toEqual({
        ok: true,
        value: { day: dayNumber('2024-03-04'), minute: undefined },
      });
    }
  });

  it('takes the date and time of a timestamp as written', () => {
    // 23:30 at UTC-5 is already the next day in UTC, but the business date stays the 4th.
    expect(readDate('2024-03-04T23:30:00-05:00')).toEqual({
      ok: true,
      value: { day: dayNumber('2024-03-04'), minute: 1410 },
    });
    expect(readDate('2024-03-04 09:05:59')).toEqual({
      ok: true,
      value: { day: dayNumber('2024-03-04'), minute: 545 },
    });
    expect(readDate('2024-03-04T00:10Z')).toEqual({
      ok: true,
      value: { day: dayNumber('2024-03-04'), minute: 10 },
    });
  });

  it('rejects a day that does not exist', () => {
    expect(readDate('2023-02-29')).toEqual({ ok: false, detail: 'no such day' });
    expect(readDate('13/05/2020')).toEqual({
      ok: false,
      detail: 'no such day when read as month/day/year',
    });
    expect(readDate('2024-03-04T24:00:00')).toEqual({ ok: false, detail: 'no such time of day' });
  });

  it('rejects other formats', () => {
    for (const text of ['2020/10/05', '4 March 2024', '03-04/2024', '20240304']) {
      expect(readDate(text)).toEqual({
        ok: false,
        detail: 'expected YYYY-MM-DD, MM-DD-YYYY, MM/DD/YYYY or an ISO timestamp',
      });
    }
  });

  it('rejects empty cells and dates before 1970', () => {
    expect(readDate(' ')).toEqual({ ok: false, detail: 'the cell is empty' });
    expect(readDate('1969-12-31')).toEqual({
      ok: false,
      detail: 'dates before 1970-01-01 are not supported',
    });
  });
});

describe('readDuration', () => {
  it('reads clock text in any unit', () => {
    expect(readDuration('00:02:23', 'seconds')).toEqual({ ok: true, value: 143 });
    expect(readDuration('1:00:05', 'minutes')).toEqual({ ok: true, value: 3605 });
    expect(readDuration('7:05', 'seconds')).toEqual({ ok: true, value: 425 });
    expect(readDuration('75:00', 'seconds')).toEqual({ ok: true, value: 4500 });
    expect(readDuration('00:00:01.6', 'seconds')).toEqual({ ok: true, value: 2 });
  });

  it('reads plain numbers in the unit', () => {
    expect(readDuration('12', 'seconds')).toEqual({ ok: true, value: 12 });
    expect(readDuration('12', 'minutes')).toEqual({ ok: true, value: 720 });
    expect(readDuration('2.5', 'minutes')).toEqual({ ok: true, value: 150 });
  });

  it('reads an empty cell as no duration', () => {
    expect(readDuration('', 'seconds')).toEqual({ ok: true, value: 0 });
    expect(readDuration('  ', 'minutes')).toEqual({ ok: true, value: 0 });
  });

  it('rejects text and negative numbers', () => {
    expect(readDuration('twelve', 'minutes')).toEqual({
      ok: false,
      detail: 'expected minutes as a number, hh:mm:ss or mm:ss',
    });
    expect(readDuration('-3', 'seconds')).toEqual({
      ok: false,
      detail: 'expected seconds as a number, hh:mm:ss or mm:ss',
    });
  });

  it('rejects minutes or seconds past 59', () => {
    expect(readDuration('00:61:00', 'seconds')).toEqual({
      ok: false,
      detail: 'minutes and seconds must be below 60',
    });
    expect(readDuration('5:60', 'seconds')).toEqual({
      ok: false,
      detail: 'minutes and seconds must be below 60',
    });
  });

  it('rejects durations too long to store', () => {
    expect(readDuration('4294967296', 'seconds')).toEqual({
      ok: false,
      detail: 'too long: at most 4294967295 seconds can be stored',
    });
  });
});

describe('readTimeOfDay', () => {
  it('reads 24-hour and AM/PM times', () => {
    expect(readTimeOfDay('09:40:10')).toEqual({ ok: true, value: 580 });
    expect(readTimeOfDay('9:05 PM')).toEqual({ ok: true, value: 1265 });
    expect(readTimeOfDay('12:00 am')).toEqual({ ok: true, value: 0 });
    expect(readTimeOfDay('12:30 p.m.')).toEqual({ ok: true, value: 750 });
    expect(readTimeOfDay('')).toEqual({ ok: true, value: 0 });
  });

  it('rejects impossible times', () => {
    expect(readTimeOfDay('24:00')).toEqual({ ok: false, detail: 'no such time of day' });
    expect(readTimeOfDay('13:00 PM')).toEqual({
      ok: false,
      detail: 'hours with AM/PM run from 1 to 12',
    });
    expect(readTimeOfDay('noon')).toEqual({
      ok: false,
      detail: 'expected hh:mm or hh:mm:ss, on a 24-hour clock or with AM/PM',
    });
  });
});

describe('readFlag', () => {
  it('reads yes and no spellings', () => {
    for (const text of ['yes', 'Y', 'TRUE', '1'])
      expect(readFlag(text)).toEqual({ ok: true, value: true });
    for (const text of ['no', 'n', 'False', '0', '']) {
      expect(readFlag(text)).toEqual({ ok: true, value: false });
    }
  });

  it('rejects other text', () => {
    expect(readFlag('maybe')).toEqual({
      ok: false,
      detail: 'expected yes or no, y or n, true or false, or 1 or 0',
    });
  });
});

describe('importCsv of a BOM, CRLF, hh:mm:ss file', () => {
  const { dataset, problems, skippedRows, columns, durationUnit, callChannel } = importCsv(
    fixture('calls-bom-crlf-hhmmss.csv'),
  );

  it('finds the columns by their headers', () => {
    expect(columns).toEqual({
      date: 'Date',
      time: 'Time',
      channel: undefined,
      duration: 'AvgTalkDuration',
      product: undefined,
      issueType: 'Topic',
      segment: undefined,
      region: undefined,
      agent: 'Agent',
      customer: undefined,
      repeat: undefined,
    });
    expect(durationUnit).toBe('seconds');
  });

  it('reports bad rows with their lines', () => {
    expect(problems).toEqual([
      { line: 5, reason: 'invalid date "2024-02-30" in column "Date": no such day' },
      {
        line: 9,
        reason:
          'invalid duration "00:61:00" in column "AvgTalkDuration": minutes and seconds must be below 60',
      },
      { line: 10, reason: 'expected 7 cells as in the header, found 6' },
    ]);
    expect(skippedRows).toBe(3);
  });

  it('reads the other rows and ignores the blank line', () => {
    expect(totalInteractions(dataset)).toBe(8);
  });

  it('makes every row a Phone call', () => {
    expect(callChannel).toBe('Phone');
    expect(dataset.labels.channel).toEqual(['Phone']);
  });

  it('labels missing fields (none)', () => {
    expect(dataset.labels.product).toEqual(['(none)']);
    expect(dataset.labels.region).toEqual(['(none)']);
  });

  it('averages talk time over answered calls only', () => {
    // 120 + 330 + 600 + 90 + 240 seconds over 5 answered calls. 3 calls have no duration.
    expect(averageCallDuration(dataset)).toBe(276);
  });

  it('averages talk time per agent', () => {
    const agents = averageCallDurationsBy(dataset, 'agent');
    expect(agents).toEqual([
      { label: 'Agent A', calls: 2, totalSeconds: 210, averageSeconds: 105 },
      { label: 'Agent B', calls: 2, totalSeconds: 930, averageSeconds: 465 },
      { label: 'Agent C', calls: 1, totalSeconds: 240, averageSeconds: 240 },
      { label: 'Agent D', calls: 0, totalSeconds: 0, averageSeconds: undefined },
    ]);
  });

  it('counts weekdays', () => {
    expect(countMap(weekdayVolume(dataset))).toEqual({
      Monday: 3,
      Tuesday: 3,
      Wednesday: 1,
      Thursday: 0,
      Friday: 0,
      Saturday: 0,
      Sunday: 1,
    });
    expect(weekdayConcentration(dataset, ['Monday', 'Tuesday'])).toBe(75);
  });

  it('counts issue types', () => {
    expect(sharesBy(dataset, 'issueType')).toEqual([
      { label: 'Billing', count: 4, share: 50 },
      { label: 'Streaming', count: 3, share: 37.5 },
      { label: 'Admin', count: 1, share: 12.5 },
    ]);
  });

  it('reads the time column', () => {
    expect(dataset.minute[1]).toBe(580);
  });
});

describe('importCsv of two date formats and minutes', () => {
  const text = fixture('calls-two-date-formats-minutes.csv');
  const { dataset, problems, skippedRows, columns, durationUnit, callChannel } = importCsv(text);

  it('reads durations as minutes from the header', () => {
    expect(columns.duration).toBe('call duration in minutes');
    expect(durationUnit).toBe('minutes');
  });

  it('reports bad rows after a quoted line break', () => {
    expect(problems).toEqual([
      {
        line: 5,
        reason:
          'invalid date "10/32/2020" in column "call_timestamp": no such day when read as month/day/year',
      },
      {
        line: 9,
        reason:
          'invalid duration "twelve" in column "call duration in minutes": expected minutes as a number, hh:mm:ss or mm:ss',
      },
      {
        line: 11,
        reason:
          'invalid date "13/05/2020" in column "call_timestamp": no such day when read as month/day/year',
      },
      {
        line: 13,
        reason:
          'invalid date "2020/10/05" in column "call_timestamp": expected YYYY-MM-DD, MM-DD-YYYY, MM/DD/YYYY or an ISO timestamp',
      },
      {
        line: 13,
        reason:
          'invalid duration "-3" in column "call duration in minutes": expected minutes as a number, hh:mm:ss or mm:ss',
      },
    ]);
    expect(skippedRows).toBe(4);
  });

  it('reads both date formats', () => {
    expect(totalInteractions(dataset)).toBe(7);
    expect(isoDate(dataset.day[0] as number)).toBe('2020-10-05');
    expect(isoDate(dataset.day[2] as number)).toBe('2020-10-13');
  });

  it('takes Call-Center as the call channel', () => {
    expect(callChannel).toBe('Call-Center');
    expect(countMap(countsBy(dataset, 'channel'))).toEqual({
      'Call-Center': 4,
      Chatbot: 1,
      Web: 1,
      Email: 1,
    });
  });

  it('averages calls only', () => {
    // 10 + 25 + 5 + 20 minutes over 4 calls. Chat, web and email durations stay out.
    expect(averageCallDuration(dataset)).toBe(900);
  });

  it('counts weekdays', () => {
    expect(countMap(weekdayVolume(dataset))).toEqual({
      Monday: 3,
      Tuesday: 2,
      Wednesday: 1,
      Thursday: 0,
      Friday: 0,
      Saturday: 0,
      Sunday: 1,
    });
  });

  it('numbers customer ids by first appearance', () => {
    expect([...dataset.customer]).toEqual([1, 2, 3, 4, 5, 6, 2]);
  });

  it('feeds the metric report', () => {
    const report = metricReport(dataset);
    expect(report.firstDate).toBe('2020-10-05');
    expect(report.lastDate).toBe('2020-10-18');
    expect(report.calls).toBe(4);
    expect(report.timedCalls).toBe(4);
    expect(report.weekday.peak).toBe('Monday');
    expect(report.longCalls?.subsetSize).toBe(3);
    expect(report.rates.per100Orders).toBeUndefined();
  });

  it('reads durations as seconds when told', () => {
    const seconds = importCsv(text, { durationUnit: 'seconds' });
    expect(averageCallDuration(seconds.dataset)).toBe(15);
  });
});

describe('importCsv options', () => {
  const text = 'Day,Kind,Talk,Who\n2024-03-04,Voice,90,Ana\n2024-03-05,Chat,,Ben\n';

  it('reads columns named in options', () => {
    const { dataset, columns, callChannel } = importCsv(text, {
      columns: { date: ' day ', channel: 'KIND', duration: 'Talk', agent: 'who' },
    });
    expect(columns.date).toBe('Day');
    expect(columns.channel).toBe('Kind');
    expect(callChannel).toBe('Voice');
    expect(averageCallDuration(dataset)).toBe(90);
    expect(dataset.labels.agent).toEqual(['Ana', 'Ben']);
  });

  it('uses the named call channel', () => {
    const { dataset, callChannel } = importCsv(text, {
      columns: { date: 'Day', channel: 'Kind', duration: 'Talk' },
      callChannel: 'Chat',
    });
    expect(callChannel).toBe('Chat');
    expect(averageCallDuration(dataset)).toBeUndefined();
  });

  it('sets the default channel', () => {
    const { dataset, callChannel } = importCsv('date\n2024-03-04\n', { defaultChannel: 'Email' });
    expect(dataset.labels.channel).toEqual(['Email']);
    expect(callChannel).toBeUndefined();
  });

  it('sets the business base', () => {
    const { dataset } = importCsv('date\n2024-03-04\n2024-03-05\n', { orders: 40, customers: 500 });
    const report = metricReport(dataset);
    expect(report.rates.per100Orders).toBe(5);
    expect(report.rates.per1000Customers).toBe(4);
  });

  it('leaves rates out by default', () => {
    const report = metricReport(importCsv('date\n2024-03-04\n').dataset);
    expect(report.rates.per100Orders).toBeUndefined();
    expect(report.rates.per1000Customers).toBeUndefined();
  });

  it('reads repeat flags', () => {
    const csv =
      'date,repeat_contact\n2024-03-04,yes\n2024-03-04,no\n2024-03-04,\n2024-03-04,maybe\n';
    const { dataset, problems } = importCsv(csv);
    expect(repeatRate(dataset)).toBeCloseTo(100 / 3, 12);
    expect(problems).toEqual([
      {
        line: 5,
        reason:
          'invalid repeat flag "maybe" in column "repeat_contact": expected yes or no, y or n, true or false, or 1 or 0',
      },
    ]);
  });

  it('labels blank cells (blank)', () => {
    const { dataset } = importCsv('date,agent\n2024-03-04, \n2024-03-04,Ana\n');
    expect(dataset.labels.agent).toEqual(['(blank)', 'Ana']);
  });

  it('takes the time of a timestamp', () => {
    const { dataset } = importCsv('timestamp\n2024-03-04T10:05:00Z\n');
    expect(dataset.minute[0]).toBe(605);
  });

  it('rejects an unknown duration unit', () => {
    expect(() => importCsv(text, { durationUnit: 'hours' as never })).toThrow(
      'Invalid durationUnit "hours": expected seconds, minutes or auto.',
    );
  });

  it('rejects negative orders', () => {
    expect(() => importCsv(text, { orders: -1 })).toThrow(
      'Invalid orders -1: expected a number of at least 0.',
    );
  });
});

describe('importCsv errors', () => {
  it('rejects an empty file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n']) {
      expect(() => importCsv(text)).toThrow(
        'The file is empty: expected a header row and data rows.',
      );
    }
  });

  it('rejects a file without a date column', () => {
    expect(() => importCsv('Agent,Talk\nAna,90\n')).toThrow(
      'No date column found among the headers "Agent", "Talk". Name the date column with the columns.date option.',
    );
  });

  it('names the option that fixes it', () => {
    let error: unknown;
    try {
      importCsv('Agent,Talk\nAna,90\n', { columns: { issueType: 'Reason' } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).problem).toBe(
      'No column "Reason" among the headers "Agent", "Talk".',
    );
    expect((error as CsvImportError).fix).toEqual({
      option: 'columns.issueType',
      subject: 'issue type column',
    });
  });

  it('rejects a call channel the file lacks', () => {
    expect(() => importCsv('date,channel\n2024-03-04,Chat\n', { callChannel: 'Phone' })).toThrow(
      'No channel "Phone" in the file: its channels are "Chat". Name the call channel with the callChannel option.',
    );
  });

  it('reads a header-only file as empty', () => {
    const { dataset, problems } = importCsv('date,agent\r\n');
    expect(dataset.size).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('importCsv of many labels', () => {
  // Agent 0 takes three calls, Agent 1 two, and Agents 2 to 299 one each.
  const agents = [0, 0, 0, 1, 1, ...Array.from({ length: 298 }, (_, i) => i + 2)];
  const text = ['date,agent', ...agents.map((agent) => `2024-03-04,Agent ${agent}`)].join('\n');
  const { dataset, folded } = importCsv(text);

  it('keeps the 255 most frequent', () => {
    expect(dataset.labels.agent).toHaveLength(256);
    expect(dataset.labels.agent.slice(0, 3)).toEqual(['Agent 0', 'Agent 1', 'Agent 2']);
    expect(dataset.labels.agent[254]).toBe('Agent 254');
    expect(dataset.labels.agent[255]).toBe('Other');
  });

  it('folds the rest into Other', () => {
    expect(folded).toEqual([{ field: 'agent', distinct: 300, folded: 45 }]);
    const counts = countMap(countsBy(dataset, 'agent'));
    expect(counts['Other']).toBe(45);
    expect(counts['Agent 0']).toBe(3);
  });
});

describe('importCsv of an export', () => {
  it('round-trips datasetToCsv', () => {
    const original = smallWeek();
    const { dataset, problems, columns } = importCsv(datasetToCsv(original));

    expect(problems).toEqual([]);
    expect(columns.duration).toBe('call_duration_seconds');
    expect(columns.repeat).toBe('repeat_contact');
    expect(dataset.size).toBe(original.size);
    expect(sharesBy(dataset, 'product')).toEqual(sharesBy(original, 'product'));
    expect(weekdayVolume(dataset)).toEqual(weekdayVolume(original));
    expect(averageCallDuration(dataset)).toBe(averageCallDuration(original));
    expect(repeatRate(dataset)).toBe(repeatRate(original));
    expect([...dataset.minute]).toEqual([...original.minute]);
  });
});
