import type { Dataset } from './dataset';
import { selectRows, selectionSize, type Filter } from './filter';
import { tallyFlags } from './tally';

/** Returns repeat contacts over all interactions, in percent. Throws on an empty selection. */
export function repeatRate(dataset: Dataset, filter?: Filter): number {
  const rows = selectRows(dataset, filter);
  const total = selectionSize(dataset, rows);
  if (total === 0) {
    throw new Error('A repeat rate needs at least one interaction: the selection is empty.');
  }
  return (tallyFlags(dataset.repeat, dataset.size, rows) / total) * 100;
}

/** Returns the number of repeat contacts. */
export function repeatContacts(dataset: Dataset, filter?: Filter): number {
  return tallyFlags(dataset.repeat, dataset.size, selectRows(dataset, filter));
}
