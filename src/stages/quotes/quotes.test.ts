import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity, Quote } from "../../model/record.js";
import { createDoc } from "../../pipeline/doc.js";
import { buildPipeline, runPipeline } from "../../pipeline/pipeline.js";
import { languageStage } from "../language/language.js";
import { segment, segmentStage } from "../segment/segment.js";
import { quotesOf } from "./examples.js";
import { findQuotes } from "./find-quotes.js";
import { quotesStage } from "./quotes.js";
import { quoteRules } from "./rules.js";

/** The name of each quote's speaker, through the whole pipeline (entities and coreference included). */
async function speakersOf(text: string, publishedAt: string, lang = "fr"): Promise<Array<string | undefined>> {
  const record = await analyze(text, { lang, publishedAt });
  return record.quotes.map((q) => record.entities.find((e) => e.id === q.speaker)?.name);
}

const brief = (q: Quote) => ({ text: q.text, kind: q.kind, speakerText: q.speakerText });
const fr = (text: string) => quotesOf(text, "fr");
const en = (text: string) => quotesOf(text, "en");

/** Every quote's span must be its text, as offsets into the document. */
function spansHold(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
  }
}

describe("quotation marks", () => {
  const cases: Array<[string, string]> = [
    ["La ministre a déclaré : « Nous tiendrons bon jusqu'au bout. » Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré : «Nous tiendrons bon jusqu'au bout.» Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré : «\u00a0Nous tiendrons bon jusqu'au bout.\u00a0» Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré\u202f: «\u202fNous tiendrons bon jusqu'au bout.\u202f» Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré : “Nous tiendrons bon jusqu'au bout.” Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ['La ministre a déclaré : "Nous tiendrons bon jusqu\'au bout." Elle est ensuite repartie.', "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré : ‹ Nous tiendrons bon jusqu'au bout. › Elle est ensuite repartie.", "Nous tiendrons bon jusqu'au bout."],
    ["La ministre a déclaré : ‘Nous défendrons l’État jusqu’au bout’. Elle est ensuite repartie.", "Nous défendrons l’État jusqu’au bout"],
  ];
  for (const [text, content] of cases) {
    test(`content without marks: ${text.slice(23, 26)}`, () => {
      const quotes = fr(text);
      assert.deepEqual(quotes.map(brief), [{ text: content, kind: "direct", speakerText: "La ministre" }]);
      spansHold(text, quotes);
    });
  }

  test("a quotation inside a quotation is part of it", () => {
    const quotes = fr("Le juge a lancé : « Ils m'ont dit “partez tout de suite” et je suis parti. » La séance a été levée.");
    assert.deepEqual(quotes.map((q) => q.text), ["Ils m'ont dit “partez tout de suite” et je suis parti."]);
  });

  test("a quotation over several sentences", () => {
    const text = "« La route est coupée. Les secours ne passent plus. Nous attendons des renforts », a expliqué le maire du village.";
    const quotes = fr(text);
    assert.deepEqual(quotes.map(brief), [{ text: "La route est coupée. Les secours ne passent plus. Nous attendons des renforts", kind: "direct", speakerText: "le maire du village" }]);
    assert.equal(quotes[0].sentence, 0);
  });

  test("French: « reopens each new paragraph of a quotation", () => {
    const text = "Le maire a déclaré : « La route est coupée depuis hier soir.\n\n« Nous attendons des renforts avant la nuit. »\n\nLes habitants restent chez eux.";
    const quotes = fr(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, "La route est coupée depuis hier soir.\n\n« Nous attendons des renforts avant la nuit.");
    assert.equal(quotes[0].speakerText, "Le maire");
  });

  test("English: a quoted paragraph that goes on is left open and the next one reopens", () => {
    const text = "The mayor said: “The road has been cut since last night.\n\n“We are waiting for reinforcements before dark.”\n\nResidents are staying at home.";
    const quotes = en(text);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.endsWith("before dark."));
  });

  test("an unclosed mark at the end of a paragraph quotes nothing", () => {
    assert.deepEqual(en('The 12" records were sold out.\n\nNothing else happened.'), []);
  });
});

describe("dashes", () => {
  test("a dialogue turn with an inverted cue", () => {
    assert.deepEqual(fr("— Nous ne partirons pas sans nos enfants, a répondu la mère.").map(brief), [
      { text: "Nous ne partirons pas sans nos enfants", kind: "direct", speakerText: "la mère" },
    ]);
  });
  test("a dialogue turn with a pronoun after the verb", () => {
    assert.deepEqual(fr("— Nous ne partirons pas sans nos enfants, dit-elle.").map(brief), [
      { text: "Nous ne partirons pas sans nos enfants", kind: "direct", speakerText: "elle" },
    ]);
  });
  test("a list item after a dash is not speech", () => {
    assert.deepEqual(fr("Le plan prévoit :\n— la hausse des salaires des enseignants ;\n— la rénovation des écoles rurales."), []);
  });
  test("a block quote signed after a dash", () => {
    const text = "Le témoignage a circulé toute la journée.\n\nJ'ai vu les soldats entrer dans le village à l'aube —Amina Diallo, agricultrice\n\nL'armée n'a pas réagi.";
    assert.deepEqual(fr(text).map(brief), [{ text: "J'ai vu les soldats entrer dans le village à l'aube", kind: "direct", speakerText: "Amina Diallo" }]);
  });
});

describe("scare quotes and partial quotes", () => {
  test("a term in quotes with no speaker is no quote", () => {
    assert.deepEqual(fr("Le projet « Horizon » a été lancé en mars. Le mot « crise » revient dans tous les rapports."), []);
    assert.deepEqual(en("The so-called “green tax” was dropped in May."), []);
  });
  test("a term is a quote when a speaker is attributed", () => {
    assert.deepEqual(fr("Le ministère a qualifié de « provocation » les exercices navals.").map(brief), [
      { text: "provocation", kind: "direct", speakerText: "Le ministère" },
    ]);
    assert.deepEqual(en("The ministry called the naval drills “a provocation”.").map(brief), [
      { text: "a provocation", kind: "direct", speakerText: "The ministry" },
    ]);
  });
  test("a partial quote inside a reported opinion takes its speaker", () => {
    assert.deepEqual(fr("Pour Marc Lenoir, avec un tel budget, les hôpitaux « ne passeront pas l'hiver ».").map(brief), [
      { text: "ne passeront pas l'hiver", kind: "direct", speakerText: "Marc Lenoir" },
    ]);
  });
  test("a term inside a reported clause leaves the clause reported", () => {
    const quotes = fr("Selon l'agence, la note du pays passe de « A3 » à « Baa3 » cette semaine.");
    assert.deepEqual(quotes.map(brief), [{ text: "la note du pays passe de « A3 » à « Baa3 » cette semaine", kind: "indirect", speakerText: "l'agence" }]);
  });
});

describe("reported speech", () => {
  const cases: Array<[string, string, string, string]> = [
    ["Il a souligné que la trêve reste la seule garantie de calme.", "la trêve reste la seule garantie de calme", "Il", "fr/quotes/verb-que"],
    ["La porte-parole a indiqué aux journalistes que les négociations reprendront mardi.", "les négociations reprendront mardi", "La porte-parole", "fr/quotes/verb-que"],
    ["Selon le ministère de l'Intérieur, trois manifestants ont été interpellés.", "trois manifestants ont été interpellés", "le ministère de l'Intérieur", "fr/quotes/according-before"],
    ["D'après la Croix-Rouge, les réserves d'eau sont épuisées.", "les réserves d'eau sont épuisées", "la Croix-Rouge", "fr/quotes/according-before"],
    ["Les réserves d'eau sont épuisées, selon la Croix-Rouge.", "Les réserves d'eau sont épuisées", "la Croix-Rouge", "fr/quotes/according-after"],
    ["Pour Hélène Marchal, la réforme arrive trop tard.", "la réforme arrive trop tard", "Hélène Marchal", "fr/quotes/opinion-of"],
    ["Les écoles resteront fermées jusqu'à lundi, a annoncé le rectorat.", "Les écoles resteront fermées jusqu'à lundi", "le rectorat", "fr/quotes/inverted-clause"],
    ["La journaliste raconte avoir été suivie pendant des semaines.", "avoir été suivie pendant des semaines", "La journaliste", "fr/quotes/verb-infinitive"],
  ];
  for (const [text, content, speaker, rule] of cases) {
    test(text, () => {
      const quotes = fr(text);
      assert.deepEqual(quotes.map((q) => ({ ...brief(q), producedBy: q.producedBy })), [{ text: content, kind: "indirect", speakerText: speaker, producedBy: rule }]);
      spansHold(text, quotes);
    });
  }

  test("English reported speech", () => {
    assert.deepEqual(en("The spokeswoman said the ceasefire would hold.").map(brief), [{ text: "the ceasefire would hold", kind: "indirect", speakerText: "The spokeswoman" }]);
    assert.deepEqual(en("According to the health ministry, two hospitals were hit.").map(brief), [{ text: "two hospitals were hit", kind: "indirect", speakerText: "the health ministry" }]);
    assert.deepEqual(en("Two hospitals were hit, the health ministry said.").map(brief), [{ text: "Two hospitals were hit", kind: "indirect", speakerText: "the health ministry" }]);
    assert.deepEqual(en("He told reporters that the talks had failed.").map(brief), [{ text: "the talks had failed", kind: "indirect", speakerText: "He" }]);
  });

  test("a clause stops at the colon that introduces a quotation, which has the same speaker", () => {
    const quotes = fr("Le député a précisé que les groupes armés n'engagent pas le pays : « Nous rejetons leurs buts, comme leurs moyens. »  Il est reparti.");
    assert.deepEqual(quotes.map(brief), [
      { text: "les groupes armés n'engagent pas le pays", kind: "indirect", speakerText: "Le député" },
      { text: "Nous rejetons leurs buts, comme leurs moyens.", kind: "direct", speakerText: "Le député" },
    ]);
  });

  test("a verb with no subject of its own takes the subject of the clause after a colon", () => {
    assert.deepEqual(fr("La journée fut calme : l'agence a relevé trois incidents, mais précise que aucun n'était grave.").map(brief), [
      { text: "aucun n'était grave", kind: "indirect", speakerText: "l'agence" },
    ]);
  });

  test("a verb after a preposition has no subject of its own", () => {
    assert.deepEqual(fr("Il est utile de rappeler que la loi s'applique à tous."), []);
    assert.deepEqual(en("The minister refused to say that the city had fallen."), []);
  });

  test("a relative clause cue: the speaker is the antecedent", () => {
    assert.deepEqual(fr("Le syndicat, qui affirme « défendre tous les salariés du pays », appelle à la grève.").map(brief), [
      { text: "défendre tous les salariés du pays", kind: "direct", speakerText: "Le syndicat" },
    ]);
  });

  test("nested reported clauses keep the innermost", () => {
    assert.deepEqual(fr("Selon l'agence, le ministre a déclaré que la ville était tombée.").map(brief), [
      { text: "la ville était tombée", kind: "indirect", speakerText: "le ministre" },
    ]);
  });
});

describe("direct quotes and their cues", () => {
  test("inverted cues, with a title, a name and a pronoun", () => {
    const text =
      '"Ce traité protège nos deux pays", a déclaré le président Morel lors de la cérémonie. ' +
      "« Nous irons plus loin », a-t-il ajouté. " +
      "« C'est un jour historique », a estimé le président Varga, en saluant la foule.";
    const quotes = fr(text);
    assert.deepEqual(quotes.map(brief), [
      { text: "Ce traité protège nos deux pays", kind: "direct", speakerText: "le président Morel" },
      { text: "Nous irons plus loin", kind: "direct", speakerText: "il" },
      { text: "C'est un jour historique", kind: "direct", speakerText: "le président Varga" },
    ]);
    assert.deepEqual(quotes.map((q) => q.cue?.text), ["a déclaré", "a-t-il ajouté", "a estimé"]);
    spansHold(text, quotes);
  });

  test("an apposition stays with its subject", () => {
    assert.deepEqual(fr("La présidente de la commission, Mme Irène Vasseur, a déclaré : « Le texte sera voté demain. » La séance continue.").map((q) => q.speakerText), [
      "La présidente de la commission, Mme Irène Vasseur",
    ]);
  });

  test("a quotation with no cue goes on with the speaker before it in the paragraph", () => {
    const quotes = fr("« Les salaires baissent depuis trois ans », a déploré la syndicaliste. Et pour l'avenir, « rien ne laisse espérer une amélioration ».");
    assert.deepEqual(quotes.map((q) => [q.speakerText, q.producedBy]), [
      ["la syndicaliste", "fr/quotes/inverted-cue"],
      ["la syndicaliste", "fr/quotes/continuation"],
    ]);
  });

  test("a short whole sentence in marks is a quote, a short term is not", () => {
    assert.deepEqual(en("“We need more air defence now,” Zelensky told reporters. “Every day counts.” The so-called “green tax” stays.").map((q) => [q.text, q.speakerText]), [
      ["We need more air defence now", "Zelensky"],
      ["Every day counts.", "Zelensky"],
    ]);
  });

  test("English inverted cues", () => {
    assert.deepEqual(en("“We will rebuild every school,” said Alma Reyes, the governor. “It will take years,” she added.").map(brief), [
      { text: "We will rebuild every school", kind: "direct", speakerText: "Alma Reyes" },
      { text: "It will take years", kind: "direct", speakerText: "she" },
    ]);
  });
});

describe("speakers through the entities layer", () => {
  const entity = (id: string, name: string, type: Entity["type"], mentions: Array<[string, number, Entity["mentions"][number]["kind"]]>, text: string): Entity => ({
    id,
    name,
    type,
    mentions: mentions.map(([surface, from, kind]) => {
      const start = text.indexOf(surface, from);
      return { start, end: start + surface.length, text: surface, sentence: 0, ...(kind && { kind }) };
    }),
  });
  const run = (text: string, entities: Entity[], lang = "fr") => {
    const { sentences, tokens } = segment(text, lang);
    const sentenceOf = (offset: number) => sentences.findIndex((x) => x.start <= offset && offset < x.end);
    // The helper above puts every mention in sentence 0; pronouns look back by sentence.
    for (const e of entities) for (const m of e.mentions) m.sentence = sentenceOf(m.start);
    return findQuotes({ text, sentences, tokens, entities }, quoteRules(lang)!);
  };

  test("a pronoun speaker resolves through the coreference mention that covers it", () => {
    const text = "Le président Morel est arrivé à Lyon. Il a souligné que la charte reste en vigueur.";
    const morel = entity("person:morel", "Jean Morel", "PER", [["Morel", 0, "name"], ["Il", 30, "pronoun"]], text);
    assert.deepEqual(run(text, [morel]).map((q) => [q.speakerText, q.speaker]), [["Il", "person:morel"]]);
  });

  test("a title resolves to the entity it names, even with no name", () => {
    const text = "« Les sanctions sont illégales », a déclaré le porte-parole du gouvernement.";
    const gov = entity("actor:XXXGOV", "Government", "ORG", [["porte-parole du gouvernement", 0, "title"]], text);
    assert.deepEqual(run(text, [gov]).map((q) => q.speaker), ["actor:XXXGOV"]);
  });

  test("a person named in the phrase wins over the institution", () => {
    const text = "La présidente de la Cour, Mme Ana Ruiz, a déclaré : « L'enquête est ouverte depuis lundi », sans plus de détails.";
    const court = entity("org:court", "The Court", "ORG", [["Cour", 0, "name"]], text);
    const ruiz = entity("person:ana-ruiz", "Ana Ruiz", "PER", [["Ana Ruiz", 0, "name"]], text);
    assert.deepEqual(run(text, [court, ruiz]).map((q) => q.speaker), ["person:ana-ruiz"]);
  });

  test("a pronoun no coreference covers is the latest person whose pronouns agree with it", () => {
    const text = "Marie Durand est arrivée à Lyon. Elle a rencontré Jean Morel. Il l'a saluée. « Rien n'est décidé », a-t-elle ajouté.";
    const durand = entity("person:durand", "Marie Durand", "PER", [["Marie Durand", 0, "name"], ["Elle", 0, "pronoun"]], text);
    const morel = entity("person:morel", "Jean Morel", "PER", [["Jean Morel", 0, "name"], ["Il", 0, "pronoun"]], text);
    assert.deepEqual(run(text, [durand, morel]).map((q) => [q.speakerText, q.speaker]), [["elle", "person:durand"]]);
  });

  test("English: she is the person just named, it an organisation", () => {
    const text = "Opposition leader Anna Kowalska spoke in Krakow. “Nothing in this budget helps,” she said.";
    const kowalska = entity("person:kowalska", "Anna Kowalska", "PER", [["Anna Kowalska", 0, "name"]], text);
    assert.deepEqual(run(text, [kowalska], "en").map((q) => q.speaker), ["person:kowalska"]);
    const report = "Human Rights Watch met the envoy Jan Kral on Monday. “Torture is systematic,” it said.";
    const hrw = entity("org:hrw", "Human Rights Watch", "ORG", [["Human Rights Watch", 0, "name"]], report);
    const kral = entity("person:kral", "Jan Kral", "PER", [["Jan Kral", 0, "name"]], report);
    assert.deepEqual(run(report, [hrw, kral], "en").map((q) => q.speaker), ["org:hrw"]);
  });

  test("an anaphor takes up a named organisation, not a description, and wins over a country beside it", () => {
    const text = "Fitch a relevé la note du gouvernement portugais. Selon l'agence, la décision suit celle de mai.";
    const fitch = entity("org:fitch", "Fitch", "ORG", [["Fitch", 0, "name"]], text);
    const gov = entity("actor:PRTGOV", "Portugal government", "ORG", [["gouvernement portugais", 0, "nominal"]], text);
    assert.deepEqual(run(text, [fitch, gov]).map((q) => q.speaker), ["org:fitch"]);
    const channel = "Radio Est a diffusé l'enquête. La rédaction de la chaîne de la France a affirmé que ses reporters étaient saufs.";
    const radio = entity("org:radio-est", "Radio Est", "ORG", [["Radio Est", 0, "name"]], channel);
    const france = entity("country:FRA", "France", "GPE", [["France", 40, "name"]], channel);
    assert.deepEqual(run(channel, [radio, france]).map((q) => q.speaker), ["org:radio-est"]);
  });

  test("a member group at the head of the phrase speaks, not the organisation it belongs to", () => {
    const text = "Les analystes du groupe Gazprom estiment que les ventes vont baisser.";
    const gazprom = entity("org:gazprom", "Gazprom", "ORG", [["Gazprom", 0, "name"]], text);
    const analysts = entity("group:org:gazprom/analysts", "Gazprom analysts", "PER", [["Les analystes du groupe Gazprom", 0, "nominal"]], text);
    assert.deepEqual(run(text, [gazprom, analysts]).map((q) => q.speaker), ["group:org:gazprom/analysts"]);
  });

  test("an antecedent that ends with an anaphor is the organisation it takes up", () => {
    const text = "Le Front uni a revendiqué l'attaque. Il s'agit d'une riposte de l'organisation, qui affirme « parler pour toute la population ».";
    const front = entity("org:front", "Front uni", "ORG", [["Front uni", 0, "name"]], text);
    assert.deepEqual(run(text, [front]).map((q) => q.speaker), ["org:front"]);
  });

  test("a passage nobody is said to utter is the words of the story's main source", () => {
    const text = "L'ONG Amnesty a publié un rapport. Amnesty a déclaré : « Les mauvais traitements sont courants dans ce pays. » L'ONG précise que les cellules sont surpeuplées.\n\nLes détenus restent enfermés dans « des cellules sans lumière pendant des jours ».";
    const amnesty = entity("org:amnesty", "Amnesty", "ORG", [["Amnesty", 0, "name"], ["Amnesty", 30, "name"]], text);
    const quotes = run(text, [amnesty]);
    assert.deepEqual(quotes.map((q) => [q.producedBy, q.speaker]).at(-1), ["fr/quotes/main-source", "org:amnesty"]);
  });

  test("no entity covers the speaker: speakerText only", () => {
    const text = "« Les sanctions sont illégales », a déclaré un diplomate.";
    const quotes = run(text, []);
    assert.equal(quotes[0].speakerText, "un diplomate");
    assert.equal(quotes[0].speaker, undefined);
  });
});

test("the stage runs in a pipeline with only the segmenter before it", async () => {
  const doc = createDoc("« Nous resterons unis », a déclaré la présidente.", { lang: "fr" });
  await runPipeline(buildPipeline([languageStage, segmentStage, quotesStage]), doc, {});
  assert.deepEqual(doc.layers.quotes?.map(brief), [{ text: "Nous resterons unis", kind: "direct", speakerText: "la présidente" }]);
});

test("a language without quote resources yields no quotes", async () => {
  const doc = createDoc("« Nous resterons unis », a déclaré la présidente.", { lang: "xx" });
  await runPipeline(buildPipeline([segmentStage, quotesStage].map((s) => ({ ...s, requires: s.requires.filter((l) => l !== "language") }))), doc, {});
  assert.deepEqual(doc.layers.quotes, []);
});

test("an anaphor takes up the organisation its noun introduced, before one named later", async () => {
  const text = "Le quotidien Le Figaro cite un rapport que France 2 a diffusé. « Le tir venait du quartier nord », indique le quotidien.";
  assert.equal((await speakersOf(text, "2012-07-18"))[0], "Le Figaro");
});

test("a subject pronoun keeps to the person the previous subject pronoun stood for", async () => {
  const text = "Le parti a exclu le député Marc Lenoir la semaine dernière. Son groupe lui reproche son vote. Il avait déjà quitté la séance. Surpris par la décision du président Paul Morel, il déclara : « Je ne m'y attendais pas. »";
  assert.equal((await speakersOf(text, "2012-08-22")).at(-1), "Marc Lenoir");
});

test("a verb of feeling reports words, but not what it is about", () => {
  assert.deepEqual(fr("« Les embauches repartent » s'est réjoui le président Morel à Lyon.").map(brief), [
    { text: "Les embauches repartent", kind: "direct", speakerText: "le président Morel" },
  ]);
  assert.deepEqual(fr("Les syndicats, qui ont soutenu la grève, se félicitent du vote des députés.").map(brief), []);
});

test("a relative after an apposition takes up the person named before it, not the one of its complement", async () => {
  const text = "Il avait eu un vif échange avec Paul Morel, le successeur de Jean Durand, qui lui avait rétorqué : « Je partirai quand vous partirez. »";
  assert.equal((await speakersOf(text, "2012-10-16"))[0], "Paul Morel");
});

test("a speaker phrase never opens with a preposition or a subordinator", async () => {
  const record = await analyze('"We are very disappointed," said Karen Holt in a statement. The shares fell after bank chief Tom Reyes said that the outlook was poor.', { lang: "en", publishedAt: "2008-03-01" });
  assert.deepEqual(record.quotes.map((q) => q.speakerText), ["Karen Holt", "bank chief Tom Reyes"]);
});

test("a name's words are a name whatever the tagger says: 'Dan Cook, the analyst at IG Markets, said'", async () => {
  const text = "Dan Cook, the senior market analyst at IG Markets, said that the descent is worrisome.";
  assert.equal((await speakersOf(text, "2009-02-20", "en"))[0], "Dan Cook");
});

test("a noun that described a person takes that person up as a speaker, and nobody else", async () => {
  const text = "Le chercheur Paul Morel a présenté ses travaux mardi. « Nous sommes certains du résultat », a poursuivi le chercheur. L'expert a ajouté que les analyses continueraient.";
  assert.deepEqual(await speakersOf(text, "2012-10-31"), ["Paul Morel", undefined]);
  const en = "Dan Cook, the senior market analyst at IG Markets, spoke first. \"We are certain\", the analyst said.";
  assert.deepEqual(await speakersOf(en, "2009-02-20", "en"), ["Dan Cook"]);
});

test("English 'he' stands for a person, never a company: the latest one named, even far back", async () => {
  const text =
    "Chief executive Fritz Halder presented the plan on Monday. The company will close plants. The company will cut jobs. " +
    "The company will sell brands. The company will keep its name. He said that the plan would work.";
  assert.deepEqual(await speakersOf(text, "2009-06-04", "en"), ["Fritz Halder"]);
});

test("a subject pronoun right before its verb is the whole subject; an adverb after a subject is none of it", async () => {
  assert.deepEqual(en("Expanding on that point he stated that the plan would work.").map((q) => q.speakerText), ["he"]);
  const tagged = await analyze("He also declined to speculate, saying that the question was for the Treasury.", { lang: "en", publishedAt: "2009-06-04" });
  assert.deepEqual(tagged.quotes.map((q) => q.speakerText), ["He"]);
  assert.deepEqual(fr("Le ministre Jean Morel lui a déclaré que le plan marcherait.").map((q) => q.speakerText), ["Le ministre Jean Morel"]);
});

test("an anaphor may have a word between its article and its noun; a force's capitalised name speaks for it", async () => {
  const firm = await analyze("General Motors published its results on Monday. The auto firm said that sales had fallen.", { lang: "en", publishedAt: "2009-06-04" });
  assert.deepEqual(firm.quotes.map((q) => q.speaker), ["org:general-motors"]);
  const force = await analyze("The tanker was built in the United States. The Air Force said that the deal was fair.", { lang: "en", publishedAt: "2009-06-04" });
  assert.deepEqual(force.quotes.map((q) => q.speaker), ["actor:USAMIL"]);
});

test("a clause that opens after its verb is no tail of a sentence: one quote for 'On Monday, X said that…'", async () => {
  const record = await analyze("On Monday, John Smith said that the talks had failed.", { lang: "en", publishedAt: "2009-06-04" });
  assert.deepEqual(record.quotes.map((q) => q.text), ["the talks had failed"]);
});

test("a present-tense cue the tagger calls a noun, and a clause without 'that', need a subject and a verb", async () => {
  const quoted = async (text: string) => (await analyze(text, { lang: "en", publishedAt: "2009-06-04" })).quotes.map((q) => q.text);
  assert.deepEqual(await quoted("Mr Howard claims that the plan works."), ["the plan works"]);
  assert.deepEqual(await quoted("He denied the claims that he lied."), []);
  assert.deepEqual(await quoted("The minister insisted nothing had changed."), ["nothing had changed"]);
  assert.deepEqual(await quoted("The minister insisted on a vote on Monday."), []);
});

test("a paragraph that is all quotation, after one closed by an attributed quotation, goes on in the same voice", async () => {
  const text = "Markets fell sharply on Monday.\n\"We are worried. Banks have stopped lending,\" said Peter Smith, an economist.\n\"Nobody knows where the bottom is.\"";
  assert.deepEqual(await speakersOf(text, "2009-06-04", "en"), ["Peter Smith", "Peter Smith"]);
  const apart = "« Nous sommes inquiets », a déclaré Jean Martin, économiste.\n\nLa Bourse a fermé en baisse.\n\n« Personne ne sait où est le fond. »";
  const speakers = await speakersOf(apart, "2009-06-04");
  assert.equal(speakers.length, 2);
  assert.notEqual(speakers[1], "Jean Martin");
});

test("a subject set off by commas is no reported clause: 'Le ministre, Bruno Le Maire, a présenté le budget'", async () => {
  const record = await analyze("Le ministre de l'Économie, Bruno Le Maire, a présenté le budget.", { lang: "fr", publishedAt: "2023-09-27" });
  assert.deepEqual(record.quotes, []);
});

test("a subject with a participle or a relative clause before the verb is no reported clause; a finite clause is", async () => {
  for (const text of [
    "Le ministre délégué aux Transports, Clément Beaune, a critiqué les syndicats.",
    "L'Algérie, qui a rompu ses relations avec le Maroc en 2021, a annoncé l'ouverture de son espace aérien.",
    "Le ministre, arrivé lundi à Rabat, a déclaré l'état d'urgence.",
  ]) assert.deepEqual((await analyze(text, { lang: "fr", publishedAt: "2023-09-27" })).quotes, [], text);
  const inverted = await analyze("Le conflit va durer, a estimé le ministre de la Défense.", { lang: "fr", publishedAt: "2023-09-27" });
  assert.deepEqual(inverted.quotes.map((q) => q.text), ["Le conflit va durer"]);
});

test("a hyphenated name is one speaker, before or after its verb", async () => {
  const record = await analyze("“This is a violation,” Linda Thomas-Greenfield said. “No,” said Alexandria Ocasio-Cortez.", { lang: "en", publishedAt: "2024-05-23" });
  assert.deepEqual(record.quotes.map((q) => [q.speakerText, q.text]), [["Linda Thomas-Greenfield", "This is a violation"], ["Alexandria Ocasio-Cortez", "No"]]);
});

test("a gerund after a quotation reports for the speaker of the quotation; a country owns its mission", async () => {
  const das = await analyze("“Inflation remains a concern,” Das said, adding that the bank would act if needed.", { lang: "en", publishedAt: "2024-06-07" });
  assert.deepEqual(das.quotes.map((q) => q.speakerText), ["Das", "Das"]);
  const mission = await analyze("China's mission to the European Union said the tariffs were unfair.", { lang: "en", publishedAt: "2024-06-07" });
  assert.equal(mission.quotes[0]?.speaker, "country:CHN");
});

test("'exhorter X à « … »' quotes the exhortation, with its speaker", async () => {
  const record = await analyze("Ban Ki-moon a exhorté toutes les parties à « cesser immédiatement les violences ».", { lang: "fr", publishedAt: "2011-04-05" });
  assert.deepEqual(record.quotes.map((q) => [q.speakerText, q.text]), [["Ban Ki-moon", "cesser immédiatement les violences"]]);
});

test("a gerund after a cue set off in the sentence reports for that cue's speaker; a conjunction speaks for no one", async () => {
  const military = await analyze("Hamas fighters fired rockets at Ashkelon, the Israeli military said, adding that most were intercepted.", { lang: "en", publishedAt: "2024-05-23" });
  assert.deepEqual(military.quotes.map((q) => q.speakerText), ["the Israeli military", "the Israeli military"]);
  const and = await analyze('Tehran called the release a "humanitarian gesture" and denied any deal.', { lang: "en", publishedAt: "2024-05-23" });
  assert.ok(and.quotes.every((q) => q.speakerText !== "and"), JSON.stringify(and.quotes.map((q) => q.speakerText)));
});

test("an acronym in brackets inside a postposed speaker goes on to the name set off after it", async () => {
  const record = await analyze("« C'est un succès », s'est félicité le directeur général de l'Agence spatiale européenne (ESA), Josef Aschbacher.", { lang: "fr", publishedAt: "2024-07-10" });
  assert.equal(record.entities.find((e) => e.id === record.quotes[0]?.speaker)?.name, "Josef Aschbacher");
});

test("an acronym in brackets after the subject leaves the subject the speaker", async () => {
  assert.deepEqual(await speakersOf("L'Agence européenne des médicaments (EMA) a indiqué que le produit était sûr.", "2024-07-10"), ["European Medicines Agency"]);
  const english = await analyze("The National Cyber Security Centre (NCSC) said the attack came from abroad.", { lang: "en", publishedAt: "2024-07-10" });
  assert.deepEqual(english.quotes.map((q) => q.speakerText), ["The National Cyber Security Centre (NCSC)"]);
});

test("an adverb between the auxiliary and the speech verb keeps the subject the speaker", async () => {
  assert.deepEqual(await speakersOf("Le président du Sénat, Gérard Larcher, a au contraire déploré « une décision regrettable ».", "2024-07-10"), ["Gérard Larcher"]);
});

test("after 'selon', the name set off after a title is part of the speaker, not of what was said", async () => {
  const record = await analyze("Selon son porte-parole, le colonel Amadou Abdramane, les militaires ne céderont pas.", { lang: "fr", publishedAt: "2023-09-27" });
  assert.deepEqual(record.quotes.map((q) => [q.speakerText, q.text]), [["son porte-parole, le colonel Amadou Abdramane", "les militaires ne céderont pas"]]);
  assert.equal(record.entities.find((e) => e.id === record.quotes[0].speaker)?.name, "Amadou Abdramane");
});

test("a name set off after an inverted title is the speaker: 'a déclaré le secrétaire général de la CGT, Philippe Martinez'", async () => {
  const text = "« Nous continuerons la grève », a déclaré le secrétaire général de la CGT, Philippe Martinez.";
  assert.deepEqual(await speakersOf(text, "2023-03-07"), ["Philippe Martinez"]);
});

test("whom 'told' is said to is no speaker; a subject with its apposition may precede the verb", async () => {
  const text = "\"We will not strike again,\" Philippe Martinez, head of the CGT union, told reporters in Paris.";
  assert.deepEqual(await speakersOf(text, "2023-03-07", "en"), ["Philippe Martinez"]);
  const quoted = await analyze("L'avocat Thierry Herzog a répondu mardi. « Nicolas Sarkozy n'a jamais eu connaissance de ces faits », a-t-il déclaré.", { lang: "fr", publishedAt: "2021-03-01" });
  assert.deepEqual(quoted.quotes.map((q) => quoted.entities.find((e) => e.id === q.speaker)?.name), ["Thierry Herzog"]);
});

test("a sentence's subject pronoun after a quotation takes up the person before it, not the one it names", async () => {
  const text = "L'avocat Thierry Herzog a répondu mardi. « Nicolas Sarkozy n'a jamais eu connaissance de ces faits. » Il a ajouté que son client ferait appel.";
  assert.deepEqual((await speakersOf(text, "2021-03-01")).at(-1), "Thierry Herzog");
});

test("'X said that A, adding that B' reports both clauses", async () => {
  const record = await analyze("Smith said that the company would cut jobs, adding that the plants would close.", { lang: "en", publishedAt: "2009-06-04" });
  assert.deepEqual(record.quotes.map((q) => q.text), ["the company would cut jobs", "the plants would close"]);
});

test("a country's adjective at the head of a speaker phrase qualifies the speaker named after it", async () => {
  assert.deepEqual(await speakersOf("The US car manufacturer General Motors said that it would cut 10,000 jobs.", "2009-06-04", "en"), ["General Motors"]);
});
