// Calendar days are whole numbers of days since 1970-01-01 in UTC. Every weekday
// in the engine comes from this arithmetic, never from the machine's local time,
// so a dataset reads the same in every time zone.

const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Converts an ISO date (`2024-03-04`) to its day number. Throws on anything else. */
export function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) {
    throw new Error(`Invalid date "${isoDate}": expected YYYY-MM-DD.`);
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`Invalid date "${isoDate}": that day does not exist.`);
  }

  return ms / MS_PER_DAY;
}

/** Formats a day number as an ISO date. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Returns the weekday index of a day number, with Monday as 0 and Sunday as 6. */
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday, index 3.
  return (((day + 3) % 7) + 7) % 7;
}

/** Returns the weekday name of a day number. */
export function weekdayName(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)] as Weekday;
}
