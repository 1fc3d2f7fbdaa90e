import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSeed, createRandom, hashString, MAX_SEED, variantSeed } from '../../src/engine';

/**
 * FNV-1a 32-bit written apart from the engine: BigInt arithmetic in place of
 * Math.imul, and Node's Buffer in place of TextEncoder for the UTF-8 bytes.
 */
function referenceFnv1a(text: string): number {
  let hash = 0x811c9dc5n;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x01000193n) % 2n ** 32n;
  }
  return Number(hash);
}

describe('hashString', () => {
  it('matches standard FNV-1a vectors', () => {
    // The widely used FNV-1a 32-bit check values: the offset basis for "", then "a" and "foobar".
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('matches the reference implementation', () => {
    for (const text of ['', 'a', 'foobar', 'product-share', 'Crème', '日本', '😀', '\u0000']) {
      expect(hashString(text), text).toBe(referenceFnv1a(text));
    }
  });

  it('hashes UTF-8 bytes, not UTF-16 units', () => {
    // "é" is the UTF-8 bytes C3 A9, folded from the offset basis:
    // (0x811c9dc5 ^ 0xc3) * 0x01000193 mod 2^32 = 0x460b3072,
    // (0x460b3072 ^ 0xa9) * 0x01000193 mod 2^32 = 0x1e9de8c1.
    // Its one UTF-16 unit E9 would give (0x811c9dc5 ^ 0xe9) * 0x01000193 mod 2^32 = 0x6c0b6c44.
    expect(hashString('é')).toBe(0x1e9de8c1);
    expect(hashString('é')).not.toBe(0x6c0b6c44);
  });

  it('agrees with the reference on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(hashString(text)).toBe(referenceFnv1a(text));
      }),
    );
  });

  it('returns an unsigned 32-bit whole number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const hash = hashString(text);
        expect(Number.isInteger(hash)).toBe(true);
        expect(hash).toBeGreaterThanOrEqual(0);
        expect(hash).toBeLessThanOrEqual(MAX_SEED);
      }),
    );
  });
});

describe('variantSeed', () => {
  it('hashes scenario, variant and learner joined by NUL', () => {
    expect(variantSeed('product-share', 0)).toBe(referenceFnv1a('product-share\u00000\u0000'));
    expect(variantSeed('product-share', 3, 'ana')).toBe(
      referenceFnv1a('product-share\u00003\u0000ana'),
    );
  });

  it('is stable across calls', () => {
    expect(variantSeed('product-share', 7, 'ana')).toBe(variantSeed('product-share', 7, 'ana'));
  });

  it('differs by variant', () => {
    expect(variantSeed('product-share', 0)).not.toBe(variantSeed('product-share', 1));
  });

  it('differs by learner id', () => {
    expect(variantSeed('product-share', 0, 'ana')).not.toBe(variantSeed('product-share', 0, 'bo'));
    expect(variantSeed('product-share', 0, 'ana')).not.toBe(variantSeed('product-share', 0));
  });

  it('differs by scenario id', () => {
    expect(variantSeed('product-share', 0)).not.toBe(variantSeed('weekday-peak', 0));
  });

  it('separates scenario from variant', () => {
    // Joined without a separator, ("a", 11) and ("a1", 1) would both hash "a11".
    expect(variantSeed('a', 11)).not.toBe(variantSeed('a1', 1));
  });

  it('trims the learner id', () => {
    expect(variantSeed('product-share', 2, '  ana \n')).toBe(
      variantSeed('product-share', 2, 'ana'),
    );
    expect(variantSeed('product-share', 2, '   ')).toBe(variantSeed('product-share', 2));
  });

  it('rejects an invalid variant', () => {
    expect(() => variantSeed('product-share', -1)).toThrow(
      'Invalid variant -1: expected a whole number from 0 up.',
    );
    expect(() => variantSeed('product-share', 1.5)).toThrow(
      'Invalid variant 1.5: expected a whole number from 0 up.',
    );
  });
});

describe('assertSeed', () => {
  it('accepts the first and last seed', () => {
    expect(() => assertSeed(0)).not.toThrow();
    expect(() => assertSeed(2 ** 32 - 1)).not.toThrow();
    expect(MAX_SEED).toBe(2 ** 32 - 1);
  });

  it('rejects a negative seed', () => {
    expect(() => assertSeed(-1)).toThrow(
      'Invalid seed -1: expected a whole number from 0 to 4294967295.',
    );
  });

  it('rejects a fractional seed', () => {
    expect(() => assertSeed(1.5)).toThrow(
      'Invalid seed 1.5: expected a whole number from 0 to 4294967295.',
    );
  });

  it('rejects a seed past 32 bits', () => {
    expect(() => assertSeed(2 ** 32)).toThrow(
      'Invalid seed 4294967296: expected a whole number from 0 to 4294967295.',
    );
  });

  it('rejects non-finite seeds', () => {
    expect(() => assertSeed(Number.NaN)).toThrow(
      'Invalid seed NaN: expected a whole number from 0 to 4294967295.',
    );
    expect(() => assertSeed(Number.POSITIVE_INFINITY)).toThrow(
      'Invalid seed Infinity: expected a whole number from 0 to 4294967295.',
    );
  });
});

/** Returns the first `length` uniform draws of a seed. */
function draws(seed: number, length = 5): number[] {
  const random = createRandom(seed);
  return Array.from({ length }, () => random.uniform());
}

describe('createRandom', () => {
  it('repeats the sequence of a seed', () => {
    expect(draws(5)).toEqual(draws(5));
  });

  it('differs between seeds', () => {
    expect(draws(5)).not.toEqual(draws(6));
    expect(draws(0)).not.toEqual(draws(MAX_SEED));
  });

  it('rejects seeds that would alias', () => {
    // d3-random's randomLcg casts a seed to 32 bits after Math.abs, so 2^32 + 5
    // and -5 would both replay seed 5, and reads 0.5 as 2^31.
    expect(() => createRandom(2 ** 32 + 5)).toThrow(
      'Invalid seed 4294967301: expected a whole number from 0 to 4294967295.',
    );
    expect(() => createRandom(-5)).toThrow(
      'Invalid seed -5: expected a whole number from 0 to 4294967295.',
    );
    expect(() => createRandom(0.5)).toThrow(
      'Invalid seed 0.5: expected a whole number from 0 to 4294967295.',
    );
  });

  it('draws whole numbers in the closed range', () => {
    const random = createRandom(11);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.integer(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});
