import type { Scenario } from './types';

/**
 * Two weeks of support contacts for a small home-appliance brand, where one
 * product, drawn per variant, carries close to half of all interactions.
 */
export const productShare: Scenario = {
  id: 'product-share',
  title: 'Which product drives the contacts?',
  brief:
    'Two weeks of support interactions at Lumen Home, a brand that sells four small appliances. Every row is one interaction: a call, chat, email or ticket.',
  spec: {
    startDate: '2026-11-02',
    weeks: 2,
    interactions: { min: 600, max: 900 },
    weekdayWeights: [1.3, 1.2, 1, 1, 0.9, 0.5, 0.4],
    channel: [
      { label: 'Phone', weight: 40 },
      { label: 'Chat', weight: 30 },
      { label: 'Email', weight: 20 },
      { label: 'Ticket', weight: 10 },
    ],
    callChannel: 'Phone',
    product: [
      { label: 'Aurora Kettle', weight: 30 },
      { label: 'Breeze Fan', weight: 25 },
      { label: 'Cinder Toaster', weight: 25 },
      { label: 'Drift Humidifier', weight: 20 },
    ],
    issueType: [
      { label: 'Setup', weight: 25 },
      { label: 'Delivery', weight: 20 },
      { label: 'Returns', weight: 15 },
      { label: 'Billing', weight: 15 },
      { label: 'Defect', weight: 25 },
    ],
    segment: [
      { label: 'Consumer', weight: 80 },
      { label: 'Small business', weight: 20 },
    ],
    region: [
      { label: 'North', weight: 30 },
      { label: 'South', weight: 25 },
      { label: 'East', weight: 25 },
      { label: 'West', weight: 20 },
    ],
    agent: [
      { label: 'Amara', weight: 14 },
      { label: 'Bruno', weight: 13 },
      { label: 'Chen', weight: 13 },
      { label: 'Dana', weight: 12 },
      { label: 'Emil', weight: 12 },
      { label: 'Farah', weight: 12 },
      { label: 'Goran', weight: 12 },
      { label: 'Hana', weight: 12 },
    ],
    callDuration: { medianSeconds: 330, sigma: 0.55, minSeconds: 30, maxSeconds: 3600 },
    repeatRate: 0.14,
    base: {
      interactionsPer100Orders: { min: 6, max: 9 },
      interactionsPer1000Customers: { min: 40, max: 60 },
      unitsPerOrder: { min: 1.1, max: 1.4 },
    },
    uniqueLeaders: ['product'],
    plant: {
      productShare: { share: { min: 42, max: 52 }, lead: 12 },
    },
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
  ],
};
