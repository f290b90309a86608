/**
 * The tense of the clause around a time expression, which decides whether a bare weekday points back
 * or forward ("a signé vendredi" vs "signera vendredi"). Two kinds of evidence, the nearer wins:
 *   - the tagger's verb features (Tense=Past/Imp/Fut on a VERB or AUX), when the tags layer exists;
 *   - the language's tense cues (resources/<lang>/times/tense-cues.tsv), which also catch what
 *     features miss ("est attendu mercredi", "va signer").
 */
import type { Token } from "../../model/record.js";
import type { WordTags } from "../../pipeline/doc.js";
import { nextMatch, type Tense, type TenseCue } from "./rules.js";

export interface TenseMark {
  start: number;
  end: number;
  tense: Tense;
}

/** Every cue in a sentence, offsets relative to the sentence text. */
export function cueMarks(cues: readonly TenseCue[], sentence: string): TenseMark[] {
  const marks: TenseMark[] = [];
  for (const cue of cues) {
    cue.regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = nextMatch(cue.regex, sentence)) !== null) {
      marks.push({ start: match.index, end: match.index + match[0].length, tense: cue.tense });
    }
  }
  return marks;
}

const tenseFeature = /(?:^|\|)Tense=(?<tense>\w+)/;
const SUBJUNCTIVE = /(?:^|\|)Mood=Sub/;

/** Verb tenses from the tagger, offsets relative to the sentence start `base`. */
export function tagMarks(tokens: readonly Token[], tags: readonly WordTags[], base: number): TenseMark[] {
  const marks: TenseMark[] = [];
  /** Where the last subjunctive auxiliary ends: the participle right after it takes its silence. */
  let subjunctiveEnd = -Infinity;
  tags.forEach((tag, i) => {
    const token = tokens[i];
    if ((tag.upos !== "VERB" && tag.upos !== "AUX") || !tag.feats || !token) return;
    // A subjunctive ("avant que le rapport soit publié") says nothing of when, nor does its participle.
    if (SUBJUNCTIVE.test(tag.feats)) {
      if (tag.upos === "AUX") subjunctiveEnd = token.end - base;
      return;
    }
    // A present participle ("according to", "including", "concernant") takes its time from the clause.
    if (/(?:^|\|)VerbForm=(?:Part|Ger)/.test(tag.feats) && /(?:^|\|)Tense=Pres/.test(tag.feats)) return;
    const feature = tenseFeature.exec(tag.feats)?.groups?.tense;
    // A conditional looks forward, in reported speech ("ils feraient grève jeudi") as in conjecture.
    const tense: Tense | undefined = /(?:^|\|)Mood=Cnd/.test(tag.feats) ? "future" :
      feature === "Past" || feature === "Imp" ? "past" : feature === "Fut" ? "future" : feature === "Pres" ? "present" : undefined;
    const start = token.start - base;
    if (tense === "past" && start > subjunctiveEnd && start - subjunctiveEnd <= 2) return;
    if (tense) marks.push({ start, end: token.end - base, tense });
  });
  // A present auxiliary followed by a past participle is a compound past: let the participle speak.
  // A future one makes a future passive ("sera signé"): the participle looks forward too.
  const close = (a: TenseMark, b: TenseMark | undefined) => b !== undefined && b.start - a.end < 12;
  return marks
    .map((mark, i) => (mark.tense === "past" && i > 0 && marks[i - 1].tense === "future" && close(marks[i - 1], mark) ? { ...mark, tense: "future" as const } : mark))
    .filter((mark, i, all) => !(mark.tense === "present" && all[i + 1]?.tense === "past" && close(mark, all[i + 1])));
}

/**
 * The tense of the mark nearest to [start, end); cues win ties because they are more specific. A mark
 * that overlaps the expression itself ("mercredi" read as a participle) is no evidence.
 */
export function nearestTense(marks: readonly TenseMark[], start: number, end: number): Tense | undefined {
  let best: TenseMark | undefined;
  let bestGap = Infinity;
  for (const mark of marks) {
    if (mark.start < end && mark.end > start) continue;
    const gap = mark.end <= start ? start - mark.end : mark.start - end;
    if (gap < bestGap) {
      best = mark;
      bestGap = gap;
    }
  }
  return best?.tense;
}

/**
 * Cue and tag marks together. A past participle right after a future cue belongs to that future
 * ("devrait être signé", "should be signed"): its own Tense=Past says nothing of when.
 */
export function mergeMarks(cues: readonly TenseMark[], tags: readonly TenseMark[]): TenseMark[] {
  const prospective = (t: TenseMark) => t.tense === "past" && cues.some((c) => c.tense === "future" && t.start >= c.end && t.start - c.end <= 1);
  return [...cues, ...tags].map((t) => (prospective(t) ? { ...t, tense: "future" as const } : t));
}
