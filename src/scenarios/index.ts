import { productShare } from './product-share';
import type { Scenario } from './types';

export type { Scenario } from './types';

/** Every scenario a module can embed, by id. */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.fromEntries(
  [productShare].map((scenario) => [scenario.id, scenario]),
);

/** Returns the scenario with this id, or throws listing the ids that exist. */
export function getScenario(id: string): Scenario {
  const scenario = SCENARIOS[id];
  if (!scenario) {
    const known = Object.keys(SCENARIOS).join(', ');
    throw new Error(`Unknown scenario id "${id}". Known scenario ids: ${known}.`);
  }
  return scenario;
}
