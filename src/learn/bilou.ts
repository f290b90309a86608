/**
 * BILOU span labels for sequence labelling (Ratinov & Roth 2009: BILOU beats BIO for greedy decoders):
 * class 0 is O; type t (0-based) owns classes 1+4t … 4+4t for Begin, Inside, Last, Unit. Labels are
 * small integers so that decoders index typed arrays with them.
 */

export const OUTSIDE = 0;
export const BEGIN = 0;
export const INSIDE = 1;
export const LAST = 2;
export const UNIT = 3;

export const bilouClasses = (types: number) => 1 + 4 * types;
export const bilouLabel = (type: number, part: number) => 1 + 4 * type + part;
/** -1 for O. */
export const bilouType = (label: number) => (label === OUTSIDE ? -1 : (label - 1) >> 2);
/** BEGIN … UNIT, or -1 for O. */
export const bilouPart = (label: number) => (label === OUTSIDE ? -1 : (label - 1) & 3);

/** A labelled span over items first…last (inclusive) of a sequence. */
export interface LabelledSpan {
  first: number;
  last: number;
  type: number;
}

/**
 * allowed[prev * classes + next] = 1 when `next` may follow `prev`; row `classes` is the start of a
 * sequence. The last item's label must also close its span (checked by `canEnd`).
 */
export function bilouTransitions(types: number): Uint8Array {
  const k = bilouClasses(types);
  const table = new Uint8Array((k + 1) * k);
  for (let prev = 0; prev <= k; prev++) {
    const open = prev < k && (bilouPart(prev) === BEGIN || bilouPart(prev) === INSIDE);
    for (let next = 0; next < k; next++) {
      const part = bilouPart(next);
      const continues = part === INSIDE || part === LAST;
      const ok = open ? continues && bilouType(next) === bilouType(prev) : !continues;
      table[prev * k + next] = ok ? 1 : 0;
    }
  }
  return table;
}

/** Labels may stop after `label`: it closes whatever span it is in. */
export const canEnd = (label: number) => label === OUTSIDE || bilouPart(label) === LAST || bilouPart(label) === UNIT;

/** Spans → one label per item (spans must not overlap; later ones are dropped where they would). */
export function encodeBilou(length: number, spans: readonly LabelledSpan[], out: Int32Array = new Int32Array(length)): Int32Array {
  out.fill(OUTSIDE, 0, length);
  for (const s of spans) {
    let free = true;
    for (let i = s.first; i <= s.last; i++) if (out[i] !== OUTSIDE) free = false;
    if (!free || s.first > s.last || s.last >= length) continue;
    if (s.first === s.last) out[s.first] = bilouLabel(s.type, UNIT);
    else {
      out[s.first] = bilouLabel(s.type, BEGIN);
      for (let i = s.first + 1; i < s.last; i++) out[i] = bilouLabel(s.type, INSIDE);
      out[s.last] = bilouLabel(s.type, LAST);
    }
  }
  return out;
}

/** Labels → spans; a span left open or broken off still counts, up to its last labelled item. */
export function decodeBilou(labels: ArrayLike<number>, length: number): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let first = -1;
  let type = -1;
  for (let i = 0; i < length; i++) {
    const label = labels[i];
    const part = bilouPart(label);
    const t = bilouType(label);
    if (first >= 0 && (part === -1 || part === BEGIN || part === UNIT || t !== type)) {
      spans.push({ first, last: i - 1, type });
      first = -1;
    }
    if (part === UNIT) spans.push({ first: i, last: i, type: t });
    else if (part === BEGIN || ((part === INSIDE || part === LAST) && first < 0)) {
      first = i;
      type = t;
    }
    if (part === LAST && first >= 0) {
      spans.push({ first, last: i, type });
      first = -1;
    }
  }
  if (first >= 0) spans.push({ first, last: length - 1, type });
  return spans;
}
