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

test("conjoined subjects: Colombie and Venezuela both subjects of signé", () => {
  for (const forms of [
    ["La", "Colombie", "et", "le", "Venezuela", "ont", "signé", "mardi", "un", "traité", "militaire", "."],
    ["La", "France", "et", "l'", "Allemagne", "ont", "signé", "un", "traité", "."],
  ]) {
    const p = parse(forms);
    const [first, second] = [forms[1], forms[4]];
    assert.equal(p.head(first), p.at("signé"), forms.join(" "));
    assert.equal(p.rel(first), "nsubj", forms.join(" "));
    assert.equal(p.head(second), p.at(first), forms.join(" "));
    assert.equal(p.rel(second), "conj", forms.join(" "));
    assert.equal(p.lemmas[p.at("signé")], "signer");
  }
});

test("subject of a compound past: UE is the nsubj of dénoncé", () => {
  const p = parse(["L'", "UE", "a", "dénoncé", "mardi", "ces", "nouvelles", "sanctions", "."]);
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
