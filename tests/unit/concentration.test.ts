import { describe, expect, it } from 'vitest';
import { topKConcentration, type InteractionRow } from '../../src/engine';
import { dataset, row, smallWeek } from './fixtures';

function call(agent: string, seconds: number): InteractionRow {
  return row({ channel: 'Phone', agent, durationSeconds: seconds });
}

/**
 * Calls of at least 600 s per agent: Ana 3, Ben 2, Cai 1, Dee 0, so 6 in all.
 * Ben's 600 s call counts because the threshold is inclusive, Cai's 599 s call does
 * not, and neither do Dee's long email and zero-second call.
 */
function longCalls() {
  return dataset([
    call('Ana', 700),
    call('Ana', 650),
    call('Ana', 900),
    call('Ana', 300),
    call('Ben', 600),
    call('Ben', 1200),
    call('Ben', 100),
    call('Cai', 599),
    call('Cai', 800),
    call('Dee', 200),
    call('Dee', 0),
    row({ agent: 'Dee', channel: 'Email', durationSeconds: 1000 }),
  ]);
}

const LONG = { minCallSeconds: 600 };

describe('topKConcentration', () => {
  it('finds the two agents with most long calls', () => {
    const top = topKConcentration(longCalls(), 'agent', 2, LONG);
    expect(top.segments).toEqual([
      { label: 'Ana', count: 3 },
      { label: 'Ben', count: 2 },
    ]);
  });

  it('counts the subset', () => {
    expect(topKConcentration(longCalls(), 'agent', 2, LONG).subsetSize).toBe(6);
  });

  it('gives the share the top two hold', () => {
    // (3 + 2) / 6 x 100 = 83.33...
    expect(topKConcentration(longCalls(), 'agent', 2, LONG).share).toBeCloseTo(250 / 3, 12);
  });

  it('is not tied when the next agent has fewer', () => {
    expect(topKConcentration(longCalls(), 'agent', 2, LONG).tied).toBe(false);
  });

  it('gives the share of the top one', () => {
    // 3 / 6 x 100.
    expect(topKConcentration(longCalls(), 'agent', 1, LONG).share).toBe(50);
  });

  it('flags a tie at the k-th place', () => {
    // At least 700 s: Ana 2 (700, 900), Ben 1 (1200), Cai 1 (800).
    const top = topKConcentration(longCalls(), 'agent', 2, { minCallSeconds: 700 });
    expect(top.tied).toBe(true);
  });

  it('breaks a tie in label order', () => {
    const top = topKConcentration(longCalls(), 'agent', 2, { minCallSeconds: 700 });
    expect(top.segments).toEqual([
      { label: 'Ana', count: 2 },
      { label: 'Ben', count: 1 },
    ]);
    // (2 + 1) / 4 x 100.
    expect(top.share).toBe(75);
  });

  it('is not tied above the k-th place', () => {
    // At least 700 s, k = 1: Ana 2 leads Ben 1 and Cai 1.
    const top = topKConcentration(longCalls(), 'agent', 1, { minCallSeconds: 700 });
    expect(top.tied).toBe(false);
  });

  it('holds everything when k covers every segment', () => {
    const top = topKConcentration(longCalls(), 'agent', 10, LONG);
    expect(top.share).toBe(100);
    expect(top.segments).toHaveLength(4);
    expect(top.tied).toBe(false);
  });

  it('works without a subset', () => {
    // smallWeek: Kettle 5 of 10.
    const top = topKConcentration(smallWeek(), 'product', 1);
    expect(top.segments).toEqual([{ label: 'Kettle', count: 5 }]);
    expect(top.share).toBe(50);
  });

  it('rejects k of zero', () => {
    expect(() => topKConcentration(longCalls(), 'agent', 0, LONG)).toThrow(
      'Invalid k 0: expected a whole number of at least 1.',
    );
  });

  it('rejects a negative k', () => {
    expect(() => topKConcentration(longCalls(), 'agent', -2, LONG)).toThrow(
      'Invalid k -2: expected a whole number of at least 1.',
    );
  });

  it('rejects a fractional k', () => {
    expect(() => topKConcentration(longCalls(), 'agent', 1.5, LONG)).toThrow(
      'Invalid k 1.5: expected a whole number of at least 1.',
    );
  });

  it('rejects a NaN k', () => {
    expect(() => topKConcentration(longCalls(), 'agent', Number.NaN, LONG)).toThrow(
      'Invalid k NaN: expected a whole number of at least 1.',
    );
  });

  it('rejects an empty subset', () => {
    expect(() => topKConcentration(longCalls(), 'agent', 2, { minCallSeconds: 1201 })).toThrow(
      'A top-k concentration needs at least one interaction in the subset: it is empty.',
    );
  });
});
