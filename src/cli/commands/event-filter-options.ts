/** The event filters, shared by `gazette events` and `gazette export`. */
import { Command, Option } from "commander";
import { gazetteError } from "../../errors.js";
import type { EventFilter } from "../../store/store.js";
import { isoDay } from "./corpus-common.js";

export interface EventFilterOptions {
  actor?: string;
  country?: string;
  code?: string;
  root?: string;
  quad?: string;
  from?: string;
  to?: string;
  place?: string;
  text?: string;
  document?: string;
}

export function addEventFilters(command: Command): Command {
  return command
    .option("-a, --actor <actor>", "a CAMEO actor code or prefix (RUS, RUSGOV), an entity id (person:vladimir-putin) or part of a name")
    .option("-c, --country <iso3>", "events where either actor or the place is in this country (ISO alpha-3, e.g. BLR)")
    .option("--code <cameo>", "a CAMEO event code or prefix (057, or 05 for all of 05x)")
    .option("--root <cameo>", "a CAMEO root code (two digits, e.g. 14 for protests)")
    .addOption(new Option("-q, --quad <class>", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict").choices(["1", "2", "3", "4"]))
    .option("--from <date>", "on or after this day", isoDay("--from"))
    .option("--to <date>", "on or before this day", isoDay("--to"))
    .option("--place <name>", "part of the place name, or its entity id")
    .option("-t, --text <words>", "reported by articles containing these words (accents and case ignored)")
    .option("--document <id>", "reported by this article");
}

export function eventFilter(o: EventFilterOptions): EventFilter {
  if (o.code && !/^\d{2,4}$/.test(o.code)) throw gazetteError("E122", { value: o.code, option: "--code", expected: "a CAMEO code: two to four digits, e.g. 05 or 057" });
  if (o.root && !/^\d{2}$/.test(o.root)) throw gazetteError("E122", { value: o.root, option: "--root", expected: "a CAMEO root code: two digits, e.g. 14" });
  if (o.country && !/^[A-Za-z]{3}$/.test(o.country)) throw gazetteError("E122", { value: o.country, option: "--country", expected: "an ISO 3166-1 alpha-3 code such as BLR" });
  return {
    ...(o.actor && { actor: o.actor }),
    ...(o.country && { country: o.country.toUpperCase() }),
    ...(o.code && { code: o.code }),
    ...(o.root && { root: o.root }),
    ...(o.quad && { quadClass: Number(o.quad) as 1 | 2 | 3 | 4 }),
    ...(o.from && { from: o.from }),
    ...(o.to && { to: o.to }),
    ...(o.place && { place: o.place }),
    ...(o.text && { text: o.text }),
    ...(o.document && { document: o.document }),
  };
}
