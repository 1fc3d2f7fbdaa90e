import { periodChange } from './change';
import { topKConcentration } from './concentration';
import type { Dataset } from './dataset';
import { WEEKDAYS } from './dates';
import type { Random } from './random';
import { rankBy, segmentAtRank } from './rank';
import { share } from './share';
import { rankSegments, topSegments } from './segments';
import type { GeneratorSpec } from './spec';
import { weekdayConcentration } from './weekday';

/** The choices one variant makes before drawing rows: which product, agents and issue to plant. */
export interface Plan {
  /** Code of the planted leading product, or -1. */
  product: number;
  /** Probability of the planted product per interaction. */
  productTarget: number;
  /** 1 for the code of each agent planted to take long calls. */
  longCallAgents: Uint8Array;
  /** Factor on each agent's call durations: 1 for agents not planted. */
  durationFactors: Float64Array;
  /** Code of the issue type planted to drive repeats, or -1. */
  repeatIssue: number;
  /** Relative volume from Monday to Sunday, after any planted weekday share. */
  weekdayWeights: number[];
  /** Relative volume of each period. */
  periodWeights: number[];
  /** Interactions per 100 orders of each period. */
  per100Orders: number[];
}

/** Draws the plan of one variant. */
export function drawPlan(spec: GeneratorSpec, random: Random): Plan {
  const plant = spec.plant ?? {};
  const periods = spec.periods?.length ?? 1;

  const product = plant.productShare
    ? pickCode(
        spec.product.map((entry) => entry.label),
        plant.productShare.product,
        random,
      )
    : -1;
  const productTarget = plant.productShare
    ? random.between(plant.productShare.share.min, plant.productShare.share.max) / 100
    : 0;

  const longCallAgents = new Uint8Array(spec.agent.length);
  const durationFactors = new Float64Array(spec.agent.length).fill(1);
  if (plant.longCallAgents) {
    const factor = plant.longCallAgents.durationFactor;
    for (const code of drawDistinct(spec.agent.length, plant.longCallAgents.agents, random)) {
      longCallAgents[code] = 1;
      durationFactors[code] = random.between(factor.min, factor.max);
    }
  }

  const repeatIssue = plant.repeatIssue
    ? pickCode(
        spec.issueType.map((entry) => entry.label),
        plant.repeatIssue.issueType,
        random,
      )
    : -1;

  // Growth compounds from one period to the next, for the count and the rate alike.
  const countGrowth = plant.growth
    ? random.between(plant.growth.countChange.min, plant.growth.countChange.max) / 100
    : 0;
  const rateGrowth = plant.growth
    ? random.between(plant.growth.rateChange.min, plant.growth.rateChange.max) / 100
    : 0;
  const firstRate = random.between(
    spec.base.interactionsPer100Orders.min,
    spec.base.interactionsPer100Orders.max,
  );

  return {
    product,
    productTarget,
    longCallAgents,
    durationFactors,
    repeatIssue,
    weekdayWeights: plannedWeekdayWeights(spec, random),
    periodWeights: Array.from({ length: periods }, (_, p) => (1 + countGrowth) ** p),
    per100Orders: Array.from({ length: periods }, (_, p) => firstRate * (1 + rateGrowth) ** p),
  };
}

// Scales the weekly profile so that the planted weekdays carry the drawn share.
function plannedWeekdayWeights(spec: GeneratorSpec, random: Random): number[] {
  const weights = [...spec.weekdayWeights];
  const planted = spec.plant?.weekdayShare;
  if (!planted) return weights;

  const target = random.between(planted.share.min, planted.share.max) / 100;
  const inSet = WEEKDAYS.map((day) => planted.weekdays.includes(day));
  const setWeight = weights.reduce((sum, weight, i) => sum + (inSet[i] ? weight : 0), 0);
  const restWeight = weights.reduce((sum, weight, i) => sum + (inSet[i] ? 0 : weight), 0);

  return weights.map((weight, i) =>
    inSet[i]
      ? ((setWeight === 0 ? 1 : weight) / (setWeight || planted.weekdays.length)) * target
      : ((restWeight === 0 ? 1 : weight) / (restWeight || 7 - planted.weekdays.length)) *
        (1 - target),
  );
}

function pickCode(labels: string[], fixed: string | undefined, random: Random): number {
  if (fixed === undefined) return random.integer(0, labels.length - 1);
  return labels.indexOf(fixed);
}

// Draws `count` distinct codes below `size`, by a partial Fisher-Yates shuffle.
function drawDistinct(size: number, count: number, random: Random): number[] {
  const codes = Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = random.integer(i, size - 1);
    [codes[i], codes[j]] = [codes[j] as number, codes[i] as number];
  }
  return codes.slice(0, count);
}

/**
 * Returns a description of the first planted pattern or unique leader the dataset
 * misses, naming the spec field, or '' when it meets them all.
 */
export function unmetPattern(spec: GeneratorSpec, dataset: Dataset, plan: Plan): string {
  for (const dimension of spec.uniqueLeaders) {
    if (!segmentAtRank(dataset, dimension, 1)) {
      return `uniqueLeaders: the largest ${dimension} is tied`;
    }
  }

  const checks = [productProblem, agentProblem, weekdayProblem, growthProblem, repeatProblem];
  for (const check of checks) {
    const problem = check(spec, dataset, plan);
    if (problem !== '') return problem;
  }
  return '';
}

type Check = (spec: GeneratorSpec, dataset: Dataset, plan: Plan) => string;

// The planted product must lead, inside its share range, by the stated lead.
const productProblem: Check = (spec, dataset, plan) => {
  const planted = spec.plant?.productShare;
  if (!planted) return '';

  const [leader, runnerUp] = rankBy(dataset, 'product').map((entry) => ({
    label: entry.label,
    share: (entry.count / dataset.size) * 100,
  }));
  const lead = (leader?.share ?? 0) - (runnerUp?.share ?? 0);

  if (!leader || leader.label !== dataset.labels.product[plan.product]) {
    return `plant.productShare.product: ${dataset.labels.product[plan.product]} is not the largest product`;
  }
  if (leader.share < planted.share.min || leader.share > planted.share.max) {
    return `plant.productShare.share: ${leader.label} has ${leader.share.toFixed(1)}%, outside ${planted.share.min} to ${planted.share.max}%`;
  }
  if (lead < planted.lead) {
    return `plant.productShare.lead: ${leader.label} leads by ${lead.toFixed(1)} points, under ${planted.lead}`;
  }
  return '';
};

// The planted agents must be the single top k by long calls and by average
// duration, and hold the stated share of long calls.
const agentProblem: Check = (spec, dataset, plan) => {
  const planted = spec.plant?.longCallAgents;
  if (!planted) return '';

  const expected = dataset.labels.agent.filter((_, code) => plan.longCallAgents[code] === 1);
  const sameSet = (labels: string[]) => labels.every((label) => expected.includes(label));
  const over = { callsOver: planted.thresholdSeconds };

  try {
    if (!sameSet(topSegments(dataset, 'agent', planted.agents, over))) {
      return 'plant.longCallAgents: other agents have more long calls';
    }
    if (!sameSet(topSegments(dataset, 'agent', planted.agents, 'averageCallDuration'))) {
      return 'plant.longCallAgents: other agents have longer averages';
    }
  } catch {
    return 'plant.longCallAgents: agents tie on long calls or average duration';
  }

  const [first, second] = rankSegments(dataset, 'agent', 'averageCallDuration');
  const lead = (first?.value ?? 0) - (second?.value ?? 0);
  if (lead < planted.averageLeadSeconds) {
    return `plant.longCallAgents.averageLeadSeconds: the longest average leads by ${lead.toFixed(1)} s`;
  }

  const held = topKConcentration(dataset, 'agent', planted.agents, {
    minCallSeconds: planted.thresholdSeconds,
  }).share;
  if (held < planted.minShareOfLongCalls) {
    return `plant.longCallAgents.minShareOfLongCalls: the agents hold ${held.toFixed(1)}% of long calls`;
  }
  return '';
};

const weekdayProblem: Check = (spec, dataset) => {
  const planted = spec.plant?.weekdayShare;
  if (!planted) return '';

  const value = weekdayConcentration(dataset, planted.weekdays);
  if (value < planted.share.min || value > planted.share.max) {
    return `plant.weekdayShare.share: ${planted.weekdays.join(' and ')} hold ${value.toFixed(1)}%`;
  }
  return '';
};

const growthProblem: Check = (spec, dataset) => {
  const planted = spec.plant?.growth;
  if (!planted) return '';

  const change = periodChange(dataset);
  const inRange = (value: number, range: { min: number; max: number }) =>
    value >= range.min && value <= range.max;
  if (!inRange(change.count.changePercent, planted.countChange)) {
    return `plant.growth.countChange: the count changed by ${change.count.changePercent.toFixed(1)}%`;
  }
  if (!inRange(change.rate.changePercent, planted.rateChange)) {
    return `plant.growth.rateChange: the rate changed by ${change.rate.changePercent.toFixed(1)}%`;
  }
  return '';
};

const repeatProblem: Check = (spec, dataset, plan) => {
  const planted = spec.plant?.repeatIssue;
  if (!planted) return '';

  const label = dataset.labels.issueType[plan.repeatIssue] as string;
  try {
    if (topSegments(dataset, 'issueType', 1, 'repeats')[0] !== label) {
      return `plant.repeatIssue: ${label} does not have the most repeat contacts`;
    }
  } catch {
    return 'plant.repeatIssue: issue types tie on repeat contacts';
  }

  const held = share(dataset, 'issueType', label, { repeatsOnly: true });
  if (held < planted.minShareOfRepeats) {
    return `plant.repeatIssue.minShareOfRepeats: ${label} has ${held.toFixed(1)}% of repeat contacts`;
  }
  return '';
};
