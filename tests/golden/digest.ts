/**
 * SHA-256 of the CSV export of the first variant of the product-share scenario,
 * as generated on the day this file was written. A change here means every
 * learner's dataset changed: update it only on purpose, with a reason.
 */
export const GOLDEN = {
  scenarioId: 'product-share',
  variant: 0,
  sha256: '073e0545bde929020214f57648d199ef041153f0a661b6ec061ec90e62abda00',
} as const;
