/**
 * Data files carry examples; each stage that owns data files exports `checkers` from
 * src/stages/<stage>/examples.ts: for a file name, a function that returns undefined when the row's
 * example behaves as the row says, else what went wrong ("*" serves every file of the stage without
 * a checker of its own). The example column is `example`, or `examples` when a cell holds several.
 * One generic test runs them all.
 */
import type { Row } from "./table.js";

export type ExampleCheck = (row: Row, lang: string) => string | undefined;
export type ExampleCheckers = Record<string, ExampleCheck>;
