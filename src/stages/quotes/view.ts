/**
 * One sentence as the cue rules see it: its words normalised, which words are quotation marks, which
 * lie in a time expression, and where the speech-verb groups are ("a cependant déclaré", "a-t-il ajouté").
 */
import type { Token } from "../../model/record.js";
import type { WordTags } from "../../pipeline/doc.js";
import type { Quoted } from "./marks.js";
import { norm } from "./norm.js";
import type { QuoteRules, WordRole } from "./rules.js";

export interface VerbGroup {
  start: number;
  /** Exclusive. */
  end: number;
  verb: number;
  lemma: string;
  /** A subject pronoun inside the group ("-t-il"). */
  pronoun?: number;
  /** Governed by a preposition ("il est utile de rappeler que"): its subject is not on its left. */
  governed?: boolean;
  /** A gerund ("affirmant", "adding"): reports with the subject of the sentence, or of the noun it follows. */
  gerund?: boolean;
}

export interface View {
  sentence: number;
  tokens: readonly Token[];
  words: string[];
  punct: boolean[];
  capitalised: boolean[];
  upos?: string[];
  /** Per token, whether the tagger calls it a finite verb form (with a tagger that gives features). */
  finite?: boolean[];
  /** Token index → the quotation it opens or closes. */
  opens: Map<number, Quoted>;
  closes: Map<number, Quoted>;
  inTime: boolean[];
  groups: VerbGroup[];
  rules: QuoteRules;
  /** The sentence after, where a quotation announced at this one's end may open ("He said:" | "“…”"). */
  next?: View;
}

const PUNCT = /^[\p{P}\p{S}]+$/u;
/** Parts of speech that veto a verb form. ADJ is not one: the tagger often calls a participle an adjective. */
const NOT_VERB = new Set(["NOUN", "PROPN", "DET", "ADP", "PRON", "NUM"]);
const SUBJECT_HEAD = new Set(["NOUN", "PROPN", "PRON"]);

export function buildView(
  sentence: number,
  tokens: readonly Token[],
  tags: readonly WordTags[] | undefined,
  quoted: readonly Quoted[],
  times: ReadonlyArray<{ start: number; end: number }>,
  rules: QuoteRules,
  /** Spans of the sentence's entity names: their capitalised words are names whatever the tagger said ("Dan Cook"). */
  names: ReadonlyArray<{ start: number; end: number }> = [],
): View {
  const words = tokens.map((t) => norm(t.form ?? t.text));
  const named = (t: Token) => /^\p{Lu}/u.test(t.text) && names.some((n) => n.start <= t.start && t.end <= n.end);
  if (tags && names.length) tags = tags.map((tag, k) => (tokens[k] && named(tokens[k]) ? { ...tag, upos: "PROPN" } : tag));
  const opens = new Map<number, Quoted>();
  const closes = new Map<number, Quoted>();
  if (tokens.length) {
    const first = tokens[0].start;
    const last = tokens[tokens.length - 1].end;
    for (const q of quoted) {
      if (q.open >= first && q.open < last) {
        const k = tokens.findIndex((t) => t.start === q.open);
        if (k >= 0) opens.set(k, q);
      }
      if (q.close !== undefined && q.close >= first && q.close < last) {
        const k = tokens.findIndex((t) => t.start === q.close);
        if (k >= 0) closes.set(k, q);
      }
    }
  }
  const aligned = tags && tags.length === tokens.length ? tags : undefined;
  const view: View = {
    sentence,
    tokens,
    words,
    punct: tokens.map((t) => PUNCT.test(t.text)),
    capitalised: tokens.map((t) => /^\p{Lu}/u.test(t.text)),
    ...(aligned && { upos: aligned.map((t) => t.upos) }),
    ...(aligned?.some((t) => t.feats) && { finite: aligned.map((t) => /VerbForm=Fin/.test(t.feats ?? "")) }),
    opens,
    closes,
    inTime: tokens.map((t) => times.some((x) => x.start <= t.start && t.end <= x.end)),
    groups: [],
    rules,
  };
  view.groups = verbGroups(view, tags);
  return view;
}

/** Length of a phrase of `role` that starts at word `i` (0 when none). */
export function phraseAt(view: View, i: number, role: WordRole): number {
  for (const p of view.rules.phrases.get(role) ?? []) {
    if (p.forms.every((f, k) => view.words[i + k] === f)) return p.forms.length;
  }
  return 0;
}

/** Length of a phrase of `role` that ends at word `i` inclusive (0 when none). */
export function phraseEndingAt(view: View, i: number, role: WordRole): number {
  for (const p of view.rules.phrases.get(role) ?? []) {
    const from = i - p.forms.length + 1;
    if (from >= 0 && p.forms.every((f, k) => view.words[from + k] === f)) return p.forms.length;
  }
  return 0;
}

export function pronounNorm(view: View, i: number): string | undefined {
  const p = (view.rules.phrases.get("pronoun") ?? []).find((x) => x.forms.length === 1 && x.forms[0] === view.words[i]);
  return p ? (p.norm ?? view.tokens[i].text) : undefined;
}

export const isMark = (view: View, i: number) => view.opens.has(i) || view.closes.has(i);

function isSpeechVerb(view: View, i: number, tags: readonly WordTags[] | undefined): string | undefined {
  const tag = tags?.[i];
  const byForm = view.rules.verbForms.get(view.words[i]);
  // The tagger, when it ran, vetoes a form that is a noun or an adjective here ("les notes"), unless a
  // noun phrase's head precedes it and a complementiser follows: "the minister warns that".
  if (tag && NOT_VERB.has(tag.upos) && !(byForm && tag.upos === "NOUN" && SUBJECT_HEAD.has(tags?.[i - 1]?.upos ?? "") && tags?.[i + 1]?.upos === "SCONJ")) return undefined;
  if (byForm) return byForm;
  if (tag && tag.upos === "VERB" && view.rules.verbTags.has(norm(tag.lemma))) return norm(tag.lemma);
  return undefined;
}

function verbGroups(view: View, tags: readonly WordTags[] | undefined): VerbGroup[] {
  const groups: VerbGroup[] = [];
  const adverb = (k: number) => view.upos?.[k] === "ADV";
  for (let i = 0; i < view.words.length; i++) {
    const lemma = isSpeechVerb(view, i, tags);
    if (!lemma) continue;
    const group: VerbGroup = { start: i, end: i + 1, verb: i, lemma, ...(view.rules.gerunds.has(view.words[i]) && { gerund: true }) };
    let negated = false;
    for (;;) {
      const k = group.start - 1;
      if (k < 0) break;
      const negation = phraseEndingAt(view, k, "negation");
      if (negation) {
        negated = true;
        group.start -= negation;
        continue;
      }
      if (pronounNorm(view, k) !== undefined && group.pronoun === undefined) {
        group.pronoun = k;
        group.start = k;
        continue;
      }
      const reflexiveAux = phraseEndingAt(view, k, "reflexive-auxiliary");
      // The longest phrase wins: "quant à lui" is a filler, not the clitic "lui".
      const len = Math.max(
        phraseEndingAt(view, k, "auxiliary"),
        phraseEndingAt(view, k, "reflexive"),
        phraseEndingAt(view, k, "clitic"),
        phraseEndingAt(view, k, "filler"),
        reflexiveAux && k - reflexiveAux >= 0 && phraseEndingAt(view, k - reflexiveAux, "reflexive") ? reflexiveAux : 0,
        adverb(k) ? 1 : 0,
      );
      if (!len) break;
      group.start -= len;
    }
    // A denied cue ("n'a pas dit que") or a passive ("était considéré comme", "it was announced that") reports nothing.
    if (negated || (group.start > 0 && phraseEndingAt(view, group.start - 1, "passive-auxiliary"))) continue;
    if (group.start > 0 && phraseEndingAt(view, group.start - 1, "infinitive-marker")) group.governed = true;
    for (;;) {
      const k = group.end;
      if (k >= view.words.length) break;
      if (pronounNorm(view, k) !== undefined && group.pronoun === undefined) {
        group.pronoun = k;
        group.end++;
        continue;
      }
      const len = phraseAt(view, k, "filler") || (view.inTime[k] || adverb(k) ? 1 : 0);
      if (!len) break;
      group.end += len;
    }
    groups.push(group);
  }
  return groups;
}
