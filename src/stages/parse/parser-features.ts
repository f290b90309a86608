/**
 * Feature templates of the transition classifier (after Zhang & Nivre 2011, without labels: the
 * labeller runs on the finished tree) and of the labeller. Words are word hashes, tags UPOS ids.
 */
import { mix2, mix3, mix4 } from "../../learn/hash.js";
import type { ArcEagerState } from "./arc-eager.js";

/** Room for the longest template list; every writer below stays under it. */
export const MAX_FEATURES = 96;

const NONE = -7;

/** The words and tags of the sentence being parsed, in parallel typed arrays. */
export interface Tokens {
  length: number;
  word: Int32Array;
  tag: Int32Array;
  /** UPOS id crossed with a few morphological values (verb form, mood), for finer tags. */
  mtag: Int32Array;
}

function distance(a: number, b: number): number {
  if (a < 0 || b < 0) return NONE;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/** The attribute of word x, or NONE where there is no word (module-level: no closure per call). */
function at(values: Int32Array, x: number): number {
  return x < 0 || x >= values.length ? NONE : values[x];
}

export function transitionFeatures(st: ArcEagerState, t: Tokens, out: Int32Array): number {
  const word = t.word;
  const tag = t.tag;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.q(0);
  const b1 = st.q(1);
  const b2 = st.q(2);
  const s0h = s0 >= 0 ? st.heads[s0] : -1;
  const s0h2 = s0h >= 0 ? st.heads[s0h] : -1;
  const s0l = s0 >= 0 ? st.lc1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0r = s0 >= 0 ? st.rc1[s0] : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0] : -1;
  const b0l = b0 >= 0 ? st.lc1[b0] : -1;
  const b0l2 = b0 >= 0 ? st.lc2[b0] : -1;
  const s1r = s1 >= 0 ? st.rc1[s1] : -1;

  const s0w = at(word, s0), s0p = at(tag, s0), s0m = at(t.mtag, s0);
  const b0w = at(word, b0), b0p = at(tag, b0), b0m = at(t.mtag, b0);
  const b1w = at(word, b1), b1p = at(tag, b1);
  const b2p = at(tag, b2);
  const s1w = at(word, s1), s1p = at(tag, s1);
  const d = distance(s0, b0);
  const s0hasHead = s0 >= 0 && st.heads[s0] >= 0 ? 1 : 0;
  const vl0 = s0 >= 0 ? st.nl[s0] : NONE;
  const vr0 = s0 >= 0 ? st.nr[s0] : NONE;
  const vlb = b0 >= 0 ? st.nl[b0] : NONE;

  let n = 0;
  out[n++] = mix2(1, 0);
  // single words
  out[n++] = mix3(2, s0w, s0p);
  out[n++] = mix2(3, s0w);
  out[n++] = mix2(4, s0p);
  out[n++] = mix3(5, b0w, b0p);
  out[n++] = mix2(6, b0w);
  out[n++] = mix2(7, b0p);
  out[n++] = mix3(8, b1w, b1p);
  out[n++] = mix2(9, b1w);
  out[n++] = mix2(10, b1p);
  out[n++] = mix2(11, b2p);
  out[n++] = mix3(12, s1w, s1p);
  out[n++] = mix2(13, s1p);
  out[n++] = mix2(14, s0m);
  out[n++] = mix2(15, b0m);
  out[n++] = mix3(16, s0p, s0hasHead);
  out[n++] = mix4(17, s0w, s0p, s0hasHead);
  // pairs
  out[n++] = mix4(20, s0w, s0p, mix2(b0w, b0p));
  out[n++] = mix4(21, s0w, s0p, b0w);
  out[n++] = mix4(22, s0w, b0w, b0p);
  out[n++] = mix4(23, s0w, s0p, b0p);
  out[n++] = mix4(24, s0p, b0w, b0p);
  out[n++] = mix3(25, s0w, b0w);
  out[n++] = mix3(26, s0p, b0p);
  out[n++] = mix3(27, b0p, b1p);
  out[n++] = mix3(28, s0m, b0m);
  out[n++] = mix4(29, s0m, b0m, s0hasHead);
  // triples of tags
  out[n++] = mix4(30, b0p, b1p, b2p);
  out[n++] = mix4(31, s0p, b0p, b1p);
  out[n++] = mix4(32, at(tag, s0h), s0p, b0p);
  out[n++] = mix4(33, s0p, at(tag, s0l), b0p);
  out[n++] = mix4(34, s0p, at(tag, s0r), b0p);
  out[n++] = mix4(35, s0p, b0p, at(tag, b0l));
  out[n++] = mix4(36, s1p, s0p, b0p);
  out[n++] = mix4(37, at(tag, s2), s1p, s0p);
  out[n++] = mix4(38, s1p, at(tag, s1r), s0p);
  // distance
  out[n++] = mix3(40, s0w, d);
  out[n++] = mix3(41, s0p, d);
  out[n++] = mix3(42, b0w, d);
  out[n++] = mix3(43, b0p, d);
  out[n++] = mix4(44, s0w, b0w, d);
  out[n++] = mix4(45, s0p, b0p, d);
  // valency
  out[n++] = mix3(50, s0w, vr0);
  out[n++] = mix3(51, s0p, vr0);
  out[n++] = mix3(52, s0w, vl0);
  out[n++] = mix3(53, s0p, vl0);
  out[n++] = mix3(54, b0w, vlb);
  out[n++] = mix3(55, b0p, vlb);
  // children and heads
  out[n++] = mix2(60, at(word, s0h));
  out[n++] = mix2(61, at(tag, s0h));
  out[n++] = mix2(62, at(word, s0l));
  out[n++] = mix2(63, at(tag, s0l));
  out[n++] = mix2(64, at(word, s0r));
  out[n++] = mix2(65, at(tag, s0r));
  out[n++] = mix2(66, at(word, b0l));
  out[n++] = mix2(67, at(tag, b0l));
  out[n++] = mix2(68, at(tag, s0h2));
  out[n++] = mix4(69, s0p, at(tag, s0h), at(tag, s0h2));
  out[n++] = mix4(70, s0p, at(tag, s0l), at(tag, s0l2));
  out[n++] = mix4(71, s0p, at(tag, s0r), at(tag, s0r2));
  out[n++] = mix4(72, b0p, at(tag, b0l), at(tag, b0l2));
  out[n++] = mix4(73, s0p, b0p, at(tag, s0h));
  out[n++] = mix4(74, b0w, b0p, at(tag, b0l));
  out[n++] = mix4(75, s0w, s0p, at(tag, s0r));
  // coordination: what opens b0 (a conjunction?) against what s0 is
  out[n++] = mix4(76, s0p, b0p, at(word, b0l));
  out[n++] = mix4(77, s0w, b0p, at(word, b0l));
  out[n++] = mix4(78, s0p, at(word, b0l2), at(word, b0l));
  // how far the stack reaches: words between s0 and b0 still waiting for their head
  out[n++] = mix3(80, st.sp > 3 ? 3 : st.sp, s0hasHead);
  // the bottom of the stack is usually the root so far: a clause already there or not yet
  const bottom = st.sp > 1 ? st.stack[0] : -1;
  out[n++] = mix4(81, at(tag, bottom), s0p, b0p);
  out[n++] = mix4(82, at(tag, bottom), s0p, b1p);
  return n;
}

/** Features of the arc dependent → head (head -1: the root), on the finished tree. */
export function labelFeatures(
  d: number,
  h: number,
  t: Tokens,
  heads: Int32Array,
  children: Int32Array,
  childStart: Int32Array,
  out: Int32Array,
): number {
  const word = t.word;
  const tag = t.tag;
  const dw = at(word, d), dp = at(tag, d), dm = at(t.mtag, d);
  const hw = at(word, h), hp = at(tag, h), hm = at(t.mtag, h);
  const dir = h < 0 ? 0 : h < d ? 1 : 2;
  const dist = distance(d, h);
  const hh = h >= 0 ? heads[h] : -1;
  let n = 0;
  out[n++] = mix2(100, dir);
  out[n++] = mix3(101, dw, dp);
  out[n++] = mix2(102, dw);
  out[n++] = mix3(103, dp, dir);
  out[n++] = mix3(104, dm, dir);
  out[n++] = mix3(105, hw, hp);
  out[n++] = mix3(106, hp, dir);
  out[n++] = mix4(107, dp, hp, dir);
  out[n++] = mix4(108, dm, hm, dir);
  out[n++] = mix4(109, dw, hp, dir);
  out[n++] = mix4(110, dp, hw, dir);
  out[n++] = mix4(111, dw, hw, dir);
  out[n++] = mix4(112, dp, hp, dist);
  out[n++] = mix4(113, dp, at(tag, hh), hp);
  out[n++] = mix4(114, dw, dp, dir);
  out[n++] = mix3(115, dp, at(tag, d - 1));
  out[n++] = mix3(116, dp, d + 1 < t.length ? tag[d + 1] : NONE);
  out[n++] = mix4(117, dp, hp, at(word, d - 1));
  // the dependent's own dependents (a preposition under a noun says obl or nmod)
  let kids = 0;
  for (let k = childStart[d]; k < childStart[d + 1] && kids < 6; k++, kids++) {
    const c = children[k];
    out[n++] = mix4(120, dp, at(tag, c), at(word, c));
    out[n++] = mix4(121, dp, hp, mix3(122, at(tag, c), at(word, c)));
  }
  out[n++] = mix3(123, dp, childStart[d + 1] - childStart[d]);
  // the head's other dependents (a passive auxiliary beside the subject)
  if (h >= 0) {
    let sib = 0;
    for (let k = childStart[h]; k < childStart[h + 1] && sib < 8; k++) {
      const c = children[k];
      if (c === d) continue;
      sib++;
      out[n++] = mix4(130, dp, mix2(c < d ? 1 : 2, at(tag, c)), at(word, c));
      out[n++] = mix4(131, dp, hp, mix3(132, c < d ? 1 : 2, at(tag, c)));
    }
  }
  return n;
}
