import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage } from "./language.js";

test("French and English are told apart on a single short sentence", async () => {
  const french = ["Le Chili et l'Argentine ont signé un accord.", "Le président a démissionné hier soir.", "L'UE a dénoncé les arrestations.", "Les manifestants se sont rassemblés devant le parlement."];
  const english = ["The president resigned last night.", "Chile and Argentina signed a deal.", "Protesters gathered outside parliament.", "The EU condemned the arrests."];
  for (const s of french) assert.equal((await detectLanguage(s)).code, "fr", s);
  for (const s of english) assert.equal((await detectLanguage(s)).code, "en", s);
});

test("other languages get their ISO 639-1 code", async () => {
  assert.equal((await detectLanguage("Der Präsident hat den Vertrag gestern unterzeichnet.")).code, "de");
  assert.equal((await detectLanguage("El presidente firmó el acuerdo ayer en Madrid.")).code, "es");
});
