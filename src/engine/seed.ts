/** The largest seed a variant can have: seeds are unsigned 32-bit whole numbers. */
export const MAX_SEED = 4_294_967_295;

/** Throws unless `seed` is a whole number from 0 to 2^32 - 1. */
export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new Error(`Invalid seed ${seed}: expected a whole number from 0 to ${MAX_SEED}.`);
  }
}

/**
 * Hashes a string to an unsigned 32-bit number with FNV-1a over its UTF-8 bytes.
 * The hash is part of the seed contract: changing it changes every learner's data.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Returns the seed of a learner's variant. The same scenario id, variant number and
 * learner id always give the same seed, so an instructor can rebuild the dataset.
 */
export function variantSeed(scenarioId: string, variant: number, learnerId = ''): number {
  if (!Number.isInteger(variant) || variant < 0) {
    throw new Error(`Invalid variant ${variant}: expected a whole number from 0 up.`);
  }
  // The separator cannot occur in ids typed by people, so ("a", 1, "") and
  // ("a1", ...) never hash the same text.
  return hashString([scenarioId, String(variant), learnerId.trim()].join('\u0000'));
}
