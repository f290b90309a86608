/**
 * A multi-class linear model over hashed features: one row of `nClasses` weights per hashed feature,
 * rows contiguous so that scoring a feature touches one cache line or two. Features are 32-bit
 * hashes (see hash.ts); the low `bits` bits pick the row.
 */
export class LinearModel {
  readonly weights: Float32Array;
  readonly rowMask: number;

  constructor(
    readonly nClasses: number,
    readonly bits: number,
    weights?: Float32Array,
  ) {
    if (bits < 1 || bits > 26) throw new RangeError(`internal: bits ${bits} out of range`);
    this.rowMask = (1 << bits) - 1;
    const size = (1 << bits) * nClasses;
    if (weights && weights.length !== size) throw new RangeError(`internal: ${weights.length} weights for ${size} slots`);
    this.weights = weights ?? new Float32Array(size);
  }

  /** scores[c] = Σ weights of the n features for class c, for every class. */
  score(features: Int32Array, n: number, scores: Float32Array): void {
    const k = this.nClasses;
    const w = this.weights;
    const mask = this.rowMask;
    scores.fill(0, 0, k);
    for (let f = 0; f < n; f++) {
      const row = (features[f] & mask) * k;
      for (let c = 0; c < k; c++) scores[c] += w[row + c];
    }
  }

  /** scores[c] += Σ weights of features[from, to) for class c: scores built from several feature runs. */
  accumulate(features: Int32Array, from: number, to: number, scores: Float32Array): void {
    const k = this.nClasses;
    const w = this.weights;
    const mask = this.rowMask;
    for (let f = from; f < to; f++) {
      const row = (features[f] & mask) * k;
      for (let c = 0; c < k; c++) scores[c] += w[row + c];
    }
  }

  /** The score of one class only (ranking over a few candidates out of many classes). */
  scoreClass(features: Int32Array, n: number, c: number): number {
    const k = this.nClasses;
    const w = this.weights;
    const mask = this.rowMask;
    let s = 0;
    for (let f = 0; f < n; f++) s += w[(features[f] & mask) * k + c];
    return s;
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
