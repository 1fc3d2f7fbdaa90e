import type { GeneratorSpec } from '../engine';

/**
 * Lumen Home, the fictional brand every scenario is set in: four small home
 * appliances sold online, with support by phone, chat, email and ticket. A
 * scenario spreads this spec and overrides what its lesson needs.
 */
export const LUMEN_HOME: GeneratorSpec = {
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
  repeatRate: 0.12,
  // Defects and setup problems are harder to resolve at the first contact.
  repeatFactors: { Defect: 1.6, Setup: 1.3, Delivery: 0.8 },
  base: {
    interactionsPer100Orders: { min: 6, max: 9 },
    interactionsPer1000Customers: { min: 40, max: 60 },
    unitsPerOrder: { min: 1.1, max: 1.4 },
  },
  uniqueLeaders: [],
};
