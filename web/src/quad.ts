/** QuadClass: the four kinds of event, their names and colours (CSS variables, so both themes can tune them). */
export const QUADS = [
  { n: 1, name: "verbal cooperation", short: "verbal coop.", color: "var(--q1)" },
  { n: 2, name: "material cooperation", short: "material coop.", color: "var(--q2)" },
  { n: 3, name: "verbal conflict", short: "verbal conflict", color: "var(--q3)" },
  { n: 4, name: "material conflict", short: "material conflict", color: "var(--q4)" },
] as const;

export const quadName = (q: number) => QUADS[q - 1]?.name ?? `QuadClass ${q}`;

/** The colours as values, for canvas drawing (cytoscape) where CSS variables do not reach. */
export function quadColors(): string[] {
  const style = getComputedStyle(document.documentElement);
  return [1, 2, 3, 4].map((q) => style.getPropertyValue(`--q${q}`).trim() || "#888");
}
