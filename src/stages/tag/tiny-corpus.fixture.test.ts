/** A tiny hand-made treebank for training tests (never a real corpus: tests must not read ../shared). */
import type { AnnotatedSentence } from "./annotated.js";

type Row = [form: string, upos: string, lemma: string, feats: string, head: number, deprel: string];

const sentence = (rows: Row[]): AnnotatedSentence => ({
  forms: rows.map((r) => r[0]),
  upos: rows.map((r) => r[1]),
  lemmas: rows.map((r) => r[2]),
  feats: rows.map((r) => r[3]),
  heads: rows.map((r) => r[4]),
  deprels: rows.map((r) => r[5]),
});

export const tinyCorpus: AnnotatedSentence[] = [
  sentence([
    ["Les", "DET", "le", "Definite=Def|Number=Plur", 1, "det"],
    ["chats", "NOUN", "chat", "Gender=Masc|Number=Plur", 2, "nsubj"],
    ["dorment", "VERB", "dormir", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", -1, "root"],
    [".", "PUNCT", ".", "_", 2, "punct"],
  ]),
  sentence([
    ["Le", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing", 1, "det"],
    ["chien", "NOUN", "chien", "Gender=Masc|Number=Sing", 3, "nsubj"],
    ["a", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", 3, "aux"],
    ["mangé", "VERB", "manger", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part", -1, "root"],
    ["la", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing", 5, "det"],
    ["soupe", "NOUN", "soupe", "Gender=Fem|Number=Sing", 3, "obj"],
    [".", "PUNCT", ".", "_", 3, "punct"],
  ]),
  sentence([
    ["Paul", "PROPN", "Paul", "_", 3, "nsubj"],
    ["et", "CCONJ", "et", "_", 2, "cc"],
    ["Marie", "PROPN", "Marie", "_", 0, "conj"],
    ["chantent", "VERB", "chanter", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", -1, "root"],
    ["souvent", "ADV", "souvent", "_", 3, "advmod"],
    [".", "PUNCT", ".", "_", 3, "punct"],
  ]),
  sentence([
    ["Elle", "PRON", "il", "Gender=Fem|Number=Sing|Person=3", 1, "nsubj"],
    ["parlait", "VERB", "parler", "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin", -1, "root"],
    ["de", "ADP", "de", "_", 3, "case"],
    ["musique", "NOUN", "musique", "Gender=Fem|Number=Sing", 1, "obl"],
    [".", "PUNCT", ".", "_", 1, "punct"],
  ]),
  sentence([
    ["Il", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", 1, "nsubj"],
    ["regardait", "VERB", "regarder", "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin", -1, "root"],
    ["des", "DET", "un", "Definite=Ind|Number=Plur", 3, "det"],
    ["pommes", "NOUN", "pomme", "Gender=Fem|Number=Plur", 1, "obj"],
    ["vertes", "ADJ", "vert", "Gender=Fem|Number=Plur", 3, "amod"],
    [".", "PUNCT", ".", "_", 1, "punct"],
  ]),
];
