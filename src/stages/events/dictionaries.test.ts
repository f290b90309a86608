import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Token } from "../../model/record.js";
import { loadDictionaries, type Dictionaries } from "./dictionaries.js";
import { eventLexicon } from "./lexicon.js";

/** A folder of tiny PETRARCH dictionaries, written as the formats' documentation describes them. */
function dictionaries(files: Record<string, string>): Dictionaries {
  const dir = mkdtempSync(join(tmpdir(), "gazette-dictionaries-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadDictionaries(dir, eventLexicon("en")!);
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const actorsIn = (d: Dictionaries, sentence: string) =>
  d.actorMentions(tokens(sentence)).map((m) => [sentence.slice(m.start, m.end), m.entity.actor]);

test("verb blocks: multi-word verbs keep their particle, irregular forms replace the regular ones, null codes code nothing", () => {
  const d = dictionaries({
    "t.verbs.txt": [
      "--- BREAK [1717] ---",
      "BREAK { BROKE BROKEN }",
      "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }",
      "WIRE_+TAP [171]",
      "",
      "--- SCORN [---] ---",
      "SCORN",
      "- * PROPOSAL [111]",
      "- * FXLL [+++]",
    ].join("\n"),
  });
  const { verbs, forms } = d.lexicon;
  assert.deepEqual(verbs.get("break")!.map((p) => [p.tail, p.code]), [[["down"], "1717"], [[], "1717"]]);
  assert.deepEqual(verbs.get("tap")!.map((p) => [p.before, p.code]), [[["wire"], "171"]]);
  assert.deepEqual(forms.get("broke")?.map((f) => f.lemma), ["break"]);
  assert.equal(forms.get("breaked"), undefined);
  assert.deepEqual(forms.get("taps")?.map((f) => f.lemma), ["tap"]);
  // The pattern with a code, then the plain verb that codes no event; a note like [+++] is no pattern.
  assert.deepEqual(verbs.get("scorn")!.map((p) => [[...(p.object ?? [])], p.code]), [[["proposal"], "111"], [[], undefined]]);
});

test("patterns: synsets expand where they are not the object, markers place the target and source", () => {
  const d = dictionaries({
    "t.verbs.txt": [
      "&PREP_",
      "+ON",
      "+AT",
      "",
      "&TIES",
      "+MILITARY",
      "+ECONOMIC",
      "",
      "--- ACT [100] ---",
      "ACT",
      "- * &PREP RESOLUTION [102]",
      "- * &TIES TIES [902]",
      "- + * FROM $ [066]",
      "- * WITH + [031]",
    ].join("\n"),
  });
  const act = d.lexicon.verbs.get("act")!.map((p) => ({ tail: p.tail.join(" "), object: [...(p.object ?? [])].join(","), code: p.code, source: p.source.join(","), target: p.target.slice(0, 2).join(",") }));
  assert.deepEqual(act.filter((p) => p.code === "102").map((p) => [p.tail, p.object]), [["on", "resolution"], ["at", "resolution"]]);
  assert.deepEqual(act.filter((p) => p.code === "902").map((p) => p.object), ["ties"]);
  assert.deepEqual(act.find((p) => p.code === "066"), { tail: "from", object: "", code: "066", source: "from", target: "subj,obj" });
  assert.deepEqual(act.find((p) => p.code === "031"), { tail: "with", object: "", code: "031", source: "subj", target: "with" });
});

test("actors: synonyms share codes, date restrictions pick the code, blanks let words come between", () => {
  const d = dictionaries({
    "t.actors.txt": [
      "GOLLUM",
      "+SMEAGOL",
      "\t[HOB < 950601]",
      "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]",
      "HAMFAST GAMGEE [HOB]",
      "ARNOR_ [ARN]",
      "BOROMIR [---]",
    ].join("\n"),
  });
  d.date = "19970101";
  assert.deepEqual(actorsIn(d, "Smeagol met Hamfast the elder Gamgee and Boromir in Arnor"), [["Smeagol", "HOBGOV"], ["Hamfast the elder Gamgee", "HOB"], ["Arnor", "ARN"]]);
  d.date = "20000101";
  assert.deepEqual(actorsIn(d, "Gollum left"), [["Gollum", "HOBREB"]]);
});

test("agents: combined with the actor of their noun phrase, before or after its code; alone, an unknown actor's", () => {
  const d = dictionaries({
    "t.actors.txt": "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nFORNOST [FOR]\n",
    "t.agents.txt": [
      "!PERSON! = MAN, WOMAN",
      "POLICE {} [~COP]",
      "MSF {} [NGO~]",
      "DIPLOMAT [~GOV]",
      "CONGRESS!PERSON! [~LEG]",
      "LAWMAKER [~LEG]",
      "AUTHORITY [~GOV]",
    ].join("\n"),
  });
  assert.deepEqual(actorsIn(d, "Arnorian police"), [["Arnorian police", "ARNCOP"]]);
  assert.deepEqual(actorsIn(d, "an MSF Arnor diplomat"), [["MSF Arnor diplomat", "NGOARNGOV"]]);
  assert.deepEqual(actorsIn(d, "lawmakers in Fornost and Gondor"), [["lawmakers in Fornost", "FORLEG"], ["Gondor", "GONLEG"]]);
  assert.deepEqual(actorsIn(d, "a congresswoman and the authorities"), [["congresswoman", "---LEG"], ["authorities", "---GOV"]]);
});
