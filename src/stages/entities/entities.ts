/**
 * The entities stage: links every mention to the knowledge base (or to a stable local id), resolves
 * titles, counterparts and pronouns inside the document, geocodes places, and groups the mentions into
 * one Entity per real-world entity. Reads the `mentions` layer (gazetteer and, later, NER spans).
 */
import { fold, slug } from "../../kb/fold.js";
import { knowledge, type Knowledge } from "../../kb/knowledge.js";
import { actorAt, holderAt, termAt } from "../../kb/office.js";
import type { Phrase } from "../../kb/phrase-index.js";
import { capitalOf, LARGE_TOWN, type KbEntry } from "../../kb/world.js";
import type { Entity, EntityType, Mention } from "../../model/record.js";
import { docLang, layer, type Doc } from "../../pipeline/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { findQuoted } from "../quotes/marks.js";
import { quoteRules } from "../quotes/rules.js";
import { DATELINE_PLACE, DATELINE_SOURCE, type RecognisedMention } from "../recognise/mention.js";
import { docCountries, leadingCountry } from "./doc-countries.js";
import { nearPlace, pickPlace, type CountryWeights } from "./geocode.js";
import { memberGroups } from "./members.js";

export const ENTITIES_VERSION = "link-1";
/** How many sentences back a pronoun or a bare title looks for its person. */
const PRONOUN_REACH = 3;

export const entitiesStage: Stage = {
  name: "entities",
  version: ENTITIES_VERSION,
  requires: ["sentences", "tokens", "mentions"],
  assigns: ["entities"],
  run(doc, context) {
    doc.layers.entities = linkEntities(doc, context.publishedAt ?? doc.meta.publishedAt);
  },
};

interface Draft {
  entity: Entity;
  gender?: "m" | "f";
  /** Folded last words of the names used, for "M. Samaras" after "Antonis Samaras". */
  surnames: Set<string>;
  lastSentence: number;
  /** The office held on the publication day, for "son homologue" and bare titles. */
  office?: string;
}

type Target = Omit<Entity, "mentions"> & { gender?: "m" | "f"; office?: string; surnames?: string[] };

const today = () => new Date().toISOString().slice(0, 10);

export function linkEntities(doc: Doc, publishedAt: string | undefined): Entity[] {
  const kb = knowledge(docLang(doc));
  if (!kb) return [];
  const day = publishedAt?.slice(0, 10) ?? today();
  const mentions = [...layer(doc, "mentions")].sort((a, b) => a.start - b.start || b.end - a.end);
  const phrasesOf = (m: RecognisedMention) => m.phrases ?? kb.index.lookup(m.text);
  // The agency of a dateline ("RABAT, 10 septembre (AFP) -") reports the story; it is not what the story is about.
  const agency = datelinePart(doc, doc.layers.dateline?.source);
  const about = agency ? mentions.filter((m) => m.end <= agency.start || m.start >= agency.end) : mentions;
  const countries = docCountries(kb.world, about, phrasesOf, (m) => (m.kind === "name" && m.type !== "PER" && !phrasesOf(m).length ? innerCountry(kb, m.text) : undefined));
  const leading = leadingCountry(countries);
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  const linker = new Linker(kb, day, countries, leading, drafts, nearbyCountries(kb, mentions, phrasesOf));

  const dateline = doc.layers.dateline ?? undefined;
  const quoted = findQuoted(doc.text, quoteRules(kb.lexicon.lang)?.marks ?? []);
  /** "the Rapid Support Forces (RSF)": an acronym the story defines is that organisation, whatever lists say. */
  const defined = new Map<string, Target>();
  for (const m of withDateline(doc, mentions, dateline?.place, dateline?.source)) {
    if (m.signal) continue;
    const target = defined.get(m.text) ?? linker.resolve(m, phrasesOf(m));
    if (!target) continue;
    const acronym = m.kind === "name" && /\s/.test(m.text) ? ACRONYM_AFTER.exec(doc.text.slice(m.end, m.end + 16))?.[1] : undefined;
    if (acronym && spelledOut(m.text, acronym)) defined.set(acronym, target);
    let draft = drafts.get(target.id);
    if (!draft) {
      const { gender, office, surnames, ...entity } = target;
      draft = { entity: { ...entity, mentions: [] }, surnames: new Set(surnames), lastSentence: m.sentence, ...(gender && { gender }), ...(office && { office }) };
      drafts.set(target.id, draft);
      order.push(draft);
    }
    if (m.producedBy === DATELINE_PLACE) draft.entity.role ??= "place of origin";
    if (m.kind === "name" && draft.entity.type === "PER") for (const w of nameWords(m.text)) draft.surnames.add(w);
    draft.gender ??= m.gender;
    draft.lastSentence = m.sentence;
    const mention: Mention = { start: m.start, end: m.end, text: m.text, sentence: m.sentence, kind: m.kind, producedBy: m.producedBy };
    draft.entity.mentions.push(mention);
    // A person named inside a quotation is what the speaker talks about, not whom a pronoun after it
    // takes up: "« Nicolas Sarkozy n'a rien su », a-t-il déclaré" is the lawyer speaking.
    if (!quoted.some((q) => q.start <= m.start && m.end <= q.end)) linker.seen(draft, m);
  }
  const producedBy = `${kb.lexicon.lang}/entities/${ENTITIES_VERSION}`;
  const linked = order.map((d) => ({ ...d.entity, producedBy }));
  const groups = memberGroups(kb.lexicon.lang, kb.lexicon, doc.text, layer(doc, "tokens"), linked, doc.layers.tags);
  return [...linked, ...groups.map((g) => ({ ...g, producedBy }))];
}

/**
 * The country a name no list knows carries inside it: a country ("Union des producteurs agricoles du
 * Niger", "Banque de France") or a large town ("Impact de Montréal").
 */
function innerCountry(kb: Knowledge, text: string): string | undefined {
  let town: string | undefined;
  // A town that opens the name was read by the recogniser already ("New York Stock Exchange"); a first
  // word that only some town's other name matches says nothing ("Dana Air").
  for (const [k, word] of text.split(/[\s']+/).entries()) {
    for (const p of kb.index.lookup(word)) {
      if (p.what !== "kb") continue;
      if (p.alias.id.startsWith("country:")) return p.alias.id.slice(8);
      const e = kb.world.entries.get(p.alias.id);
      // By population, not by rank: "Douglas" in a name is rarely the capital of the Isle of Man.
      if (!town && k > 0 && e?.country && e.kind === "city" && (e.population ?? 0) >= LARGE_TOWN) town = e.country;
    }
  }
  return town;
}

/**
 * The country named nearest to a mention in its sentence: a country, a known town or region, or a
 * demonym ("afghans"). Undefined when the sentence names none.
 */
function nearbyCountries(kb: Knowledge, mentions: readonly RecognisedMention[], phrasesOf: (m: RecognisedMention) => Phrase[]): (m: RecognisedMention) => string | undefined {
  const bySentence = new Map<number, Array<{ at: number; country: string }>>();
  for (const m of mentions) {
    let country = m.country;
    if (!country && m.kind === "name") {
      for (const p of phrasesOf(m)) {
        const e = p.what === "kb" ? kb.world.entries.get(p.alias.id) : undefined;
        if (e && (e.kind === "country" || e.kind === "city" || e.kind === "region") && e.country) {
          country = e.country;
          break;
        }
      }
    }
    if (country) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push({ at: m.start, country });
  }
  return (m) => {
    let best: { at: number; country: string } | undefined;
    for (const c of bySentence.get(m.sentence) ?? []) if (c.at !== m.start && (!best || Math.abs(c.at - m.start) < Math.abs(best.at - m.start))) best = c;
    return best?.country;
  };
}


/** Where the dateline's place or source is written, inside the dateline. */
function datelinePart(doc: Doc, text: string | undefined): { start: number; end: number } | undefined {
  const dl = doc.layers.dateline;
  if (!dl || !text) return undefined;
  const at = doc.text.indexOf(text, dl.start);
  return at < 0 || at >= dl.end ? undefined : { start: at, end: at + text.length };
}

/** The dateline's place and source as mentions; they replace what recognisers found inside them. */
function withDateline(doc: Doc, mentions: RecognisedMention[], place: string | undefined, source: string | undefined): RecognisedMention[] {
  const dl = doc.layers.dateline;
  if (!dl) return mentions;
  const extra: RecognisedMention[] = [];
  let kept = mentions;
  const sentence = layer(doc, "sentences").findIndex((s) => s.start <= dl.start && dl.start < s.end);
  for (const [text, type, producedBy] of [[place, "LOC", DATELINE_PLACE], [source, "ORG", DATELINE_SOURCE]] as const) {
    const part = datelinePart(doc, text);
    if (!text || !part) continue;
    const { start: at, end } = part;
    const same = kept.find((m) => m.start === at && m.end === end && m.type !== "MISC");
    kept = kept.filter((m) => m === same || m.end <= at || m.start >= end);
    if (same) {
      same.outsideBody = true;
      same.producedBy = producedBy;
    } else extra.push({ start: at, end, sentence: Math.max(sentence, 0), text, type, kind: "name", producedBy, outsideBody: true });
  }
  return [...extra, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An acronym in brackets right after a name: "the Rapid Support Forces (RSF)". */
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,8})\)/u;

/** Whether an acronym is the initials of a name's capitalised words ("Bangladesh Nationalist Party": BNP). */
function spelledOut(name: string, acronym: string): boolean {
  const initials = name.split(/[\s'’-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return initials.length >= 2 && initials === acronym.toUpperCase();
}

const nameWords = (text: string) => {
  const words = fold(text).split(/[\s']+/).filter((w) => w.length > 2);
  return words.length ? [words[words.length - 1], words.join(" ")] : [];
};

class Linker {
  private persons: Draft[] = [];

  constructor(
    private readonly kb: Knowledge,
    private readonly day: string,
    private readonly countries: CountryWeights,
    private readonly leading: string | undefined,
    private readonly drafts: Map<string, Draft>,
    private readonly nearby: (m: RecognisedMention) => string | undefined = () => undefined,
  ) {}

  seen(draft: Draft, m: RecognisedMention): void {
    if (draft.entity.type !== "PER" || m.kind === "pronoun") return;
    this.persons = this.persons.filter((d) => d !== draft);
    this.persons.push(draft);
  }

  resolve(m: RecognisedMention, phrases: Phrase[]): Target | undefined {
    if (m.kind === "pronoun") return this.salientPerson(m.sentence, m.gender);
    if (m.kind === "title") return this.title(m);
    const group = phrases.find((p): p is Extract<Phrase, { what: "group" }> => p.what === "group")?.group;
    if (group) return { id: `group:${group.actor}`, name: group.name, type: group.type, actor: group.actor };
    if (m.kind === "nominal" && m.sector) {
      const country = m.country ?? this.leading;
      return country ? this.agent(country, m.sector, m.role, m.type) : undefined;
    }
    const people = phrases.find((p): p is Extract<Phrase, { what: "demonym" }> => p.what === "demonym" && p.demonym.people)?.demonym;
    if (m.type === "MISC" && people) {
      const c = this.kb.world.countries.get(people.country);
      // "ethnic Albanians demonstrated in Serbia": civilians of the country they live in (CAMEO's rule).
      const home = m.ethnic ? [this.nearby(m), this.leading].find((h) => h && h !== people.country) : undefined;
      const h = home ? this.kb.world.countries.get(home) : undefined;
      if (home && h) return { id: `people:${people.country}-in-${home}`, name: `${c?.name ?? people.country} (people) in ${h.name}`, type: "MISC", country: home, actor: `${h.actor}CVL` };
      return { id: `people:${people.country}`, name: `${c?.name ?? people.country} (people)`, type: "MISC", country: people.country, ...(c?.actor && { actor: c.actor }) };
    }
    const entries = phrases.flatMap((p) => (p.what === "kb" ? [{ entry: this.kb.world.entries.get(p.alias.id)!, short: !!p.alias.short }] : [])).filter((c) => c.entry);
    // "Mr Howard" is a person: a town or region of that name is no reading of it.
    const person = m.type === "PER" && (m.role || m.gender || m.sector);
    const readings = person ? entries.filter((c) => c.entry.kind !== "city" && c.entry.kind !== "region") : entries;
    // "said Angers" after "spokeswoman Sandy Angers": the surname of someone named before, not the town.
    if (m.kind === "name" && !m.locative && !/\s/.test(m.text.trim()) && readings.every((c) => c.entry.kind === "city" || c.entry.kind === "region")) {
      const surname = fold(m.text);
      const same = [...this.persons].reverse().find((d) => /\s/.test(d.entity.name) && d.surnames.has(surname) && fold(d.entity.name).endsWith(surname));
      if (same) return this.asTarget(same);
    }
    if (readings.length) return this.known(m, readings);
    return this.compoundTitle(m) ?? this.unknown(m);
  }

  /** "le Président-candidat": a compound that opens with an office's title names that office's holder. */
  private compoundTitle(m: RecognisedMention): Target | undefined {
    const parts = m.text.split("-");
    if (parts.length < 2 || m.type === "ORG" || m.type === "LOC") return undefined;
    const title = this.kb.index.lookup(parts[0]).find((p): p is Extract<Phrase, { what: "title" }> => p.what === "title")?.title;
    if (title?.kind !== "office" || !title.role) return undefined;
    return this.title({ ...m, kind: "title", role: title.role, ...(title.sector && { sector: title.sector }), ...(title.gender && { gender: title.gender }) });
  }

  private fromEntry(e: KbEntry, m: RecognisedMention): Target {
    switch (e.kind) {
      case "person": {
        const at = actorAt(e, this.day);
        // Out of office that day, a person is what the text's title says ("Sen. JD Vance" in 2023, before
        // his vice presidency; "Opposition Leader Albanese").
        const titled = m.sector && !termAt(e, this.day) ? `${at.country}${m.sector}` : undefined;
        return {
          id: e.id, name: e.name, type: "PER", country: at.country, actor: titled ?? at.actor, ...(at.role && { role: at.role }),
          ...(e.gender && { gender: e.gender }), ...(at.role && { office: at.role }),
        };
      }
      case "country":
        return { id: e.id, name: e.name, type: "GPE", country: e.country, actor: e.actor };
      case "org":
        return {
          id: e.id, name: e.name, type: "ORG", ...(e.country && { country: e.country }), ...(e.actor && { actor: e.actor }),
          ...(e.actor?.endsWith("MED") && { role: "media" }),
        };
      default: {
        const capitalCountry = capitalOf(this.kb.world, e.id);
        const seatOf = this.kb.world.seats.get(e.id);
        // A capital that is not where something happens is its government ("le soutien de Moscou"), and a
        // seat the organisation it hosts ("Bruxelles a salué…").
        const metonymy = (seatOf ?? (capitalCountry && `${capitalCountry}GOV`)) && !m.locative && !m.outsideBody ? seatOf ?? `${capitalCountry}GOV` : undefined;
        return {
          id: e.id, name: e.name, type: "LOC", ...(e.country && { country: e.country }),
          ...(metonymy ? { actor: metonymy } : e.actor && { actor: e.actor }),
          ...(e.lat !== undefined && { lat: e.lat, lon: e.lon }),
        };
      }
    }
  }

  private known(m: RecognisedMention, candidates: Array<{ entry: KbEntry; short: boolean }>): Target {
    const of = (kinds: string[], short?: boolean) =>
      candidates.filter((c) => kinds.includes(c.entry.kind) && (short === undefined || c.short === short)).map((c) => c.entry);
    const persons = (short?: boolean) => this.pickPerson(of(["person"], short), m);
    const place = () => pickPlace(this.kb.world, of(["region", "city"]), this.countries, m.text);
    const polity = of(["country"])[0] ?? of(["org"])[0];
    let entry: KbEntry | undefined;
    if (m.type === "PER" && (m.role || m.gender || m.sector)) entry = persons() ?? polity;
    else if (m.locative) {
      // "arrested in Lebanon": the country, unless the story is about the country of a town so named.
      const country = of(["country"])[0];
      const town = place();
      entry = country && (!town?.country || !this.countries.has(town.country)) ? country : town ?? polity ?? persons(false);
    }
    else entry = polity ?? persons(false) ?? (m.type === "LOC" ? place() ?? persons(true) : persons(true) ?? place());
    entry ??= candidates[0].entry;
    return this.fromEntry(entry, m);
  }

  private pickPerson(list: KbEntry[], m: RecognisedMention): KbEntry | undefined {
    if (list.length <= 1) return list[0];
    const score = (e: KbEntry) => {
      const at = actorAt(e, this.day);
      const active = at.role && !at.role.startsWith("former") ? 2 : 0;
      const inDoc = (this.countries.get(at.country) ?? 0) * 3;
      const named = this.drafts.has(e.id) ? 4 : 0;
      const country = m.country && at.country === m.country ? 3 : 0;
      return active + inDoc + named + country;
    };
    return [...list].sort((a, b) => score(b) - score(a))[0];
  }

  private agent(country: string, sector: string, role: string | undefined, type: EntityType): Target {
    const c = this.kb.world.countries.get(country);
    const code = `${c?.actor ?? country}${sector}`;
    return { id: `actor:${code}`, name: `${c?.name ?? country} ${role ?? sector.toLowerCase()}`, type, country, actor: code, ...(role && { role }) };
  }

  private person(termPerson: string): Target | undefined {
    const e = this.kb.world.entries.get(termPerson);
    return e && this.fromEntry(e, { kind: "name" } as RecognisedMention);
  }

  private title(m: RecognisedMention): Target | undefined {
    if (m.counterpart) {
      const other = [...this.persons].reverse().find((d) => d.office && d.entity.country !== m.country);
      if (other?.office && m.country) {
        const term = holderAt(this.kb.world, m.country, other.office, this.day);
        if (term) return this.person(term.person);
      }
      return m.country ? this.office(m.country, other?.office ?? "counterpart", "GOV") : undefined;
    }
    if (m.role && m.country) {
      const term = holderAt(this.kb.world, m.country, m.role, this.day);
      return term ? this.person(term.person) : this.office(m.country, m.role, m.sector ?? "GOV");
    }
    if (m.role) {
      // "le président" alone: the person of that office named most recently, else the leading country's.
      const named = [...this.persons].reverse().find((d) => d.office === m.role && m.sentence - d.lastSentence <= 10);
      if (named) return this.asTarget(named);
      const term = this.leading && holderAt(this.kb.world, this.leading, m.role, this.day);
      return term ? this.person(term.person) : undefined;
    }
    return m.country ? this.office(m.country, "official", m.sector ?? "GOV") : undefined;
  }

  private office(country: string, role: string, sector: string): Target {
    const c = this.kb.world.countries.get(country);
    return {
      id: `office:${country}:${slug(role)}`, name: `${c?.name ?? country} ${role}`, type: "PER", country,
      actor: `${c?.actor ?? country}${sector}`, role, office: role,
    };
  }

  private byFirstWord?: { size: number; map: Map<string, Draft> };

  /** Organisations named so far with several words, by their first word (folded); rebuilt as drafts come. */
  private organisationsByFirstWord(): Map<string, Draft> {
    if (this.byFirstWord?.size === this.drafts.size) return this.byFirstWord.map;
    const map = new Map<string, Draft>();
    for (const d of this.drafts.values()) {
      if (d.entity.type !== "ORG" || !/\s/.test(d.entity.name)) continue;
      const first = fold(d.entity.name).split(" ")[0];
      if (!map.has(first)) map.set(first, d);
    }
    this.byFirstWord = { size: this.drafts.size, map };
    return map;
  }

  private asTarget(d: Draft): Target {
    const { mentions: _, ...entity } = d.entity;
    return entity;
  }

  private salientPerson(sentence: number, gender: "m" | "f" | undefined): Target | undefined {
    const d = [...this.persons].reverse().find((p) => sentence - p.lastSentence <= PRONOUN_REACH && (!gender || !p.gender || p.gender === gender));
    return d && this.asTarget(d);
  }

  private unknown(m: RecognisedMention): Target | undefined {
    const words = nameWords(m.text);
    if ((m.type === "PER" || m.type === "MISC") && !/\s/.test(m.text.trim())) {
      // "Samaras" after "Antonis Samaras": the same person.
      const same = [...this.persons].reverse().find((d) => words.some((w) => d.surnames.has(w)));
      if (same) return this.asTarget(same);
      // "Steve" after "Steve Jobs", when no one else named so far has that first name.
      const first = fold(m.text);
      const byFirstName = this.persons.filter((d) => /\s/.test(d.entity.name) && fold(d.entity.name).split(" ")[0] === first);
      if (byFirstName.length === 1) return this.asTarget(byFirstName[0]);
    }
    const initial = /^(\p{Lu})\.\s*(\S.*)$/u.exec(m.text.trim());
    if (m.type === "PER" && initial) {
      // "V. Sapounov" after "Valentine Sapounov": the same initial and surname.
      const surname = fold(initial[2]);
      const same = [...this.persons].reverse().find((d) => d.surnames.has(surname) && fold(d.entity.name).startsWith(fold(initial[1])));
      if (same) return this.asTarget(same);
    }
    if (m.type !== "PER" && !/\s/.test(m.text.trim())) {
      // "PSA" after "PSA Peugeot Citroën": an organisation named before by a name it opens.
      const same = this.organisationsByFirstWord().get(fold(m.text));
      if (same) return this.asTarget(same);
    }
    if (m.type === "LOC" || (m.type === "MISC" && m.locative)) {
      const near = nearPlace(this.kb.world, m.text);
      if (near) return this.fromEntry(near, m);
    }
    // "Université Bordeaux II" is in France; "Mary Baker" is nobody's from Mary, Turkmenistan.
    const inner = m.type === "PER" ? undefined : innerCountry(this.kb, m.text);
    // Unknown people and things are most likely of the country the story is about; a place no list
    // knows is where the places and peoples named beside it are ("la ville de X, où des élus afghans
    // attendaient"), else there too.
    // A person who holds a title in an organisation of no country ("FIFA President") is that organisation's.
    const country = m.country ?? inner ?? (m.type === "ORG" || m.actor ? undefined : (m.type === "LOC" ? this.nearby(m) : undefined) ?? this.leading);
    const c = country ? this.kb.world.countries.get(country) : undefined;
    const actor = m.actor ?? (c && (m.sector ? `${c.actor}${m.sector}` : c.actor));
    return {
      id: `${m.type === "PER" ? "person" : m.type === "LOC" ? "place" : m.type === "ORG" ? "org" : "misc"}:local-${slug(m.text)}`,
      name: m.text, type: m.type, ...(country && { country }), ...(actor && m.type !== "LOC" && m.type !== "MISC" && { actor }),
      ...(m.role && { role: m.role }), ...(m.gender && { gender: m.gender }), surnames: m.type === "PER" ? words : [],
    };
  }
}
