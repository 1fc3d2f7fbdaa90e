import type { Dataset } from '../src/engine';

/** Interactions of one product and their share of all interactions, in percent. */
export interface ProductFigure {
  label: string;
  count: number;
  share: number;
}

/** Timed calls of one agent, their total seconds and the average. */
export interface AgentFigure {
  label: string;
  calls: number;
  totalSeconds: number;
  /** Total seconds over timed calls, or undefined when the agent has none. */
  averageSeconds: number | undefined;
}

/** The figures every method computes, in the dataset's dictionary order. */
export interface AnswerKey {
  products: ProductFigure[];
  agents: AgentFigure[];
  /** Interactions per weekday, Monday first. */
  weekdayCounts: number[];
  /** Percent of interactions on Monday or Tuesday. */
  mondayTuesdayShare: number;
  /** Repeat contacts over all interactions, in percent. */
  repeatRate: number;
  interactionsPer100Orders: number;
}

/** A way of computing the answer key: a setup step left out of the timing, then the timed step. */
export interface Method<State> {
  name: string;
  prepare(dataset: Dataset): State;
  compute(state: State): AnswerKey;
}

/** Largest absolute difference accepted between two methods' figures. */
export const TOLERANCE = 1e-9;

/**
 * Lists every figure in which `actual` differs from `expected` by more than
 * `TOLERANCE`, or a label that differs, as lines such as `products[2].share: 24.1 vs 24.3`.
 */
export function compareKeys(expected: AnswerKey, actual: AnswerKey): string[] {
  const differences: string[] = [];

  const compareNumber = (path: string, a: number | undefined, b: number | undefined) => {
    const same = a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= TOLERANCE);
    if (!same) differences.push(`${path}: ${a} vs ${b}`);
  };
  const compareLength = (path: string, a: readonly unknown[], b: readonly unknown[]) => {
    if (a.length !== b.length) differences.push(`${path}.length: ${a.length} vs ${b.length}`);
  };

  compareLength('products', expected.products, actual.products);
  expected.products.forEach((entry, index) => {
    const other = actual.products[index];
    if (entry.label !== other?.label) {
      differences.push(`products[${index}].label: ${entry.label} vs ${other?.label}`);
    }
    compareNumber(`products[${index}].count`, entry.count, other?.count);
    compareNumber(`products[${index}].share`, entry.share, other?.share);
  });

  compareLength('agents', expected.agents, actual.agents);
  expected.agents.forEach((entry, index) => {
    const other = actual.agents[index];
    if (entry.label !== other?.label) {
      differences.push(`agents[${index}].label: ${entry.label} vs ${other?.label}`);
    }
    compareNumber(`agents[${index}].calls`, entry.calls, other?.calls);
    compareNumber(`agents[${index}].totalSeconds`, entry.totalSeconds, other?.totalSeconds);
    compareNumber(`agents[${index}].averageSeconds`, entry.averageSeconds, other?.averageSeconds);
  });

  compareLength('weekdayCounts', expected.weekdayCounts, actual.weekdayCounts);
  expected.weekdayCounts.forEach((count, index) => {
    compareNumber(`weekdayCounts[${index}]`, count, actual.weekdayCounts[index]);
  });

  compareNumber('mondayTuesdayShare', expected.mondayTuesdayShare, actual.mondayTuesdayShare);
  compareNumber('repeatRate', expected.repeatRate, actual.repeatRate);
  compareNumber(
    'interactionsPer100Orders',
    expected.interactionsPer100Orders,
    actual.interactionsPer100Orders,
  );
  return differences;
}
