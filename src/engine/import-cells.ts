// Readers for the cells of a support export. Each returns the value, or the detail
// of why the cell cannot be read, to which `importCsv` adds the column and the value.

/** The value read from a cell, or the reason it cannot be read. */
export type CellReading<T> = { ok: true; value: T } | { ok: false; detail: string };

/** Unit of a duration written as a plain number. */
export type NumberUnit = 'seconds' | 'minutes';

const MS_PER_DAY = 86_400_000;
const MAX_SECONDS = 0xffff_ffff;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Month first, the same separator twice: 10-05-2020, 10/17/2020, 3/7/2021.
const MONTH_DAY_YEAR = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const CLOCK_DURATION = /^(\d+):(\d{2})(?::(\d{2}))?(?:\.(\d+))?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?$/i;

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** A business date as a day number, and the minute of the day when a timestamp gives one. */
export interface DateReading {
  day: number;
  minute: number | undefined;
}

/**
 * Reads a business date: `YYYY-MM-DD`, `MM-DD-YYYY`, `MM/DD/YYYY`, `M/D/YYYY`, or an
 * ISO timestamp such as `2024-03-04T10:05:00+02:00`. A timestamp gives its date and
 * time as written, with the offset ignored, because that is the local business date.
 * The machine's time zone plays no part.
 */
export function readDate(text: string): CellReading<DateReading> {
  const cell = text.trim();
  if (cell === '') return { ok: false, detail: 'the cell is empty' };

  const iso = ISO_DATE.exec(cell);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), undefined, 'no such day');

  const timestamp = ISO_TIMESTAMP.exec(cell);
  if (timestamp) {
    const hour = Number(timestamp[4]);
    const minute = Number(timestamp[5]);
    if (hour > 23 || minute > 59) return { ok: false, detail: 'no such time of day' };
    return dayOf(
      Number(timestamp[1]),
      Number(timestamp[2]),
      Number(timestamp[3]),
      hour * 60 + minute,
      'no such day',
    );
  }

  const american = MONTH_DAY_YEAR.exec(cell);
  if (american) {
    const [month, day, year] = [Number(american[1]), Number(american[3]), Number(american[4])];
    return dayOf(year, month, day, undefined, 'no such day when read as month/day/year');
  }

  return {
    ok: false,
    detail: 'expected YYYY-MM-DD, MM-DD-YYYY, MM/DD/YYYY or an ISO timestamp',
  };
}

function dayOf(
  year: number,
  month: number,
  day: number,
  minute: number | undefined,
  noSuchDay: string,
): CellReading<DateReading> {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) {
    return { ok: false, detail: noSuchDay };
  }
  if (check.getUTCDate() !== day) return { ok: false, detail: noSuchDay };

  // Day numbers are stored unsigned.
  if (ms < 0) return { ok: false, detail: 'dates before 1970-01-01 are not supported' };

  return { ok: true, value: { day: ms / MS_PER_DAY, minute } };
}

/**
 * Reads a call duration in whole seconds from `hh:mm:ss` or `mm:ss` text, or from a
 * plain number in `unit`. Fractions round to the nearest second. An empty cell is a
 * call with no recorded duration and reads as 0, which the averages leave out.
 */
export function readDuration(text: string, unit: NumberUnit): CellReading<number> {
  const cell = text.trim();
  if (cell === '') return { ok: true, value: 0 };

  let seconds: number | undefined;
  const clock = CLOCK_DURATION.exec(cell);
  if (clock) {
    // With three parts the first is hours; with two it is minutes and may pass 59.
    const hasHours = clock[3] !== undefined;
    const hours = hasHours ? Number(clock[1]) : 0;
    const minutes = Number(hasHours ? clock[2] : clock[1]);
    const wholeSeconds = Number(hasHours ? clock[3] : clock[2]);
    if ((hasHours && minutes > 59) || wholeSeconds > 59) {
      return { ok: false, detail: 'minutes and seconds must be below 60' };
    }
    const fraction = clock[4] === undefined ? 0 : Number(`0.${clock[4]}`);
    seconds = Math.round(hours * 3600 + minutes * 60 + wholeSeconds + fraction);
  } else if (PLAIN_NUMBER.test(cell)) {
    seconds = Math.round(Number(cell) * (unit === 'minutes' ? 60 : 1));
  }

  if (seconds === undefined) {
    return { ok: false, detail: `expected ${unit} as a number, hh:mm:ss or mm:ss` };
  }
  if (seconds > MAX_SECONDS) {
    return { ok: false, detail: `too long: at most ${MAX_SECONDS} seconds can be stored` };
  }
  return { ok: true, value: seconds };
}

/**
 * Reads a time of day as minutes after midnight, from `hh:mm` or `hh:mm:ss` on a
 * 24-hour clock or with AM/PM. Seconds are dropped. An empty cell reads as 0.
 */
export function readTimeOfDay(text: string): CellReading<number> {
  const cell = text.trim();
  if (cell === '') return { ok: true, value: 0 };

  const match = TIME_OF_DAY.exec(cell);
  if (!match) {
    return { ok: false, detail: 'expected hh:mm or hh:mm:ss, on a 24-hour clock or with AM/PM' };
  }

  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return { ok: false, detail: 'hours with AM/PM run from 1 to 12' };
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { ok: false, detail: 'no such time of day' };

  return { ok: true, value: hour * 60 + minute };
}

/** Reads a yes/no flag. An empty cell reads as no. */
export function readFlag(text: string): CellReading<boolean> {
  const cell = text.trim().toLowerCase();
  if (YES.has(cell)) return { ok: true, value: true };
  if (NO.has(cell)) return { ok: true, value: false };
  return { ok: false, detail: 'expected yes or no, y or n, true or false, or 1 or 0' };
}
