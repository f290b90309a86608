/**
 * The averaged perceptron (Collins 2002) over a LinearModel, with lazy averaging: each weight keeps
 * the time of its last change, so an update costs O(features), not O(model). Training is
 * deterministic: the same instances in the same order give bit-identical weights.
 */
import { LinearModel } from "./linear-model.js";

export class Perceptron {
  readonly model: LinearModel;
  /** Σ over time of each weight, up to `stamps`. Float64: sums reach millions of small steps. */
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private clock = 0;

  constructor(nClasses: number, bits: number) {
    this.model = new LinearModel(nClasses, bits);
    this.totals = new Float64Array(this.model.weights.length);
    this.stamps = new Int32Array(this.model.weights.length);
  }

  /** Call once per training instance (token, transition…), before its updates. */
  tick(): void {
    this.clock++;
  }

  /** weights[f][cls] += delta for each of the n features. */
  update(features: Int32Array, n: number, cls: number, delta: number): void {
    const k = this.model.nClasses;
    const mask = this.model.rowMask;
    const w = this.model.weights;
    const t = this.clock;
    for (let f = 0; f < n; f++) {
      const i = (features[f] & mask) * k + cls;
      this.totals[i] += (t - this.stamps[i]) * w[i];
      this.stamps[i] = t;
      w[i] += delta;
    }
  }

  /** The averaged weights, as a new model (the perceptron can go on training afterwards). */
  averaged(): LinearModel {
    const w = this.model.weights;
    const t = this.clock;
    const out = new Float32Array(w.length);
    if (t === 0) return new LinearModel(this.model.nClasses, this.model.bits, out);
    for (let i = 0; i < w.length; i++) {
      const total = this.totals[i] + (t - this.stamps[i]) * w[i];
      if (total !== 0) out[i] = total / t;
    }
    return new LinearModel(this.model.nClasses, this.model.bits, out);
  }
}
