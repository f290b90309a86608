/**
 * Word classes learned from unlabelled text by the exchange algorithm (Kneser & Ney 1993; the predictive
 * form of Uszkoreit & Brants 2008, made two-sided as in Dehdari et al. 2016). Words that share
 * neighbours share a class: "Minsk" and "Varsovie", or an OCR variant and its clean form, so a labeller
 * that saw one in training recognises the other. Each word is moved, in turn, to the class that most
 * raises the likelihood of a class bigram model in both directions:
 *
 *   Σ_{w,c} F(N(w→c)) − Σ_c F(N(→c)) + Σ_{w,c} F(N(c→w)) − Σ_c F(N(c→))     with F(x) = x·ln x
 *
 * where N(w→c) counts word w followed by a word of class c. Moving one word only changes the rows of
 * its neighbours, so an iteration costs (bigram types × classes), a few seconds on a million tokens.
 * Written here because no npm package does word clustering; the algorithm is short.
 */

export interface ClusterOptions {
  classes: number;
  iterations: number;
  /** Words seen fewer times are not clustered; they count as one "rare word" context. */
  minCount: number;
  log?: (line: string) => void;
}

const TABLE = 1 << 16;
const xLogX = new Float64Array(TABLE);
for (let x = 1; x < TABLE; x++) xLogX[x] = x * Math.log(x);
const F = (x: number) => (x < TABLE ? xLogX[x] : x * Math.log(x));

/** Adjacency of each word in compressed rows: neighbour indexes and bigram counts. */
interface Rows {
  offsets: Int32Array;
  neighbours: Int32Array;
  counts: Int32Array;
}

function compressRows(pairs: Map<number, number>, size: number, side: (key: number) => [number, number]): Rows {
  const offsets = new Int32Array(size + 1);
  for (const key of pairs.keys()) offsets[side(key)[0] + 1]++;
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, size);
  const neighbours = new Int32Array(pairs.size);
  const counts = new Int32Array(pairs.size);
  for (const [key, n] of pairs) {
    const [row, other] = side(key);
    neighbours[fill[row]] = other;
    counts[fill[row]++] = n;
  }
  return { offsets, neighbours, counts };
}

/**
 * Word (any integer key, such as a folded-form hash) → class in [0, classes), for every word seen at
 * least `minCount` times in `sentences`. Deterministic: classes start from frequency rank.
 */
export function exchangeClusters(sentences: Iterable<ArrayLike<number>>, options: ClusterOptions): Map<number, number> {
  const frequency = new Map<number, number>();
  const corpus: ArrayLike<number>[] = [];
  for (const s of sentences) {
    corpus.push(s);
    for (let i = 0; i < s.length; i++) frequency.set(s[i], (frequency.get(s[i]) ?? 0) + 1);
  }
  // Index 0 stands for sentence edges and rare words: a context that never moves, in class K.
  const vocabulary = [...frequency].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const index = new Map<number, number>(vocabulary.map(([word], i) => [word, i + 1]));
  const size = vocabulary.length + 1;
  const K = options.classes;
  const stride = K + 1;

  const bigrams = new Map<number, number>();
  for (const s of corpus) {
    let previous = 0;
    for (let i = 0; i <= s.length; i++) {
      const current = i < s.length ? index.get(s[i]) ?? 0 : 0;
      const key = previous * size + current;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      previous = current;
    }
  }
  const before = compressRows(bigrams, size, (key) => [key % size, Math.floor(key / size)]);
  const after = compressRows(bigrams, size, (key) => [Math.floor(key / size), key % size]);

  const classOf = new Int32Array(size);
  classOf[0] = K;
  for (let v = 1; v < size; v++) classOf[v] = (v - 1) % K;
  /** toClass[w·stride + c]: w followed by class c; fromClass[w·stride + c]: class c followed by w. */
  const toClass = new Int32Array(size * stride);
  const fromClass = new Int32Array(size * stride);
  const asNext = new Float64Array(stride);
  const asPrevious = new Float64Array(stride);
  const nextCount = new Int32Array(size);
  const previousCount = new Int32Array(size);
  for (let v = 0; v < size; v++) {
    for (let j = before.offsets[v]; j < before.offsets[v + 1]; j++) {
      toClass[before.neighbours[j] * stride + classOf[v]] += before.counts[j];
      nextCount[v] += before.counts[j];
    }
    for (let j = after.offsets[v]; j < after.offsets[v + 1]; j++) {
      fromClass[after.neighbours[j] * stride + classOf[v]] += after.counts[j];
      previousCount[v] += after.counts[j];
    }
    asNext[classOf[v]] += nextCount[v];
    asPrevious[classOf[v]] += previousCount[v];
  }

  const move = (v: number, c: number, sign: number) => {
    for (let j = before.offsets[v]; j < before.offsets[v + 1]; j++) toClass[before.neighbours[j] * stride + c] += sign * before.counts[j];
    for (let j = after.offsets[v]; j < after.offsets[v + 1]; j++) fromClass[after.neighbours[j] * stride + c] += sign * after.counts[j];
    asNext[c] += sign * nextCount[v];
    asPrevious[c] += sign * previousCount[v];
  };

  const gain = new Float64Array(K);
  /** What putting v in each class adds to its neighbours' terms, F(x + n) − F(x) per (neighbour, class). */
  const addNeighbourGains = (v: number, rows: Rows, table: Int32Array) => {
    for (let j = rows.offsets[v]; j < rows.offsets[v + 1]; j++) {
      const n = rows.counts[j];
      const row = rows.neighbours[j] * stride;
      for (let c = 0; c < K; c++) {
        const x = table[row + c];
        gain[c] += F(x + n) - F(x);
      }
    }
  };
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let moved = 0;
    for (let v = 1; v < size; v++) {
      const from = classOf[v];
      move(v, from, -1);
      for (let c = 0; c < K; c++) gain[c] = F(asNext[c]) - F(asNext[c] + nextCount[v]) + F(asPrevious[c]) - F(asPrevious[c] + previousCount[v]);
      addNeighbourGains(v, before, toClass);
      addNeighbourGains(v, after, fromClass);
      let best = from;
      for (let c = 0; c < K; c++) if (gain[c] > gain[best] + 1e-9) best = c;
      move(v, best, 1);
      if (best !== from) {
        classOf[v] = best;
        moved++;
      }
    }
    options.log?.(`clusters, iteration ${iteration + 1}: ${moved} of ${size - 1} words moved`);
    if (moved === 0) break;
  }
  const out = new Map<number, number>();
  for (const [word, i] of index) out.set(word, classOf[i]);
  return out;
}
