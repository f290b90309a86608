/**
 * Country facts the exports need: GDELT writes place countries as FIPS 10-4 codes, not ISO, and a
 * country-level place by its name and central point. ISO codes, names and points come from
 * resources/world/countries.tsv; FIPS codes differ from ISO alpha-2 only for the countries below.
 */
import { loadTable } from "../resources/table.js";

/** ISO 3166-1 alpha-2 → FIPS 10-4, where they differ (FIPS 10-4 as GDELT uses it, e.g. Belarus BO, Germany GM). */
const FIPS_EXCEPTIONS: Record<string, string> = {
  AD: "AN", AG: "AC", AI: "AV", AQ: "AY", AS: "AQ", AT: "AU", AU: "AS", AW: "AA", AX: "FI", AZ: "AJ",
  BA: "BK", BD: "BG", BF: "UV", BG: "BU", BH: "BA", BI: "BY", BJ: "BN", BL: "TB", BM: "BD", BN: "BX",
  BO: "BL", BQ: "NL", BS: "BF", BW: "BC", BY: "BO", BZ: "BH", CC: "CK", CD: "CG", CF: "CT", CG: "CF",
  CH: "SZ", CI: "IV", CK: "CW", CL: "CI", CN: "CH", CR: "CS", CW: "UC", CX: "KT", CZ: "EZ", DE: "GM",
  DK: "DA", DM: "DO", DO: "DR", DZ: "AG", EE: "EN", EH: "WI", ES: "SP", GA: "GB", GB: "UK", GD: "GJ",
  GE: "GG", GF: "FG", GG: "GK", GM: "GA", GN: "GV", GQ: "EK", GS: "SX", GU: "GQ", GW: "PU", HN: "HO",
  HT: "HA", IE: "EI", IL: "IS", IQ: "IZ", IS: "IC", JP: "JA", KH: "CB", KI: "KR", KM: "CN", KN: "SC",
  KP: "KN", KR: "KS", KW: "KU", KY: "CJ", LB: "LE", LC: "ST", LI: "LS", LK: "CE", LR: "LI", LS: "LT",
  LT: "LH", LV: "LG", MA: "MO", MC: "MN", ME: "MJ", MF: "RN", MG: "MA", MH: "RM", MM: "BM", MN: "MG",
  MO: "MC", MP: "CQ", MQ: "MB", MS: "MH", MU: "MP", MW: "MI", NA: "WA", NE: "NG", NG: "NI", NI: "NU",
  NU: "NE", OM: "MU", PA: "PM", PF: "FP", PG: "PP", PH: "RP", PM: "SB", PN: "PC", PR: "RQ", PS: "WE",
  PT: "PO", PW: "PS", PY: "PA", RS: "RI", RU: "RS", SB: "BP", SC: "SE", SD: "SU", SE: "SW", SG: "SN",
  SJ: "SV", SK: "LO", SN: "SG", SR: "NS", SS: "OD", ST: "TP", SV: "ES", SX: "NN", SZ: "WZ", TC: "TK",
  TD: "CD", TF: "FS", TG: "TO", TJ: "TI", TK: "TL", TL: "TT", TM: "TX", TN: "TS", TO: "TN", TR: "TU",
  TT: "TD", UA: "UP", VA: "VT", VG: "VI", VI: "VQ", VN: "VM", VU: "NH", YE: "YM", YT: "MF", ZA: "SF",
  ZM: "ZA", ZW: "ZI", XK: "KV",
};

export interface CountryFacts {
  alpha3: string;
  alpha2: string;
  /** CAMEO's country code: the alpha-3 code but for a few (Kosovo KSV). */
  cameo: string;
  fips: string;
  name: string;
  lat?: number;
  lon?: number;
}

let byAlpha3: Map<string, CountryFacts> | undefined;

function load(): Map<string, CountryFacts> {
  if (byAlpha3) return byAlpha3;
  byAlpha3 = new Map();
  const table = loadTable("world", "", "countries.tsv", ["alpha2", "alpha3", "name_en"]);
  for (const row of table?.rows ?? []) {
    const lat = Number.parseFloat(row.lat);
    const lon = Number.parseFloat(row.lon);
    byAlpha3.set(row.alpha3, {
      alpha3: row.alpha3,
      alpha2: row.alpha2,
      cameo: row.cameo || row.alpha3,
      fips: FIPS_EXCEPTIONS[row.alpha2] ?? row.alpha2,
      name: row.name_en,
      ...(Number.isFinite(lat) && Number.isFinite(lon) && { lat, lon }),
    });
  }
  return byAlpha3;
}

export function country(alpha3: string | undefined): CountryFacts | undefined {
  return alpha3 ? load().get(alpha3.toUpperCase()) : undefined;
}

/** ISO 639-1 → 639-2/B, for GDELT's translation field ("srclc:fre"). */
const ISO639_2: Record<string, string> = {
  fr: "fre", en: "eng", de: "ger", es: "spa", it: "ita", pt: "por", ru: "rus", uk: "ukr", be: "bel", pl: "pol",
  ar: "ara", zh: "chi", ja: "jpn", nl: "dut", tr: "tur", fa: "per",
};

export const languageCode3 = (lang: string) => ISO639_2[lang];
