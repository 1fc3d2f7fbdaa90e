import type { Dataset } from './dataset';
import { totalInteractions } from './count';
import { interactionsPer100Orders } from './rates';

/** A value in two periods and its change in percent. */
export interface Change {
  previous: number;
  current: number;
  /** (current - previous) / previous x 100. */
  changePercent: number;
}

/** Count and rate change between two periods, side by side. */
export interface PeriodChange {
  count: Change;
  /** Interactions per 100 orders. */
  rate: Change;
}

/** Returns (current - previous) / previous x 100. Throws when `previous` is 0. */
export function percentChange(previous: number, current: number): number {
  if (previous === 0) {
    throw new Error('Cannot compute a change from 0: the previous value must not be 0.');
  }
  return ((current - previous) / previous) * 100;
}

/**
 * Returns the change in interaction count and in interactions per 100 orders from
 * one period to another (by default the first and the last), so that growth in
 * volume can be read next to the change in rate.
 */
export function periodChange(
  dataset: Dataset,
  previousPeriod = 0,
  currentPeriod = dataset.periods.length - 1,
): PeriodChange {
  if (previousPeriod === currentPeriod) {
    throw new Error(`A period change needs two periods; both are ${previousPeriod}.`);
  }

  const counts = [previousPeriod, currentPeriod].map((period) =>
    totalInteractions(dataset, { period }),
  );
  const rates = [previousPeriod, currentPeriod].map((period) =>
    interactionsPer100Orders(dataset, { period }),
  );

  return {
    count: change(counts[0] as number, counts[1] as number),
    rate: change(rates[0] as number, rates[1] as number),
  };
}

function change(previous: number, current: number): Change {
  return { previous, current, changePercent: percentChange(previous, current) };
}
