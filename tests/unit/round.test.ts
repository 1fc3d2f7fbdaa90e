import { describe, expect, it } from 'vitest';
import { formatRounded, roundHalfAwayFromZero } from '../../src/engine';

describe('roundHalfAwayFromZero', () => {
  it('rounds the decimal value, not the binary one', () => {
    // 107 / 40 is 2.675, stored as 2.67499999...
    expect(roundHalfAwayFromZero(107 / 40, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(0.145, 2)).toBe(0.15);
  });

  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(0.05, 1)).toBe(0.1);
  });

  it('leaves other values to the nearest', () => {
    expect(roundHalfAwayFromZero(45.249, 1)).toBe(45.2);
    expect(roundHalfAwayFromZero(70.58823529, 0)).toBe(71);
    expect(roundHalfAwayFromZero(1234567.891, 2)).toBe(1234567.89);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.03, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
  });

  it('rejects non-finite values', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 1)).toThrow(
      'Cannot round NaN: only finite numbers can be rounded.',
    );
  });
});

describe('formatRounded', () => {
  it('pads to the asked places', () => {
    expect(formatRounded(25, 1)).toBe('25.0');
    expect(formatRounded(107 / 40, 2)).toBe('2.68');
  });

  it('shows zero without a sign', () => {
    expect(formatRounded(-0.03, 1)).toBe('0.0');
  });

  it('handles tiny values', () => {
    expect(formatRounded(1e-7, 2)).toBe('0.00');
    expect(formatRounded(0.000123, 5)).toBe('0.00012');
  });
});
