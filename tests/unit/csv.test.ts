import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { clockTime, CSV_COLUMNS, datasetToCsv, neutralize } from '../../src/engine';
import { dataset, row } from './fixtures';

const FORMULA_AGENT = '=HYPERLINK("x","y")';
const QUOTED_PRODUCT = 'Crème, "Deluxe"';

/**
 * A call with a formula for an agent and a product that needs quoting, then an
 * email that stores a duration the export must not show because it is not a call.
 */
function exportSample() {
  return dataset([
    row({
      date: '2024-03-04',
      minute: 605,
      channel: 'Phone',
      product: QUOTED_PRODUCT,
      agent: FORMULA_AGENT,
      durationSeconds: 125,
      customer: 42,
    }),
    row({
      date: '2024-03-05',
      minute: 0,
      channel: 'Email',
      durationSeconds: 90,
      repeat: true,
      customer: 7,
    }),
  ]);
}

/** Splits the export into lines without the byte order mark and the final newline. */
function lines(csv: string): string[] {
  return csv.slice(1).split('\n').slice(0, -1);
}

describe('datasetToCsv', () => {
  const csv = datasetToCsv(exportSample());

  it('starts with a byte order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, 2)).toBe('i');
  });

  it('ends with a newline', () => {
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.endsWith('\n\n')).toBe(false);
  });

  it('writes the header row', () => {
    expect(lines(csv)[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines(csv)[0]).toBe(
      'interaction_id,date,time,weekday,channel,product,issue_type,customer_segment,region,agent,call_duration_seconds,repeat_contact,customer_id',
    );
  });

  it('writes one line per interaction', () => {
    expect(lines(csv)).toHaveLength(3);
  });

  it('writes the call line exactly', () => {
    // 605 minutes is 10:05. The agent gets an apostrophe, then both text cells are
    // quoted with their inner quotes doubled.
    expect(lines(csv)[1]).toBe(
      '1,2024-03-04,10:05,Monday,Phone,"Crème, ""Deluxe""",Setup,Consumer,North,"\'=HYPERLINK(""x"",""y"")",125,no,42',
    );
  });

  it('writes the email line exactly', () => {
    expect(lines(csv)[2]).toBe(
      '2,2024-03-05,00:00,Tuesday,Email,Kettle,Setup,Consumer,North,Ana,,yes,7',
    );
  });

  it('writes an empty dataset as the header alone', () => {
    expect(datasetToCsv(dataset([]))).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\n`);
  });
});

describe('datasetToCsv parsed back', () => {
  const records = csvParse(datasetToCsv(exportSample()).slice(1));
  const [call, email] = records;

  it('keeps the columns', () => {
    expect(records.columns).toEqual([...CSV_COLUMNS]);
  });

  it('neutralizes the formula agent', () => {
    expect(call?.agent).toBe(`'${FORMULA_AGENT}`);
  });

  it('keeps the quoted product', () => {
    expect(call?.product).toBe(QUOTED_PRODUCT);
  });

  it('keeps the call duration', () => {
    expect(call?.call_duration_seconds).toBe('125');
  });

  it('leaves the duration of a non-call blank', () => {
    // The email stores 90 seconds, but only calls have a duration.
    expect(email?.call_duration_seconds).toBe('');
  });

  it('writes numbers without marks', () => {
    expect(call?.interaction_id).toBe('1');
    expect(call?.customer_id).toBe('42');
    expect(email?.customer_id).toBe('7');
  });

  it('writes the repeat flag as yes or no', () => {
    expect(call?.repeat_contact).toBe('no');
    expect(email?.repeat_contact).toBe('yes');
  });

  it('writes ISO dates and weekdays', () => {
    expect(call?.date).toBe('2024-03-04');
    expect(call?.weekday).toBe('Monday');
    expect(email?.date).toBe('2024-03-05');
    expect(email?.weekday).toBe('Tuesday');
  });
});

describe('neutralize', () => {
  it('prefixes every formula start', () => {
    expect(neutralize('=1+1')).toBe("'=1+1");
    expect(neutralize('+A1')).toBe("'+A1");
    expect(neutralize('-2+3')).toBe("'-2+3");
    expect(neutralize('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralize('\tcmd')).toBe("'\tcmd");
    expect(neutralize('\rcmd')).toBe("'\rcmd");
  });

  it('leaves other text alone', () => {
    expect(neutralize('Ana')).toBe('Ana');
    expect(neutralize('a=b')).toBe('a=b');
    expect(neutralize('')).toBe('');
  });
});

describe('clockTime', () => {
  it('pads hours and minutes', () => {
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(605)).toBe('10:05');
    expect(clockTime(1439)).toBe('23:59');
  });
});

describe('neutralize numbers', () => {
  it('leaves a signed number as a number', () => {
    expect(neutralize('-3')).toBe('-3');
    expect(neutralize('+4.5')).toBe('+4.5');
  });

  it('still prefixes a formula that starts with a minus', () => {
    expect(neutralize('-3+A1')).toBe("'-3+A1");
  });
});
