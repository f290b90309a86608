/** The committed French models on sentences of the shapes the event stage depends on (our own sentences). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadTagger } from "../tag/model.js";
import { loadParser } from "./model.js";

function parse(forms: string[]) {
  const tagger = loadTagger("fr");
  const parser = loadParser("fr");
  const tags = tagger.tag(forms);
  const upos = forms.map((_, i) => tagger.meta.upos[tags.upos[i]]);
  const lemmas = tags.lemmas.slice(0, forms.length);
  const feats = forms.map((_, i) => tagger.featsString(i));
  parser.load(forms, upos, feats);
  const out = parser.parse();
  const at = (form: string) => forms.indexOf(form);
  return {
    upos,
    lemmas,
    head: (form: string) => out.heads[at(form)],
    rel: (form: string) => parser.meta.labels[out.labels[at(form)]].split(":")[0],
    at,
  };
}

test("conjoined subjects: Russie and Belarus both subjects of signé", () => {
  const p = parse(["La", "Russie", "et", "le", "Belarus", "ont", "signé", "un", "accord", "."]);
  assert.equal(p.head("Russie"), p.at("signé"));
  assert.equal(p.rel("Russie"), "nsubj");
  assert.equal(p.head("Belarus"), p.at("Russie"));
  assert.equal(p.rel("Belarus"), "conj");
  assert.equal(p.lemmas[p.at("signé")], "signer");
});

test("subject of a compound past: UE is the nsubj of dénoncé", () => {
  const p = parse(["L'", "UE", "a", "dénoncé", "le", "déploiement", "."]);
  assert.equal(p.head("UE"), p.at("dénoncé"));
  assert.equal(p.rel("UE"), "nsubj");
  assert.equal(p.head("a"), p.at("dénoncé"));
  assert.equal(p.lemmas[p.at("dénoncé")], "dénoncer");
  assert.equal(p.lemmas[p.at("a")], "avoir");
});

test("lemmas reach the verb from its other forms", () => {
  const p = parse(["Les", "pays", "voisins", "dénonçaient", "ces", "essais", "."]);
  assert.equal(p.lemmas[p.at("dénonçaient")], "dénoncer");
  assert.equal(p.upos[p.at("dénonçaient")], "VERB");
});
