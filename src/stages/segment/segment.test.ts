import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { segment } from "./segment.js";

const surfaces = (text: string, lang: string) => {
  const seen = new Set<number>();
  return segment(text, lang).tokens.flat().filter((t) => !seen.has(t.start) && seen.add(t.start)).map((t) => t.text);
};
const sentences = (text: string, lang: string) => segment(text, lang).sentences.map((s) => text.slice(s.start, s.end));

test("the text rebuilds exactly from the tokens and the whitespace between them", () => {
  for (const [file, lang] of [["fixtures/fr-sommet-ankara.txt", "fr"], ["fixtures/en-harbour-strike.txt", "en"]]) {
    const text = readFileSync(file, "utf8").trim();
    const { tokens } = segment(text, lang);
    let rebuilt = "";
    let at = 0;
    for (const t of tokens.flat()) {
      if (t.part && t.part > 0) continue; // the other words of a multi-word token share its span
      const gap = text.slice(at, t.start);
      assert.match(gap, /^\s*$/u, `only whitespace between tokens, got ${JSON.stringify(gap)}`);
      assert.equal(t.text, text.slice(t.start, t.end));
      rebuilt += gap + t.text;
      at = t.end;
    }
    assert.equal(rebuilt + text.slice(at), text);
  }
});

test("French elisions with both apostrophes, and words that keep theirs", () => {
  assert.deepEqual(surfaces("l'accord d’armes jusqu'à lorsqu’il puisqu'elle qu'on", "fr"), ["l'", "accord", "d’", "armes", "jusqu'", "à", "lorsqu’", "il", "puisqu'", "elle", "qu'", "on"]);
  assert.deepEqual(surfaces("aujourd'hui, ce que l'on sait", "fr"), ["aujourd'hui", ",", "ce", "que", "l'on", "sait"]);
});

test("French inversions and hyphenated names", () => {
  assert.deepEqual(surfaces("a-t-il dit-elle Jean-Pierre États-Unis c'est-à-dire", "fr"), ["a", "-t-il", "dit", "-elle", "Jean-Pierre", "États-Unis", "c'est-à-dire"]);
});

test("numbers: thousands with plain, no-break and narrow no-break spaces; decimals; percentages", () => {
  assert.deepEqual(surfaces("1 084 km, 50\u00a0000 soldats, 2\u202f500 euros, 12,5 % et 3.5%", "fr"), ["1 084", "km", ",", "50\u00a0000", "soldats", ",", "2\u202f500", "euros", ",", "12,5", "%", "et", "3.5", "%"]);
  assert.deepEqual(surfaces("in 2020 150 people", "en"), ["in", "2020", "150", "people"]);
});

test("URLs and e-mail addresses are one token, without the sentence's final period", () => {
  assert.deepEqual(surfaces("Voir https://example.org/a?b=1. Écrire à redaction@example.fr.", "fr"), ["Voir", "https://example.org/a?b=1", ".", "Écrire", "à", "redaction@example.fr", "."]);
});

test("multi-word tokens: du, au, des; English contractions", () => {
  const fr = segment("Le président du pays va au marché des fleurs.", "fr").tokens.flat().map((t) => t.form ?? t.text);
  assert.deepEqual(fr, ["Le", "président", "de", "le", "pays", "va", "à", "le", "marché", "de", "les", "fleurs", "."]);
  const det = segment("Ils ont des armes.", "fr").tokens.flat().map((t) => t.form ?? t.text);
  assert.deepEqual(det, ["Ils", "ont", "des", "armes", "."]);
  const en = segment("I don't think it's over, we can't stop.", "en").tokens.flat().map((t) => t.form ?? t.text);
  assert.deepEqual(en, ["I", "do", "n't", "think", "it", "'s", "over", ",", "we", "ca", "n't", "stop", "."]);
  const words = segment("du", "fr").tokens[0];
  assert.deepEqual(words.map((w) => [w.start, w.end, w.part]), [[0, 2, 0], [0, 2, 1]]);
});

test("sentences: abbreviations, titles and initials do not end a sentence", () => {
  assert.deepEqual(sentences("M. Dupont et Mme Durand ont vu le Dr. Martin. Ils sont partis.", "fr"), ["M. Dupont et Mme Durand ont vu le Dr. Martin.", "Ils sont partis."]);
  assert.deepEqual(sentences("César est mort en 44 av. J.-C. à Rome. Auguste lui succède.", "fr"), ["César est mort en 44 av. J.-C. à Rome.", "Auguste lui succède."]);
  assert.deepEqual(sentences("The U.S. economy grew. J. K. Rowling wrote it. He lives in the U.S. The house is big.", "en"), ["The U.S. economy grew.", "J. K. Rowling wrote it.", "He lives in the U.S.", "The house is big."]);
  assert.deepEqual(sentences("Le taux passe à 3.5 en 2024. Il baisse.", "fr"), ["Le taux passe à 3.5 en 2024.", "Il baisse."]);
});

test("sentences: quotes spanning sentences keep their closing mark; a cue after a quote stays in its sentence", () => {
  assert.deepEqual(sentences("« Nous partons. Nous revenons. » Puis il est sorti.", "fr"), ["« Nous partons.", "Nous revenons. »", "Puis il est sorti."]);
  assert.deepEqual(sentences("« C'est fini ! », a-t-il dit. Elle a ri.", "fr"), ["« C'est fini ! », a-t-il dit.", "Elle a ri."]);
  assert.deepEqual(sentences('"It is over." He left. "Really?" she asked.', "en"), ['"It is over."', "He left.", '"Really?" she asked.']);
  assert.deepEqual(sentences("“We won,” he said. “Now we rest.”", "en"), ["“We won,” he said.", "“Now we rest.”"]);
});

test("headline in capitals, dateline line and paragraphs", () => {
  const text = "LE PARLEMENT ADOPTE LA LOI\nLyon / Le Courrier\nLe texte a été adopté. Il entre en vigueur.\nLes députés ont voté.";
  const result = segment(text, "fr");
  assert.deepEqual(result.sentences.map((s) => [text.slice(s.start, s.end), s.role, s.paragraph]), [
    ["LE PARLEMENT ADOPTE LA LOI", "headline", 0],
    ["Lyon / Le Courrier", "dateline", 1],
    ["Le texte a été adopté.", "body", 2],
    ["Il entre en vigueur.", "body", 2],
    ["Les députés ont voté.", "body", 3],
  ]);
  assert.equal(result.dateline?.place, "Lyon");
  assert.equal(result.dateline?.source, "Le Courrier");
});

test("a dateline that opens the first paragraph is its own sentence", () => {
  const text = "MINSK, 6 déc. (Reuters) - Le président a signé l'accord. Il est parti.";
  const result = segment(text, "fr");
  assert.equal(result.dateline?.place, "MINSK");
  assert.equal(result.dateline?.date, "6 déc.");
  assert.equal(result.dateline?.source, "Reuters");
  assert.deepEqual(sentences(text, "fr"), ["MINSK, 6 déc. (Reuters) -", "Le président a signé l'accord.", "Il est parti."]);
});

test("a dateline in title case is one too, with a date or an agency, not a sentence that opens with a name", () => {
  const dated = segment("Paris, 26 janvier 2024 - Des milliers de personnes ont manifesté.", "fr");
  assert.deepEqual([dated.dateline?.place, dated.dateline?.date], ["Paris", "26 janvier 2024"]);
  const agency = segment("Madrid (AFP) - Le Parlement a voté la loi.", "fr");
  assert.deepEqual([agency.dateline?.place, agency.dateline?.source], ["Madrid", "AFP"]);
  assert.equal(segment("Paris, la capitale, a accueilli le sommet.", "fr").dateline, undefined);
});

test("a wrapped line is not a sentence break; a blank line is", () => {
  const text = "Le gouvernement a annoncé\nune réforme des retraites.\n\nElle sera votée.";
  assert.deepEqual(sentences(text, "fr"), ["Le gouvernement a annoncé\nune réforme des retraites.", "Elle sera votée."]);
});

test("a language without resources still segments, with the shared rules", () => {
  assert.deepEqual(sentences("Der Vertrag wurde unterzeichnet. Er tritt morgen in Kraft.", "de"), ["Der Vertrag wurde unterzeichnet.", "Er tritt morgen in Kraft."]);
});

test("leading blank lines and a trailing line break change nothing but offsets", () => {
  const text = "\n\n  LE SOMMET S'OUVRE\nLe sommet s'ouvre à Paris. Il dure deux jours.\n";
  assert.deepEqual(segment(text, "fr").sentences.map((s) => [text.slice(s.start, s.end), s.role]), [
    ["LE SOMMET S'OUVRE", "headline"],
    ["Le sommet s'ouvre à Paris.", "body"],
    ["Il dure deux jours.", "body"],
  ]);
});

test("a stray period stays with its sentence, and the next line is still a new paragraph", () => {
  const text = "Le texte a été signé à la demande du ministre. .\n\"Nous sommes prêts\", a-t-il dit.";
  assert.deepEqual(segment(text, "fr").sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]), [
    ["Le texte a été signé à la demande du ministre. .", 0],
    ['"Nous sommes prêts", a-t-il dit.', 1],
  ]);
});

test("a title before a name never ends a sentence, whatever the boundary model says", () => {
  const text = "“We leave now,” said Governor Alma Reyes. Then he left. The meeting ended, said President Obama.";
  assert.deepEqual(sentences(text, "en"), ["“We leave now,” said Governor Alma Reyes.", "Then he left.", "The meeting ended, said President Obama."]);
});

test("a name with a middle initial is one sentence, even at the start of a line", () => {
  const text = "He was growing thinner.\nLewis W. Whitfield, a doctor at the clinic, said so.";
  assert.deepEqual(sentences(text, "en"), ["He was growing thinner.", "Lewis W. Whitfield, a doctor at the clinic, said so."]);
});

test("a quote or an ellipsis set off from a sentence and glued to the next word opens the next sentence", () => {
  assert.deepEqual(sentences("You've all won! ...Now comes the fun part.", "en"), ["You've all won!", "...Now comes the fun part."]);
  assert.deepEqual(sentences('What will the theme say? "It is over," she said.', "en"), ["What will the theme say?", '"It is over," she said.']);
  assert.deepEqual(sentences('Elle a crié : "Verdun, ville de lumière !" La gare attend.', "fr"), ['Elle a crié : "Verdun, ville de lumière !"', "La gare attend."]);
});

test("a dateline opens a paragraph of any length", () => {
  const body = "Les négociations ont repris ce matin entre les deux délégations. ".repeat(12);
  const s = segment(`Titre de la dépêche\n\n12 mars 2013. - ${body}`, "fr");
  assert.equal(s.dateline?.date, "12 mars 2013");
});
