/**
 * WordNet's proper names (resources/world/wordnet-names.tsv) as general knowledge of who a name no other
 * list holds is: "Degas", "Toulouse-Lautrec" are people. Only names WordNet gives no other kind count.
 */
import { loadTable } from "../resources/table.js";
import { fold } from "./fold.js";

let people: Set<string> | undefined;

export function isKnownPersonName(name: string): boolean {
  people ??= new Set(
    (loadTable("world", "", "wordnet-names.tsv", ["name", "kind"])?.rows ?? []).filter((row) => row.kind === "person").map((row) => fold(row.name)),
  );
  return people.has(fold(name));
}
