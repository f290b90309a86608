/**
 * Tag + lemma + parse throughput (words/s, one core) on segmented news text, and model load time.
 * The rate is over this process's CPU time, not wall time: it runs on one thread, and on a shared
 * machine the wall clock also counts the time other processes held the core.
 */
import { performance } from "node:perf_hooks";
import { loadParser } from "../../src/stages/parse/model.js";
import { loadTagger } from "../../src/stages/tag/model.js";
import { segment } from "../../src/stages/segment/segment.js";
import { benchLanguages, newsCorpus } from "./news.js";
import type { BenchRow, BenchSuite } from "./suite.js";
import { timePass } from "./timing.js";

export const syntaxBench: BenchSuite = {
  name: "syntax",
  async run() {
    const rows: BenchRow[] = [];
    for (const lang of benchLanguages) {
      const loadStarted = performance.now();
      const tagger = loadTagger(lang);
      const parser = loadParser(lang);
      const loadMs = performance.now() - loadStarted;
      rows.push({ stage: "tag+parse", lang, metric: "load ms", value: loadMs, detail: "tagger and parser weights, once per process" });
      const sentences: string[][] = [];
      for (const text of newsCorpus(lang, 1_000_000)) {
        for (const tokens of segment(text, lang).tokens) sentences.push(tokens.map((t) => t.form ?? t.text));
      }
      const run = (forms: string[]) => {
        const tags = tagger.tag(forms);
        const upos: string[] = new Array(forms.length);
        const feats: string[] = new Array(forms.length);
        for (let i = 0; i < forms.length; i++) {
          upos[i] = tagger.meta.upos[tags.upos[i]];
          feats[i] = tagger.featsString(i);
        }
        parser.load(forms, upos, feats);
        parser.parse();
        return forms.length;
      };
      const { total: words, cpuSeconds, seconds: wallSeconds } = timePass(sentences, run, 500);
      rows.push({
        stage: "tag+parse",
        lang,
        metric: "tokens/s",
        value: words / cpuSeconds,
        detail: `${words} words, ${sentences.length} sentences, ${cpuSeconds.toFixed(2)} s CPU (${wallSeconds.toFixed(2)} s wall), 1 core`,
      });
    }
    return rows;
  },
};
