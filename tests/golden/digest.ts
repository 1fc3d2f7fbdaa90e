/**
 * SHA-256 of the CSV export of the first variant of the product-share scenario,
 * as generated on the day this file was written. A change here means every
 * learner's dataset changed: update it only on purpose, with a reason.
 */
export const GOLDEN = {
  scenarioId: 'product-share',
  variant: 0,
  sha256: '6ee0f81e5e53a8b2901533cecbe07be28fb012306ecb3bdf5f31046679ef4008',
} as const;
