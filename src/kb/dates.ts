/** Dates of the knowledge base are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD); comparisons use full days. */
const PARTIAL = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/;

export const OPEN_END = "9999-12-31";

export function isPartialDate(value: string): boolean {
  return PARTIAL.test(value);
}

/** The first (edge "start") or last (edge "end") day a partial date covers, as YYYY-MM-DD. */
export function dayOf(value: string, edge: "start" | "end"): string {
  const m = PARTIAL.exec(value.slice(0, 10));
  if (!m?.groups) return edge === "start" ? "0000-01-01" : OPEN_END;
  const { y, m: month, d } = m.groups;
  if (d) return `${y}-${month}-${d}`;
  if (month) return edge === "start" ? `${y}-${month}-01` : `${y}-${month}-${daysIn(Number(y), Number(month))}`;
  return edge === "start" ? `${y}-01-01` : `${y}-12-31`;
}

function daysIn(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}
