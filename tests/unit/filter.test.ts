import { describe, expect, it } from 'vitest';
import { fromRows, selectRows, selectionSize } from '../../src/engine';
import { BASE, dataset, row, smallWeek } from './fixtures';

// smallWeek rows by index:
//   0 Mon Kettle Phone 120 s   1 Mon Kettle Email   2 Mon Fan Phone 300 s
//   3 Mon Toaster Chat         4 Tue Kettle Email   5 Tue Fan Chat
//   6 Tue Kettle Phone 60 s    7 Wed Toaster Email  8 Wed Kettle Chat
//   9 Fri Fan Email

/** Rows 0 and 1 in period 0, rows 2 to 4 in period 1. */
function twoPeriods() {
  const rows = [0, 0, 1, 1, 1].map((period) => row({ period }));
  return fromRows(rows, BASE, {
    periods: [
      { label: 'February', base: BASE },
      { label: 'March', base: BASE },
    ],
  });
}

describe('selectRows', () => {
  it('returns undefined without a filter', () => {
    expect(selectRows(smallWeek(), undefined)).toBeUndefined();
  });

  it('returns undefined for an empty filter', () => {
    expect(selectRows(smallWeek(), {})).toBeUndefined();
  });

  it('returns undefined for filters with nothing set', () => {
    expect(selectRows(smallWeek(), { where: {} })).toBeUndefined();
    expect(selectRows(smallWeek(), { dates: {} })).toBeUndefined();
    expect(selectRows(smallWeek(), { callsOnly: false })).toBeUndefined();
  });

  it('keeps one label', () => {
    expect(selectRows(smallWeek(), { where: { product: ['Fan'] } })).toEqual(
      Uint32Array.of(2, 5, 9),
    );
  });

  it('keeps several labels', () => {
    expect(selectRows(smallWeek(), { where: { channel: ['Phone', 'Chat'] } })).toEqual(
      Uint32Array.of(0, 2, 3, 5, 6, 8),
    );
  });

  it('keeps rows that match every dimension', () => {
    const kettleCalls = { where: { product: ['Kettle'], channel: ['Phone'] } };
    expect(selectRows(smallWeek(), kettleCalls)).toEqual(Uint32Array.of(0, 6));
  });

  it('keeps a weekday', () => {
    expect(selectRows(smallWeek(), { where: { weekday: ['Tuesday'] } })).toEqual(
      Uint32Array.of(4, 5, 6),
    );
  });

  it('keeps nothing for an empty label list', () => {
    expect(selectRows(smallWeek(), { where: { product: [] } })).toEqual(new Uint32Array(0));
  });

  it('keeps a date range inclusive', () => {
    const range = { dates: { from: '2024-03-05', to: '2024-03-06' } };
    expect(selectRows(smallWeek(), range)).toEqual(Uint32Array.of(4, 5, 6, 7, 8));
  });

  it('keeps dates from a day on', () => {
    expect(selectRows(smallWeek(), { dates: { from: '2024-03-06' } })).toEqual(
      Uint32Array.of(7, 8, 9),
    );
  });

  it('keeps dates up to a day', () => {
    expect(selectRows(smallWeek(), { dates: { to: '2024-03-04' } })).toEqual(
      Uint32Array.of(0, 1, 2, 3),
    );
  });

  it('returns an empty selection when nothing matches', () => {
    expect(selectRows(smallWeek(), { dates: { from: '2024-03-09' } })).toEqual(new Uint32Array(0));
  });

  it('keeps a period', () => {
    expect(selectRows(twoPeriods(), { period: 0 })).toEqual(Uint32Array.of(0, 1));
    expect(selectRows(twoPeriods(), { period: 1 })).toEqual(Uint32Array.of(2, 3, 4));
  });

  it('keeps calls only', () => {
    expect(selectRows(smallWeek(), { callsOnly: true })).toEqual(Uint32Array.of(0, 2, 6));
  });

  it('leaves zero-second calls out of calls only', () => {
    const calls = dataset([
      row({ channel: 'Phone', durationSeconds: 0 }),
      row({ channel: 'Phone', durationSeconds: 30 }),
    ]);
    expect(selectRows(calls, { callsOnly: true })).toEqual(Uint32Array.of(1));
  });

  it('keeps calls of at least the minimum', () => {
    // 120 s and 300 s reach 120 s, but only 300 s reaches 121 s.
    expect(selectRows(smallWeek(), { minCallSeconds: 120 })).toEqual(Uint32Array.of(0, 2));
    expect(selectRows(smallWeek(), { minCallSeconds: 121 })).toEqual(Uint32Array.of(2));
  });

  it('keeps every timed call for a minimum of zero', () => {
    expect(selectRows(smallWeek(), { minCallSeconds: 0 })).toEqual(Uint32Array.of(0, 2, 6));
  });

  it('leaves out emails with a duration', () => {
    const emails = dataset([row({ channel: 'Email', durationSeconds: 900 })]);
    expect(selectRows(emails, { minCallSeconds: 600 })).toEqual(new Uint32Array(0));
  });

  it('keeps no calls without a call channel', () => {
    const noPhone = dataset([row({ channel: 'Email' }), row({ channel: 'Chat' })]);
    expect(selectRows(noPhone, { callsOnly: true })).toEqual(new Uint32Array(0));
  });

  it('combines every condition', () => {
    // Monday to Tuesday, Kettle, calls: rows 0 and 6.
    const filter = {
      where: { product: ['Kettle'] },
      dates: { to: '2024-03-05' },
      period: 0,
      callsOnly: true,
    };
    expect(selectRows(smallWeek(), filter)).toEqual(Uint32Array.of(0, 6));
  });

  it('rejects an unknown label', () => {
    expect(() => selectRows(smallWeek(), { where: { product: ['Blender'] } })).toThrow(
      'Unknown product "Blender" in filter: the dataset has Kettle, Fan, Toaster.',
    );
  });

  it('rejects an unknown weekday', () => {
    expect(() => selectRows(smallWeek(), { where: { weekday: ['Mon'] } })).toThrow(
      'Unknown weekday "Mon" in filter: the dataset has Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday.',
    );
  });

  it('rejects a period past the last', () => {
    expect(() => selectRows(smallWeek(), { period: 1 })).toThrow(
      'Invalid period 1: the dataset has periods 0 to 0.',
    );
  });

  it('rejects a negative period', () => {
    expect(() => selectRows(twoPeriods(), { period: -1 })).toThrow(
      'Invalid period -1: the dataset has periods 0 to 1.',
    );
  });

  it('rejects a fractional period', () => {
    expect(() => selectRows(twoPeriods(), { period: 0.5 })).toThrow(
      'Invalid period 0.5: the dataset has periods 0 to 1.',
    );
  });

  it('rejects an invalid date', () => {
    expect(() => selectRows(smallWeek(), { dates: { from: '2024-3-5' } })).toThrow(
      'Invalid date "2024-3-5": expected YYYY-MM-DD.',
    );
  });
});

describe('selectionSize', () => {
  it('is the dataset size for no selection', () => {
    expect(selectionSize(smallWeek(), undefined)).toBe(10);
  });

  it('is the number of selected rows', () => {
    expect(selectionSize(smallWeek(), Uint32Array.of(1, 4))).toBe(2);
  });
});
