/**
 * The arc-eager transition system (Nivre 2003) without an artificial root: the root is whichever word
 * is left without a head at the end. Children are tracked as they are attached (two leftmost, two
 * rightmost, counts), which is all the features need. Arrays are reused from sentence to sentence.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTIONS = 4;

export class ArcEagerState {
  n = 0;
  /** Front of the buffer: words b … n-1 are still to come. */
  b = 0;
  sp = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  onStack = new Uint8Array(0);
  /** Latest two left children (lc1 is the leftmost so far: left children arrive right to left). */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  /** Latest two right children (rc1 is the rightmost so far). */
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);

  init(n: number): void {
    if (n > this.heads.length) {
      const size = Math.max(64, n * 2);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.onStack = new Uint8Array(size);
      this.lc1 = new Int32Array(size);
      this.lc2 = new Int32Array(size);
      this.rc1 = new Int32Array(size);
      this.rc2 = new Int32Array(size);
      this.nl = new Int32Array(size);
      this.nr = new Int32Array(size);
    }
    this.n = n;
    this.b = 0;
    this.sp = 0;
    this.heads.fill(-1, 0, n);
    this.onStack.fill(0, 0, n);
    this.lc1.fill(-1, 0, n);
    this.lc2.fill(-1, 0, n);
    this.rc1.fill(-1, 0, n);
    this.rc2.fill(-1, 0, n);
    this.nl.fill(0, 0, n);
    this.nr.fill(0, 0, n);
  }

  get done(): boolean {
    return this.b >= this.n;
  }

  /** The k-th word from the top of the stack (0: top), or -1. */
  s(k: number): number {
    return k < this.sp ? this.stack[this.sp - 1 - k] : -1;
  }

  /** The k-th word of the buffer, or -1. */
  q(k: number): number {
    return this.b + k < this.n ? this.b + k : -1;
  }

  legal(action: number): boolean {
    if (this.b >= this.n) return false;
    switch (action) {
      case SHIFT:
        return true;
      case REDUCE:
        return this.sp > 0 && this.heads[this.stack[this.sp - 1]] >= 0;
      case LEFT:
        return this.sp > 0 && this.heads[this.stack[this.sp - 1]] < 0;
      default:
        return this.sp > 0;
    }
  }

  apply(action: number): void {
    const b = this.b;
    switch (action) {
      case SHIFT:
        this.stack[this.sp++] = b;
        this.onStack[b] = 1;
        this.b++;
        break;
      case REDUCE:
        this.onStack[this.stack[--this.sp]] = 0;
        break;
      case LEFT: {
        const d = this.stack[--this.sp];
        this.onStack[d] = 0;
        this.heads[d] = b;
        this.lc2[b] = this.lc1[b];
        this.lc1[b] = d;
        this.nl[b]++;
        break;
      }
      default: {
        const h = this.stack[this.sp - 1];
        this.heads[b] = h;
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = b;
        this.nr[h]++;
        this.stack[this.sp++] = b;
        this.onStack[b] = 1;
        this.b++;
      }
    }
  }

  /**
   * Gives every word left without a head a place: the one heading the largest subtree becomes the
   * root (-1), the others hang from it. `size` is scratch space of at least n.
   */
  finish(size: Int32Array): void {
    const n = this.n;
    const heads = this.heads;
    size.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      let top = i;
      let guard = 0;
      while (heads[top] >= 0 && guard++ < n) top = heads[top];
      size[top]++;
    }
    let root = -1;
    for (let i = 0; i < n; i++) if (heads[i] < 0 && (root < 0 || size[i] > size[root])) root = i;
    for (let i = 0; i < n; i++) if (heads[i] < 0 && i !== root) heads[i] = root;
    if (root >= 0) heads[root] = -1;
  }
}

/**
 * The dynamic oracle's cost of each action (Goldberg & Nivre 2012): how many gold arcs it makes
 * unreachable. `gold` holds projective gold heads (-1: root); an arc to the root stays reachable as
 * long as its word has no head.
 */
export function actionCost(state: ArcEagerState, gold: Int32Array, action: number): number {
  const b = state.b;
  const n = state.n;
  const s0 = state.sp > 0 ? state.stack[state.sp - 1] : -1;
  let cost = 0;
  switch (action) {
    case SHIFT: {
      const g = gold[b];
      if (g >= 0 && state.onStack[g]) cost++;
      for (let k = 0; k < state.sp; k++) {
        const d = state.stack[k];
        if (gold[d] === b && state.heads[d] < 0) cost++;
      }
      return cost;
    }
    case REDUCE:
      for (let d = b; d < n; d++) if (gold[d] === s0) cost++;
      return cost;
    case LEFT: {
      const g = gold[s0];
      if (g !== b && (g < 0 || g > b)) cost++;
      for (let d = b; d < n; d++) if (gold[d] === s0) cost++;
      return cost;
    }
    default: {
      const g = gold[b];
      if (g !== s0 && (g < 0 || g > b || state.onStack[g])) cost++;
      for (let k = 0; k < state.sp; k++) {
        const d = state.stack[k];
        if (gold[d] === b && state.heads[d] < 0) cost++;
      }
      return cost;
    }
  }
}

/**
 * Makes a tree projective by lifting (Nivre & Nilsson 2005, without encoding the lifts in labels):
 * while some arc crosses another, the shortest such arc's dependent moves up to its grandparent.
 */
export function projectivise(heads: readonly number[]): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length;
  const dominates = (a: number, d: number) => {
    let x = d;
    let guard = 0;
    while (x >= 0 && guard++ <= n) {
      if (x === a) return true;
      x = h[x];
    }
    return false;
  };
  for (let round = 0; round < n * 2; round++) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 0; d < n; d++) {
      const head = h[d];
      if (head < 0) continue;
      const lo = Math.min(head, d);
      const hi = Math.max(head, d);
      if (hi - lo >= worstLength) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(head, k)) {
          worst = d;
          worstLength = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst]];
  }
  return h;
}
