import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/** Two weeks in which one product, drawn per variant, carries close to half of all contacts. */
export const productShare: Scenario = {
  id: 'product-share',
  title: 'Which product drives the contacts?',
  brief:
    'Two weeks of support interactions at Lumen Home, a brand that sells four small appliances. Every row is one interaction: a call, chat, email or ticket.',
  spec: {
    ...LUMEN_HOME,
    uniqueLeaders: ['product'],
    plant: { productShare: { share: { min: 42, max: 52 }, lead: 12 } },
  },
  questions: [
    {
      kind: 'numeric',
      id: 'total-interactions',
      prompt: 'How many support interactions are in the dataset?',
      unit: 'count',
      decimals: 0,
      metric: { metric: 'totalInteractions' },
      hint: 'Every row is one interaction, whatever its channel. Count all rows, not one page of the table.',
    },
    {
      kind: 'category',
      id: 'top-product',
      prompt: 'Which product has the most interactions?',
      dimension: 'product',
      answer: { rank: 1 },
      hint: 'Count the rows of each product, then compare the four counts.',
    },
    {
      kind: 'numeric',
      id: 'top-product-share',
      prompt: 'What share of all interactions does that product have?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'share', dimension: 'product', segment: { rank: 1 } },
      hint: "Divide the product's interactions by the total number of interactions, then multiply by 100.",
    },
    {
      kind: 'action',
      id: 'product-action',
      prompt: 'What should Lumen Home do first?',
      options: [
        {
          id: 'hire',
          label: 'Hire more agents, because the total number of contacts is high.',
        },
        {
          id: 'investigate-product',
          label: 'Investigate the leading product: its issue types, recent changes and guides.',
        },
        { id: 'nothing', label: 'Nothing: every product gets some contacts.' },
      ],
      answer: 'investigate-product',
      reason:
        'One product carries close to half of all contacts, far above its share of units sold, so the demand comes from that product. Fixing its cause lowers contacts for good, while more agents only absorb them.',
      hint: 'Ask where the demand concentrates, and which action removes its cause.',
    },
  ],
};
