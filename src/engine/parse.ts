/** Why a typed answer cannot be graded. */
export type ParseErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'trailing-text'
  | 'several-numbers'
  | 'ambiguous-comma'
  | 'not-finite'
  | 'format';

export type ParsedAnswer =
  | { ok: true; value: number; percentSign: boolean }
  | { ok: false; code: ParseErrorCode; message: string };

export const PARSE_ERROR_MESSAGES: Record<ParseErrorCode, string> = {
  empty: 'Enter a number, for example 45.2.',
  'not-a-number': 'Enter a number in digits, for example 45.2.',
  'trailing-text': 'Remove the text after the number and enter the number alone, for example 12.',
  'several-numbers': 'Enter one number only; the field contains more than one.',
  'ambiguous-comma':
    'A comma followed by three digits reads as a thousands separator. Use a point for decimals, for example 0.125.',
  'not-finite': 'Enter a finite number; infinity and NaN cannot be graded.',
  format: 'Check the number format: write it like 1234.5, 1,234.5 or 45.2%.',
};

// Spaces people and locales put between thousands: ordinary, no-break, narrow
// no-break (French formatting) and thin.
const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';

const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_GROUPS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPS = new RegExp(`^[1-9]\\d{0,2}(?:${GROUP_SPACE}\\d{3})+(?:[.,]\\d+)?$`);
const POINT_GROUPS_COMMA_DECIMAL = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * Reads a number the way people type it: `45.2`, `45.2%`, ` 45,2 `, `1,234.5`,
 * `12 345`, `−5` with a Unicode minus, `1e2`. Anything else is rejected with a
 * code and a message that says what to type instead.
 */
export function parseNumericAnswer(text: string): ParsedAnswer {
  let rest = text.trim();
  if (rest === '') return reject('empty');

  let percentSign = false;
  if (rest.endsWith('%')) {
    percentSign = true;
    rest = rest.slice(0, -1).trimEnd();
  }

  let negative = false;
  const sign = rest[0];
  if (sign === '-' || sign === '\u2212' || sign === '+') {
    negative = sign !== '+';
    rest = rest.slice(1);
  }

  const normalized = normalizeBody(rest);
  if (normalized === undefined) return reject(classify(rest));

  const magnitude = Number(normalized);
  if (!Number.isFinite(magnitude)) return reject('not-finite');

  // `-0` is 0: a negative sign on zero carries no meaning for a learner.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, percentSign };
}

// Returns the body as a string `Number` reads, or undefined when no accepted
// pattern matches.
function normalizeBody(body: string): string | undefined {
  if (PLAIN.test(body)) return body;
  if (COMMA_GROUPS.test(body)) return body.replaceAll(',', '');
  if (SPACE_GROUPS.test(body)) {
    return body.replace(new RegExp(GROUP_SPACE, 'g'), '').replace(',', '.');
  }
  if (POINT_GROUPS_COMMA_DECIMAL.test(body)) {
    return body.replaceAll('.', '').replace(',', '.');
  }
  if (DECIMAL_COMMA.test(body)) return body.replace(',', '.');
  return undefined;
}

function classify(body: string): ParseErrorCode {
  if (/^(?:inf|infinity|∞|nan)$/i.test(body)) return 'not-finite';
  if (!/\d/.test(body)) return 'not-a-number';

  const tokens = body.split(/[\s\u00A0\u202F\u2009]+/).filter(Boolean);
  if (tokens.length > 1) {
    if (tokens.every((token) => /^[+\-\u2212]?[\d.,]+%?$/.test(token))) return 'several-numbers';

    // A number followed by words without digits, as in `187.5 s`, is a unit or a note
    // typed after the number.
    const [first = '', ...words] = tokens;
    const wordsAfterNumber = /^[\d.,]+$/.test(first) && !words.some((word) => /\d/.test(word));
    return wordsAfterNumber ? 'trailing-text' : 'format';
  }

  if (/^[\d.,]+[a-z]/i.test(body)) return 'trailing-text';
  if (/^\d*,\d{3,}$/.test(body)) return 'ambiguous-comma';
  return 'format';
}

function reject(code: ParseErrorCode): ParsedAnswer {
  return { ok: false, code, message: PARSE_ERROR_MESSAGES[code] };
}
