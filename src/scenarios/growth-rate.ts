import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/** Two four-week periods: more contacts in the second, yet fewer per 100 orders. */
export const growthRate: Scenario = {
  id: 'growth-rate',
  title: 'More contacts, better experience?',
  brief:
    'Eight weeks of support interactions at Lumen Home, split into two periods of four weeks. The business grew between them. The orders of each period are given above the table.',
  spec: {
    ...LUMEN_HOME,
    startDate: '2026-09-07',
    weeks: 8,
    periods: ['Weeks 1–4', 'Weeks 5–8'],
    interactions: { min: 1000, max: 1400 },
    plant: { growth: { countChange: { min: 10, max: 14 }, rateChange: { min: -12, max: -6 } } },
  },
  questions: [
    {
      kind: 'numeric',
      id: 'count-second-period',
      prompt: 'How many interactions are there in weeks 5–8?',
      unit: 'count',
      decimals: 0,
      metric: { metric: 'totalInteractions', period: 1 },
      hint: 'Count the rows whose period is Weeks 5–8, whatever their channel.',
    },
    {
      kind: 'numeric',
      id: 'count-change',
      prompt: 'By how much did the number of interactions change from weeks 1–4 to weeks 5–8?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'periodChange', of: 'count' },
      hint: 'Subtract the first count from the second, divide by the first, multiply by 100.',
    },
    {
      kind: 'numeric',
      id: 'rate-first-period',
      prompt: 'How many interactions per 100 orders were there in weeks 1–4?',
      unit: 'rate',
      decimals: 2,
      metric: { metric: 'rate', base: 'per100Orders', period: 0 },
      hint: "Divide the period's interactions by its orders, then multiply by 100.",
    },
    {
      kind: 'numeric',
      id: 'rate-second-period',
      prompt: 'How many interactions per 100 orders were there in weeks 5–8?',
      unit: 'rate',
      decimals: 2,
      metric: { metric: 'rate', base: 'per100Orders', period: 1 },
      hint: 'Use the interactions and the orders of weeks 5–8 only.',
    },
    {
      kind: 'numeric',
      id: 'rate-change',
      prompt: 'By how much did interactions per 100 orders change from weeks 1–4 to weeks 5–8?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'periodChange', of: 'rate' },
      hint: 'Work out the rate of each period first, then the change between the two rates.',
    },
    {
      kind: 'action',
      id: 'growth-action',
      prompt: 'What do the two changes tell Lumen Home?',
      options: [
        {
          id: 'experience-worse',
          label: 'Customers find the products harder to use: contacts went up.',
        },
        {
          id: 'growth-explains',
          label:
            'The business grew faster than its contacts: each order needs less help. Staff for the volume and keep watching the rate.',
        },
        { id: 'cut-staff', label: 'Support can shrink, because the rate fell.' },
      ],
      answer: 'growth-explains',
      reason:
        'The count rose by about a tenth, but orders rose faster, so interactions per 100 orders fell. The team has more work, and each order needs less help than before.',
      hint: 'Read the count change and the rate change side by side.',
    },
  ],
};
