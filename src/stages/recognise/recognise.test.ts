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
