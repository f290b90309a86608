/**
 * Proleptic Gregorian calendar arithmetic on plain integers. Days are counted from 1970-01-01 so that
 * shifting and weekday arithmetic never goes through Date objects and their time zones.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : monthLengths[m - 1];
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: Ymd): number {
  const w = (toDays(date) + 3) % 7; // 1970-01-01 was a Thursday (ISO 4)
  return (w < 0 ? w + 7 : w) + 1;
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: Ymd, n: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const days = toDays(date);
  const thursday = days - weekday(date) + 4; // the week belongs to the year of its Thursday
  const year = fromDays(thursday).y;
  const week = Math.floor((thursday - toDays({ y: year, m: 1, d: 1 })) / 7) + 1;
  return { year, week };
}

export const formatDate = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad2(m)}-${pad2(d)}`;
export const formatMonth = ({ y, m }: Ymd) => `${pad(y, 4)}-${pad2(m)}`;
export const formatWeek = (date: Ymd) => {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad2(week)}`;
};

const isoDate = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/;

/** The calendar day of an ISO date or date-time string, undefined when it is not one. */
export function parseIsoDay(value: string): Ymd | undefined {
  const match = isoDate.exec(value);
  if (!match?.groups) return undefined;
  const date = { y: Number(match.groups.y), m: Number(match.groups.m), d: Number(match.groups.d) };
  if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return undefined;
  return date;
}
