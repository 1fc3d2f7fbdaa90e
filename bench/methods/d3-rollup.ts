import { rollup, sum } from 'd3-array';
import { rowAt, weekdayIndex, type Dataset, type InteractionRow } from '../../src/engine';
import type { AnswerKey, Method } from '../answer-key';

/** Display rows of a dataset, with the labels and the order count the figures need. */
export interface RowState {
  rows: InteractionRow[];
  productLabels: readonly string[];
  agentLabels: readonly string[];
  orders: number;
}

/** d3-array's `rollup` and `sum` over one plain object per interaction, built with `rowAt`. */
export const d3RollupMethod: Method<RowState> = {
  name: 'd3-rollup',
  prepare: (dataset) => ({
    rows: Array.from({ length: dataset.size }, (_, index) => rowAt(dataset, index)),
    productLabels: dataset.labels.product,
    agentLabels: dataset.labels.agent,
    orders: dataset.base.orders,
  }),
  compute({ rows, productLabels, agentLabels, orders }): AnswerKey {
    const total = rows.length;

    const productCounts = rollup(
      rows,
      (group) => group.length,
      (row) => row.product,
    );
    const products = productLabels.map((label) => {
      const count = productCounts.get(label) ?? 0;
      return { label, count, share: (count / total) * 100 };
    });

    // A timed call is a call with a duration above zero, as in the engine.
    const timedCalls = rows.filter(
      (row) => row.durationSeconds !== undefined && row.durationSeconds > 0,
    );
    const agentTotals = rollup(
      timedCalls,
      (group) => ({ calls: group.length, seconds: sum(group, (row) => row.durationSeconds) }),
      (row) => row.agent,
    );
    const agents = agentLabels.map((label) => {
      const calls = agentTotals.get(label)?.calls ?? 0;
      const totalSeconds = agentTotals.get(label)?.seconds ?? 0;
      return {
        label,
        calls,
        totalSeconds,
        averageSeconds: calls === 0 ? undefined : totalSeconds / calls,
      };
    });

    const weekdayTotals = rollup(
      rows,
      (group) => group.length,
      (row) => weekdayIndex(row.day),
    );
    const weekdayCounts = Array.from(
      { length: 7 },
      (_, weekday) => weekdayTotals.get(weekday) ?? 0,
    );
    const mondayTuesday = (weekdayCounts[0] as number) + (weekdayCounts[1] as number);

    const repeats = sum(rows, (row) => (row.repeat ? 1 : 0));

    return {
      products,
      agents,
      weekdayCounts,
      mondayTuesdayShare: (mondayTuesday / total) * 100,
      repeatRate: (repeats / total) * 100,
      interactionsPer100Orders: (total / orders) * 100,
    };
  },
};
