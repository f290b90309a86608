/**
 * NER corpora → NerSentence: each source's tokens are joined back into running text and re-tokenised by
 * gazette's own tokenizer, so training and evaluation see the tokens prediction sees; entity spans go
 * through character offsets. Types: PER, ORG, LOC, MISC (indexes of NER_TYPES).
 */
import type { LabelledSpan } from "../../src/learn/bilou.js";
import { segmentRules } from "../../src/stages/segment/rules.js";
import { tokenize } from "../../src/stages/segment/tokenize.js";
import { NER_TYPES } from "../../src/stages/ner/labeller.js";
import type { NerSentence } from "../../src/stages/ner/train-ner.js";
import { parseConllu, readText, type UdSentence } from "../corpora/conllu.js";
import { dataPath } from "../data.js";
import { loadLexicon } from "../../src/kb/lexicon.js";

interface RawToken {
  form: string;
  spaceAfter: boolean;
}

interface RawSpan {
  first: number;
  last: number;
  type: string;
}

/** A sentence as the corpus gives it: tokens, and entity spans over them. */
interface RawSentence {
  tokens: RawToken[];
  spans: RawSpan[];
  /** The original text, when the corpus keeps it (UNER, GUM): spacing is taken from it. */
  text?: string;
  /** The document it comes from, where the corpus marks documents. */
  doc?: string;
}

export interface NerCorpus {
  lang: string;
  /** Short name for tables ("europeana-dev"). */
  name: string;
  file: string;
  read: () => NerSentence[];
  /** Types the corpus annotates: others are not scored. */
  types: string[];
}

/** Rebuilds the text and projects the spans onto gazette's tokens. */
function project(raw: RawSentence, lang: string): NerSentence | undefined {
  const charStart: number[] = [];
  const charEnd: number[] = [];
  let text = "";
  if (raw.text !== undefined) {
    let at = 0;
    for (const t of raw.tokens) {
      const found = raw.text.indexOf(t.form, at);
      if (found < 0) return projectJoined(raw, lang);
      charStart.push(found);
      charEnd.push(found + t.form.length);
      at = found + t.form.length;
    }
    text = raw.text;
  } else return projectJoined(raw, lang);
  return finish(text, charStart, charEnd, raw.spans, lang, raw.doc);
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

function projectJoined(raw: RawSentence, lang: string): NerSentence | undefined {
  const charStart: number[] = [];
  const charEnd: number[] = [];
  let text = "";
  raw.tokens.forEach((t, k) => {
    charStart.push(text.length);
    text += t.form;
    charEnd.push(text.length);
    // OCR corpora drop spaces between words ("cettehausse"): two words always had one.
    const next = raw.tokens[k + 1]?.form ?? "";
    if (t.spaceAfter || (WORD_END.test(t.form) && WORD_START.test(next)) || (t.form.endsWith(".") && UPPER_START.test(next))) text += " ";
  });
  return finish(text.trimEnd(), charStart, charEnd, raw.spans, lang, raw.doc);
}

function finish(text: string, charStart: number[], charEnd: number[], rawSpans: RawSpan[], lang: string, doc?: string): NerSentence | undefined {
  if (!text.trim()) return undefined;
  const { starts, ends } = tokenize(text, segmentRules(lang));
  const spans: LabelledSpan[] = [];
  for (const s of rawSpans) {
    const type = NER_TYPES.indexOf(s.type as (typeof NER_TYPES)[number]);
    if (type < 0) continue;
    const from = charStart[s.first];
    const to = charEnd[s.last];
    let first = 0;
    while (first < starts.length && ends[first] <= from) first++;
    let last = first;
    while (last + 1 < starts.length && starts[last + 1] < to) last++;
    if (first >= starts.length) continue;
    spans.push({ first, last, type });
  }
  return { text, starts, ends, spans, ...(doc !== undefined && { doc }) };
}

/** BIO/IOB1 tags → spans: I-X after O or another type opens a span, as B-X always does. */
function spansOfTags(tags: string[], map: (type: string) => string | undefined): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: RawSpan | undefined;
  tags.forEach((tag, i) => {
    const type = tag.length > 2 ? map(tag.slice(2)) : undefined;
    const begins = tag.startsWith("B-");
    if (open && (!type || begins || type !== open.type || tag === "O")) open = undefined;
    if (type && !open) {
      open = { first: i, last: i, type };
      spans.push(open);
    } else if (type && open) open.last = i;
  });
  return spans;
}

/** Europeana BnF: "TOKEN TAG" lines, IOB1, no sentence boundaries: cut after . ! ? before a capital, or at 80 tokens. */
function readEuropeana(file: string): NerSentence[] {
  const lines = readText(dataPath(file)).split("\n");
  const out: NerSentence[] = [];
  let tokens: RawToken[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length) {
      const s = project({ tokens, spans: spansOfTags(tags, (t) => t) }, "fr");
      if (s) out.push(s);
    }
    tokens = [];
    tags = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    const space = line.lastIndexOf(" ");
    if (space <= 0) continue;
    const form = normaliseOcr(line.slice(0, space));
    tokens.push({ form, spaceAfter: true });
    tags.push(line.slice(space + 1));
    const next = lines[k + 1]?.trim() ?? "";
    if ((/^[.!?]$/.test(form) && /^\p{Lu}/u.test(next)) || tokens.length >= 80) flush();
  }
  flush();
  return out;
}

/** Long s and OCR ligature debris that modern text never has. */
const normaliseOcr = (form: string) => form.replace(/ſ/g, "s");

/** HIPE-2022 TSV (NewsEye): coarse literal tags; hyphenated line ends ("con¬" + "temple") joined back. */
function readHipe(file: string): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: RawToken[] = [];
  let tags: string[] = [];
  let doc: string | undefined;
  const flush = () => {
    if (tokens.length) {
      const s = project({ tokens, spans: spansOfTags(tags, hipeType), ...(doc !== undefined && { doc }) }, "fr");
      if (s) out.push(s);
    }
    tokens = [];
    tags = [];
  };
  let joinNext = false;
  for (const line of readText(dataPath(file)).split("\n")) {
    if (line.startsWith("#")) {
      if (line.includes("document_id")) {
        flush();
        doc = line.slice(line.indexOf("document_id")).replace(/^document_id\s*=?\s*/, "").trim();
      }
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10 || cols[0] === "TOKEN") continue;
    const misc = cols[9];
    const form = normaliseOcr(cols[0]);
    if (joinNext && tokens.length) {
      const prev = tokens[tokens.length - 1];
      prev.form = prev.form.replace(/[¬-]$/, "") + form;
      prev.spaceAfter = !misc.includes("NoSpaceAfter");
      joinNext = false;
    } else {
      tokens.push({ form, spaceAfter: !misc.includes("NoSpaceAfter") });
      tags.push(cols[1]);
    }
    if (misc.includes("EndOfLine") && /[¬]$/.test(form)) joinNext = true;
    if (misc.includes("EndOfSentence")) flush();
  }
  flush();
  return out;
}

const hipeType = (t: string) => (t === "PER" || t === "LOC" || t === "ORG" ? t : t === "HumanProd" ? "MISC" : undefined);

const GUM_TYPES: Record<string, string> = { person: "PER", organization: "ORG", place: "LOC", event: "MISC", object: "MISC", abstract: "MISC", substance: "MISC", animal: "MISC", plant: "MISC" };
const ENTITY = /\(([^()]*)(\))?|(\d+)\)/g;

/**
 * GUM: every mention is annotated (nominal, pronominal, nested); a named mention is one whose head word
 * (the word whose head lies outside the mention) is a proper noun; what is kept is its name (nameCore).
 */
function readGum(file: string): NerSentence[] {
  return gumSentences(readText(dataPath(file)));
}

/** GUM's named mentions from CoNLL-U text (readGum). */
export function gumSentences(conllu: string): NerSentence[] {
  const out: NerSentence[] = [];
  let docs = 0;
  for (const s of parseConllu(conllu)) {
    if (s.newDoc) docs++;
    const open = new Map<string, Array<{ first: number; type: string }>>();
    const mentions: Array<{ first: number; last: number; type: string }> = [];
    s.words.forEach((w, i) => {
      const m = /(?:^|\|)Entity=([^|]*)/.exec(w.misc);
      if (!m) return;
      for (const part of m[1].matchAll(ENTITY)) {
        if (part[1] !== undefined) {
          const [id, type] = part[1].split("-");
          if (part[2]) mentions.push({ first: i, last: i, type });
          else (open.get(id) ?? open.set(id, []).get(id)!).push({ first: i, type });
        } else if (part[3] !== undefined) {
          const started = open.get(part[3])?.pop();
          if (started) mentions.push({ first: started.first, last: i, type: started.type });
        }
      }
    });
    const named = mentions.filter((m) => {
      if (!GUM_TYPES[m.type]) return false;
      const head = s.words.slice(m.first, m.last + 1).find((w) => w.head - 1 < m.first || w.head - 1 > m.last);
      return head?.upos === "PROPN";
    });
    // Outer mentions first; a nested name is kept where it lies outside the outer one's name core
    // ("NORTON I, Emperor of the United States": both "NORTON I" and "United States").
    named.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const starts = new Set(named.map((m) => m.first));
    const cores: Array<{ first: number; last: number; type: string }> = [];
    for (const m of named) {
      const [core, last] = nameCore(s.words, m.first, m.last, starts);
      const first = m.type === "person" ? afterTitles(s.words, core, last) : core;
      if (!cores.some((c) => c.first <= last && first <= c.last)) cores.push({ first, last, type: m.type });
    }
    cores.sort((a, b) => a.first - b.first);
    // Words → surface tokens (GUM has few multi-word tokens, but keep the mapping right).
    const tokenOf: number[] = [];
    s.tokens.forEach((t, k) => t.words.forEach((w) => (tokenOf[w] = k)));
    const spans: RawSpan[] = cores.map((c) => ({ first: tokenOf[c.first], last: tokenOf[c.last], type: GUM_TYPES[c.type] }));
    const raw: RawSentence = { tokens: s.tokens.map((t) => ({ form: t.form, spaceAfter: t.spaceAfter })), spans, doc: String(docs), ...(s.text !== undefined && { text: s.text }) };
    const sentence = project(raw, "en");
    if (sentence) out.push(sentence);
  }
  return out;
}

const NAME_WORD = new Set(["PROPN", "NUM"]);
const NAME_LINK = new Set(["ADP", "DET", "CCONJ", "PART"]);
const CAPITALISED_IN_NAME = new Set(["ADJ", "NOUN", "VERB"]);

let englishTitles: string[][] | undefined;

/**
 * "President Bush", "Dr. Cooper", "Prime Minister Iyad Allawi": the titles before a person's name are no
 * part of it (as UNER and CoNLL read names, and as gazette keeps titles apart); the name starts after them.
 */
function afterTitles(words: UdSentence["words"], first: number, last: number): number {
  englishTitles ??= (loadLexicon("en")?.titles ?? []).map((t) => t.phrase.split(" ")).sort((a, b) => b.length - a.length);
  let a = first;
  for (;;) {
    const title = englishTitles.find((t) => a + t.length <= last && t.every((w, k) => words[a + k].form === w));
    // "King of Athens" names nobody after its title: it stays whole.
    if (!title || !/^\p{Lu}/u.test(words[a + title.length].form)) return a;
    a += title.length;
  }
}

/** Linking words that stay inside a name even before another name ("University of Paris"). */
const INNER_LINKS = new Set(["of", "de", "du", "des", "la", "le", "for", "e", "y", "&"]);

/**
 * GUM mentions carry their modifiers ("Mary Chaworth, whom he met at school"): the name is the run of
 * proper nouns around the head, through linking words that stand between two of them ("Bank of England").
 * Other links ("and", "in", "at") end the name where a named mention of its own begins after them
 * ("Ohio State University in Columbus", "Bernoulli and Euler"); `starts` holds where named mentions begin.
 */
function nameCore(words: UdSentence["words"], first: number, last: number, starts: ReadonlySet<number>): [number, number] {
  // Capitalised content words inside a name belong to it ("United Nations", "General Motors", and
  // "United States", whose "United" GUM tags as a verb).
  const isName = (w: UdSentence["words"][number]) => NAME_WORD.has(w.upos) || (/^\p{Lu}/u.test(w.form) && CAPITALISED_IN_NAME.has(w.upos));
  const inside = (w: UdSentence["words"][number]) => w.head - 1 >= first && w.head - 1 <= last;
  let head = first;
  for (let k = first; k <= last; k++) if (!inside(words[k])) { head = k; break; }
  if (!isName(words[head])) return [first, last];
  // A link at k joins the names at k - 1 and k + 1.
  const joins = (k: number) =>
    k - 1 >= first && k + 1 <= last && NAME_LINK.has(words[k].upos) && words[k - 1].upos === "PROPN" && words[k + 1].upos === "PROPN" &&
    (INNER_LINKS.has(words[k].form.toLowerCase()) || !starts.has(k + 1));
  let a = head;
  while (a - 1 >= first && (isName(words[a - 1]) || joins(a - 1))) a--;
  while (a < head && !isName(words[a])) a++;
  let b = head;
  while (b + 1 <= last && (isName(words[b + 1]) || joins(b + 1))) b++;
  while (b > head && !isName(words[b])) b--;
  return [a, b];
}

/** UNER (IOB2 TSV with # text lines). */
function readUner(file: string): NerSentence[] {
  const out: NerSentence[] = [];
  let text: string | undefined;
  let doc: string | undefined;
  let tokens: RawToken[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length) {
      const s = project({ tokens, spans: spansOfTags(tags, (t) => t), ...(text !== undefined && { text }), ...(doc !== undefined && { doc }) }, "en");
      if (s) out.push(s);
    }
    tokens = [];
    tags = [];
    text = undefined;
  };
  for (const line of readText(dataPath(file)).split("\n")) {
    if (line.startsWith("# text = ")) text = line.slice(9);
    if (line.startsWith("# newdoc id = ")) doc = line.slice(14).trim();
    if (line.startsWith("#")) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split("\t");
    tokens.push({ form: cols[1], spaceAfter: true });
    tags.push(cols[2]);
  }
  flush();
  return out;
}

export const nerCorpora: NerCorpus[] = [
  { lang: "fr", name: "europeana-train", file: "ner/fr/europeana-bnf/train.bio.gz", read: () => readEuropeana("ner/fr/europeana-bnf/train.bio.gz"), types: ["PER", "ORG", "LOC"] },
  { lang: "fr", name: "newseye-train", file: "ner/fr/newseye-hipe2022/train.tsv.gz", read: () => readHipe("ner/fr/newseye-hipe2022/train.tsv.gz"), types: ["PER", "ORG", "LOC", "MISC"] },
  { lang: "fr", name: "europeana-dev", file: "ner/fr/europeana-bnf/dev.bio.gz", read: () => readEuropeana("ner/fr/europeana-bnf/dev.bio.gz"), types: ["PER", "ORG", "LOC"] },
  { lang: "fr", name: "newseye-dev", file: "ner/fr/newseye-hipe2022/dev.tsv.gz", read: () => readHipe("ner/fr/newseye-hipe2022/dev.tsv.gz"), types: ["PER", "ORG", "LOC", "MISC"] },
  { lang: "en", name: "gum-train", file: "ner/en/gum-cc-by/train.conllu.gz", read: () => readGum("ner/en/gum-cc-by/train.conllu.gz"), types: ["PER", "ORG", "LOC", "MISC"] },
  { lang: "en", name: "gum-dev", file: "ner/en/gum-cc-by/dev.conllu.gz", read: () => readGum("ner/en/gum-cc-by/dev.conllu.gz"), types: ["PER", "ORG", "LOC", "MISC"] },
  { lang: "en", name: "uner-ewt-dev", file: "ner/en/uner-ewt/dev.iob2.gz", read: () => readUner("ner/en/uner-ewt/dev.iob2.gz"), types: ["PER", "ORG", "LOC"] },
];

export const corpus = (name: string) => nerCorpora.find((c) => c.name === name)!;
