import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { country } from "./countries.js";

describe("GDELT country codes", () => {
  it("writes places in FIPS 10-4, which differs from ISO where GDELT's own files do", () => {
    // Spot checks from GDELT's FIPS country list, including the traps: codes that are another country's ISO code.
    const expected: Record<string, string> = {
      RUS: "RS", BLR: "BO", UKR: "UP", DEU: "GM", GBR: "UK", CHN: "CH", CHE: "SZ", AUT: "AU", AUS: "AS",
      ESP: "SP", SWE: "SW", JPN: "JA", KOR: "KS", PRK: "KN", IRQ: "IZ", ISR: "IS", LBN: "LE", NER: "NG",
      NGA: "NI", COD: "CG", COG: "CF", ZAF: "SF", MMR: "BM", PHL: "RP", SRB: "RI", CZE: "EZ", TUR: "TU",
      DZA: "AG", MAR: "MO", TUN: "TS", YEM: "YM", OMN: "MU", BFA: "UV", CIV: "IV", SSD: "OD", TCD: "CD",
      FRA: "FR", EGY: "EG", MLI: "ML", SYR: "SY", GRC: "GR", AFG: "AF", USA: "US", IRN: "IR", CAN: "CA",
    };
    for (const [alpha3, fips] of Object.entries(expected)) assert.equal(country(alpha3)?.fips, fips, alpha3);
  });
});
