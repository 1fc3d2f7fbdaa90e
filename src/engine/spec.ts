import { CATEGORICAL_FIELDS, type CategoricalField, type Dimension } from './dataset';
import { dayNumber, weekdayIndex, WEEKDAYS, type Weekday } from './dates';

/** A label and its relative weight among the values of a field. */
export interface Weighted {
  label: string;
  weight: number;
}

/** An inclusive range of numbers. */
export interface Range {
  min: number;
  max: number;
}

/** A product planted to carry a given share of all interactions. */
export interface PlantedProductShare {
  /** The planted product; when left out, each variant draws one of the products. */
  product?: string;
  /** Percent of all interactions the product carries, in every variant. */
  share: Range;
  /** Percentage points by which the product leads the next product, at least. */
  lead: number;
}

/** Agents planted to take longer calls, and with them most of the long calls. */
export interface PlantedLongCallAgents {
  /** How many agents, drawn per variant, take the longer calls. */
  agents: number;
  /** Factor on the call durations of each of those agents, drawn per agent. */
  durationFactor: Range;
  /** Seconds by which the longest average leads the next, at least, so that one agent is clearly first. */
  averageLeadSeconds: number;
  /** Calls of at least this many seconds count as long. */
  thresholdSeconds: number;
  /** Percent of all long calls the planted agents handle together, at least. */
  minShareOfLongCalls: number;
}

/** A set of weekdays planted to carry a given share of the week. */
export interface PlantedWeekdayShare {
  weekdays: readonly Weekday[];
  /** Percent of all interactions on those weekdays, in every variant. */
  share: Range;
}

/** Growth from the first period to the last: more contacts, yet fewer per order. */
export interface PlantedGrowth {
  /** Change in interaction count, in percent. */
  countChange: Range;
  /** Change in interactions per 100 orders, in percent. */
  rateChange: Range;
}

/** An issue type planted to drive most repeat contacts. */
export interface PlantedRepeatIssue {
  /** The issue type; when left out, each variant draws one. */
  issueType?: string;
  /** Factor on the repeat probability of contacts about that issue type. */
  factor: number;
  /** Percent of all repeat contacts that are about that issue type, at least. */
  minShareOfRepeats: number;
}

/** The patterns a scenario plants, each guaranteed in every variant. */
export interface Plants {
  productShare?: PlantedProductShare;
  longCallAgents?: PlantedLongCallAgents;
  weekdayShare?: PlantedWeekdayShare;
  growth?: PlantedGrowth;
  repeatIssue?: PlantedRepeatIssue;
}

/** Everything `generate` needs to build a dataset, apart from the seed. */
export interface GeneratorSpec {
  /** First day of the period, a Monday, as YYYY-MM-DD. */
  startDate: string;
  /** Length of the period in whole weeks. */
  weeks: number;
  /** Interactions in the whole period; each variant draws a whole number in range. */
  interactions: Range;
  /** Relative volume from Monday to Sunday. */
  weekdayWeights: readonly number[];
  channel: readonly Weighted[];
  /** The channel whose interactions are calls and have a duration. */
  callChannel: string;
  product: readonly Weighted[];
  issueType: readonly Weighted[];
  segment: readonly Weighted[];
  region: readonly Weighted[];
  agent: readonly Weighted[];
  callDuration: { medianSeconds: number; sigma: number; minSeconds: number; maxSeconds: number };
  /** Probability that a contact repeats an earlier contact of the same customer. */
  repeatRate: number;
  /**
   * Factor on `repeatRate` per issue type, for issues that are harder to resolve
   * at the first contact; 1 for issue types left out.
   */
  repeatFactors?: Readonly<Record<string, number>>;
  /** The business volume of the period, as ranges of contact rates. */
  base: {
    interactionsPer100Orders: Range;
    interactionsPer1000Customers: Range;
    unitsPerOrder: Range;
  };
  /** Dimensions whose largest segment must be a single value, with no tie. */
  uniqueLeaders: readonly Dimension[];
  /**
   * Labels of the periods the weeks are split into, evenly and in order, for
   * datasets that compare periods. One period when left out.
   */
  periods?: readonly string[];
  plant?: Plants;
}

type Fail = (field: string, problem: string) => never;

/** Throws, naming the spec field, when a spec cannot produce a valid dataset. */
export function validateSpec(spec: GeneratorSpec): void {
  const fail: Fail = (field, problem) => {
    throw new Error(`Invalid generator spec: ${field} ${problem}.`);
  };

  try {
    if (weekdayIndex(dayNumber(spec.startDate)) !== 0)
      fail('startDate', `"${spec.startDate}" is not a Monday`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invalid date')) {
      fail('startDate', `"${spec.startDate}" is not a valid YYYY-MM-DD date`);
    }
    throw error;
  }

  if (!Number.isInteger(spec.weeks) || spec.weeks < 1)
    fail('weeks', `must be a whole number of at least 1, got ${spec.weeks}`);
  checkRange('interactions', spec.interactions, 1, 2_000_000, fail);
  if (!Number.isInteger(spec.interactions.min) || !Number.isInteger(spec.interactions.max)) {
    fail('interactions', 'must have whole-number bounds');
  }
  if (
    spec.weekdayWeights.length !== 7 ||
    !spec.weekdayWeights.every((w) => w >= 0 && Number.isFinite(w))
  ) {
    fail('weekdayWeights', 'must list 7 weights of 0 or more, Monday first');
  }

  for (const field of CATEGORICAL_FIELDS) checkWeights(field, spec[field], fail);
  if (!spec.channel.some((entry) => entry.label === spec.callChannel)) {
    fail('callChannel', `"${spec.callChannel}" is not one of the channels`);
  }

  const duration = spec.callDuration;
  if (!(
    duration.minSeconds >= 1 &&
    duration.minSeconds <= duration.medianSeconds &&
    duration.medianSeconds <= duration.maxSeconds
  )) {
    fail('callDuration', 'must satisfy 1 <= minSeconds <= medianSeconds <= maxSeconds');
  }
  if (!(spec.repeatRate >= 0 && spec.repeatRate < 1))
    fail('repeatRate', `must be from 0 to below 1, got ${spec.repeatRate}`);
  checkRange(
    'base.interactionsPer100Orders',
    spec.base.interactionsPer100Orders,
    0.001,
    10_000,
    fail,
  );
  checkRange(
    'base.interactionsPer1000Customers',
    spec.base.interactionsPer1000Customers,
    0.001,
    1_000_000,
    fail,
  );
  checkRange('base.unitsPerOrder', spec.base.unitsPerOrder, 0.001, 1_000, fail);

  const planted = spec.plant?.productShare;
  if (planted) {
    const products = spec.product.map((entry) => entry.label);
    if (planted.product !== undefined && !products.includes(planted.product)) {
      fail(
        'plant.productShare.product',
        `"${planted.product}" is not one of the products (${products.join(', ')})`,
      );
    }
    checkRange('plant.productShare.share', planted.share, 0, 100, fail);
    if (!(planted.lead >= 0) || planted.lead > planted.share.min) {
      fail(
        'plant.productShare.lead',
        `must be from 0 to share.min (${planted.share.min}), got ${planted.lead}`,
      );
    }
  }

  validatePeriods(spec, fail);
  validateOtherPlants(spec, fail);
}

function validatePeriods(spec: GeneratorSpec, fail: Fail): void {
  const periods = spec.periods;
  if (periods === undefined) {
    if (spec.plant?.growth) fail('plant.growth', 'needs two or more periods in spec.periods');
    return;
  }
  if (periods.length < 1 || periods.length > 255 || spec.weeks % periods.length !== 0) {
    fail('periods', `must split the ${spec.weeks} weeks evenly, got ${periods.length} periods`);
  }
  if (new Set(periods).size !== periods.length) fail('periods', 'lists a label twice');
  if (spec.plant?.growth && periods.length < 2) {
    fail('plant.growth', 'needs two or more periods in spec.periods');
  }
}

function validateOtherPlants(spec: GeneratorSpec, fail: Fail): void {
  const agents = spec.plant?.longCallAgents;
  if (agents) {
    if (
      !Number.isInteger(agents.agents) ||
      agents.agents < 1 ||
      agents.agents >= spec.agent.length
    ) {
      fail(
        'plant.longCallAgents.agents',
        `must be from 1 to ${spec.agent.length - 1}, got ${agents.agents}`,
      );
    }
    checkRange('plant.longCallAgents.durationFactor', agents.durationFactor, 1, 10, fail);
    if (!(agents.thresholdSeconds > spec.callDuration.minSeconds)) {
      fail('plant.longCallAgents.thresholdSeconds', 'must be above callDuration.minSeconds');
    }
    if (!(agents.averageLeadSeconds >= 0)) {
      fail(
        'plant.longCallAgents.averageLeadSeconds',
        `must be 0 or more, got ${agents.averageLeadSeconds}`,
      );
    }
    if (!(agents.minShareOfLongCalls >= 0 && agents.minShareOfLongCalls <= 100)) {
      fail('plant.longCallAgents.minShareOfLongCalls', 'must be a percent from 0 to 100');
    }
  }

  const week = spec.plant?.weekdayShare;
  if (week) {
    const known: readonly string[] = WEEKDAYS;
    const unknown = week.weekdays.find((day) => !known.includes(day));
    if (unknown !== undefined || week.weekdays.length === 0 || week.weekdays.length === 7) {
      fail('plant.weekdayShare.weekdays', `must name 1 to 6 of ${WEEKDAYS.join(', ')}`);
    }
    checkRange('plant.weekdayShare.share', week.share, 0.1, 99.9, fail);
  }

  const growth = spec.plant?.growth;
  if (growth) {
    checkRange('plant.growth.countChange', growth.countChange, -90, 1000, fail);
    checkRange('plant.growth.rateChange', growth.rateChange, -90, 1000, fail);
  }

  for (const [issue, factor] of Object.entries(spec.repeatFactors ?? {})) {
    if (!spec.issueType.some((entry) => entry.label === issue)) {
      fail(`repeatFactors.${issue}`, 'names an issue type the spec does not list');
    }
    if (!(factor >= 0 && spec.repeatRate * factor < 1)) {
      fail(`repeatFactors.${issue}`, 'must be 0 or more and keep repeatRate × factor below 1');
    }
  }

  const repeat = spec.plant?.repeatIssue;
  if (repeat) {
    const issues = spec.issueType.map((entry) => entry.label);
    if (repeat.issueType !== undefined && !issues.includes(repeat.issueType)) {
      fail(
        'plant.repeatIssue.issueType',
        `"${repeat.issueType}" is not one of ${issues.join(', ')}`,
      );
    }
    if (!(repeat.factor >= 1 && spec.repeatRate * repeat.factor < 1)) {
      fail('plant.repeatIssue.factor', 'must be at least 1 and keep repeatRate × factor below 1');
    }
  }
}

function checkWeights(
  field: CategoricalField,
  values: readonly Weighted[],
  fail: (field: string, problem: string) => never,
): void {
  if (values.length === 0 || values.length > 256) fail(field, 'must list from 1 to 256 values');

  const labels = new Set(values.map((entry) => entry.label));
  if (labels.size !== values.length) fail(field, 'lists a label twice');
  if (!values.every((entry) => entry.weight > 0 && Number.isFinite(entry.weight))) {
    fail(field, 'must give every value a weight above 0');
  }
}

function checkRange(
  field: string,
  range: Range,
  lowest: number,
  highest: number,
  fail: (field: string, problem: string) => never,
): void {
  if (!(range.min >= lowest && range.min <= range.max && range.max <= highest)) {
    fail(
      field,
      `must satisfy ${lowest} <= min <= max <= ${highest}, got ${range.min} to ${range.max}`,
    );
  }
}
