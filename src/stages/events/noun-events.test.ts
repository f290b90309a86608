/** Event nouns whose own verb is passive or modal, through the whole pipeline, on sentences of our own. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";

async function coded(text: string, lang = "fr"): Promise<string[]> {
  const record = await analyze(text, { lang, publishedAt: "2021-05-04" });
  return record.events.map((e) => `${e.code} ${e.source?.actor ?? "-"}→${e.target?.actor ?? "-"} ${e.modality}`);
}

test("a passive verb with no agent leaves the event to its noun, whose actors it names", async () => {
  assert.deepEqual(await coded("Le traité entre le Pérou et le Chili a été signé lundi."), ["057 PER→CHL occurred"]);
});

test("the noun takes the modality of its verb", async () => {
  assert.deepEqual(await coded("Le traité entre le Pérou et le Chili sera signé lundi."), ["057 PER→CHL planned"]);
  assert.deepEqual(await coded("Le traité entre le Pérou et le Chili devrait être signé lundi."), ["057 PER→CHL planned"]);
  assert.deepEqual(await coded("Le traité entre le Pérou et le Chili n'a pas été signé."), ["057 PER→CHL negated"]);
});

test("\"des\" read as \"de\" + \"les\" still leaves the object a verb's object", async () => {
  assert.deepEqual(await coded("Le Japon a entamé des négociations avec la Chine."), ["046 JPN→CHN occurred"]);
  assert.ok((await coded("La police française a arrêté des manifestants à Paris.")).includes("173 FRACOP→FRACVL occurred"));
});

test("a noun that names who acts is no event of its own where another event takes it as an argument", async () => {
  assert.deepEqual(await coded("La police française a interpellé dix manifestants."), ["173 FRACOP→FRACVL occurred"]);
  assert.deepEqual(await coded("À Paris, la police a interpellé des manifestants devant l'Assemblée."), ["173 FRACOP→FRACVL occurred"]);
});

test("a French negative word denies only a verb with its 'ne': 'plus de dix pays' is a quantity", async () => {
  assert.deepEqual(await coded("Le gouvernement français a critiqué jeudi plus de dix pays européens."), ["111 FRAGOV→FRA occurred"]);
  assert.deepEqual(await coded("La France n'a jamais attaqué le Mali."), ["190 FRA→MLI negated"]);
});

test("a multi-word event noun wins over its first word and holds its other words: hunger strikes, no-confidence motions", async () => {
  assert.ok((await coded("Les prisonniers ont entamé une grève de la faim contre le gouvernement malien.")).some((e) => e.startsWith("142 ")));
  assert.ok(!(await coded("L'Assemblée nationale a rejeté mardi la motion de censure déposée contre le gouvernement.")).some((e) => e.startsWith("1721")));
});

test("parliaments and courts in their own senses: a law struck down, a government's responsibility engaged", async () => {
  assert.deepEqual(await coded("En France, le Conseil constitutionnel a censuré jeudi dix articles de la loi."), []);
  assert.ok(!(await coded("Michel Barnier a engagé lundi la responsabilité du gouvernement français.")).some((e) => e.startsWith("030")));
});
