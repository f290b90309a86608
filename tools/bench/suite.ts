/** What a benchmark returns: one throughput figure per row. */
export interface BenchRow {
  stage: string;
  lang: string;
  metric: string;
  value: number;
  /** What was measured, e.g. "3.1 MB, 540k tokens, 1 core". */
  detail?: string;
}

export interface BenchSuite {
  readonly name: string;
  run(): Promise<BenchRow[]>;
}
