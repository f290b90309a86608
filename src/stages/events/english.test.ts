/** English event coding through the whole pipeline, on sentences of our own: control verbs and announcements. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";

async function coded(text: string): Promise<string[]> {
  const record = await analyze(text, { lang: "en", publishedAt: "2021-05-04" });
  return record.events.map((e) => `${e.code} ${e.source?.actor ?? "-"}→${e.target?.actor ?? "-"} ${e.modality}`);
}

test("a threat is the event, not the withdrawal it threatens, and it is aimed at the complement's target", async () => {
  const events = await coded("Nigeria threatened to withdraw its troops from Chad.");
  assert.ok(events.includes("130 NGA→TCD occurred"), events.join("; "));
  assert.ok(!events.some((e) => e.startsWith("087")), events.join("; "));
});

test("a refusal is the event; the parser's indirect object still fills an object slot", async () => {
  assert.ok((await coded("Kenya refused to accept the demands of Somalia.")).includes("120 KEN→SOM occurred"));
  assert.ok((await coded("The United States accused Iran of violating the agreement.")).includes("112 USA→IRN occurred"));
});

test("an announcement codes as an intent, and saying another actor must act is a demand on it", async () => {
  assert.ok((await coded("Egypt will send food aid to Sudan, the foreign ministry said.")).includes("033 EGY→SDN planned"));
  assert.ok((await coded("Russia said Sudan must return the helicopter.")).includes("100 RUS→SDN occurred"));
});

test("hostages, journalists and unions are their country's groups", async () => {
  assert.ok((await coded("Iran released two French hostages.")).includes("0841 IRN→FRACVL occurred"));
  const fr = await analyze("L'Iran a annoncé la libération de deux otages français.", { lang: "fr", publishedAt: "2021-05-04" });
  assert.deepEqual(fr.events.map((e) => `${e.code} ${e.source?.actor}→${e.target?.actor}`), ["0841 IRN→FRACVL"]);
});

test("a plural people opening a sentence is the people; an adjective opening one is the adjective", async () => {
  assert.ok((await coded("Palestinians blamed Israel for the bombing.")).includes("112 PSE→ISR occurred"));
  assert.ok((await coded("Iraqi forces attacked the town of Ramadi.")).some((e) => e.startsWith("190 IRQMIL→")));
});

test("a noun may come between a country's adjective and its agent, not a verb", async () => {
  assert.ok((await coded("Israeli intelligence officials have shared evidence with Egypt.")).includes("064 ISRGOV→EGY occurred"));
  const record = await analyze("Britain mobilized army reservists on Tuesday.", { lang: "en", publishedAt: "2021-05-04" });
  assert.ok(!record.entities.some((e) => e.name.includes("military") && e.mentions.some((m) => m.text.includes("mobilized"))));
});

test("every sovereign country has its adjective and people, and a bare oblique name can be the object", async () => {
  assert.ok((await coded("Georgian troops attacked the town of Gori.")).some((e) => e.startsWith("190 GEOMIL→")));
  assert.ok((await coded("The Tongan rebels said they will release Prime Minister Sione Vakalahi.")).includes("035 TONREB→TONGOV planned"));
});

test("an agent placed in a country is that country's", async () => {
  assert.ok((await coded("Security forces in Guinea have tortured scores of refugees.")).some((e) => e.startsWith("1822 GINMIL→")));
});

test("forcing people out of their homes is an expulsion", async () => {
  assert.ok((await coded("The Israeli army forced out more than 1,000 Palestinian refugees from their homes.")).includes("174 ISRMIL→PSEREF occurred"));
  const fr = await analyze("L'armée turque a chassé des familles kurdes de leurs villages.", { lang: "fr", publishedAt: "2021-05-04" });
  assert.deepEqual(fr.events.map((e) => e.code), ["174"]);
});

test("what an actor will not do it refuses; what it cannot do it has not done, and not refused", async () => {
  assert.deepEqual(await coded("Israel will not negotiate with Hamas."), ["120 ISR→PSEREB negated"]);
  assert.deepEqual(await coded("Israel cannot negotiate with Hamas."), ["046 ISR→PSEREB negated"]);
});

test("what an actor was unable to do, or banned, did not happen and was not refused; what happens if is hypothetical", async () => {
  assert.deepEqual(await coded("France was unable to return the artefacts to Benin."), []);
  assert.deepEqual(await coded("The Russian government banned the opposition's march."), ["172 RUSGOV→RUSOPP occurred"]);
  assert.deepEqual(await coded("Armed men killed ten civilians in northern Mali."), ["1823 MLIUAF→MLICVL occurred"]);
  const refused = await analyze("France refused to return the artefacts to Benin.", { lang: "en", publishedAt: "2021-06-01" });
  assert.deepEqual(refused.events.map((e) => e.rootCode), ["12"]);
  const indicted = await analyze("If Boeing is indicted, the Pentagon will cancel the contract.", { lang: "en", publishedAt: "2005-06-01" });
  assert.ok(indicted.events.every((e) => e.modality !== "occurred"));
});

test("a country's airlines are its businesses; being in talks is talking; a ban is lifted on its target", async () => {
  assert.deepEqual(await coded("Germany banned the Russian airlines."), ["172 DEU→RUSBUS occurred"]);
  assert.deepEqual(await coded("Russia is in talks with Turkey about Syria."), ["046 RUS→TUR occurred"]);
  assert.deepEqual(await coded("The EU lifted its ban on Pakistan."), ["081 EUR→PAK occurred"]);
  assert.deepEqual(await coded("Apple filed a lawsuit against Samsung."), ["115 USABUS→KORBUS occurred"]);
});

test("a sports win is no assault; tear gas is repression; declining to give details is no refusal", async () => {
  assert.deepEqual(await coded("Argentina beat France on penalties in the World Cup final."), []);
  assert.deepEqual(await coded("Police fired tear gas at protesters in Nairobi."), ["175 KENCOP→KENCVL occurred"]);
  assert.ok(!(await coded("The Kremlin declined to give details.")).some((e) => e.startsWith("12")));
});

test("sanctions imposed on a country: the light verb lends its subject, the noun keeps its target", async () => {
  assert.deepEqual(await coded("France imposed sanctions on Iran."), ["163 FRA→IRN occurred"]);
  assert.deepEqual(await coded("The EU imposed new sanctions on Russia on Monday."), ["163 EUR→RUS occurred"]);
});

test("'it' takes up a state that spoke, never the dateline's agency", async () => {
  assert.ok((await coded("SEOUL (AP) — South Korea said it would hold talks with Japan.")).includes("036 KOR→JPN planned"));
  assert.ok((await coded("China said it would hold talks with Japan.")).includes("036 CHN→JPN planned"));
});

test("what a statement says would happen is planned, unless a condition hangs on it; a light verb lends its auxiliary", async () => {
  assert.ok((await coded("Japan said it would impose tariffs on China.")).includes("131 JPN→CHN planned"));
  assert.ok((await coded("Japan said it would impose tariffs on China if talks failed.")).includes("131 JPN→CHN hypothetical"));
  assert.ok((await coded("China will hold talks with Japan next week.")).includes("036 CHN→JPN planned"));
  const french = await analyze("Le ministre a annoncé que la France attaquerait le Mali si les négociations échouaient.", { lang: "fr", publishedAt: "2021-05-04" });
  assert.deepEqual(french.events.map((e) => e.modality), ["hypothetical"]);
});

test("a time after a slot's preposition is no target: 'fired a missile on Monday, Japan said'", async () => {
  const events = await coded("North Korea fired a missile on Monday, Japan said.");
  assert.ok(events.some((e) => e.startsWith("190 PRK→")), events.join("; "));
  assert.ok(!events.some((e) => e.includes("→JPN")), events.join("; "));
});

test("the agency of a dateline says who wrote the story, not where it happens", async () => {
  assert.ok((await coded("NAIROBI (Reuters) - Police arrested dozens of protesters on Monday.")).includes("173 KENCOP→KENCVL occurred"));
});
