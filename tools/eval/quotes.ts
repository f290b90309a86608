/**
 * Quotes on the gold articles (../shared/data/gold, rules in its README.md) and on English fixtures
 * written for gazette (below), scored as ../shared/tools/score.py scores them: a gold quote is found when
 * a predicted quote's folded text starts with the first 25 folded characters of the gold `startsWith`
 * (or holds them in its first 80); the speaker is right when the predicted speaker entity's name is the
 * gold speaker or holds its last word. Beyond score.py: precision (a prediction that matches no gold
 * quote, required or optional, is a false positive), F1, and F1 with the kind (direct/indirect) agreeing.
 */
import type { Entity, Quote } from "../../src/model/record.js";
import { analyseGold, readGold } from "./gold.js";
import type { EvalRow, EvalSuite } from "./suite.js";

interface GoldQuote {
  speaker: string;
  kind: "direct" | "indirect" | "mixed";
  startsWith: string;
  cue?: string;
  required?: boolean;
}

interface Article {
  id: string;
  lang: string;
  publishedAt?: string;
  text: string;
  quotes: GoldQuote[];
}

/** score.py's fold: no diacritics, apostrophes, hyphens and spaces as one space, lower case. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\s’'`-]+/g, " ")
    .trim()
    .toLowerCase();
}

const matches = (q: Quote, g: GoldQuote) => {
  const start = fold(g.startsWith).slice(0, 25);
  const text = fold(q.text);
  return text.startsWith(start) || text.slice(0, 80).includes(start);
};

const speakerRight = (q: Quote, g: GoldQuote, entities: readonly Entity[]) => {
  const entity = entities.find((e) => e.id === q.speaker);
  const gold = fold(g.speaker);
  if (!entity || !gold) return false;
  const name = fold(entity.name);
  return name === gold || name.split(" ").includes(gold.split(" ").at(-1)!);
};

interface Tally {
  gold: number;
  found: number;
  foundKind: number;
  speaker: number;
  pred: number;
  predTrue: number;
  predOptional: number;
}

function score(article: Article, quotes: readonly Quote[], entities: readonly Entity[], t: Tally): void {
  const required = article.quotes.filter((g) => g.required !== false);
  t.gold += required.length;
  for (const g of required) {
    const hit = quotes.find((q) => matches(q, g));
    if (!hit) {
      if (process.env.GAZETTE_EVAL_DEBUG) console.log(`  missed ${article.id}: ${g.startsWith} (${g.cue})`);
      continue;
    }
    t.found++;
    const kindHit = quotes.find((q) => matches(q, g) && (g.kind === "mixed" || q.kind === g.kind));
    if (kindHit) t.foundKind++;
    else if (process.env.GAZETTE_EVAL_DEBUG) console.log(`  wrong kind ${article.id}: ${g.startsWith} (${hit.kind}, gold ${g.kind})`);
    if (speakerRight(hit, g, entities)) t.speaker++;
    else if (process.env.GAZETTE_EVAL_DEBUG) console.log(`  wrong speaker ${article.id}: ${g.startsWith} → ${hit.speakerText ?? "-"} = ${entities.find((e) => e.id === hit.speaker)?.name ?? "-"} (gold ${g.speaker})`);
  }
  for (const q of quotes) {
    if (required.some((g) => matches(q, g))) {
      t.pred++;
      t.predTrue++;
    } else if (article.quotes.some((g) => matches(q, g))) {
      t.predOptional++;
    } else {
      t.pred++;
      if (process.env.GAZETTE_EVAL_DEBUG) console.log(`  false ${article.id}: ${q.text.slice(0, 70)} [${q.producedBy}]`);
    }
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function rows(lang: string, corpus: string, t: Tally): EvalRow[] {
  const precision = ratio(t.predTrue, t.pred);
  const recall = ratio(t.found, t.gold);
  const kindRecall = ratio(t.foundKind, t.gold);
  // A found quote of the wrong kind counts as a miss and as a false prediction.
  const kindPrecision = ratio(t.predTrue - (t.found - t.foundKind), t.pred);
  return [
    { lang, corpus, metric: "quote_recall", value: recall, n: t.gold },
    { lang, corpus, metric: "quote_precision", value: precision, n: t.pred },
    { lang, corpus, metric: "quote_f1", value: f1(precision, recall), n: t.gold },
    { lang, corpus, metric: "quote_kind_f1", value: f1(kindPrecision, kindRecall), n: t.gold },
    { lang, corpus, metric: "speaker_accuracy", value: ratio(t.speaker, t.found), n: t.found },
  ];
}

function goldArticles(): Article[] {
  return readGold<Omit<Article, "text" | "lang">>().map((gold) => ({ ...gold, quotes: gold.quotes ?? [] }));
}

async function run(articles: readonly Article[]): Promise<Tally> {
  const t: Tally = { gold: 0, found: 0, foundKind: 0, speaker: 0, pred: 0, predTrue: 0, predOptional: 0 };
  for (const article of articles) {
    const doc = await analyseGold(article);
    score(article, doc.layers.quotes ?? [], doc.layers.entities ?? [], t);
  }
  return t;
}

export const quotesSuite: EvalSuite = {
  name: "quotes",
  title: "quotes found (content start), kind and speaker on the gold articles and English fixtures",
  async run() {
    return [...rows("fr", "gold", await run(goldArticles())), ...rows("en", "fixtures", await run(ENGLISH))];
  },
};

/** English fixtures, written for gazette (not copied from any publication); the quotes are invented. */
const ENGLISH: Article[] = [
  {
    id: "en-fixture-1",
    lang: "en",
    publishedAt: "2024-12-07",
    text: `RUSSIA AND BELARUS SIGN SECURITY PACT
MINSK — Russia and Belarus signed a security treaty on Friday at a meeting of the Supreme State Council in Minsk.
“This treaty will firmly protect the security of both our countries,” Russian President Vladimir Putin said at the meeting.
He stressed that the pact includes mutual obligations to defend the borders of the Union State.
“We have reached an unprecedented level of strategic alliance,” said Belarusian President Alexander Lukashenko.
According to the Kremlin, the first missile systems could be deployed in Belarus next year.
The European Union condemned what it called a “dangerous escalation” on the continent.
Kremlin spokesman Dmitry Peskov told reporters that the treaty was “purely defensive” and threatened no one.
Western analysts say the deployment would let Russia strike targets in Ukraine more quickly.`,
    quotes: [
      { speaker: "Vladimir Putin", kind: "direct", startsWith: "This treaty will firmly protect", cue: "said" },
      { speaker: "Vladimir Putin", kind: "indirect", startsWith: "the pact includes mutual obligations", cue: "stressed that" },
      { speaker: "Alexander Lukashenko", kind: "direct", startsWith: "We have reached an unprecedented", cue: "said" },
      { speaker: "Kremlin", kind: "indirect", startsWith: "the first missile systems could be deployed", cue: "According to" },
      { speaker: "Dmitry Peskov", kind: "mixed", startsWith: "the treaty was", cue: "told reporters that" },
      { speaker: "European Union", kind: "direct", startsWith: "dangerous escalation", cue: "called", required: false },
      { speaker: "analysts", kind: "indirect", startsWith: "the deployment would let Russia", cue: "say", required: false },
    ],
  },
  {
    id: "en-fixture-2",
    lang: "en",
    publishedAt: "2024-03-12",
    text: `Farmers block roads around Brussels

Thousands of farmers drove their tractors into Brussels on Monday to protest against cheaper imports and new environmental rules.

"We cannot compete with products that do not meet our standards," said Marie Dubois, who farms near Namur. "Every month we lose money.

"Our children do not want to take over the farms any more."

The European Commission said it had heard the farmers' concerns. A spokesman added that a simplified set of rules would be presented before the summer.

The protest will continue until Wednesday, the organisers said.

Police said three people had been arrested after clashes near Parliament.`,
    quotes: [
      { speaker: "Marie Dubois", kind: "direct", startsWith: "We cannot compete with products", cue: "said" },
      { speaker: "Marie Dubois", kind: "direct", startsWith: "Every month we lose money", cue: "(continuation, over two paragraphs)" },
      { speaker: "European Commission", kind: "indirect", startsWith: "it had heard the farmers", cue: "said" },
      { speaker: "spokesman (unnamed)", kind: "indirect", startsWith: "a simplified set of rules", cue: "added that", required: false },
      { speaker: "organisers (unnamed)", kind: "indirect", startsWith: "The protest will continue until Wednesday", cue: "said", required: false },
      { speaker: "police (unnamed)", kind: "indirect", startsWith: "three people had been arrested", cue: "said", required: false },
    ],
  },
  {
    id: "en-fixture-3",
    lang: "en",
    publishedAt: "2024-05-20",
    text: `Opposition leader Anna Kowalska on Sunday called the government's budget a ‘betrayal of the regions’ and demanded a new vote.
"Nothing in this budget helps the people who need it most," she told a rally in Krakow. "We will fight it in parliament."
Finance Minister Piotr Nowak rejected the criticism. The budget, he said, would bring the deficit under three percent by 2026.
The minister described the so-called "green tax" as temporary.`,
    quotes: [
      { speaker: "Anna Kowalska", kind: "direct", startsWith: "betrayal of the regions", cue: "called" },
      { speaker: "Anna Kowalska", kind: "direct", startsWith: "Nothing in this budget helps", cue: "told" },
      { speaker: "Anna Kowalska", kind: "direct", startsWith: "We will fight it in parliament", cue: "(continuation)" },
      { speaker: "Piotr Nowak", kind: "indirect", startsWith: "The budget", cue: "he said", required: false },
    ],
  },
];
