/**
 * Event coding, four ways:
 * - the gold articles (../shared/data/gold), scored as ../shared/tools/score.py scores events:
 *   required-event recall, precision, date and modality accuracy on the matched, and the exact-code rate;
 * - the PLOVER gold records, development half: root-code and PLOVER-type accuracy, source-actor accuracy;
 * - the PETRARCH unit-test records, development half, with their PETR.Validate dictionaries;
 * - the PETRARCH-2 GSR validation records, development half, with the Phoenix dictionaries.
 * The last two count exact (source, target, code) triples. GAZETTE_EVAL_DEBUG=1 (or --verbose) prints
 * every predicted event with the lexicon entry that produced it: the audit trail.
 */
import { readFileSync } from "node:fs";
import type { DocumentRecord, Event } from "../../src/model/record.js";
import { createDoc, type Doc } from "../../src/pipeline/doc.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { buildPipeline, runPipeline, type Pipeline } from "../../src/pipeline/pipeline.js";
import { toRecord } from "../../src/pipeline/record.js";
import { languageStage } from "../../src/stages/language/language.js";
import { segmentStage } from "../../src/stages/segment/segment.js";
import { tagStage } from "../../src/stages/tag/tag.js";
import { parseStage } from "../../src/stages/parse/parse.js";
import { cameoCodes } from "../../src/stages/events/codes.js";
import { mergeMentions } from "../../src/stages/events/merge.js";
import { codeMentions } from "../../src/stages/events/events.js";
import { eventLexicon } from "../../src/stages/events/lexicon.js";
import { loadDictionaries } from "../../src/stages/events/dictionaries.js";
import { dataPath } from "../data.js";
import { analyseGold, readGold } from "./gold.js";
import type { EvalRow, EvalSuite } from "./suite.js";

const verbose = Boolean(process.env.GAZETTE_EVAL_DEBUG) || process.argv.includes("--verbose");
const ratio = (a: number, b: number) => (b ? a / b : 0);

// ---- gold articles (score.py's rules) -------------------------------------------------------

interface GoldEvent {
  id: string;
  required?: boolean;
  source?: string[];
  target?: string[];
  symmetric?: boolean;
  cameo: string[];
  date?: string;
  modality?: string;
}

function codesOf(actor: Event["source"]): Set<string> {
  const out = new Set<string>();
  if (!actor) return out;
  if (actor.country) out.add(actor.country.toUpperCase());
  const code = (actor.actor ?? "").toUpperCase();
  if (code) {
    out.add(code);
    out.add(code.slice(0, 3));
  }
  return out;
}

function actorMatches(actor: Event["source"], gold: string[] | undefined): boolean {
  if (!gold || !gold.length) return true;
  const pc = codesOf(actor);
  return gold.some((g) => pc.has(g.toUpperCase()) || [...pc].some((p) => p.startsWith(g.toUpperCase())));
}

function codeAccepted(code: string, accepted: string[]): boolean {
  return accepted.some((a) => (a.length === 2 && code.slice(0, 2) === a) || code === a || code.startsWith(a));
}

function eventMatches(ev: Event, g: GoldEvent): boolean {
  if (!codeAccepted(ev.code, g.cameo)) return false;
  if (actorMatches(ev.source, g.source) && actorMatches(ev.target, g.target)) return true;
  return Boolean(g.symmetric) && actorMatches(ev.source, g.target) && actorMatches(ev.target, g.source);
}

const dateOk = (pred: string | undefined, gold: string) => Boolean(pred) && (pred === gold || pred!.startsWith(gold));

interface Tally { required: number; matched: number; tp: number; fp: number; dateRight: number; dateN: number; modRight: number; modN: number; exact: number }

function scoreEvents(gold: { id: string; events: GoldEvent[] }, record: DocumentRecord, tally: Tally): Set<string> {
  const required = gold.events.filter((g) => g.required !== false);
  const matched = new Set<string>();
  tally.required += required.length;
  for (const ev of record.events) {
    const fresh = required.filter((g) => eventMatches(ev, g) && !matched.has(g.id));
    let verdict: string;
    if (fresh.length) {
      const g = fresh[0];
      matched.add(g.id);
      tally.tp++;
      if (ev.code === g.cameo[0]) tally.exact++;
      if (g.date) {
        tally.dateN++;
        if (dateOk(ev.date, g.date)) tally.dateRight++;
      }
      if (g.modality) {
        tally.modN++;
        if (ev.modality === g.modality) tally.modRight++;
      }
      verdict = `match ${g.id}${g.date && !dateOk(ev.date, g.date) ? ` (date ${ev.date} ≠ ${g.date})` : ""}${g.modality && ev.modality !== g.modality ? ` (modality ${ev.modality} ≠ ${g.modality})` : ""}`;
    } else if (gold.events.some((g) => g.required === false && eventMatches(ev, g))) {
      verdict = "optional";
    } else {
      tally.fp++;
      verdict = "FALSE POSITIVE";
    }
    if (verbose) {
      console.log(`  ${gold.id} ${ev.code} ${ev.source?.actor ?? "-"}→${ev.target?.actor ?? "-"} ${ev.date ?? "-"} ${ev.modality} ×${ev.mentions.length} [${ev.producedBy}] ${verdict}`);
    }
  }
  tally.matched += matched.size;
  if (verbose) for (const g of required) if (!matched.has(g.id)) console.log(`  ${gold.id} MISSED ${g.id} ${g.cameo[0]} ${(g.source ?? []).join("/")}→${(g.target ?? []).join("/")}`);
  return matched;
}

async function goldRows(): Promise<EvalRow[]> {
  const tally: Tally = { required: 0, matched: 0, tp: 0, fp: 0, dateRight: 0, dateN: 0, modRight: 0, modN: 0, exact: 0 };
  const rows: EvalRow[] = [];
  for (const gold of readGold<{ events: GoldEvent[] }>()) {
    const record = toRecord(await analyseGold(gold));
    const matched = scoreEvents(gold, record, tally);
    if (gold.id === "seed-fr-001") {
      const e1 = record.events.find((e) => eventMatches(e, gold.events.find((g) => g.id === "E1")!));
      const e2 = record.events.find((e) => eventMatches(e, gold.events.find((g) => g.id === "E2")!));
      rows.push(
        { lang: "fr", corpus: "seed", metric: "required_found", value: matched.size, n: gold.events.filter((g) => g.required !== false).length },
        { lang: "fr", corpus: "seed", metric: "e1_mentions", value: e1?.mentions.length ?? 0 },
        { lang: "fr", corpus: "seed", metric: "e2_planned_2025H2", value: e2?.modality === "planned" && e2.date === "2025-H2" ? 1 : 0 },
      );
    }
  }
  return [
    { lang: "fr", corpus: "gold", metric: "event_recall", value: ratio(tally.matched, tally.required), n: tally.required },
    { lang: "fr", corpus: "gold", metric: "event_precision", value: ratio(tally.tp, tally.tp + tally.fp), n: tally.tp + tally.fp },
    { lang: "fr", corpus: "gold", metric: "exact_code_rate", value: ratio(tally.exact, tally.tp), n: tally.tp },
    { lang: "fr", corpus: "gold", metric: "date_accuracy", value: ratio(tally.dateRight, tally.dateN), n: tally.dateN },
    { lang: "fr", corpus: "gold", metric: "modality_accuracy", value: ratio(tally.modRight, tally.modN), n: tally.modN },
    ...rows,
  ];
}

// ---- PLOVER gold records ----------------------------------------------------------------------

/** PLOVER 0.5 names → the current ones used by resources/world/plover-types.tsv. */
const RENAMED: Record<string, string> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", INVESTIGATE: "ACCUSE", FIGHT: "ASSAULT" };
/** PLOVER 0.5 types → the CAMEO roots they were drawn from. */
const ROOTS: Record<string, string[]> = {
  AGREE: ["03"], CONSULT: ["04"], SUPPORT: ["05"], COOPERATE: ["06"], AID: ["07"], CONCEDE: ["08"], RETREAT: ["08"],
  INVESTIGATE: ["09"], DEMAND: ["10", "02"], DISAPPROVE: ["11"], REJECT: ["12"], THREATEN: ["13"], PROTEST: ["14"],
  MOBILIZE: ["15"], SANCTION: ["16"], COERCE: ["17"], ASSAULT: ["18", "20"], FIGHT: ["19"],
};

interface PloverRecord { id: string; event: string; text: string; source?: Array<{ code?: string }> | string }

async function analyseEnglish(text: string, publishedAt: string, pipeline: Pipeline): Promise<Doc> {
  const doc = createDoc(text, { lang: "en", publishedAt });
  await runPipeline(pipeline, doc, { publishedAt });
  return doc;
}

/** The event a one-sentence record is about: the most confident, preferring full dyads. */
function mainEvent(events: readonly Event[]): Event | undefined {
  return [...events].sort((a, b) => Number(Boolean(b.target)) - Number(Boolean(a.target)) || b.confidence - a.confidence)[0];
}

async function ploverRows(): Promise<EvalRow[]> {
  const records = (JSON.parse(readFileSync(dataPath("events", "plover", "PLOVER_GSR_CAMEO.DEV-odd.json"), "utf8")) as PloverRecord[]).filter((r) => ROOTS[r.event]);
  let root = 0, type = 0, coded = 0, actorN = 0, actorOk = 0;
  const codes = cameoCodes();
  for (const r of records) {
    const doc = await analyseEnglish(r.text, "2000-01-01", defaultPipeline());
    // The record names one event type; score the coder's reading of it even where it found no target.
    const ev = mainEvent(mergeMentions(codeMentions(doc, eventLexicon("en")!, { publishedAt: "2000-01-01" }), doc.layers.sentences!, doc.text, { requireTarget: false }));
    if (!ev) {
      if (verbose) console.log(`  ${r.id} ${r.event}: nothing — ${r.text.slice(0, 100)}`);
      continue;
    }
    coded++;
    const rootOk = ROOTS[r.event].includes(ev.rootCode);
    root += Number(rootOk);
    type += Number((codes.get(ev.code)?.plover ?? "") === (RENAMED[r.event] ?? r.event));
    const golds = Array.isArray(r.source) ? r.source.map((s) => (s.code ?? "").toUpperCase()).filter(Boolean) : [];
    if (golds.length) {
      actorN++;
      if (golds.some((g) => codesOf(ev.source).has(g.slice(0, 3)))) actorOk++;
    }
    if (verbose) console.log(`  ${r.id} ${r.event}: ${ev.code} ${ev.source?.actor ?? "-"}→${ev.target?.actor ?? "-"} [${ev.producedBy}] ${rootOk ? "ok" : "WRONG"}`);
  }
  return [
    { lang: "en", corpus: "plover-dev", metric: "root_accuracy", value: ratio(root, records.length), n: records.length },
    { lang: "en", corpus: "plover-dev", metric: "plover_type_accuracy", value: ratio(type, records.length), n: records.length },
    { lang: "en", corpus: "plover-dev", metric: "coded", value: ratio(coded, records.length), n: records.length },
    { lang: "en", corpus: "plover-dev", metric: "source_actor_accuracy", value: ratio(actorOk, actorN), n: actorN },
  ];
}

// ---- PETRARCH validation records --------------------------------------------------------------

interface Triple { source: string; target: string; code: string }
interface ValidationRecord { id: string; date: string; text: string; triples: Triple[] }

function readValidation(file: string): ValidationRecord[] {
  const xml = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const out: ValidationRecord[] = [];
  for (const block of xml.split(/<Sentence\s/).slice(1)) {
    const id = /\bid="(?<v>[^"]*)"/.exec(block)?.groups?.v ?? "";
    const date = /\bdate="(?<v>\d{8})"/.exec(block)?.groups?.v ?? "20000101";
    const text = /<Text>(?<t>[\s\S]*?)<\/Text>/.exec(block)?.groups?.t.replace(/\s+/g, " ").trim() ?? "";
    if (/error="/.test(block) || !text) continue;
    const triples = [...block.matchAll(/<EventCoding\b(?<attrs>[^>]*)>/g)]
      .map((m) => m.groups!.attrs)
      .filter((a) => /eventcode="/.test(a))
      .map((a) => ({
        source: /sourcecode="(?<v>[^"]*)"/.exec(a)?.groups?.v ?? "---",
        target: /targetcode="(?<v>[^"]*)"/.exec(a)?.groups?.v ?? "---",
        code: /eventcode="(?<v>[^"]*)"/.exec(a)?.groups?.v ?? "",
      }));
    out.push({ id, date, text, triples });
  }
  return out;
}

let syntaxPipeline: Pipeline | undefined;

/** Segmentation, tags and parse: the validation records bring their own actors (the dictionaries). */
function validationPipeline(): Pipeline {
  syntaxPipeline ??= buildPipeline([languageStage, segmentStage, tagStage, parseStage]);
  return syntaxPipeline;
}

async function validationRows(corpus: string, file: string, only: { verbs: string; actors: string[]; agents: string }): Promise<EvalRow[]> {
  const records = readValidation(file);
  const base = eventLexicon("en")!;
  const dictionaries = loadDictionaries(dataPath("events", "petrarch2", "dictionaries"), base, only);
  let gold = 0, found = 0, predicted = 0, exactRecords = 0;
  for (const r of records) {
    const publishedAt = `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`;
    const doc = await analyseEnglish(r.text, publishedAt, validationPipeline());
    doc.layers.entities = [];
    dictionaries.date = r.date;
    const events = mergeMentions(codeMentions(doc, dictionaries.lexicon, { publishedAt, dictionaries }), doc.layers.sentences!, doc.text);
    const got = new Set(events.map((e) => `${e.source?.actor ?? "---"} ${e.target?.actor ?? "---"} ${e.code}`));
    const want = new Set(r.triples.map((t) => `${t.source} ${t.target} ${t.code}`));
    const hits = [...want].filter((t) => got.has(t)).length;
    gold += want.size;
    found += hits;
    predicted += got.size;
    if (hits === want.size && got.size === want.size) exactRecords++;
    if (verbose) console.log(`  ${r.id}: want [${[...want].join("; ")}] got [${[...got].join("; ")}] ${events.map((e) => e.producedBy).join(" ")}`);
  }
  return [
    { lang: "en", corpus, metric: "triple_recall", value: ratio(found, gold), n: gold },
    { lang: "en", corpus, metric: "triple_precision", value: ratio(found, predicted), n: predicted },
    { lang: "en", corpus, metric: "record_exact", value: ratio(exactRecords, records.length), n: records.length },
  ];
}

export const eventsSuite: EvalSuite = {
  name: "events",
  title: "event coding: gold articles (score.py rules), PLOVER records, PETRARCH unit tests and GSR (dev halves)",
  async run() {
    return [
      ...(await goldRows()),
      ...(await ploverRows()),
      ...(await validationRows("petrarch-unit-dev", dataPath("events", "petrarch2", "PETR.UnitTest.records.DEV-odd.xml"), {
        verbs: "PETR.Validate.verbs.txt", actors: ["PETR.Validate.actors.txt"], agents: "PETR.Validate.agents.txt",
      })),
      ...(await validationRows("gsr-dev", dataPath("events", "universalpetrarch", "PETR2_GSR_validation.DEV-odd.xml"), {
        verbs: "CAMEO.2.0.txt", actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"], agents: "Phoenix.agents.txt",
      })),
    ];
  },
};
