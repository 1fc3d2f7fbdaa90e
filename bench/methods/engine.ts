import {
  averageCallDurationsBy,
  interactionsPer100Orders,
  repeatRate,
  sharesBy,
  weekdayConcentration,
  weekdayVolume,
  type Dataset,
} from '../../src/engine';
import type { AnswerKey, Method } from '../answer-key';

/** The engine's public metric functions, one call per figure, as the site calls them. */
export const engineMethod: Method<Dataset> = {
  name: 'engine',
  prepare: (dataset) => dataset,
  compute(dataset): AnswerKey {
    const products = sharesBy(dataset, 'product');
    const agents = averageCallDurationsBy(dataset, 'agent');
    const weekdayCounts = weekdayVolume(dataset).map((entry) => entry.count);

    return {
      products,
      agents,
      weekdayCounts,
      mondayTuesdayShare: weekdayConcentration(dataset, ['Monday', 'Tuesday']),
      repeatRate: repeatRate(dataset),
      interactionsPer100Orders: interactionsPer100Orders(dataset),
    };
  },
};
