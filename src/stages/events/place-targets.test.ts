/** Places as targets: a visit to a town, an attack on a region, is aimed at the country they are in. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";

async function coded(text: string, lang: string): Promise<string[]> {
  const record = await analyze(text, { lang, publishedAt: "2021-05-04" });
  return record.events.map((e) => `${e.code} ${e.source?.actor ?? "-"}→${e.target?.actor ?? "-"} ${e.modality}`);
}

test("a visit to a town is a visit to its country", async () => {
  assert.deepEqual(await coded("The Chinese president travelled to Moscow.", "en"), ["042 CHNGOV→RUS occurred"]);
  assert.deepEqual(await coded("The French minister arrived in Kabul.", "en"), ["042 FRAGOV→AFG occurred"]);
  assert.deepEqual(await coded("Le président turc s'est rendu à Moscou.", "fr"), ["042 TURGOV→RUS occurred"]);
  assert.deepEqual(await coded("Le président turc se rendra à Moscou.", "fr"), ["042 TURGOV→RUS planned"]);
});

test("\"être\" as the tense auxiliary of a verb of motion leaves its subject the actor", async () => {
  assert.deepEqual(await coded("Le secrétaire d'État américain est arrivé à Kaboul.", "fr"), ["042 USAGOV→AFG occurred"]);
});

test("rendre without the reflexive, and a train arriving, are no visits", async () => {
  assert.deepEqual(await coded("Le général a rendu le pouvoir aux civils à Bamako.", "fr"), []);
  assert.deepEqual(await coded("Le train est arrivé à Lyon.", "fr"), []);
});

test("an attack on a region or a town is aimed at its country", async () => {
  assert.deepEqual(await coded("Les forces russes ont attaqué Kherson.", "fr"), ["190 RUSMIL→UKR occurred"]);
});

test("a deputy's title names the government without being someone's name", async () => {
  assert.deepEqual(await coded("Japan's Vice Foreign Minister visited Russia on Monday.", "en"), ["042 JPNGOV→RUS occurred"]);
});
