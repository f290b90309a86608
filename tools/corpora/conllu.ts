/** CoNLL-U reading for training and evaluation (UD 2: multi-word token lines, empty nodes skipped). */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export interface UdWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 is the root, as in the file. */
  head: number;
  deprel: string;
  misc: string;
}

export interface UdToken {
  form: string;
  /** Indices into `words` of the words this surface token holds (one, or several for a multi-word token). */
  words: number[];
  spaceAfter: boolean;
}

export interface UdSentence {
  id?: string;
  text?: string;
  /** True when a `# newdoc` or `# newpar` line opens this sentence. */
  newDoc: boolean;
  newPar: boolean;
  tokens: UdToken[];
  words: UdWord[];
}

export function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

export function parseConllu(content: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current: UdSentence | undefined;
  let mwtEnd = 0;
  const fresh = (): UdSentence => ({ newDoc: false, newPar: false, tokens: [], words: [] });
  for (const line of content.split("\n")) {
    if (line === "" || line === "\r") {
      if (current && current.words.length) sentences.push(current);
      current = undefined;
      mwtEnd = 0;
      continue;
    }
    current ??= fresh();
    if (line.startsWith("#")) {
      if (line.startsWith("# newdoc")) current.newDoc = true;
      else if (line.startsWith("# newpar")) current.newPar = true;
      else if (line.startsWith("# sent_id = ")) current.id = line.slice(12).trim();
      else if (line.startsWith("# text = ")) current.text = line.slice(9);
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10) continue;
    const id = cols[0];
    if (id.includes(".")) continue;
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]);
    const dash = id.indexOf("-");
    if (dash > 0) {
      const from = Number(id.slice(0, dash));
      const to = Number(id.slice(dash + 1));
      const words: number[] = [];
      for (let k = from; k <= to; k++) words.push(k - 1);
      current.tokens.push({ form: cols[1], words, spaceAfter });
      mwtEnd = to;
      continue;
    }
    const n = Number(id);
    current.words.push({
      id: n,
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === "_" ? 0 : Number(cols[6]),
      deprel: cols[7],
      misc: cols[9],
    });
    if (n > mwtEnd) current.tokens.push({ form: cols[1], words: [n - 1], spaceAfter });
  }
  if (current && current.words.length) sentences.push(current);
  return sentences;
}

export function readConllu(path: string): UdSentence[] {
  return parseConllu(readText(path));
}
