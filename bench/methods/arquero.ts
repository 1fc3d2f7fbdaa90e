import { op, table, type ColumnTable } from 'arquero';
import type { Dataset } from '../../src/engine';
import type { AnswerKey, Method } from '../answer-key';

/** An arquero table of the dataset's columns, with the labels and order count the figures need. */
export interface TableState {
  table: ColumnTable;
  productLabels: readonly string[];
  agentLabels: readonly string[];
  callChannel: number;
  orders: number;
}

/**
 * arquero's `groupby` and `rollup` over a table whose columns are the dataset's
 * typed arrays of codes, the same columns the engine reads. The labels are
 * attached after the rollup.
 */
export const arqueroMethod: Method<TableState> = {
  name: 'arquero',
  prepare: (dataset) => ({
    table: table({
      product: dataset.codes.product,
      agent: dataset.codes.agent,
      channel: dataset.codes.channel,
      duration: dataset.duration,
      weekday: dataset.weekday,
      repeat: dataset.repeat,
    }),
    productLabels: dataset.labels.product,
    agentLabels: dataset.labels.agent,
    callChannel: dataset.callChannel,
    orders: dataset.base.orders,
  }),
  compute({ table: interactions, productLabels, agentLabels, callChannel, orders }): AnswerKey {
    const total = interactions.numRows();

    const productCounts = countsPerCode(
      interactions.groupby('product').count({ as: 'count' }),
      'product',
      productLabels.length,
    );
    const products = productLabels.map((label, code) => {
      const count = productCounts[code] as number;
      return { label, count, share: (count / total) * 100 };
    });

    // arquero compiles the filter from its source text, so the call channel is a parameter.
    const agentTotals = interactions
      .params({ callChannel })
      .filter((row: TableRow, $: { callChannel: number }) => {
        return row.channel === $.callChannel && row.duration > 0;
      })
      .groupby('agent')
      .rollup({ calls: op.count(), seconds: op.sum('duration') });
    const agentCalls = valuesPerCode(agentTotals, 'agent', 'calls', agentLabels.length);
    const agentSeconds = valuesPerCode(agentTotals, 'agent', 'seconds', agentLabels.length);
    const agents = agentLabels.map((label, code) => {
      const calls = agentCalls[code] as number;
      const totalSeconds = agentSeconds[code] as number;
      return {
        label,
        calls,
        totalSeconds,
        averageSeconds: calls === 0 ? undefined : totalSeconds / calls,
      };
    });

    const weekdayCounts = countsPerCode(
      interactions.groupby('weekday').count({ as: 'count' }),
      'weekday',
      7,
    );
    const mondayTuesday = (weekdayCounts[0] as number) + (weekdayCounts[1] as number);

    const repeats = interactions.rollup({ repeats: op.sum('repeat') }).get('repeats', 0) as number;

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

/** The columns the filter expression reads. */
interface TableRow {
  channel: number;
  duration: number;
}

function countsPerCode(grouped: ColumnTable, codeColumn: string, bins: number): number[] {
  return valuesPerCode(grouped, codeColumn, 'count', bins);
}

// Spreads a grouped result into an array indexed by code, with 0 for absent codes.
function valuesPerCode(
  grouped: ColumnTable,
  codeColumn: string,
  valueColumn: string,
  bins: number,
): number[] {
  const values = new Array<number>(bins).fill(0);
  const codes = grouped.array(codeColumn);
  const totals = grouped.array(valueColumn);
  for (let row = 0; row < grouped.numRows(); row++) {
    values[codes[row] as number] = totals[row] as number;
  }
  return values;
}
