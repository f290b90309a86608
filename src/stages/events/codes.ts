/** The CAMEO code table and its PLOVER reading (resources/world/cameo-codes.tsv, plover-types.tsv). */
import { gazetteError } from "../../errors.js";
import { loadTable } from "../../resources/table.js";

export interface CameoCode {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover?: string;
  readonly ploverMode?: string;
  readonly ploverContext?: string;
}

let table: Map<string, CameoCode> | undefined;

export function cameoCodes(): ReadonlyMap<string, CameoCode> {
  if (table) return table;
  const codes = loadTable("world", "", "cameo-codes.tsv", ["code", "root", "quad_class", "goldstein", "name"]);
  if (!codes) throw gazetteError("E132", { file: "resources/world/cameo-codes.tsv" });
  const plover = new Map((loadTable("world", "", "plover-types.tsv", ["code", "type"])?.rows ?? []).map((r) => [r.code, r]));
  table = new Map();
  for (const row of codes.rows) {
    const p = plover.get(row.code);
    table.set(row.code, {
      code: row.code,
      root: row.root,
      name: row.name,
      quadClass: Number(row.quad_class) as 1 | 2 | 3 | 4,
      goldstein: Number(row.goldstein),
      ...(p && { plover: p.type }),
      ...(p?.mode && { ploverMode: p.mode }),
      ...(p?.context && { ploverContext: p.context }),
    });
  }
  return table;
}

/**
 * The entry for a code. A code the table lacks (a user's dictionary may carry its own) keeps its root
 * when the root is known, so QuadClass and Goldstein still come from the root's base code.
 */
export function cameoCode(code: string): CameoCode {
  const codes = cameoCodes();
  const known = codes.get(code);
  if (known) return known;
  const root = codes.get(code.slice(0, 2));
  const base = codes.get(code.slice(0, 2) + "0");
  return {
    code,
    root: code.slice(0, 2),
    name: root?.name ?? code,
    quadClass: root?.quadClass ?? 1,
    goldstein: base?.goldstein ?? 0,
    ...(base?.plover && { plover: base.plover }),
  };
}
