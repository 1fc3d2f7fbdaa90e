import { describe, expect, it } from 'vitest';
import {
  baseOf,
  fromRows,
  interactionsPer1000Customers,
  interactionsPer100Orders,
  interactionsPerUnitSold,
  interactionsPerUnitSoldBy,
  type BusinessBase,
} from '../../src/engine';
import { dataset, row, smallWeek } from './fixtures';

// smallWeek has 10 interactions (Kettle 5, Fan 3, Toaster 2) on the shared base of
// 200 orders, 1000 active customers and units sold Kettle 100, Fan 80, Toaster 60.

const FEBRUARY: BusinessBase = { orders: 300, activeCustomers: 1500, unitsSold: [20, 10] };
const MARCH: BusinessBase = { orders: 400, activeCustomers: 2000, unitsSold: [30, 20] };
const BOTH_MONTHS: BusinessBase = { orders: 700, activeCustomers: 3500, unitsSold: [50, 30] };

/** February: Kettle 2, Fan 1. March: Kettle 3, Fan 3. Each month has its own base. */
function twoMonths() {
  const rows = [
    ...['Kettle', 'Kettle', 'Fan'].map((product) => row({ product, period: 0 })),
    ...['Kettle', 'Kettle', 'Kettle', 'Fan', 'Fan', 'Fan'].map((product) =>
      row({ product, period: 1 }),
    ),
  ];
  return fromRows(rows, BOTH_MONTHS, {
    periods: [
      { label: 'February', base: FEBRUARY },
      { label: 'March', base: MARCH },
    ],
  });
}

/** Builds a dataset of `size` emails on a business base. */
function onBase(base: BusinessBase, size = 1) {
  const rows = Array.from({ length: size }, () => row({}));
  return fromRows(rows, base);
}

describe('interactionsPer100Orders', () => {
  it('is interactions over orders times 100', () => {
    // 10 / 200 x 100.
    expect(interactionsPer100Orders(smallWeek())).toBe(5);
  });

  it('uses the period base', () => {
    // February 3 / 300 x 100, March 6 / 400 x 100.
    expect(interactionsPer100Orders(twoMonths(), { period: 0 })).toBe(1);
    expect(interactionsPer100Orders(twoMonths(), { period: 1 })).toBe(1.5);
  });

  it('uses the whole base without a period', () => {
    // 9 / 700 x 100 = 1.2857...
    expect(interactionsPer100Orders(twoMonths())).toBeCloseTo(9 / 7, 12);
  });

  it('keeps the whole base for other filters', () => {
    // Kettle 5 / 200 x 100.
    expect(interactionsPer100Orders(smallWeek(), { where: { product: ['Kettle'] } })).toBe(2.5);
  });

  it('is zero for no interactions', () => {
    expect(interactionsPer100Orders(dataset([]))).toBe(0);
  });

  it('rejects zero orders', () => {
    const noOrders = onBase({ orders: 0, activeCustomers: 10, unitsSold: [1] });
    expect(() => interactionsPer100Orders(noOrders)).toThrow(
      'Cannot compute a rate: orders is 0, and the denominator must be above 0.',
    );
  });

  it('rejects zero orders in the period', () => {
    const rows = [row({ period: 0 }), row({ period: 1 })];
    const noOrders = fromRows(rows, MARCH, {
      periods: [
        { label: 'February', base: { ...FEBRUARY, orders: 0 } },
        { label: 'March', base: MARCH },
      ],
    });
    expect(() => interactionsPer100Orders(noOrders, { period: 0 })).toThrow(
      'Cannot compute a rate: orders is 0, and the denominator must be above 0.',
    );
  });
});

describe('interactionsPer1000Customers', () => {
  it('is interactions over active customers times 1000', () => {
    // 10 / 1000 x 1000.
    expect(interactionsPer1000Customers(smallWeek())).toBe(10);
  });

  it('uses the period base', () => {
    // February 3 / 1500 x 1000, March 6 / 2000 x 1000.
    expect(interactionsPer1000Customers(twoMonths(), { period: 0 })).toBe(2);
    expect(interactionsPer1000Customers(twoMonths(), { period: 1 })).toBe(3);
  });

  it('uses the whole base without a period', () => {
    // 9 / 3500 x 1000 = 18 / 7.
    expect(interactionsPer1000Customers(twoMonths())).toBeCloseTo(18 / 7, 12);
  });

  it('rejects zero active customers', () => {
    const noCustomers = onBase({ orders: 10, activeCustomers: 0, unitsSold: [1] });
    expect(() => interactionsPer1000Customers(noCustomers)).toThrow(
      'Cannot compute a rate: active customers is 0, and the denominator must be above 0.',
    );
  });
});

describe('interactionsPerUnitSold', () => {
  it('is interactions over all units sold', () => {
    // 10 / (100 + 80 + 60) = 10 / 240.
    expect(interactionsPerUnitSold(smallWeek())).toBe(1 / 24);
  });

  it('uses the period base', () => {
    // February 3 / (20 + 10), March 6 / (30 + 20).
    expect(interactionsPerUnitSold(twoMonths(), { period: 0 })).toBe(0.1);
    expect(interactionsPerUnitSold(twoMonths(), { period: 1 })).toBe(0.12);
  });

  it('uses the whole base without a period', () => {
    // 9 / (50 + 30).
    expect(interactionsPerUnitSold(twoMonths())).toBe(0.1125);
  });

  it('rejects zero units sold', () => {
    const noUnits = onBase({ orders: 10, activeCustomers: 10, unitsSold: [0, 0] });
    expect(() => interactionsPerUnitSold(noUnits)).toThrow(
      'Cannot compute a rate: units sold is 0, and the denominator must be above 0.',
    );
  });

  it('rejects an empty unit list', () => {
    const noProducts = onBase({ orders: 10, activeCustomers: 10, unitsSold: [] });
    expect(() => interactionsPerUnitSold(noProducts)).toThrow(
      'Cannot compute a rate: units sold is 0, and the denominator must be above 0.',
    );
  });
});

describe('interactionsPerUnitSoldBy', () => {
  it('divides each product by its units', () => {
    // Kettle 5 / 100, Fan 3 / 80, Toaster 2 / 60.
    expect(interactionsPerUnitSoldBy(smallWeek())).toEqual([
      { label: 'Kettle', interactions: 5, unitsSold: 100, perUnit: 0.05 },
      { label: 'Fan', interactions: 3, unitsSold: 80, perUnit: 0.0375 },
      { label: 'Toaster', interactions: 2, unitsSold: 60, perUnit: 1 / 30 },
    ]);
  });

  it('reads units in product dictionary order', () => {
    // The dictionary lists Fan first, so units [40, 200] are Fan 40 and Kettle 200,
    // although the first row is a Kettle.
    const rows = [row({ product: 'Kettle' }), row({ product: 'Kettle' }), row({ product: 'Fan' })];
    const fanFirst = fromRows(
      rows,
      { orders: 100, activeCustomers: 100, unitsSold: [40, 200] },
      { labels: { product: ['Fan', 'Kettle'] } },
    );
    expect(interactionsPerUnitSoldBy(fanFirst)).toEqual([
      { label: 'Fan', interactions: 1, unitsSold: 40, perUnit: 0.025 },
      { label: 'Kettle', interactions: 2, unitsSold: 200, perUnit: 0.01 },
    ]);
  });

  it('uses the period base', () => {
    // March: Kettle 3 / 30, Fan 3 / 20.
    expect(interactionsPerUnitSoldBy(twoMonths(), { period: 1 })).toEqual([
      { label: 'Kettle', interactions: 3, unitsSold: 30, perUnit: 0.1 },
      { label: 'Fan', interactions: 3, unitsSold: 20, perUnit: 0.15 },
    ]);
  });

  it('rejects a product with no units', () => {
    // Three products, but the base lists units for the first two only.
    const rows = [row({ product: 'Kettle' }), row({ product: 'Fan' }), row({ product: 'Toaster' })];
    const missingUnits = fromRows(rows, { orders: 10, activeCustomers: 10, unitsSold: [5, 5] });
    expect(() => interactionsPerUnitSoldBy(missingUnits)).toThrow(
      'Cannot compute a rate: units sold of Toaster is 0, and the denominator must be above 0.',
    );
  });
});

describe('baseOf', () => {
  it('returns the whole base without a filter', () => {
    expect(baseOf(twoMonths())).toEqual(BOTH_MONTHS);
  });

  it('returns the whole base without a period', () => {
    expect(baseOf(twoMonths(), { where: { product: ['Fan'] } })).toEqual(BOTH_MONTHS);
  });

  it('returns the period base', () => {
    expect(baseOf(twoMonths(), { period: 0 })).toEqual(FEBRUARY);
    expect(baseOf(twoMonths(), { period: 1 })).toEqual(MARCH);
  });

  it('rejects a period past the last', () => {
    expect(() => baseOf(twoMonths(), { period: 2 })).toThrow(
      'Invalid period 2: the dataset has periods 0 to 1.',
    );
  });

  it('rejects a negative period', () => {
    expect(() => baseOf(twoMonths(), { period: -1 })).toThrow(
      'Invalid period -1: the dataset has periods 0 to 1.',
    );
  });
});
