/**
 * The small language of the `value` and `mod` columns in resources/<lang>/times/patterns.tsv:
 *   date(y={year}, m={months}, d={day})   shift(unit=D, n={relativeDays})   literal(v=PRESENT_REF)
 * A call names a normaliser (see normalise.ts) and gives it keyword arguments; each argument is a
 * template whose `{group}` slots are filled with the (normalised) text of a named capture group;
 * `{a|b}` takes the first group that took part, `{a|=0}` falls back to the literal 0.
 * Parsed once when the rules load, so matching never re-parses a string.
 */

export type TemplatePart = { literal: string } | { groups: readonly string[]; fallback?: string };

export interface Template {
  readonly parts: readonly TemplatePart[];
}

export interface Call {
  readonly fn: string;
  readonly args: ReadonlyMap<string, Template>;
}

const callShape = /^(?<fn>[a-z][A-Za-z]*)\((?<args>.*)\)$/s;
const argShape = /^(?<key>[a-z][A-Za-z]*)=(?<value>.*)$/s;
const slot = /\{(?<names>[A-Za-z][A-Za-z0-9]*(?:\|[A-Za-z][A-Za-z0-9]*)*)(?:\|=(?<fallback>[^{}|]*))?\}/g;

export function parseTemplate(text: string): Template {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(slot)) {
    if (match.index > last) parts.push({ literal: text.slice(last, match.index) });
    const { names, fallback } = match.groups!;
    parts.push(fallback === undefined ? { groups: names.split("|") } : { groups: names.split("|"), fallback });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ literal: text.slice(last) });
  return { parts };
}

/** Parses `fn(k=v, k=v)`; throws a plain Error with the reason, which the loader wraps with file and line. */
export function parseCall(text: string): Call {
  const match = callShape.exec(text.trim());
  if (!match?.groups) throw new Error(`'${text}' is not a call such as date(y={year})`);
  const args = new Map<string, Template>();
  const body = match.groups.args.trim();
  if (body) {
    for (const piece of body.split(",")) {
      const arg = argShape.exec(piece.trim());
      if (!arg?.groups) throw new Error(`argument '${piece.trim()}' is not key=value`);
      args.set(arg.groups.key, parseTemplate(arg.groups.value.trim()));
    }
  }
  return { fn: match.groups.fn, args };
}

/** Group names a template reads, so the loader can check that the pattern defines them. */
export function templateGroups(template: Template): string[] {
  return template.parts.flatMap((p) => ("groups" in p ? p.groups : []));
}
