import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSE_ERROR_MESSAGES, parseNumericAnswer, type ParseErrorCode } from '../../src/engine';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const THIN_SPACE = '\u2009';
const MINUS = '\u2212';

/** An input that parses, with the number and whether it carried a percent sign. */
interface Accepted {
  input: string;
  value: number;
  percentSign: boolean;
}

/** An input that is rejected, with the error code. */
interface Rejected {
  input: string;
  code: ParseErrorCode;
}

const ACCEPTED: Accepted[] = [
  // Percent in several forms.
  { input: '25', value: 25, percentSign: false },
  { input: '25%', value: 25, percentSign: true },
  { input: '25 %', value: 25, percentSign: true },
  { input: `25${NBSP}%`, value: 25, percentSign: true },
  { input: ' 25 ', value: 25, percentSign: false },
  { input: `${NBSP}25${NARROW_NBSP}`, value: 25, percentSign: false },
  { input: '\t42\n', value: 42, percentSign: false },
  { input: '45.2', value: 45.2, percentSign: false },
  { input: '45.2%', value: 45.2, percentSign: true },

  // A lone comma with one or two digits after it is a decimal mark.
  { input: ' 45,2 ', value: 45.2, percentSign: false },
  { input: '45,2 %', value: 45.2, percentSign: true },
  { input: '187,5', value: 187.5, percentSign: false },
  { input: '0,5', value: 0.5, percentSign: false },
  { input: '1,23', value: 1.23, percentSign: false },

  // Thousands separators.
  { input: '12,345', value: 12345, percentSign: false },
  { input: '12 345', value: 12345, percentSign: false },
  { input: `12${NBSP}345`, value: 12345, percentSign: false },
  { input: `12${NARROW_NBSP}345`, value: 12345, percentSign: false },
  { input: `12${THIN_SPACE}345`, value: 12345, percentSign: false },
  { input: '1,234.5', value: 1234.5, percentSign: false },
  { input: '1,234,567', value: 1234567, percentSign: false },
  { input: '1 234 567', value: 1234567, percentSign: false },
  { input: '12 345,67', value: 12345.67, percentSign: false },
  { input: '12 345.67', value: 12345.67, percentSign: false },
  { input: `1${NARROW_NBSP}234,5`, value: 1234.5, percentSign: false },
  { input: '1.234,5', value: 1234.5, percentSign: false },
  { input: '1.234.567,89', value: 1234567.89, percentSign: false },
  { input: '1,234.5 %', value: 1234.5, percentSign: true },

  // Signs.
  { input: `${MINUS}5`, value: -5, percentSign: false },
  { input: '-5', value: -5, percentSign: false },
  { input: '+5', value: 5, percentSign: false },
  { input: `${MINUS}5%`, value: -5, percentSign: true },
  { input: '-1,234.5', value: -1234.5, percentSign: false },
  { input: '-.5', value: -0.5, percentSign: false },

  // Exponents.
  { input: '1e2', value: 100, percentSign: false },
  { input: '1E2', value: 100, percentSign: false },
  { input: '1e+2', value: 100, percentSign: false },
  { input: '2.5e-3', value: 0.0025, percentSign: false },

  // Other plain forms.
  { input: '.5', value: 0.5, percentSign: false },
  { input: '5.', value: 5, percentSign: false },
  { input: '0', value: 0, percentSign: false },
  { input: '007', value: 7, percentSign: false },
];

const REJECTED: Rejected[] = [
  { input: '', code: 'empty' },
  { input: '   ', code: 'empty' },
  { input: `${NBSP}${NARROW_NBSP}\t`, code: 'empty' },
  { input: 'abc', code: 'not-a-number' },
  { input: '%', code: 'not-a-number' },
  { input: '-', code: 'not-a-number' },
  { input: '.', code: 'not-a-number' },
  { input: '12abc', code: 'trailing-text' },
  { input: '0x10', code: 'trailing-text' },
  { input: '12 kg', code: 'trailing-text' },
  { input: '187.5 s', code: 'trailing-text' },
  { input: '25 percent', code: 'trailing-text' },
  { input: '12 34', code: 'several-numbers' },
  { input: '12  345', code: 'several-numbers' },
  { input: '12 -3', code: 'several-numbers' },
  { input: '1 e2', code: 'format' },
  { input: 'Infinity', code: 'not-finite' },
  { input: '-Infinity', code: 'not-finite' },
  { input: 'NaN', code: 'not-finite' },
  { input: '\u221E', code: 'not-finite' },
  { input: '1e999', code: 'not-finite' },
  { input: '0,123', code: 'ambiguous-comma' },
  { input: ',123', code: 'ambiguous-comma' },
  { input: '1,2345', code: 'ambiguous-comma' },
  { input: '1,2,3', code: 'format' },
  { input: '12,34,567', code: 'format' },
  { input: '1.234.567', code: 'format' },
  { input: '--5', code: 'format' },
  { input: '+-5', code: 'format' },
  { input: '5-', code: 'format' },
  { input: '25%%', code: 'format' },
  { input: '$25', code: 'format' },
  { input: '1_000', code: 'format' },
];

/** Shows an input with its invisible characters escaped, for test names. */
function show(text: string): string {
  const escaped = [...text]
    .map((char) => {
      const code = char.codePointAt(0) as number;
      return code < 0x20 || code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    })
    .join('');
  return `"${escaped}"`;
}

describe('parseNumericAnswer', () => {
  it('has a table of at least 60 inputs', () => {
    expect(ACCEPTED.length + REJECTED.length).toBeGreaterThanOrEqual(60);
  });

  for (const { input, value, percentSign } of ACCEPTED) {
    it(`reads ${show(input)} as ${value}`, () => {
      const parsed = parseNumericAnswer(input);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value).toBe(value);
      expect(parsed.percentSign).toBe(percentSign);
    });
  }

  for (const { input, code } of REJECTED) {
    it(`rejects ${show(input)} as ${code}`, () => {
      const parsed = parseNumericAnswer(input);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.code).toBe(code);
      expect(parsed.message).toBe(PARSE_ERROR_MESSAGES[code]);
    });
  }

  it('reads negative zero as zero', () => {
    for (const input of ['-0', `${MINUS}0`, '-0.0', '-0%', '-1e-400']) {
      const parsed = parseNumericAnswer(input);
      expect(parsed.ok, input).toBe(true);
      if (!parsed.ok) continue;
      expect(Object.is(parsed.value, 0), input).toBe(true);
    }
  });
});

describe('parse error messages', () => {
  const messages: [string, ParseErrorCode, string][] = [
    ['', 'empty', 'Enter a number, for example 45.2.'],
    ['abc', 'not-a-number', 'Enter a number in digits, for example 45.2.'],
    [
      '12abc',
      'trailing-text',
      'Remove the text after the number and enter the number alone, for example 12.',
    ],
    ['12 34', 'several-numbers', 'Enter one number only; the field contains more than one.'],
    [
      '0,123',
      'ambiguous-comma',
      'A comma followed by three digits reads as a thousands separator. Use a point for decimals, for example 0.125.',
    ],
    ['NaN', 'not-finite', 'Enter a finite number; infinity and NaN cannot be graded.'],
    ['1 e2', 'format', 'Check the number format: write it like 1234.5, 1,234.5 or 45.2%.'],
  ];

  it('covers every error code', () => {
    const codes = messages.map(([, code]) => code).sort();
    expect(codes).toEqual(Object.keys(PARSE_ERROR_MESSAGES).sort());
  });

  for (const [input, code, message] of messages) {
    it(`pins the ${code} message`, () => {
      const parsed = parseNumericAnswer(input);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.code).toBe(code);
      expect(parsed.message).toBe(message);
    });
  }
});

// Characters that reach the number paths: digits, marks, signs, exponents, spaces.
const NUMBER_CHARACTERS = [
  ...'0123456789',
  ...'.,%eE+-',
  MINUS,
  ' ',
  NBSP,
  NARROW_NBSP,
  THIN_SPACE,
  '\t',
  '\u221E',
];

const numberLikeText = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NUMBER_CHARACTERS) },
    { weight: 1, arbitrary: fc.constantFrom('Infinity', 'NaN', 'inf') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});

describe('parseNumericAnswer properties', () => {
  it('never throws or returns a non-finite value', () => {
    fc.assert(
      fc.property(numberLikeText, (text) => {
        const parsed = parseNumericAnswer(text);
        if (parsed.ok) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(Object.is(parsed.value, -0)).toBe(false);
        } else {
          expect(parsed.message).toBe(PARSE_ERROR_MESSAGES[parsed.code]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reaches the number paths', () => {
    // Guards the generator above: a property that only ever saw rejected text would
    // pass without testing the accepted forms.
    const samples = fc.sample(numberLikeText, { numRuns: 2000, seed: 42 });
    const accepted = samples.filter((text) => parseNumericAnswer(text).ok);
    expect(accepted.length).toBeGreaterThan(100);
  });

  it('round-trips JavaScript number text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseNumericAnswer(String(value));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // -0 prints as "0", so it comes back as 0.
        expect(parsed.value).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('round-trips French number formatting', () => {
    // fr-FR groups thousands with U+202F and writes a decimal comma, as in "1 234,5".
    const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (hundredths) => {
        const value = hundredths / 100;
        const parsed = parseNumericAnswer(french.format(value));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBe(value);
      }),
    );
  });
});
