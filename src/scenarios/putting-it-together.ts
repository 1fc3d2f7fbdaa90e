import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/**
 * A three-product company with rising volume: growth explains part of it, one
 * product drives the rest, and the early week carries the load.
 */
export const puttingItTogether: Scenario = {
  id: 'putting-it-together',
  title: 'From how many to what next',
  brief:
    'Eight weeks of support interactions at Lumen Home after it narrowed its range to three products, split into two periods of four weeks. Volume is rising. Find out why, where, and what to do.',
  spec: {
    ...LUMEN_HOME,
    startDate: '2026-09-07',
    weeks: 8,
    periods: ['Weeks 1–4', 'Weeks 5–8'],
    interactions: { min: 1400, max: 1800 },
    product: [
      { label: 'Aurora Kettle', weight: 40 },
      { label: 'Breeze Fan', weight: 35 },
      { label: 'Cinder Toaster', weight: 25 },
    ],
    uniqueLeaders: ['product', 'weekday'],
    plant: {
      growth: { countChange: { min: 14, max: 20 }, rateChange: { min: -8, max: -2 } },
      productShare: { share: { min: 50, max: 58 }, lead: 18 },
      weekdayShare: { weekdays: ['Monday', 'Tuesday'], share: { min: 40, max: 48 } },
    },
  },
  questions: [
    {
      kind: 'numeric',
      id: 'count-change',
      prompt: 'By how much did the number of interactions change from weeks 1–4 to weeks 5–8?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'periodChange', of: 'count' },
      hint: 'Count each period, then (weeks 5–8 − weeks 1–4) / weeks 1–4 × 100.',
    },
    {
      kind: 'numeric',
      id: 'rate-change',
      prompt: 'By how much did interactions per 100 orders change over the same periods?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'periodChange', of: 'rate' },
      hint: 'Work out interactions per 100 orders in each period first, then the change between them.',
    },
    {
      kind: 'category',
      id: 'top-product',
      prompt: 'Which product has the most interactions over the eight weeks?',
      dimension: 'product',
      answer: { rank: 1 },
      hint: 'Count the interactions of each of the three products over both periods.',
    },
    {
      kind: 'numeric',
      id: 'top-product-share',
      prompt: 'What share of all interactions does that product have?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'share', dimension: 'product', segment: { rank: 1 } },
      hint: "Divide the product's interactions by all interactions of both periods.",
    },
    {
      kind: 'numeric',
      id: 'early-week-share',
      prompt: 'What share of all interactions fall on Monday or Tuesday?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'weekdayConcentration', weekdays: ['Monday', 'Tuesday'] },
      hint: 'Add the Monday and Tuesday interactions first, then divide by all interactions.',
    },
    {
      kind: 'action',
      id: 'first-action',
      prompt: 'Which action does the data support first?',
      options: [
        { id: 'hire', label: 'Hire agents until the volume is handled.' },
        {
          id: 'investigate-product',
          label:
            'Investigate the leading product, and staff the early week while the fix is on its way.',
        },
        { id: 'cut-rate', label: 'Nothing: the rate fell, so all is well.' },
      ],
      answer: 'investigate-product',
      reason:
        'The rise comes from growth: orders grew faster than contacts, so the rate fell a little. More than half of all contacts come from one product, which makes it the lever that removes demand, while the early-week peak sets when staff are needed.',
      hint: 'Growth explains the volume. Ask which finding points at a cause you can remove.',
    },
  ],
};
