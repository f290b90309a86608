import type { Doc, LayerName } from "./doc.js";

export interface StageContext {
  /** The reference date for relative expressions, when known (ISO date or date-time). */
  readonly publishedAt?: string;
  /** A folder of PETRARCH-format dictionaries the events stage codes with (`--dictionaries`). */
  readonly dictionaries?: string;
}

/**
 * A pipeline stage is a value. It reads the layers it `requires`, adds the layers it `assigns`, and
 * touches nothing else. `languages` limits it to the languages it has resources or models for;
 * on any other language it is skipped, and so is every later stage that needs its layers.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly languages?: readonly string[];
  /** Rules or model version, recorded as `producedBy` of each layer the stage assigns. */
  readonly version: string;
  run(doc: Doc, context: StageContext): void | Promise<void>;
}
