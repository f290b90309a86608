/** A sentence with gold annotation, as the syntax trainers take it (the tools turn CoNLL-U into these). */
export interface AnnotatedSentence {
  forms: string[];
  upos: string[];
  lemmas: string[];
  /** UD FEATS strings ("_" or "Gender=Fem|Number=Sing"). */
  feats: string[];
  /** Head index in the sentence, -1 for the root. */
  heads: number[];
  deprels: string[];
  /** False for corpora that leave morphological features out (spoken ones): the feats model skips them. */
  featsAnnotated?: boolean;
}
