import { describe, expect, it } from 'vitest';
import { fromRows, percentChange, periodChange, type BusinessBase } from '../../src/engine';
import { row, smallWeek } from './fixtures';

/** Builds a business base with `orders`. The other fields do not enter these metrics. */
function base(orders: number): BusinessBase {
  return { orders, activeCustomers: 1000, unitsSold: [100] };
}

/** Builds a dataset with `counts[i]` interactions in period i, on `orders[i]` orders. */
function periods(counts: number[], orders: number[]) {
  const rows = counts.flatMap((size, period) =>
    Array.from({ length: size }, () => row({ period })),
  );
  const total = orders.reduce((sum, value) => sum + value, 0);
  return fromRows(rows, base(total), {
    periods: orders.map((value, index) => ({ label: `Period ${index + 1}`, base: base(value) })),
  });
}

/** Growth with a falling rate: 100 interactions on 2000 orders, then 112 on 2400. */
function growth() {
  return periods([100, 112], [2000, 2400]);
}

describe('percentChange', () => {
  it('is the change over the previous value', () => {
    // (112 - 100) / 100 x 100.
    expect(percentChange(100, 112)).toBe(12);
  });

  it('is negative for a fall', () => {
    // (150 - 200) / 200 x 100.
    expect(percentChange(200, 150)).toBe(-25);
  });

  it('is zero for no change', () => {
    expect(percentChange(50, 50)).toBe(0);
  });

  it('is -100 for a fall to zero', () => {
    expect(percentChange(40, 0)).toBe(-100);
  });

  it('rejects a previous value of zero', () => {
    expect(() => percentChange(0, 5)).toThrow(
      'Cannot compute a change from 0: the previous value must not be 0.',
    );
  });
});

describe('periodChange', () => {
  it('gives count previous and current', () => {
    const { count } = periodChange(growth());
    expect(count.previous).toBe(100);
    expect(count.current).toBe(112);
  });

  it('gives count up 12%', () => {
    expect(periodChange(growth()).count.changePercent).toBe(12);
  });

  it('gives rate per 100 orders', () => {
    const { rate } = periodChange(growth());
    // 100 / 2000 x 100 = 5.
    expect(rate.previous).toBe(5);
    // 112 / 2400 x 100 = 4.666...
    expect(rate.current).toBeCloseTo(14 / 3, 12);
  });

  it('gives rate down while count rises', () => {
    // (14/3 - 5) / 5 x 100 = -20/3 = -6.666...
    expect(periodChange(growth()).rate.changePercent).toBeCloseTo(-20 / 3, 10);
  });

  it('compares first and last period by default', () => {
    // Counts 10, 20, 15 on 100 orders each: 10 to 15 is +50%, and so is the rate.
    const change = periodChange(periods([10, 20, 15], [100, 100, 100]));
    expect(change.count).toEqual({ previous: 10, current: 15, changePercent: 50 });
    expect(change.rate).toEqual({ previous: 10, current: 15, changePercent: 50 });
  });

  it('compares the periods it is given', () => {
    // 10 to 20 is +100%.
    const change = periodChange(periods([10, 20, 15], [100, 100, 100]), 0, 1);
    expect(change.count).toEqual({ previous: 10, current: 20, changePercent: 100 });
  });

  it('compares backwards when asked', () => {
    // 15 to 10 is -33.33...%.
    const change = periodChange(periods([10, 20, 15], [100, 100, 100]), 2, 0);
    expect(change.count.changePercent).toBeCloseTo(-100 / 3, 12);
  });

  it('rejects a dataset of one period', () => {
    expect(() => periodChange(smallWeek())).toThrow(
      'A period change needs two periods; both are 0.',
    );
  });

  it('rejects the same period twice', () => {
    expect(() => periodChange(growth(), 1, 1)).toThrow(
      'A period change needs two periods; both are 1.',
    );
  });

  it('rejects a period past the last', () => {
    expect(() => periodChange(growth(), 0, 2)).toThrow(
      'Invalid period 2: the dataset has periods 0 to 1.',
    );
  });

  it('rejects a previous period with no interactions', () => {
    expect(() => periodChange(periods([0, 5], [100, 100]))).toThrow(
      'Cannot compute a change from 0: the previous value must not be 0.',
    );
  });

  it('rejects a period with no orders', () => {
    expect(() => periodChange(periods([5, 5], [100, 0]))).toThrow(
      'Cannot compute a rate: orders is 0, and the denominator must be above 0.',
    );
  });
});
