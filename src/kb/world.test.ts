import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicon, pluralOf } from "./lexicon.js";
import { holderAt } from "./office.js";
import { loadWorld } from "./world.js";
import { fold } from "./fold.js";

test("the world tables load, validated, with what news needs", () => {
  const kb = loadWorld();
  assert.ok(kb.countries.size >= 249);
  assert.ok([...kb.entries.values()].filter((e) => e.kind === "org").length >= 120);
  assert.equal(kb.entries.get(kb.capitals.get("BLR")!)?.name, "Minsk");
  for (const c of ["GRC", "EGY", "ESP", "MLI", "SYR", "AFG", "FRA", "LBY", "DEU", "MMR", "USA", "RUS", "BLR"]) {
    assert.ok(kb.terms.some((t) => t.country === c && t.role === "head of state"), `no head of state for ${c}`);
  }
});

test("no two holders of one office overlap by more than a day", () => {
  const kb = loadWorld();
  const problems: string[] = [];
  for (const a of kb.terms) {
    for (const b of kb.terms) {
      if (a === b || a.country !== b.country || a.role !== b.role || a.person === b.person || a.start > b.start) continue;
      const overlap = (Date.parse(a.end < b.end ? a.end : b.end) - Date.parse(b.start)) / 86_400_000;
      if (overlap > 1) problems.push(`${a.person} and ${b.person} (${a.country} ${a.role})`);
    }
  }
  assert.deepEqual(problems, []);
});

test("office holders are found at a date", () => {
  const kb = loadWorld();
  assert.equal(holderAt(kb, "FRA", "head of state", "2013-06-01")?.person, "person:francois-hollande");
  assert.equal(holderAt(kb, "USA", "foreign minister", "2010-01-01")?.person, "person:hillary-clinton");
  assert.equal(holderAt(kb, "GBR", "head of government", "2022-10-01")?.person, "person:liz-truss");
});

test("French demonyms come in all genders and numbers", () => {
  assert.equal(pluralOf("russe"), "russes");
  assert.equal(pluralOf("français"), "français");
  const forms = new Set(loadLexicon("fr")!.demonyms.filter((d) => d.country === "UKR").map((d) => d.form));
  for (const f of ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes", "Ukrainiens"]) assert.ok(forms.has(f), f);
});

test("folding ignores case, accents and typographic apostrophes", () => {
  assert.equal(fold("l’État  de l'Union"), "l'etat de l'union");
});

test("folding plain ASCII only lower-cases it, and folds everything else to the same form", () => {
  assert.equal(fold("New York"), "new york");
  assert.equal(fold("MD-83"), "md-83");
  assert.equal(fold("x`y"), "x'y");
  assert.equal(fold("  a  b "), "a b");
  assert.equal(fold("l’État"), fold("l'Etat"));
});
