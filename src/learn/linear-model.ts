/**
 * Multi-class linear models over hashed features: one row of `nClasses` weights per hashed feature,
 * rows contiguous so that scoring a feature touches one cache line or two. Features are 32-bit
 * hashes (see hash.ts); the low `bits` bits pick the row.
 *
 * Two forms share the scoring interface: LinearModel holds float weights that training updates;
 * QuantisedModel holds the 16-bit integers a weight file stores, with their scale. Scoring is bound
 * by memory, not arithmetic, so half the bytes per row makes a loaded model faster to run.
 */

/** What scoring needs: the trained form and the loaded form both provide it. */
export interface Scorer {
  readonly nClasses: number;
  readonly bits: number;
  readonly rowMask: number;
  /** scores[c] = Σ weights of the n features for class c, for every class. */
  score(features: Int32Array, n: number, scores: Float32Array): void;
  /** scores[c] += Σ weights of features[from, to) for class c: scores built from several feature runs. */
  accumulate(features: Int32Array, from: number, to: number, scores: Float32Array): void;
  /** The score of one class only (ranking over a few candidates out of many classes). */
  scoreClass(features: Int32Array, n: number, c: number): number;
  /** The weight in slot i (row × nClasses + class). */
  weight(i: number): number;
}

const rowMaskOf = (bits: number) => {
  if (bits < 1 || bits > 26) throw new RangeError(`internal: bits ${bits} out of range`);
  return (1 << bits) - 1;
};

export class LinearModel implements Scorer {
  readonly weights: Float32Array;
  readonly rowMask: number;

  constructor(
    readonly nClasses: number,
    readonly bits: number,
    weights?: Float32Array,
  ) {
    this.rowMask = rowMaskOf(bits);
    const size = (1 << bits) * nClasses;
    if (weights && weights.length !== size) throw new RangeError(`internal: ${weights.length} weights for ${size} slots`);
    this.weights = weights ?? new Float32Array(size);
  }

  score(features: Int32Array, n: number, scores: Float32Array): void {
    scores.fill(0, 0, this.nClasses);
    this.accumulate(features, 0, n, scores);
  }

  accumulate(features: Int32Array, from: number, to: number, scores: Float32Array): void {
    const k = this.nClasses;
    const w = this.weights;
    const mask = this.rowMask;
    for (let f = from; f < to; f++) {
      const row = (features[f] & mask) * k;
      for (let c = 0; c < k; c++) scores[c] += w[row + c];
    }
  }

  scoreClass(features: Int32Array, n: number, c: number): number {
    const k = this.nClasses;
    const w = this.weights;
    const mask = this.rowMask;
    let s = 0;
    for (let f = 0; f < n; f++) s += w[(features[f] & mask) * k + c];
    return s;
  }

  weight(i: number): number {
    return this.weights[i];
  }
}

/**
 * A model as a weight file stores it: weight = value × scale, values in 16 bits. Its loops repeat
 * LinearModel's over another array type on purpose: one class per array keeps the hot loops monomorphic.
 */
export class QuantisedModel implements Scorer {
  readonly rowMask: number;

  constructor(
    readonly nClasses: number,
    readonly bits: number,
    readonly values: Int16Array,
    readonly scale: number,
  ) {
    this.rowMask = rowMaskOf(bits);
    const size = (1 << bits) * nClasses;
    if (values.length !== size) throw new RangeError(`internal: ${values.length} weights for ${size} slots`);
  }

  score(features: Int32Array, n: number, scores: Float32Array): void {
    scores.fill(0, 0, this.nClasses);
    this.accumulate(features, 0, n, scores);
  }

  accumulate(features: Int32Array, from: number, to: number, scores: Float32Array): void {
    const k = this.nClasses;
    const v = this.values;
    const mask = this.rowMask;
    const scale = this.scale;
    for (let f = from; f < to; f++) {
      const row = (features[f] & mask) * k;
      for (let c = 0; c < k; c++) scores[c] += v[row + c] * scale;
    }
  }

  scoreClass(features: Int32Array, n: number, c: number): number {
    const k = this.nClasses;
    const v = this.values;
    const mask = this.rowMask;
    let s = 0;
    for (let f = 0; f < n; f++) s += v[(features[f] & mask) * k + c];
    return s * this.scale;
  }

  weight(i: number): number {
    return this.values[i] * this.scale;
  }
}

/** The best class in scores[from, to) whose `allowed` flag is set (all when no flags are given); -1 if none. */
export function argmax(scores: Float32Array, from: number, to: number, allowed?: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = from; c < to; c++) {
    if (allowed !== undefined && allowed[c] === 0) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
