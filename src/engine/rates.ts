import { countsBy, totalInteractions } from './count';
import type { BusinessBase, Dataset } from './dataset';
import type { Filter } from './filter';

/** Interactions per unit sold for one product. */
export interface ProductRate {
  label: string;
  interactions: number;
  unitsSold: number;
  perUnit: number;
}

/** Returns interactions per 100 orders. Throws when the period has no orders. */
export function interactionsPer100Orders(dataset: Dataset, filter?: Filter): number {
  const base = baseOf(dataset, filter);
  return (totalInteractions(dataset, filter) / positive(base.orders, 'orders')) * 100;
}

/** Returns interactions per 1,000 active customers. Throws when there are none. */
export function interactionsPer1000Customers(dataset: Dataset, filter?: Filter): number {
  const base = baseOf(dataset, filter);
  return (
    (totalInteractions(dataset, filter) / positive(base.activeCustomers, 'active customers')) * 1000
  );
}

/** Returns interactions per unit sold over all products. Throws when no unit was sold. */
export function interactionsPerUnitSold(dataset: Dataset, filter?: Filter): number {
  const units = baseOf(dataset, filter).unitsSold.reduce((sum, value) => sum + value, 0);
  return totalInteractions(dataset, filter) / positive(units, 'units sold');
}

/**
 * Returns interactions per unit sold for each product. Throws when a product has
 * no units sold, because its rate would be infinite.
 */
export function interactionsPerUnitSoldBy(dataset: Dataset, filter?: Filter): ProductRate[] {
  const base = baseOf(dataset, filter);
  return countsBy(dataset, 'product', filter).map(({ label, count }, code) => {
    const unitsSold = base.unitsSold[code] ?? 0;
    return {
      label,
      interactions: count,
      unitsSold,
      perUnit: count / positive(unitsSold, `units sold of ${label}`),
    };
  });
}

/**
 * Returns the business base that matches a filter: one period's when the filter
 * names a period, otherwise the whole dataset's.
 */
export function baseOf(dataset: Dataset, filter?: Filter): BusinessBase {
  if (filter?.period === undefined) return dataset.base;
  const period = dataset.periods[filter.period];
  if (!period) {
    throw new Error(
      `Invalid period ${filter.period}: the dataset has periods 0 to ${dataset.periods.length - 1}.`,
    );
  }
  return period.base;
}

function positive(value: number, name: string): number {
  if (!(value > 0)) {
    throw new Error(
      `Cannot compute a rate: ${name} is ${value}, and the denominator must be above 0.`,
    );
  }
  return value;
}
