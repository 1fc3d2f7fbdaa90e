import { agentDurations } from './agent-durations';
import { growthRate } from './growth-rate';
import { productShare } from './product-share';
import { puttingItTogether } from './putting-it-together';
import { repeatContacts } from './repeat-contacts';
import type { Scenario } from './types';
import { weekdayStaffing } from './weekday-staffing';

export type { Scenario } from './types';

/** Every scenario a module can embed, by id. */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.fromEntries(
  [
    growthRate,
    productShare,
    agentDurations,
    weekdayStaffing,
    repeatContacts,
    puttingItTogether,
  ].map((scenario) => [scenario.id, scenario]),
);

/** Returns the scenario with this id, or undefined when there is none. */
export function findScenario(id: string): Scenario | undefined {
  // Own keys only, because an id such as "constructor" names a property of every object.
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}

/** Returns the scenario with this id, or throws listing the ids that exist. */
export function getScenario(id: string): Scenario {
  const scenario = findScenario(id);
  if (!scenario) {
    const known = Object.keys(SCENARIOS).join(', ');
    throw new Error(`Unknown scenario id "${id}". Known scenario ids: ${known}.`);
  }
  return scenario;
}
