import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";

const actorOf = async (text: string, surface: string) => {
  const record = await analyze(text, { lang: "en", publishedAt: "2000-01-01" });
  const entity = record.entities.find((e) => e.mentions.some((m) => record.text.slice(m.start, m.end) === surface));
  return entity?.actor;
};

describe("recognise: English possessives", () => {
  it("finds the country before 's and gives it to the title or institution that follows", async () => {
    assert.equal(await actorOf("Taiwan's Foreign Minister visited Moscow on Tuesday.", "Taiwan's Foreign Minister"), "TWNGOV");
    assert.equal(await actorOf("Taiwan's Foreign Minister visited Moscow on Tuesday.", "Taiwan"), "TWN");
    assert.equal(await actorOf("Israel's high court opened a hearing.", "Israel's high court"), "ISRJUD");
    assert.equal(await actorOf("Russia's army crossed the border.", "Russia's army"), "RUSMIL");
  });

  it("finds a known person before 's", async () => {
    assert.equal(await actorOf("Obama's envoy met the Egyptian government.", "Obama"), "USAGOV");
  });
});

describe("recognise: crossing names", () => {
  it("prefers the name the text goes on to, when two known names cross", async () => {
    const record = await analyze("Les chefs d'État de l'Union africaine se sont réunis à Addis-Abeba.", { lang: "fr", publishedAt: "2025-02-16" });
    assert.deepEqual(record.entities.filter((e) => e.type === "ORG").map((e) => e.actor), ["AFU"]);
  });
});

/** Each entity's type by its name, for a French text. */
const typesOf = async (text: string, lang = "fr") => {
  const record = await analyze(text, { lang, publishedAt: "2021-06-01" });
  return Object.fromEntries(record.entities.map((e) => [e.name, e.type]));
};

describe("recognise: names nobody knows", () => {
  it("gives a headline's name the type the body gives it by default, not a person's", async () => {
    const record = await analyze("Vendée Kervalan : Déjà un abandon\n\nMarc Lenoir, favori de cette édition du Vendée Kervalan, a abandonné.", { lang: "fr", publishedAt: "2012-11-11" });
    assert.deepEqual([...new Set(record.entities.filter((e) => e.name === "Vendée Kervalan").map((e) => e.type))], ["MISC"]);
  });

  it("takes an office's words with no name after them for no one's name", async () => {
    const types = await typesOf("Secretary of the Navy Tom Varley: No, Sir, save it. An additional email by Varley reached the Secretary on Friday.", "en");
    assert.equal(types["Secretary"], undefined);
    assert.equal(types["Tom Varley"], "PER");
  });

  it("does not take a name after an article for a person's", async () => {
    const types = await typesOf("Les coureurs sont partis des Grèves de Kervalan vers midi. Jean Tallec mène la course.");
    assert.equal(types["Grèves de Kervalan"], "MISC");
    assert.equal(types["Jean Tallec"], "PER");
  });

  it("carries a name on through a capitalised particle, past a town of the same name", async () => {
    const types = await typesOf("Le navigateur Armel Le Bihan a pris la tête de la flotte.");
    assert.equal(types["Armel Le Bihan"], "PER");
  });

  it("reads a name in quotation marks as a title, and foreign organisations by their own head words", async () => {
    const types = await typesOf("La société a présenté « Orion Nexa » avec l'aide du Hartwell Institute for Applied Optics.");
    assert.equal(types["Orion Nexa"], "MISC");
    assert.equal(types["Hartwell Institute for Applied Optics"], "ORG");
  });

  it("keeps one type for one name through the story", async () => {
    const record = await analyze("Trophée Kerlouan : un départ sous la pluie\n\nLes skippers du Trophée Kerlouan ont quitté le port.", { lang: "fr", publishedAt: "2021-06-01" });
    const trophies = record.entities.filter((e) => e.name === "Trophée Kerlouan");
    assert.deepEqual(trophies.map((e) => e.type), ["MISC"]);
    assert.equal(trophies[0].mentions.length, 2);
  });

  it("does not fold the common noun opening a headline into the name after it", async () => {
    const record = await analyze("Arrivée du Trophée Kerlouan\n\nLes skippers ont rejoint le port.", { lang: "fr", publishedAt: "2021-06-01" });
    assert.deepEqual(record.entities.map((e) => e.name), ["Trophée Kerlouan"]);
  });
});

describe("recognise: English names in running text", () => {
  const entitiesOf = async (text: string) => (await analyze(text, { lang: "en", publishedAt: "2008-06-01" })).entities;

  it("reads a capitalised common noun opening a sentence as no town, and no name after it as part of it", async () => {
    const names = (await entitiesOf("Police detained Carl Hendry on Monday. Unlike Farwell, the firm kept its plant.")).map((e) => e.name);
    assert.ok(!names.includes("Police"), names.join(", "));
    assert.ok(!names.some((n) => n.startsWith("Unlike")), names.join(", "));
  });

  it("does not run an organisation's head word on to a person named after a verb", async () => {
    const names = (await entitiesOf("Press reports said Barack Obama would visit Mexico.")).map((e) => e.name);
    assert.ok(names.includes("Barack Obama"), names.join(", "));
  });

  it("keeps a company that opens with its town whole, in that town's country", async () => {
    const exchange = (await entitiesOf("Shares on the New York Stock Exchange fell sharply.")).find((e) => e.name === "New York Stock Exchange");
    assert.deepEqual([exchange?.type, exchange?.country], ["ORG", "USA"]);
  });

  it("gives a person no country from a town inside the name", async () => {
    const person = (await entitiesOf("The broker was Mary Baker, who sold the shares.")).find((e) => e.name === "Mary Baker");
    assert.equal(person?.type, "PER");
    assert.notEqual(person?.country, "TKM");
  });

  it("codes an ethnic group as civilians of the country it lives in", async () => {
    const group = (await entitiesOf("Hundreds of ethnic Albanians marched on Tuesday in Serbia.")).find((e) => e.name.startsWith("Albania"));
    assert.equal(group?.actor, "SRBCVL");
  });
});

describe("recognise: particles, numbers and capitalised agent words", () => {
  it("opens a surname with a capitalised particle after a title", async () => {
    assert.equal((await typesOf("Le discours du général De Vernay fut bref."))["De Vernay"], "PER");
  });

  it("reads a name with a number in it as a thing, and an airline by its head word", async () => {
    const types = await typesOf("L'appareil, un Falcon Jet FJ-900, était exploité par Sahel Air.");
    assert.equal(types["Falcon Jet FJ-900"], "MISC");
    assert.equal(types["Sahel Air"], "ORG");
  });

  it("reads a capitalised agent word that a name follows through « de » as an organisation's name", async () => {
    const types = await typesOf("Les combattants de l'Armée de Salut Populaire ont déposé les armes.");
    assert.equal(types["Armée de Salut Populaire"], "ORG");
  });
});

describe("recognise: a name's type through the story", () => {
  it("gives a name after an article the type another mention reads from its context", async () => {
    const types = await typesOf("Les bergers vivent au nord du Vastrok depuis des siècles. Le Vastrok reste peu peuplé.");
    assert.equal(types["Vastrok"], "LOC");
  });

  it("reads a lone name after a locative and its article as a place", async () => {
    assert.equal((await typesOf("Une tempête a frappé les villages dans les Corbrières hier."))["Corbrières"], "LOC");
  });

  it("reads what an acronym spells out as no person's name", async () => {
    const types = await typesOf("He joined the DVS (Drelwick Venture Scheme) in 1990.", "en");
    assert.equal(types["Drelwick Venture Scheme"], "ORG");
  });

  it("reads a name after a natural feature's head noun as a place", async () => {
    assert.equal((await typesOf("Des peintures ont été trouvées dans la grotte de Valmorte."))["Valmorte"], "LOC");
  });
});

describe("recognise: surnames", () => {
  it("reads a lone word that is the surname of a person of the story as that person, not a place", async () => {
    const types = await typesOf("Jonas Vark, the chief executive, took leave on Monday. The same move was made in Vark' last absence.", "en");
    assert.deepEqual(types, { "Jonas Vark": "PER" });
  });
});

describe("recognise: companies named after known ones", () => {
  it("reads a known company's name with an organisation's head word after it as another company", async () => {
    const record = await analyze("Sony Pictures said that Sony Inc. would not appeal.", { lang: "en", publishedAt: "2021-06-01" });
    const byName = Object.fromEntries(record.entities.map((e) => [e.name, e]));
    assert.equal(byName["Sony Pictures"]?.type, "ORG");
    assert.equal(byName["Sony Pictures"]?.actor, undefined);
    assert.equal(byName["Sony"]?.actor, "JPNBUS");
  });
});

describe("recognise: heads, conjunctions and returning surnames", () => {
  it("reads an English name by its last head word", async () => {
    assert.equal((await typesOf("The Harbor Street Gazette said so.", "en"))["Harbor Street Gazette"], "ORG");
    assert.equal((await typesOf("The Bank of Harbor Street said so.", "en"))["Bank of Harbor Street"], "ORG");
  });

  it("ends an organisation's name at a conjunction before a lower-case word", async () => {
    const types = await typesOf("La Banque de Valmorte et la rue de Corbel ont été rénovées.");
    assert.equal(types["Banque de Valmorte"], "ORG");
  });

  it("finds a first name of the story opening a sentence", async () => {
    const record = await analyze("Jonas Vark spoke on Monday. Jonas said the company would grow.", { lang: "en", publishedAt: "2021-06-01" });
    assert.deepEqual(record.entities.map((e) => [e.name, e.mentions.length]), [["Jonas Vark", 2]]);
  });

  it("finds a surname of the story opening a sentence", async () => {
    const types = await typesOf("Jonas Vark, the chief executive, spoke on Monday. Vark said the company would grow.", "en");
    const record = await analyze("Jonas Vark, the chief executive, spoke on Monday. Vark said the company would grow.", { lang: "en", publishedAt: "2021-06-01" });
    assert.deepEqual(types, { "Jonas Vark": "PER" });
    assert.equal(record.entities[0].mentions.length, 2);
  });
});

describe("recognise: names made of common words", () => {
  it("does not take a name of words mostly written in lower case for a person's", async () => {
    const types = await typesOf("A study by Housing Market Review found that prices fell, Mary Baker said.", "en");
    assert.equal(types["Housing Market Review"], "MISC");
    assert.equal(types["Mary Baker"], "PER");
  });
});

describe("recognise: acronyms inside names", () => {
  it("reads a name holding an acronym as a thing's, a Roman numeral as a person's", async () => {
    const types = await typesOf("Users of Zorbix OS X waited while Louis XIV and JR Smith spoke.", "en");
    assert.equal(types["Zorbix OS X"], "MISC");
    assert.equal(types["Louis XIV"], "PER");
  });
});
