/** Event verbs in senses that are no events (selling, illness, markets), through the whole pipeline, on sentences of our own. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";

async function coded(text: string, lang = "en"): Promise<string[]> {
  const record = await analyze(text, { lang, publishedAt: "2021-05-04" });
  return record.events.map((e) => `${e.code} ${e.source?.actor ?? "-"}→${e.target?.actor ?? "-"} ${e.modality}`);
}

test("economic and everyday senses of event verbs are no events", async () => {
  for (const text of [
    "Car sales in Canada dropped 23% compared to March of 2008.",
    "The governor fought cancer for years.",
    "The housing market in Spain has been declining for two years.",
    "The merger was killed by the Pentagon in October.",
    "Ford will receive loans from the government of Canada.",
    "Airlines in Kenya charge an added fee for luggage.",
    "If the ice starts to crack, the rescuers in Norway will leave.",
    "The chief executive of Toyota returned to Japan on Monday.",
    "The Kremlin declined to predict the outcome of the vote.",
    "The stock market rally lifted shares in Tokyo.",
    "Apple gave a demonstration of its new phone in Berlin.",
  ]) assert.deepEqual(await coded(text), [], text);
});

test("a killing counted in figures and a refusal with its complement are events", async () => {
  assert.ok((await coded("Rebels in Mali killed 20 in an ambush.")).some((e) => e.startsWith("1823 ")));
  assert.ok((await coded("The Iraqi minister declined the offer of Iran.")).includes("120 IRQGOV→IRN occurred"));
});

test("French: receiving goods and fighting a disease are no events; receiving a counterpart is", async () => {
  assert.deepEqual(await coded("L'entreprise allemande a reçu des commandes de la Chine.", "fr"), []);
  assert.deepEqual(await coded("La ministre française a combattu la maladie pendant des années.", "fr"), []);
  assert.ok((await coded("Le président russe a reçu son homologue chinois à Moscou.", "fr")).includes("043 RUSGOV→CHNGOV occurred"));
});

test("French: postponing a departure, disrupted lines and fighting a scourge are no events", async () => {
  assert.deepEqual(await coded("Le skipper français a dû repousser son départ.", "fr"), []);
  assert.deepEqual(await coded("Des perturbations sur les lignes de métro sont à prévoir à Paris.", "fr"), []);
  assert.deepEqual(await coded("Le ministère français veut combattre l'antisémitisme.", "fr"), []);
  assert.ok((await coded("Israël a repoussé l'offre du Hamas.", "fr")).some((e) => e.startsWith("120 ")));
});

test("a labour strike is 143, a military strike is not; a verb the tagger reads after a preposition is a noun", async () => {
  assert.ok((await coded("British nurses went on strike on Tuesday.")).includes("143 GBRHLH→GBR occurred"));
  assert.ok((await coded("The rail unions began a nationwide strike in Britain.")).some((e) => e.startsWith("143 GBRLAB")));
  assert.ok(!(await coded("A drone strike killed five people in Gaza.")).some((e) => e.startsWith("143 ")));
  assert.ok((await coded("Les cheminots français sont en grève depuis mardi.", "fr")).includes("143 FRALAB→FRA occurred"));
  assert.ok((await coded("Les médecins français se sont mis en grève.", "fr")).some((e) => e.startsWith("143 FRAHLH")));
});

test("an object the parse hangs on an idiom's noun is the verb's object", async () => {
  assert.ok((await coded("La Chine met en garde le Japon.", "fr")).includes("130 CHN→JPN occurred"));
});

test("an argument that is none negates the event: 'aucune menace', 'aucun accord', 'no agreement'; 'sans aucune condition' does not", async () => {
  assert.deepEqual(await coded("Le Niger ne cédera à aucune menace.", "fr"), ["080 NER→NER negated"]);
  assert.deepEqual(await coded("La Russie n'a signé aucun accord avec l'Ukraine.", "fr"), ["057 RUS→UKR negated"]);
  assert.ok((await coded("Russia signed no agreement with Ukraine.")).every((e) => e.endsWith(" negated")));
  assert.deepEqual(await coded("La France a accepté sans aucune condition l'accord avec l'Iran.", "fr"), ["030 FRA→IRN occurred"]);
});

test("an English diplomat with his country's adjective is that government's", async () => {
  assert.ok((await coded("Canada expelled an Indian diplomat on Monday.")).includes("166 CAN→INDGOV occurred"));
});

test("a court sentencing someone to years in prison is 116, not a criticism", async () => {
  assert.deepEqual(await coded("Le tribunal de Paris a condamné jeudi Patrick Balkany à quatre ans de prison.", "fr"), ["116 FRAJUD→FRA occurred"]);
  assert.deepEqual(await coded("Le tribunal correctionnel de Paris a condamné l'opposant à cinq ans de prison.", "fr"), ["116 FRAJUD→FRA occurred"]);
});

test("a strike called for is the caller's, planned, on the day it is called for", async () => {
  const record = await analyze("PARIS, 12 mars (AFP) - La CGT a appelé à une grève reconductible à partir de lundi.", { lang: "fr", publishedAt: "2024-03-12" });
  assert.deepEqual(record.events.map((e) => [e.code, e.source?.actor, e.modality, e.date]), [["143", "FRALAB", "planned", "2024-03-18"]]);
});

test("'la Commission', 'le Conseil' take up the institution named so in full, and no other", async () => {
  assert.ok((await coded("La Commission européenne a publié un texte lundi. La Chine a menacé la Commission.", "fr")).includes("130 CHN→EUR occurred"));
  assert.ok((await coded("Le Conseil de sécurité de l'ONU a voté. La Russie a accusé le Conseil de lâcheté.", "fr")).some((e) => e.startsWith("112 ") && e.includes("→UNO")));
  const other = await analyze("La CGT a manifesté lundi. Le Conseil a déclaré que la trêve devait tenir.", { lang: "fr", publishedAt: "2025-03-12" });
  assert.ok(other.quotes.every((q) => q.speaker !== "org:cgt"), JSON.stringify(other.quotes.map((q) => q.speaker)));
});

test("an international body's condemnation with no one named is of the story's country; a verb with an accent is no title", async () => {
  const un = await coded("Des hommes armés ont enlevé 200 lycéennes au Nigeria. Le Conseil de sécurité des Nations unies a condamné l'attaque.", "fr");
  assert.ok(un.includes("111 UNO→NGA occurred"), JSON.stringify(un));
  assert.ok((await coded("Le tribunal de Paris a jugé Nicolas Sarkozy lundi.", "fr")).includes("173 FRAJUD→FRAELI occurred"));
  assert.deepEqual(await coded("Le ministre allemand des Finances a jugé la décision portugaise juste.", "fr"), []);
});

test("every conjunct of a coordinated subject acts, even where the parse makes the last one a second subject", async () => {
  const coded3 = await coded("La Chine, la Corée du Sud et la Russie ont proposé leur aide au Japon.", "fr");
  assert.deepEqual(coded3.map((e) => e.split(" ")[1]), ["CHN→JPN", "KOR→JPN", "RUS→JPN"]);
});

test("a passive a statement reports is not the speaker's deed", async () => {
  assert.deepEqual(await coded("Kyrgyzstan said its border posts were shelled on Friday."), []);
});

test("a time in a relative clause on an actor, or in a reported clause, does not date the event", async () => {
  const dated = async (text: string, lang: string) => (await analyze(text, { lang, publishedAt: "2024-01-31" })).events.map((e) => `${e.code} ${e.date}`);
  assert.deepEqual(await dated("Washington warned it could reimpose sanctions on Venezuela by April.", "en"), ["130 2024-01-31"]);
  assert.deepEqual(await dated("Le président turc, qui a été réélu en 2023, a condamné l'Égypte.", "fr"), ["111 2024-01-31"]);
});

test("a people's name is its civilians; a military operation, custody and sanctions announced are coded", async () => {
  assert.ok((await coded("Barack Obama a salué le peuple tunisien.", "fr")).some((e) => e.startsWith("051 ") && e.includes("→TUNCVL")));
  assert.ok((await coded("La France a lancé une opération militaire en Centrafrique.", "fr")).includes("190 FRA→CAF occurred"));
  assert.ok((await coded("Le suspect a été placé en garde à vue par la police française.", "fr")).some((e) => e.startsWith("173 FRACOP")));
});
