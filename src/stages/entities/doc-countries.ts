/**
 * Which countries a document is about, from the mentions that name one unambiguously: countries,
 * demonyms, titles and agents with a country, known people and national organisations. Headline
 * mentions count double; a place, a company and a town inside an unknown name count half. Unknown names
 * get the leading country; place names are disambiguated by it.
 */
import type { Phrase } from "../../kb/phrase-index.js";
import { actsForItsCountry, isLargeCity, type KbEntry, type World } from "../../kb/world.js";
import type { RecognisedMention } from "../recognise/mention.js";
import type { CountryWeights } from "./geocode.js";

export function docCountries(
  kb: World,
  mentions: readonly RecognisedMention[],
  phrasesOf: (m: RecognisedMention) => Phrase[],
  /** The country inside a name no list knows ("Impact de Montréal"): half a mention. */
  inner: (m: RecognisedMention) => string | undefined = () => undefined,
): CountryWeights {
  const counts = new Map<string, number>();
  const add = (country: string | undefined, weight: number) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + weight);
  };
  for (const m of mentions) {
    // "his French counterpart" is the other side's: it says where the story is not.
    if (m.counterpart) continue;
    const weight = m.outsideBody ? 2 : 1;
    if (m.country) {
      add(m.country, weight);
      continue;
    }
    // A person named like a town ("M. Martin"; Martin, Slovakia) says nothing of the town's country.
    const ids = phrasesOf(m).flatMap((p) => (p.what === "kb" && !p.alias.short && !(m.type === "PER" && p.alias.id.startsWith("place:")) ? [p.alias.id] : []));
    // A person who holds an international office (Guterres at the UN) says nothing of the story's country.
    const countries = new Set(ids.map((id) => kb.entries.get(id)).filter((e) => !isInternationalOfficial(e)).map((e) => e?.country).filter((c): c is string => !!c));
    // Many places share a name, and a company ("Ford", "Renault") trades and builds far from home: each
    // says half as much about where the story is as a country or a government does.
    const half = ids.some((id) => id.startsWith("place:") || /BUS$/.test(kb.entries.get(id)?.actor ?? ""));
    if (countries.size === 1) add([...countries][0], half ? weight / 2 : weight);
    else if (!ids.length) add(inner(m), weight / 2);
    else if (countries.size > 1) {
      // "PARIS, 12 mars (AFP)": of a place's many readings, a lone large city is the one meant.
      const large = ids.map((id) => kb.entries.get(id)!).filter((e) => isLargeCity(kb, e));
      if (large.length === 1 && ids.every((id) => id.startsWith("place:"))) add(large[0].country, weight / 2);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return new Map([...counts].map(([c, n]) => [c, n / total]));
}

const isInternationalOfficial = (e: KbEntry | undefined) => e?.kind === "person" && !!e.country && !actsForItsCountry(e.actor, e.country);

export function leadingCountry(weights: CountryWeights): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const [c, w] of weights) if (w > top) [best, top] = [c, w];
  return best;
}
