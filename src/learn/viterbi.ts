/**
 * First-order Viterbi decoding over per-item class scores and class-to-class transition scores, with
 * forbidden transitions (BILOU: I-PER cannot follow O). Work arrays are reused between calls, so
 * decoding a sentence allocates nothing once they are large enough.
 */

export class Viterbi {
  private best = new Float32Array(0);
  private back = new Int32Array(0);

  /**
   * @param k classes
   * @param emissions n × k scores, item-major
   * @param transitions (k + 1) × k scores: row `prev` (row k: the sequence start) → next
   * @param allowed same shape as transitions: 0 where a transition is forbidden
   * @param final k flags: 1 where a class may end the sequence
   * @param out the best class of each item
   */
  decode(n: number, k: number, emissions: Float32Array, transitions: Float32Array, allowed: Uint8Array, final: Uint8Array, out: Int32Array): void {
    if (n === 0) return;
    if (this.best.length < n * k) {
      this.best = new Float32Array(n * k * 2);
      this.back = new Int32Array(n * k * 2);
    }
    const best = this.best;
    const back = this.back;
    const start = k * k;
    for (let c = 0; c < k; c++) {
      best[c] = allowed[start + c] ? emissions[c] + transitions[start + c] : -Infinity;
      back[c] = -1;
    }
    for (let i = 1; i < n; i++) {
      const row = i * k;
      const prevRow = row - k;
      for (let c = 0; c < k; c++) {
        let top = -Infinity;
        let arg = 0;
        for (let p = 0; p < k; p++) {
          const t = p * k + c;
          if (allowed[t] === 0) continue;
          const s = best[prevRow + p] + transitions[t];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        best[row + c] = top + emissions[row + c];
        back[row + c] = arg;
      }
    }
    const lastRow = (n - 1) * k;
    let arg = 0;
    let top = -Infinity;
    for (let c = 0; c < k; c++) {
      if (final[c] === 0) continue;
      if (best[lastRow + c] > top) {
        top = best[lastRow + c];
        arg = c;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * k + arg];
    }
  }
}
