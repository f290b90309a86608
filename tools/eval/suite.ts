/** What an evaluation suite returns: one figure per row, keyed suite/lang/corpus/metric for the floors file. */
export interface EvalRow {
  lang: string;
  corpus: string;
  metric: string;
  value: number;
  /** Count of items the figure is computed on (sentences, entities…), for the reader. */
  n?: number;
  /** A figure of another system on the same data, for comparison: shown, never floored. */
  peer?: boolean;
}

export interface EvalSuite {
  readonly name: string;
  /** What the suite measures, one line, printed above its table. */
  readonly title: string;
  run(): Promise<EvalRow[]>;
}

export const rowKey = (suite: string, row: EvalRow) => `${suite}/${row.lang}/${row.corpus}/${row.metric}`;
