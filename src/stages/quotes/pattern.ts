/**
 * Cue patterns as cues.tsv writes them: a sequence of elements over a sentence's words.
 * QUOTE, CLAUSE, CLAUSE=w|w, SPEAKER, SPEAKER[named], PRON, VERB, VERB[tag], ^, $, ... (a few words of
 * object), and literal words (`que|qu'`, `d'_après`, `,`), optional when followed by `?`.
 */
export type Element =
  | { kind: "quote" }
  | { kind: "clause"; opens?: string[][] }
  | { kind: "speaker"; named: boolean }
  | { kind: "pron" }
  | { kind: "verb"; tag?: string }
  | { kind: "start" }
  | { kind: "end" }
  | { kind: "gap" }
  | { kind: "literal"; alternatives: string[][]; optional: boolean };

export interface Pattern {
  id: string;
  elements: Element[];
  /** Whether the content is a clause (reported speech) rather than a quotation in marks. */
  clause: boolean;
}

const SPEAKER = /^SPEAKER(?:\[(?<flag>named)\])?$/;
const VERB = /^VERB(?:\[(?<tag>[a-z-]+)\])?$/;
const CLAUSE = /^CLAUSE(?:=(?<opens>.+))?$/;

/** `split` cuts a literal into the forms of its syntactic words, as the segmenter would. */
export function parsePattern(id: string, source: string, split: (text: string) => string[]): Pattern {
  const alternatives = (text: string) => text.split("|").map((alt) => split(alt.replace(/_/g, " ")));
  const elements: Element[] = source.trim().split(/\s+/).map((item): Element => {
    if (item === "QUOTE") return { kind: "quote" };
    if (item === "PRON") return { kind: "pron" };
    if (item === "^") return { kind: "start" };
    if (item === "$") return { kind: "end" };
    if (item === "...") return { kind: "gap" };
    const speaker = SPEAKER.exec(item);
    if (speaker) return { kind: "speaker", named: speaker.groups?.flag === "named" };
    const verb = VERB.exec(item);
    if (verb) return { kind: "verb", ...(verb.groups?.tag && { tag: verb.groups.tag }) };
    const clause = CLAUSE.exec(item);
    if (clause) return { kind: "clause", ...(clause.groups?.opens && { opens: alternatives(clause.groups.opens) }) };
    if (/^[A-Z]{2,}/.test(item)) throw new Error(`unknown element '${item}'`);
    const optional = item.length > 1 && item.endsWith("?");
    return { kind: "literal", alternatives: alternatives(optional ? item.slice(0, -1) : item), optional };
  });
  const contents = elements.filter((e) => e.kind === "quote" || e.kind === "clause").length;
  if (contents !== 1) throw new Error(`pattern '${source}' needs exactly one QUOTE or CLAUSE`);
  if (elements.filter((e) => e.kind === "speaker" || e.kind === "pron").length > 1) throw new Error(`pattern '${source}' names two speakers`);
  if (!elements.some((e) => e.kind === "verb" || e.kind === "literal")) throw new Error(`pattern '${source}' has no fixed word to anchor on`);
  return { id, elements, clause: elements.some((e) => e.kind === "clause") };
}
