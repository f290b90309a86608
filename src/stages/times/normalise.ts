/**
 * The normalisation functions that patterns.tsv names in its `value` column. Each one turns the
 * (already normalised) arguments of a match into a TIMEX3 value, using the anchor date for relative
 * expressions. No word of any language appears here: the words were mapped to codes (months to 1–12,
 * units to D/W/M/Y…, parts of day to MO/AF/EV/NI) by the word classes before these run.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDate,
  formatMonth,
  formatWeek,
  pad,
  toDays,
  weekday as isoWeekday,
  type Ymd,
} from "./calendar.js";
import type { Tense } from "./rules.js";
import type { TimeType } from "../../model/record.js";

export interface ResolveContext {
  /** The reference day for deictic expressions ("hier", "vendredi"). */
  readonly anchor?: Ymd;
  /** Where the anchor came from: "publishedAt", "dateline" or "lead". */
  readonly anchorName?: string;
  /** The last day the text itself mentioned: narrative times ("à 21 h 45", "le lendemain") hang on it. */
  readonly focus?: Ymd;
  /** The tense of the clause around the match, computed only when a function asks. */
  tense(): Tense | undefined;
}

export interface Resolved {
  value: string;
  type?: TimeType;
  /** What the value was resolved against; undefined for absolute expressions. */
  anchor?: string;
  /** The calendar day the value denotes, when it denotes one (it becomes the next focus). */
  day?: Ymd;
}

/** Named, already-normalised arguments; undefined when a group of the template did not take part. */
export type Args = (key: string) => string | undefined;

type Fn = (args: Args, context: ResolveContext) => Resolved | undefined;

const UNDERSPECIFIED = "none";

const int = (text: string | undefined) => (text !== undefined && /^[+-]?\d+$/.test(text) ? Number(text) : undefined);

/** A number as TIMEX3 writes it: "30,4" → "30.4"; "X" (an unspecified count) passes through. */
function quantity(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text === "X") return "X";
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) ? String(n) : undefined;
}

/** Expands a two-digit year to the century that puts it nearest the anchor, not after it by more than 10 years. */
function fullYear(text: string | undefined, anchor: Ymd | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/^['’]/, "");
  const n = int(digits);
  if (n === undefined) return undefined;
  if (digits.length > 2) return n;
  const now = anchor?.y ?? 2000;
  let y = Math.floor(now / 100) * 100 + n;
  if (y > now + 10) y -= 100;
  return y;
}

function direction(args: Args): number | undefined {
  const dir = int(args("dir"));
  return dir === undefined ? undefined : Math.sign(dir);
}

/** The time-of-day suffix from `part` (MO, EV… or a clock time such as 12:00) or `h`/`mi`. */
function timeSuffix(args: Args): string | undefined {
  const part = args("part");
  let h = int(args("h"));
  let mi = int(args("mi"));
  if (part !== undefined && /^\d{1,2}:\d{2}$/.test(part)) {
    [h, mi] = part.split(":").map(Number);
  } else if (part !== undefined && h === undefined) {
    return "T" + part;
  }
  if (h === undefined) return undefined;
  if (h > 24 || (mi ?? 0) > 59) return "!";
  // "8 h du soir": a part of day after a clock time moves it into the afternoon.
  if (part !== undefined && /^(AF|EV|NI)$/.test(part) && h < 12 && !(part === "NI" && h < 5)) h += 12;
  return `T${pad(h, 2)}:${pad(mi ?? 0, 2)}`;
}

/** A day-granular value, with a time of day when the match gives one. */
function dayValue(day: Ymd, args: Args, anchor: string | undefined): Resolved | undefined {
  const time = timeSuffix(args);
  if (time === "!") return undefined;
  return { value: formatDate(day) + (time ?? ""), type: time ? "TIME" : undefined, anchor, day };
}

/**
 * Picks the year for a month (and day) given without one: explicit direction, else the nearest, unless
 * the clause's tense says otherwise of a month three or more away ("the suit was filed in January",
 * written in August, is last January; "les élections fixées en janvier", written on 28 December, are
 * still next month's).
 */
function inferYear(m: number, d: number | undefined, anchor: Ymd, dir: number | undefined, tense: () => Tense | undefined): number {
  const key = (y: number) => (d === undefined ? y * 12 + m : toDays({ y, m, d: Math.min(d, daysInMonth(y, m)) }));
  const now = d === undefined ? anchor.y * 12 + anchor.m : toDays(anchor);
  const years = [anchor.y - 1, anchor.y, anchor.y + 1];
  if (dir !== undefined && dir < 0) return years.filter((y) => key(y) < now).pop() ?? anchor.y - 1;
  if (dir !== undefined && dir > 0) return years.find((y) => key(y) > now) ?? anchor.y + 1;
  const nearest = years.reduce((best, y) => (Math.abs(key(y) - now) < Math.abs(key(best) - now) ? y : best), anchor.y);
  const monthsAway = (key(nearest) - now) / (d === undefined ? 1 : 30.44);
  if (Math.abs(monthsAway) < TENSE_MONTHS) return nearest;
  const t = tense();
  if (t === "past" && monthsAway > 0) return nearest - 1;
  if (t === "future" && monthsAway < 0) return nearest + 1;
  return nearest;
}

/** How many months from the anchor a month must be before the tense may move it to the other side. */
const TENSE_MONTHS = 3;

/**
 * The year of a quarter given without one: this year's, or last year's when the clause is past and the
 * quarter is two or more ahead (written in August, "cuts during the fourth quarter" are this year's).
 */
function quarterYear(q: number, anchor: Ymd, tense: () => Tense | undefined): number {
  return q - Math.ceil(anchor.m / 3) >= 2 && tense() === "past" ? anchor.y - 1 : anchor.y;
}

const date: Fn = (args, context) => {
  const { anchor } = context;
  const m = int(args("m"));
  const d = int(args("d"));
  if ((m !== undefined && (m < 1 || m > 12)) || (d !== undefined && (d < 1 || d > 31))) return undefined;
  let y = fullYear(args("y"), anchor);
  let used: string | undefined;
  if (y === undefined && (m !== undefined || d !== undefined || args("q") || args("half") || args("season"))) {
    if (!anchor) {
      const month = m === undefined ? "XX" : pad(m, 2);
      if (d !== undefined) return { value: `XXXX-${month}-${pad(d, 2)}`, anchor: UNDERSPECIFIED };
      return { value: m !== undefined ? `XXXX-${month}` : "XXXX", anchor: UNDERSPECIFIED };
    }
    used = context.anchorName;
    y = m !== undefined ? inferYear(m, d, anchor, direction(args), () => context.tense()) : anchor.y;
  }
  if (y === undefined) return undefined;
  if (m !== undefined && d !== undefined) {
    if (d > daysInMonth(y, m)) return undefined;
    return dayValue({ y, m, d }, args, used);
  }
  if (d !== undefined && anchor) {
    // A bare day of the month ("le 15"): the month of the anchor, or the one next to it that is nearer;
    // with its weekday ("le lundi 6"), the nearest month where that day falls on it.
    const months = [-1, 0, 1].map((k) => addMonths({ ...anchor, d: 1 }, k)).filter((c) => d <= daysInMonth(c.y, c.m));
    const wd = int(args("wd"));
    const onWeekday = wd === undefined ? [] : months.filter((c) => isoWeekday({ ...c, d }) === wd);
    const candidates = onWeekday.length ? onWeekday : months;
    const best = candidates.reduce((a, c) =>
      Math.abs(toDays({ ...c, d }) - toDays(anchor)) < Math.abs(toDays({ ...a, d }) - toDays(anchor)) ? c : a,
    );
    return dayValue({ y: best.y, m: best.m, d }, args, context.anchorName);
  }
  if (m !== undefined) return { value: formatMonth({ y, m, d: 1 }), anchor: used };
  const q = int(args("q"));
  const half = int(args("half"));
  const season = args("season");
  let value = pad(y, 4);
  if (q !== undefined) value += `-Q${q}`;
  else if (half !== undefined) value += `-H${half}`;
  else if (season !== undefined) value += `-${season}`;
  return { value, anchor: used };
};

function underspecified(unit: string): string {
  switch (unit) {
    case "D":
      return "XXXX-XX-XX";
    case "W":
    case "WE":
      return "XXXX-WXX";
    case "M":
      return "XXXX-XX";
    default:
      return "XXXX";
  }
}

const shift: Fn = (args, context) => {
  const unit = args("unit") ?? "D";
  const count = args("n") ?? "0";
  const useFocus = args("ref") === "focus";
  const base = useFocus ? (context.focus ?? context.anchor) : context.anchor;
  const anchorName = useFocus && context.focus ? "context" : context.anchorName;
  if (count.includes("X")) return { value: count.startsWith("-") ? "PAST_REF" : "FUTURE_REF", anchor: anchorName };
  const n = int(count.replace(/^\+/, "").replace(/^--/, ""));
  // "la fin de la seconde" is no date; "il y a deux heures" is read as a duration instead.
  if (n === undefined || unit === "TH" || unit === "TM" || unit === "TS") return undefined;
  if (!base) return { value: underspecified(unit), anchor: UNDERSPECIFIED };
  switch (unit) {
    case "D":
      return dayValue(addDays(base, n), args, anchorName);
    case "W":
      return { value: formatWeek(addDays(base, 7 * n)), anchor: anchorName };
    case "WE":
      return weekendOf(base, n, context, anchorName);
    case "M":
      return { value: formatMonth(addMonths(base, n)), anchor: anchorName };
    case "Q": {
      const index = base.y * 4 + Math.floor((base.m - 1) / 3) + n;
      return { value: `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`, anchor: anchorName };
    }
    case "HY": {
      const index = base.y * 2 + (base.m > 6 ? 1 : 0) + n;
      return { value: `${pad(Math.floor(index / 2), 4)}-H${(index % 2) + 1}`, anchor: anchorName };
    }
    case "Y": {
      const q = int(args("q"));
      // "in the fourth quarter", with no year said: this year's, or last year's when told in the past.
      const y = q !== undefined && args("n") === undefined ? quarterYear(q, base, () => context.tense()) : base.y + n;
      const half = int(args("half"));
      const season = args("season");
      const m = int(args("m"));
      let value = pad(y, 4);
      if (m !== undefined) value += "-" + pad(m, 2);
      else if (q !== undefined) value += `-Q${q}`;
      else if (half !== undefined) value += `-H${half}`;
      else if (season !== undefined) value += `-${season}`;
      return { value, anchor: anchorName };
    }
    case "DE":
      return { value: String(Math.floor(base.y / 10) + n), anchor: anchorName };
    case "CE":
      return { value: pad(Math.floor(base.y / 100) + n, 2), anchor: anchorName };
    default:
      return undefined;
  }
};

/** Which way a weekday or weekend points: explicit direction, else the tense, else the past (news report what happened). */
function pointing(args: Args, context: ResolveContext): number {
  const dir = direction(args);
  if (dir !== undefined) return dir * 2; // ±2: strictly before/after the anchor
  const tense = context.tense();
  return tense === "future" ? 1 : -1; // ±1: the anchor day itself included
}

const weekday: Fn = (args, context) => {
  const target = int(args("d"));
  if (target === undefined || target < 1 || target > 7) return undefined;
  const { anchor } = context;
  if (!anchor) return { value: `XXXX-WXX-${target}`, anchor: UNDERSPECIFIED };
  const today = isoWeekday(anchor);
  let offset: number;
  if (args("dir") === "0") {
    // "ce mercredi": the one in the same week, nearest the anchor.
    offset = target - today;
    if (offset > 3) offset -= 7;
    if (offset < -3) offset += 7;
  } else {
    const way = pointing(args, context);
    if (way < 0) {
      offset = -((today - target + 7) % 7);
      if (way === -2 && offset === 0) offset = -7;
    } else {
      offset = (target - today + 7) % 7;
      if (way === 2 && offset === 0) offset = 7;
    }
  }
  return dayValue(addDays(anchor, offset), args, context.anchorName);
};

/**
 * The weekend meant, as the ISO week of its Saturday plus "-WE". `n` = 0: the one the anchor is on, else
 * the last one (or the next, in a future clause); n < 0: the n-th weekend wholly before the anchor's own;
 * n > 0: the n-th after it.
 */
function weekendOf(anchor: Ymd, n: number, context: ResolveContext, anchorName: string | undefined): Resolved {
  const day = isoWeekday(anchor);
  let saturday: Ymd;
  if (day >= 6) saturday = addDays(anchor, 6 - day);
  else if (n < 0 || (n === 0 && context.tense() !== "future")) saturday = addDays(anchor, -(day + 1));
  else saturday = addDays(anchor, 6 - day);
  if (day >= 6 && n !== 0) saturday = addDays(saturday, 7 * Math.sign(n));
  if (Math.abs(n) > 1) saturday = addDays(saturday, 7 * (n - Math.sign(n)));
  return { value: formatWeek(saturday) + "-WE", anchor: anchorName };
}

const weekend: Fn = (args, context) => {
  if (!context.anchor) return { value: "XXXX-WXX-WE", anchor: UNDERSPECIFIED };
  return weekendOf(context.anchor, direction(args) ?? 0, context, context.anchorName);
};

const DURATION_UNITS: Record<string, { suffix: string; time?: boolean; factor?: number }> = {
  D: { suffix: "D" },
  W: { suffix: "W" },
  WE: { suffix: "D", factor: 2 },
  M: { suffix: "M" },
  Q: { suffix: "M", factor: 3 },
  HY: { suffix: "M", factor: 6 },
  Y: { suffix: "Y" },
  DE: { suffix: "DE" },
  CE: { suffix: "CE" },
  TH: { suffix: "H", time: true },
  TM: { suffix: "M", time: true },
  TS: { suffix: "S", time: true },
};

const duration: Fn = (args) => {
  const unit = DURATION_UNITS[args("unit") ?? ""];
  const n = quantity(args("n") ?? "1");
  if (!unit || n === undefined) return undefined;
  const amount = n === "X" || !unit.factor ? n : String(Number(n) * unit.factor);
  return { value: `P${unit.time ? "T" : ""}${amount}${unit.suffix}`, type: "DURATION" };
};

const literal: Fn = (args) => {
  const value = args("v");
  return value === undefined ? undefined : { value };
};

/** "les années 60" → 196; "the 1990s" → 199. */
const decade: Fn = (args, context) => {
  const text = args("y");
  if (text === undefined) return undefined;
  const digits = text.replace(/\D/g, "");
  let y: number | undefined;
  if (digits.length === 4) y = Number(digits);
  else if (digits.length === 2) {
    const now = context.anchor?.y ?? 2000;
    y = Math.floor(now / 100) * 100 + Number(digits);
    if (y > now) y -= 100;
  }
  if (y === undefined) return undefined;
  return { value: String(Math.floor(y / 10)), anchor: digits.length === 2 ? context.anchorName : undefined };
};

/** "le XIXe siècle" → 18: TIMEX3 writes a century as its first two digits. */
const century: Fn = (args) => {
  const n = int(args("n"));
  if (n === undefined || n < 1 || n > 30) return undefined;
  return { value: pad(n - 1, 2) };
};

/** A clock time on the day in focus ("mardi … vers 21 h 45"), else the anchor day. */
const clock: Fn = (args, context) => {
  const day = context.focus ?? context.anchor;
  const time = timeSuffix(args);
  if (time === undefined || time === "!") return undefined;
  if (!day) return { value: time, type: "TIME", anchor: UNDERSPECIFIED };
  return { value: formatDate(day) + time, type: "TIME", anchor: context.focus ? "context" : context.anchorName };
};

/** A historical period ("1939/1945"), or its first or last year when the match says START or END. */
const period: Fn = (args) => {
  const span = args("span");
  const bounds = span === undefined ? undefined : /^(?<first>\d{4})\/(?<last>\d{4})$/.exec(span)?.groups;
  if (!span || !bounds) return undefined;
  const pos = args("pos");
  return { value: pos === "START" ? bounds.first : pos === "END" ? bounds.last : span };
};

/** Ranges are resolved by the extractor, which resolves their two ends as expressions of their own. */
const range: Fn = () => undefined;

/** Rules that recognise what is not a time ("une fillette de 6 ans"); the extractor drops their matches. */
const ignore: Fn = () => undefined;

export const functions: ReadonlyMap<string, Fn> = new Map([
  ["date", date],
  ["shift", shift],
  ["weekday", weekday],
  ["weekend", weekend],
  ["duration", duration],
  ["literal", literal],
  ["decade", decade],
  ["century", century],
  ["clock", clock],
  ["period", period],
  ["range", range],
  ["ignore", ignore],
]);
