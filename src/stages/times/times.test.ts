/** The times stage on Docs built by hand (one sentence per line): anchoring, tense from tags, ranges. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type Doc, type WordTags } from "../../pipeline/doc.js";
import type { Token } from "../../model/record.js";
import { lineSentences, timesInText } from "./text.js";
import { timesStage } from "./times.js";

function docOf(text: string, lang: string, publishedAt?: string): Doc {
  const doc = createDoc(text, { lang, publishedAt });
  doc.layers.language = { code: lang, confidence: 1 };
  doc.layers.sentences = lineSentences(text).map((s, i) => ({ ...s, paragraph: i, role: "body" as const }));
  return doc;
}

/** A one-sentence French doc with its tokens and the tags given for some of its words (the others X). */
function taggedDoc(text: string, publishedAt: string, words: string[], tagged: Record<string, WordTags>): Doc {
  const doc = docOf(text, "fr", publishedAt);
  let at = 0;
  const tokens: Token[] = words.map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w };
  });
  doc.layers.tokens = [tokens];
  doc.layers.tags = [words.map((w) => tagged[w] ?? { upos: "X", lemma: w })];
  return doc;
}

const run = (doc: Doc, publishedAt?: string) => {
  timesStage.run(doc, { publishedAt });
  return doc.layers.times!;
};

const seed = [
  "Les deux ministres ont conclu le traité lors d'une rencontre organisée à Lima vendredi.",
  "Le chantier doit s'achever dans la seconde moitié de 2027.",
  "L'adoption par le Pérou de nouvelles règles dans sa politique énergétique plus tôt cette année a provoqué des protestations.",
  "Le port a été essentiel pendant le blocus du Yémen par la coalition en mars 2015.",
  "M. Gnassou, qui gouverne le Togo depuis 2005, a misé sur Accra après sa victoire en 2019.",
].join("\n");

describe("times stage (fr)", () => {
  it("gets the six times of an article shaped like the seed, with their rule and anchor", () => {
    const times = run(docOf(seed, "fr"), "2024-12-07");
    assert.deepEqual(
      times.map((t) => [t.text, t.value]),
      [
        ["vendredi", "2024-12-06"],
        ["la seconde moitié de 2027", "2027-H2"],
        ["plus tôt cette année", "2024"],
        ["mars 2015", "2015-03"],
        ["2005", "2005"],
        ["2019", "2019"],
      ],
    );
    assert.equal(times[0].producedBy, "fr/times/weekday");
    assert.equal(times[0].anchor, "publishedAt");
    assert.equal(times[1].anchor, undefined, "an absolute date needs no anchor");
    assert.equal(times[0].sentence, 0);
    assert.equal(times[4].sentence, 4);
    for (const t of times) assert.equal(seed.slice(t.start, t.end), t.text);
  });

  it("falls back on the dateline's date, then on a date in the lead", () => {
    const withDateline = docOf("Les deux présidents ont signé l'accord hier.", "fr");
    withDateline.layers.dateline = { start: 0, end: 0, text: "MINSK, 6 déc. 2024 (Reuters)", date: "6 déc. 2024" };
    const [hier] = run(withDateline);
    assert.equal(hier.value, "2024-12-05");
    assert.equal(hier.anchor, "dateline");

    const [, yesterday] = run(docOf("4 septembre 2012. - Obama est arrivé hier dans l'Ohio.", "fr"));
    assert.equal(yesterday.value, "2012-09-03");
    assert.equal(yesterday.anchor, "lead");
  });

  it("leaves relative values underspecified without any anchor, and says so", () => {
    const times = run(docOf("Ils ont signé vendredi, le 6 décembre, et reviendront hier.", "fr"));
    assert.deepEqual(
      times.map((t) => [t.text, t.value, t.anchor]),
      [
        ["vendredi", "XXXX-WXX-5", "none"],
        ["le 6 décembre", "XXXX-12-06", "none"],
        ["hier", "XXXX-XX-XX", "none"],
      ],
    );
  });

  it("reads the tense from the tagger when it has run", () => {
    const doc = taggedDoc("Le sommet se tiendra mardi.", "2024-12-07", ["Le", "sommet", "se", "tiendra", "mardi", "."], {
      tiendra: { upos: "VERB", lemma: "tenir", feats: "Mood=Ind|Tense=Fut|VerbForm=Fin" },
    });
    assert.equal(run(doc)[0].value, "2024-12-10");
    const past = docOf("Le sommet s'est tenu mardi.", "fr", "2024-12-07");
    assert.equal(run(past)[0].value, "2024-12-03");
  });

  it("takes no tense from a subjunctive (\"avant que le rapport soit publié\")", () => {
    const words = ["Il", "faut", "agir", "avant", "que", "le", "rapport", "soit", "publié", "lundi", "."];
    const doc = taggedDoc("Il faut agir avant que le rapport soit publié lundi.", "2024-12-04", words, {
      faut: { upos: "VERB", lemma: "falloir", feats: "Mood=Ind|Tense=Pres|VerbForm=Fin" },
      soit: { upos: "AUX", lemma: "être", feats: "Mood=Sub|Tense=Pres|VerbForm=Fin" },
      publié: { upos: "VERB", lemma: "publier", feats: "Tense=Past|VerbForm=Part" },
    });
    assert.equal(run(doc)[0].value, "2024-12-09");
  });

  it("reads a future auxiliary before a past participle as the future (\"sera signé\")", () => {
    const doc = taggedDoc("L'accord sera signé vendredi.", "2024-12-03", ["L'", "accord", "sera", "signé", "vendredi", "."], {
      sera: { upos: "AUX", lemma: "être", feats: "Mood=Ind|Tense=Fut|VerbForm=Fin" },
      signé: { upos: "VERB", lemma: "signer", feats: "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass" },
    });
    assert.equal(run(doc)[0].value, "2024-12-06");
  });

  it("keeps a range as an interval and its ends apart", () => {
    const [range] = timesInText("fr", "Le salon aura lieu du 3 au 5 mars 2025.", { publishedAt: "2024-12-07" });
    assert.equal(range.value, "2025-03-03/2025-03-05");
    assert.deepEqual(range.parts?.map((p) => p.value), ["2025-03-03", "2025-03-05"]);
    const [years] = timesInText("fr", "Il a gouverné entre 2019 et 2021.", { publishedAt: "2024-12-07" });
    assert.equal(years.value, "2019/2021");
  });

  it("reads no holiday inside a hyphenated first name", () => {
    const text = "Jean-Noël Barrot et Marie-Noëlle Lienemann se verront à Noël.";
    const times = timesInText("fr", text, { publishedAt: "2024-12-07" });
    assert.deepEqual(times.map((t) => t.start), [text.lastIndexOf("Noël")]);
  });

  it("reads elided approximations: 'il y a près d'un an', 'depuis plus d'un mois'", () => {
    const times = timesInText("fr", "Le séisme a eu lieu il y a près d'un an.\nLes combats durent depuis plus d'un mois.", { publishedAt: "2021-08-14" });
    assert.deepEqual(times.map((t) => [t.value, t.mod]), [["2020", "APPROX"], ["P1M", "MORE_THAN"]]);
  });

  it("reads a month 'prévu en' as ahead", () => {
    const [june] = timesInText("fr", "Le G7 a suspendu sa participation au sommet prévu en juin.", { publishedAt: "2014-03-18" });
    assert.equal(june.value, "2014-06");
  });

  it("covers the constructions of the issue", () => {
    const cases: Array<[string, string, string?]> = [
      ["Il est rentré avant-hier.", "2024-12-05"],
      ["L'accord devrait être signé mardi.", "2024-12-10"],
      ["Le texte va être voté mardi.", "2024-12-10"],
      ["Il est parti la semaine dernière.", "2024-W48"],
      ["Il est parti il y a deux ans.", "2022"],
      ["Il reviendra dans trois mois.", "2025-03"],
      ["Les travaux finiront début 2025.", "2025", "START"],
      ["Les travaux finiront fin novembre.", "2024-11", "END"],
      ["Les travaux finiront mi-2025.", "2025", "MID"],
      ["Il travaille ici depuis trois mois.", "P3M"],
      ["Il est là maintenant.", "PRESENT_REF"],
      ["Il vient chaque année.", "P1Y"],
      ["Ils se sont vus hier soir.", "2024-12-06TEV"],
      ["Ils se sont vus à 15 h 30.", "2024-12-07T15:30"],
      ["Les résultats du troisième trimestre 2024 sont bons.", "2024-Q3"],
      ["C'était dans les années 90.", "199"],
      ["Un monument du XIXe siècle.", "18"],
      ["Il neigera cet hiver.", "2024-WI"],
    ];
    for (const [text, value, mod] of cases) {
      const times = timesInText("fr", text, { publishedAt: "2024-12-07" });
      assert.equal(times.length, 1, `${text}: ${JSON.stringify(times)}`);
      assert.equal(times[0].value, value, text);
      assert.equal(times[0].mod, mod, text);
    }
  });

  it("does not take quantities, ages or numbers for years", () => {
    for (const text of ["Une route de 2 350 kilomètres.", "Environ 2000 personnes ont manifesté.", "Jean Burget, 87 ans, a été blessé."]) {
      assert.deepEqual(timesInText("fr", text, { publishedAt: "2024-12-07" }), [], text);
    }
  });

  it("reads a deadline's date, not 'ici', in 'd'ici à 2014'; a plan points forward", () => {
    const times = timesInText("fr", "L'usine fermera d'ici à 2014.", { publishedAt: "2012-07-12" });
    assert.deepEqual(times.map((t) => t.value), ["2014"]);
    const plan = timesInText("fr", "Le président a prévu de se rendre lundi en Ohio.", { publishedAt: "2012-11-02" });
    assert.deepEqual(plan.map((t) => t.value), ["2012-11-05"]);
  });

  it("lets the tense place a month told without its year, when it is months away", () => {
    const values = (text: string, publishedAt: string) => timesInText("fr", text, { publishedAt }).map((t) => t.value);
    assert.deepEqual(values("La plainte a été déposée en janvier.", "2012-08-19"), ["2012-01"]);
    assert.deepEqual(values("Le sommet aura lieu en février.", "2012-08-19"), ["2013-02"]);
    assert.deepEqual(values("Les élections ont été fixées en janvier.", "2012-12-28"), ["2013-01"]);
  });
});
