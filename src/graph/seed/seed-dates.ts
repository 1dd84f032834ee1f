import { DatePrecision } from '../enums';
import type { SeedDate } from './seed-format';

/**
 * Partial dates of the seed. A fact known to the month ("2023-04") is stored as the first day of
 * the period plus its precision, so comparisons stay plain string comparisons on ISO dates, and
 * the precision keeps us from claiming a day we do not know.
 */

const DATE_FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a seed date, or null when it is one. */
export function dateProblem(text: unknown): string | null {
  if (typeof text !== 'string') return 'must be a string "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
  const match = DATE_FORMAT.exec(text);
  if (!match) return `"${text}" is not a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1) return `"${text}" has no year 0000`;
  if (m === undefined) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" has no month ${m}`;
  if (d === undefined) return null;
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" has no day ${d} in ${y}-${m}`;
  return null;
}

/** Parses a date already checked by `dateProblem`; throws otherwise (a programming error). */
export function parseSeedDate(text: string): SeedDate {
  const problem = dateProblem(text);
  if (problem) throw new Error(problem);
  const [y, m, d] = text.split('-');
  if (d !== undefined) return { value: text, precision: DatePrecision.DAY };
  if (m !== undefined) return { value: `${y}-${m}-01`, precision: DatePrecision.MONTH };
  return { value: `${y}-01-01`, precision: DatePrecision.YEAR };
}

/** The last day of the period a date names: "2023-02" -> "2023-02-28", "2024" -> "2024-12-31". */
export function lastDayOf(date: SeedDate): string {
  const [y, m] = date.value.split('-');
  switch (date.precision) {
    case DatePrecision.DAY:
      return date.value;
    case DatePrecision.MONTH:
      return `${y}-${m}-${pad2(daysInMonth(Number(y), Number(m)))}`;
    case DatePrecision.YEAR:
      return `${y}-12-31`;
  }
}

/**
 * True when the end's whole period lies before the start. Lenient on purpose: a start of
 * "2023-04-10" with an end of "2023-04" is accepted, since that April may well reach past the 10th.
 */
export function endsBeforeStart(start: SeedDate, end: SeedDate): boolean {
  return lastDayOf(end) < start.value;
}
