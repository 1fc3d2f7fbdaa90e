import { dayNumber, fromRows, type Dataset, type InteractionRow } from '../../src/engine';

/** A row with everyday defaults, so a test names only the fields it is about. */
export function row(fields: Partial<InteractionRow> & { date?: string }): InteractionRow {
  const { date = '2024-03-04', ...rest } = fields;
  return {
    day: dayNumber(date),
    minute: 600,
    channel: 'Email',
    product: 'Kettle',
    issueType: 'Setup',
    segment: 'Consumer',
    region: 'North',
    agent: 'Ana',
    durationSeconds: undefined,
    repeat: false,
    customer: 1,
    ...rest,
  };
}

export const BASE = { orders: 200, activeCustomers: 1000, unitsSold: [100, 80, 60] };

/** Builds a dataset from rows with the shared business base. */
export function dataset(rows: InteractionRow[]): Dataset {
  return fromRows(rows, BASE);
}

/**
 * Ten interactions over one week, small enough to count by hand:
 * products Kettle 5, Fan 3, Toaster 2; Monday 4, Tuesday 3, Wednesday 2, Friday 1.
 */
export function smallWeek(): Dataset {
  return dataset([
    row({ date: '2024-03-04', product: 'Kettle', channel: 'Phone', durationSeconds: 120 }),
    row({ date: '2024-03-04', product: 'Kettle' }),
    row({ date: '2024-03-04', product: 'Fan', channel: 'Phone', durationSeconds: 300 }),
    row({ date: '2024-03-04', product: 'Toaster', channel: 'Chat' }),
    row({ date: '2024-03-05', product: 'Kettle', repeat: true }),
    row({ date: '2024-03-05', product: 'Fan', channel: 'Chat' }),
    row({ date: '2024-03-05', product: 'Kettle', channel: 'Phone', durationSeconds: 60 }),
    row({ date: '2024-03-06', product: 'Toaster' }),
    row({ date: '2024-03-06', product: 'Kettle', channel: 'Chat' }),
    row({ date: '2024-03-08', product: 'Fan' }),
  ]);
}

/** Builds a dataset where `channel` takes each label `counts[label]` times. */
export function channelCounts(counts: Record<string, number>): Dataset {
  const rows = Object.entries(counts).flatMap(([channel, times]) =>
    Array.from({ length: times }, () => row({ channel })),
  );
  return dataset(rows);
}
