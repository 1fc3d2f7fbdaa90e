/**
 * Rounds half away from zero on the decimal value a person reads, so 2.675 to two
 * places is 2.68 even though the nearest double to 2.675 lies just below it.
 * Every figure the site shows and every answer key goes through this helper.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) {
    throw new Error(`Cannot round ${value}: only finite numbers can be rounded.`);
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new Error(
      `Invalid number of decimals ${decimals}: expected a whole number from 0 to 10.`,
    );
  }

  // Past the 15th significant digit the reading below cannot see the places to round,
  // so the value is returned as it is. Scaling the largest values would also overflow
  // to Infinity and come back as NaN.
  if (Math.abs(value) * 10 ** decimals >= 1e15) return value;

  // Fifteen significant digits drop the binary representation error of the input.
  const readable = Math.abs(Number(value.toPrecision(15)));
  const scaled = Math.floor(shiftDecimal(readable, decimals) + 0.5);
  const rounded = shiftDecimal(scaled, -decimals);

  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

/** Formats a number rounded to `decimals` places, never as `-0`. */
export function formatRounded(value: number, decimals: number): string {
  return roundHalfAwayFromZero(value, decimals).toFixed(decimals);
}

// Multiplies by 10^places through the decimal exponent, which is exact where
// multiplying by a power of ten in binary is not.
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
