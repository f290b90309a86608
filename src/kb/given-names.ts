/** Given names (resources/world/given-names.tsv): words a person's name may open with ("Gloria", "William"). */
import { loadTable } from "../resources/table.js";
import { fold } from "./fold.js";

let names: Set<string> | undefined;

/** The names, as written. */
export function givenNames(): readonly string[] {
  return (loadTable("world", "", "given-names.tsv", ["name"])?.rows ?? []).map((row) => row.name);
}

/** Whether a word is a given name, whatever its case and accents. */
export function isGivenName(word: string): boolean {
  names ??= new Set(givenNames().map(fold));
  return names.has(fold(word));
}
