/**
 * The coder: finds the predicates of one sentence in the lexicon and fills their frames — who did it,
 * to whom, when, where, with what modality. It reads the parse when there is one and falls back on word
 * order when there is none. One EventMention per predicate and actor pair; merge.ts makes events of them.
 */
import type { Actor, Entity, EventPlace, Modality } from "../../model/record.js";
import type { EventLexicon, Predicate, Slot } from "./lexicon.js";
import type { SentenceView, Word } from "./sentence-view.js";

/** The object token of verbs.tsv that stands for any object naming an actor. */
const ANY_ACTOR = "@actor";
/** In a row's objects: any object or clausal complement at all ("declined the offer", "declined to resign", not "sales declined"). */
const ANY_COMPLEMENT = "@complement";

export interface ActorRef {
  readonly actor: Actor;
  /** Where the actor was found: a word of the sentence. */
  readonly word: number;
}

export type DateSource = "clause" | "sentence" | "document";

export interface EventMention {
  readonly predicate: Predicate;
  readonly code: string;
  readonly sentence: number;
  readonly word: number;
  readonly source?: ActorRef;
  readonly target?: ActorRef;
  readonly symmetric: boolean;
  readonly date?: string;
  readonly dateSource?: DateSource;
  readonly place?: EventPlace;
  readonly modality: Modality;
  readonly background: boolean;
  readonly confidence: number;
}

/** A collective noun for a country's institutions or groups ("manifestants" → CVL), from the entities lexicon. */
export interface AgentWord {
  readonly code: string;
  readonly role: string;
}

export interface CoderOptions {
  /** The publication date (YYYY-MM-DD…), the date of last resort. */
  readonly publishedAt?: string;
  /** The country the story is about: the country of a group named without one ("les manifestants"). */
  readonly domesticCountry?: string;
  /** The country of the places the story names (towns, provinces): where its events happen. */
  readonly sceneCountry?: string;
  /** Lower-case agent words → their sector, for groups the entities stage kept no entity for. */
  readonly agents?: ReadonlyMap<string, AgentWord>;
  /**
   * The lexicon is a set of PETRARCH dictionaries, whose verb patterns already say how a verb reads its
   * complement and what an announcement codes as ("WILL", "SAID WOULD"): the coder keeps to them.
   */
  readonly petrarch?: boolean;
  /** The entity a pronoun, a possessive determiner or an anaphor ("l'ONG") at a word stands for. */
  readonly coreferent?: (sentence: number, word: number) => Entity | undefined;
}

/** Relations that name the same thing as their head ("Alexandre Loukachenko", "le président, M. X"). */
const NAME_PARTS = /^(flat|appos|compound|fixed)/;
const SUBJECTS = /^(nsubj|csubj)/;
const PASSIVE_MARKS = /^(nsubj:pass|aux:pass)$/;
const OBLIQUES = /^(obl|nmod|iobj|obj|advcl|xcomp|acl|conj|amod|dep)/;
/** Relations a governor of modality reaches its predicate through. */
const GOVERNED = /^(xcomp|ccomp|obj|obl|nmod|acl|advcl|nsubj:pass|csubj|conj)/;
/**
 * Relations that open a clause of its own, whose times are not its head's. A participle is not one
 * ("l'accord signé lors d'une réunion tenue vendredi" is dated by the meeting), nor an adverbial clause
 * ("agressée alors qu'elle se trouvait vendredi sur la place").
 */
const CLAUSE_RELATION = /^(acl:relcl|ccomp|xcomp|parataxis)/;
const MAX_DEPTH = 4;
/** A slot "to@place": after that preposition, a place stands for its country ("travelled to Moscow"). */
const PLACE_SLOT = "@place";
const OPENING_QUOTES: ReadonlySet<string> = new Set(["«", "“", "‹"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(["»", "”", "›"]);

interface Frame {
  sources: ActorRef[];
  targets: ActorRef[];
  /** How the frame was filled: by relations of the parse or by word order. */
  syntactic: boolean;
}

export class SentenceCoder {
  private readonly v: SentenceView;
  private readonly lex: EventLexicon;
  private readonly options: CoderOptions;
  /** Predicate chosen for each word (undefined: none), computed once. */
  private readonly predicates: Array<Predicate | undefined>;

  constructor(view: SentenceView, lexicon: EventLexicon, options: CoderOptions) {
    this.v = view;
    this.lex = lexicon;
    this.options = options;
    this.predicates = view.words.map((_, i) => this.lookup(i));
    // The words after a multi-word predicate's first are part of it: "motion de censure" holds no "censure".
    this.predicates.forEach((p, i) => {
      for (let k = 1; p && k <= p.tail.length; k++) this.predicates[i + k] = undefined;
    });
  }

  /** Every event mention of the sentence. */
  code(): EventMention[] {
    const out: EventMention[] = [];
    const absorbed = this.absorbedVerbs();
    // Event verbs that fired: what their complement clause says is what they are about, no event of its own.
    const governing = new Set<number>();
    for (let i = 0; i < this.v.words.length; i++) {
      const predicate = this.predicates[i];
      if (!predicate?.code || absorbed.has(i)) continue;
      // "March 6, 2005", "le mois de mars": a word of a time expression is no event ("march").
      if (this.inTime(i)) continue;
      if (predicate.pos === "noun" && this.governedByFiringVerb(i)) continue;
      // "la police a interpellé 217 manifestants", "protesters gathered": who the event is done by or to.
      if (predicate.agent && this.argumentOfEvent(i)) continue;
      if (this.governedByEvent(i, governing)) continue;
      const frame = this.frame(i, predicate, 0);
      // "Russia said Sudan must return the helicopter": a statement that another actor must act is a demand on it.
      const obliged = isStatement(predicate.code) ? this.obligedActors(i, frame.sources) : [];
      const mentions = this.mentions(i, predicate, obliged.length ? { ...frame, targets: obliged } : frame, obliged.length > 0);
      if (mentions.some((m) => m.source && (m.target || !this.options.petrarch) && !isStatement(m.code))) governing.add(i);
      out.push(...mentions);
    }
    // A statement is the news only when it reports nothing more specific: "X said it would send troops" is the sending.
    const specific = out.some((m) => m.source && !isStatement(m.code));
    return specific ? out.filter((m) => !isStatement(m.code)) : out;
  }

  // ---- lexicon lookup -------------------------------------------------------------------------

  private lookup(i: number): Predicate | undefined {
    const w = this.v.words[i];
    if (this.v.entityAt[i] !== undefined && w.upos !== "VERB") return undefined;
    const candidates: Predicate[] = [];
    // "l'opposant", "les manifestants": a participle right after an article is a noun, whatever the tagger says.
    const prev = this.v.words[i - 1];
    // (A tagger may call that article a pronoun: "l'opposant"; "en l'opposant" is the gerund.)
    const presentParticiple = /VerbForm=Part/.test(w.feats ?? "") && /Tense=Pres/.test(w.feats ?? "");
    const afterArticle = !!prev && ((prev.upos === "DET" && /Definite=/.test(prev.feats ?? "")) ||
      (presentParticiple && prev.upos === "PRON" && /^(l'|l’|le|la|les)$/.test(prev.lower) && this.v.words[i - 2]?.lower !== "en"));
    // "en grève", "on strike": no finite verb follows a preposition; a tagger that says so has a noun wrong.
    const finiteOrPast = /VerbForm=Fin/.test(w.feats ?? "") || (/VerbForm=Part/.test(w.feats ?? "") && !presentParticiple);
    const afterPreposition = !!prev && prev.upos === "ADP" && finiteOrPast;
    const isVerb = w.upos === undefined ? undefined : w.upos === "VERB" && !afterArticle && !afterPreposition;
    const isNoun = w.upos === undefined ? undefined : w.upos === "NOUN";
    if (isVerb !== false) candidates.push(...(this.lex.verbs.get(w.lemma) ?? []));
    if (isNoun !== false) candidates.push(...(this.lex.nouns.get(w.lemma) ?? []));
    if (!candidates.length) {
      // Without a tagger (or with a lemma the lexicon does not know), the inflected form decides.
      for (const f of this.lex.forms.get(w.lower) ?? []) {
        if (f.pos === "verb" && (isNoun === true || afterArticle || afterPreposition)) continue;
        if (f.pos === "noun" && isVerb === true) continue;
        candidates.push(...((f.pos === "verb" ? this.lex.verbs : this.lex.nouns).get(f.lemma) ?? []));
      }
    }
    for (const p of candidates) {
      if (p.tail.length && !this.tailMatches(i, p.tail)) continue;
      if (p.object && !this.objectMatches(i, p)) continue;
      if (p.before && !p.before.every((b) => this.v.words.slice(Math.max(0, i - 5), i).some((w) => w.lower === b || w.lemma === b))) continue;
      return p;
    }
    return undefined;
  }

  private tailMatches(i: number, tail: readonly string[]): boolean {
    return tail.every((t, k) => {
      const w = this.v.words[i + 1 + k];
      return w !== undefined && (w.lower === t || w.lemma === t || w.lower.replace("’", "'") === t);
    });
  }

  private objectMatches(i: number, p: Predicate): boolean {
    const object = p.object!;
    // "@actor" in a row's objects: any object that names an actor ("released two Iranian nationals").
    const actor = object.has(ANY_ACTOR);
    const hit = (j: number) => object.has(this.v.words[j].lemma) || object.has(this.v.words[j].lower);
    // A figure stands for people too: "the blast killed at least 20". An actor that only qualifies the
    // object names it ("two Iranian nationals", "Iran's prisoners"); one it comes from does not ("loans from
    // the government").
    const names = (j: number) =>
      actor &&
      (this.v.entityAt[j]?.actor !== undefined || (this.v.words[j].upos === "NUM" && /\d/.test(this.v.words[j].form)) ||
        this.v.children[j].some((g) => this.v.entityAt[g]?.actor !== undefined && /^(amod|nmod:poss|flat|compound|appos)/.test(this.v.words[g].deprel)));
    if (this.v.parsed) {
      const kids = this.v.children[i];
      // The object proper; a noun's complement ("la libération des otages"); the noun a participle or
      // relative clause qualifies ("the figures released Thursday", "l'otage qui a été libéré").
      const w = this.v.words[i];
      // A participle read as an adjective ("le record sera battu": nsubj + cop) has its object as subject.
      const copula = p.pos === "verb" && kids.some((c) => this.v.words[c].deprel === "cop");
      const direct = kids.filter((c) => (p.pos === "noun" ? /^nmod/ : copula ? /^(obj|nsubj)/ : /^(obj|nsubj:pass)/).test(this.v.words[c].deprel));
      if (p.pos === "verb" && direct.length === 0) {
        const oblique = this.bareOblique(i);
        if (oblique !== undefined) direct.push(oblique);
      }
      const participle = w.deprel === "acl" && !kids.some((c) => this.v.words[c].deprel === "mark");
      if (p.pos === "verb" && w.head >= 0 && (participle || (w.deprel.startsWith("acl:relcl") && this.isPassive(i)))) direct.push(w.head);
      // "le record devrait être battu": a passive complement's object is its governor's subject.
      if (p.pos === "verb" && w.head >= 0 && w.deprel.startsWith("xcomp") && this.isPassive(i)) direct.push(...this.v.children[w.head].filter((c) => this.v.words[c].deprel.startsWith("nsubj")));
      if (direct.some((c) => hit(c) || names(c))) return true;
      if (object.has(ANY_COMPLEMENT) && (direct.length > 0 || kids.some((c) => /^(xcomp|ccomp)/.test(this.v.words[c].deprel)))) return true;
      // "mettre en garde", "porter plainte contre", "exercices militaires": any close dependent.
      if (kids.some((c) => hit(c) || this.v.children[c].some((g) => hit(g) && /^(amod|nmod|compound|obj|obl:arg)/.test(this.v.words[g].deprel)))) return true;
      if (p.pos === "noun" && this.v.words[i].head >= 0 && hit(this.v.words[i].head)) return true;
      return false;
    }
    for (let j = Math.max(0, i - 2); j < Math.min(this.v.words.length, i + 5); j++) if (j !== i && hit(j)) return true;
    return false;
  }

  // ---- which predicates fire ------------------------------------------------------------------

  /** Light verbs whose event noun is itself a predicate: the noun carries the event. */
  private absorbedVerbs(): Set<number> {
    const out = new Set<number>();
    if (!this.v.parsed) return out;
    this.v.words.forEach((w, j) => {
      const head = w.head;
      if (head < 0 || !this.predicates[j]?.code || this.predicates[j]!.pos !== "noun") return;
      if (this.inLightSlot(j)) out.add(head);
    });
    return out;
  }

  /** A word that is a subject, object or oblique of an event word, or the noun a number of them counts ("des milliers de manifestants"). */
  private argumentOfEvent(i: number): boolean {
    if (!this.v.parsed) return false;
    let w = this.v.words[i];
    if (w.head >= 0 && /^(nmod|nummod)/.test(w.deprel) && this.predicates[w.head]?.code === undefined) w = this.v.words[w.head];
    return w.head >= 0 && this.predicates[w.head]?.code !== undefined && /^(nsubj|obj|iobj|obl)/.test(w.deprel);
  }

  /** A noun that is the object of a verb predicate of the sentence belongs to that verb's event. */
  private governedByFiringVerb(i: number): boolean {
    if (!this.v.parsed) return false;
    const w = this.v.words[i];
    const head = w.head;
    if (head < 0) return false;
    const hp = this.predicates[head];
    if (hp?.pos !== "verb" || hp.code === undefined || !/^(obj|nsubj:pass)/.test(w.deprel) || hp.code.slice(0, 2) !== this.predicates[i]!.code!.slice(0, 2)) return false;
    // "imposed sanctions on Iran": a light verb lends the noun its subject; the noun, with its own
    // complements, is the event.
    if (this.inLightSlot(i)) return false;
    // "L'accord entre la Russie et la Chine a été signé": a passive verb with no agent leaves its
    // actors to the noun.
    return this.frame(head, hp, 0).sources.length > 0;
  }

  /**
   * "accuse X de violer", "threatened to withdraw", "refused to deploy", "demanded that X leave": a clause
   * under an event verb that fired is what that event is about (CAMEO codes the threat, the refusal),
   * not an event that happened. A statement's complement is the exception: it is what gets reported.
   */
  private governedByEvent(i: number, governing: ReadonlySet<number>): boolean {
    if (!this.v.parsed) return false;
    const head = this.v.words[i].head;
    // "threatened to launch an offensive": an event noun speaks through its light verb.
    let k = this.predicates[i]?.pos === "noun" && head >= 0 && this.lex.light.has(this.v.words[head].lemma) ? head : i;
    // PETRARCH's patterns leave only an infinitive to a verb that has both its actors.
    const complement = this.options.petrarch ? /^xcomp/ : /^(xcomp|ccomp)/;
    for (let hops = 0; hops < (this.options.petrarch ? 1 : 2); hops++) {
      const w = this.v.words[k];
      if (w.head < 0 || w.head > k || !complement.test(w.deprel)) return false;
      k = w.head;
      if (governing.has(k)) return true;
    }
    return false;
  }

  /**
   * The clause an event verb governs ("threatened to withdraw", "demanded that X leave"), if any; a clause
   * before its verb is a report the verb only attributes ("X will restore ties, an official said").
   */
  private complementOf(i: number): number | undefined {
    return this.v.children[i].find((c) => c > i && /^(xcomp|ccomp)/.test(this.v.words[c].deprel));
  }

  /**
   * "threatened to withdraw its troops from Chad", "demanded that its partners refuse": an event verb with
   * no target of its own acts on its complement's — the complement's subject when it is another actor,
   * else whom the complement acts on.
   */
  private complementTargets(i: number, sources: readonly ActorRef[], depth: number): ActorRef[] {
    const c = this.complementOf(i);
    if (c === undefined) return [];
    const others = (refs: ActorRef[]) => refs.filter((t) => !sources.some((s) => s.actor.actor === t.actor.actor));
    if (this.v.words[c].deprel.startsWith("ccomp")) {
      const subject = others(this.actorsAt(this.subjectChild(c), false, depth + 1));
      if (subject.length) return subject;
    }
    const nested = this.predicates[c];
    if (nested?.code) return others(this.frame(c, nested, depth + 1).targets);
    for (const k of this.v.children[c]) {
      if (!/^(obj|iobj|obl)/.test(this.v.words[k].deprel)) continue;
      const found = others(this.actorsAt(k, true, depth + 1));
      if (found.length) return found;
    }
    return [];
  }

  /** The code of what a commitment verb commits to ("vowed to fight", "promised to continue aid"), if coded. */
  private complementCode(i: number): string | undefined {
    const c = this.complementOf(i);
    if (c === undefined) return undefined;
    if (this.predicates[c]?.code) return this.predicates[c]!.code;
    const object = this.v.children[c].find((k) => this.v.words[k].deprel.startsWith("obj") && this.predicates[k]?.code);
    return object === undefined ? undefined : this.predicates[object]!.code;
  }

  /** The actors a statement says must act ("said Sudan must return…"), other than its speakers. */
  private obligedActors(i: number, sources: readonly ActorRef[]): ActorRef[] {
    if (!this.v.parsed || !sources.length) return [];
    const w = this.v.words[i];
    // "Sudan must return the helicopter, Russia said": the statement may hang on what it reports.
    const clauses = this.v.children[i].filter((c) => /^(ccomp|parataxis)/.test(this.v.words[c].deprel));
    if (w.head >= 0 && /^(parataxis|ccomp)/.test(w.deprel)) clauses.push(w.head);
    const obligations = this.lex.modality.obligations;
    for (const c of clauses) {
      const obliged = this.v.children[c].some((k) => this.v.words[k].deprel.startsWith("aux") && (obligations.has(this.v.words[k].lemma) || obligations.has(this.v.words[k].lower)));
      if (!obliged) continue;
      const actors = this.actorsAt(this.subjectChild(c), false, 1).filter((t) => !sources.some((s) => s.actor.actor === t.actor.actor || s.actor.entity === t.actor.entity));
      if (actors.length) return actors;
    }
    return [];
  }

  /** The statement verb whose complement clause holds word i ("Hungary said it would send…"), if any. */
  private speechGovernor(i: number): number | undefined {
    for (let k = i, hops = 0; hops < 3; hops++) {
      const w = this.v.words[k];
      if (w.head < 0 || !/^(ccomp|xcomp|parataxis|conj)/.test(w.deprel)) return undefined;
      k = w.head;
      const p = this.predicates[k];
      if (p?.code && isStatement(p.code)) return k;
    }
    return undefined;
  }

  /** Whether word j hangs in the slot of a light verb that governs it ("a procédé à la signature", "appelé à une grève"). */
  private inLightSlot(j: number): boolean {
    const head = this.v.words[j].head;
    const light = head >= 0 ? this.lex.light.get(this.v.words[head].lemma) : undefined;
    return !!light && this.inSlot(j, light);
  }

  private inSlot(j: number, slot: Slot): boolean {
    const w = this.v.words[j];
    if (slot === "obj") return /^(obj|nsubj:pass)/.test(w.deprel) || this.articleOblique(j);
    return this.prepositionOf(j) === slot;
  }

  /**
   * "ont entamé des négociations", "a arrêté des manifestants": French "des" and "du" are also articles,
   * and a parse that reads them as "de" + "les" makes the object an oblique. Such an oblique of a verb,
   * its "de" and article one written word, stands for the object.
   */
  private articleOblique(j: number): boolean {
    const w = this.v.words[j];
    if (w.deprel !== "obl:arg" || w.head < 0 || this.v.words[w.head].upos !== "VERB") return false;
    const kids = this.v.children[j];
    const mark = kids.find((c) => this.v.words[c].deprel === "case");
    return mark !== undefined && kids.some((c) => this.v.words[c].deprel === "det" && this.v.words[c].start === this.v.words[mark].start);
  }

  // ---- frames ---------------------------------------------------------------------------------

  private frame(i: number, p: Predicate, depth: number): Frame {
    if (!this.v.parsed) return this.orderFrame(i, p);
    const passive = p.pos === "verb" && this.isPassive(i);
    let sources: ActorRef[] = [];
    // A light verb lends its subject to its event noun ("la Russie a procédé à la signature", "Clinton
    // imposed sanctions on the Taliban for its support of bin Laden"): its subject comes first.
    const head = this.v.words[i].head;
    if (p.pos === "noun" && this.inLightSlot(i)) sources = this.actorsAt(this.subjectOf(head, 0), false, depth);
    for (const slot of sources.length ? [] : p.source) {
      sources = this.fill(i, p, slot, passive, "source", depth);
      if (sources.length) break;
    }
    // "Un missionnaire a été arrêté au Liban", "the reporter was assaulted": coercion and assault whose author
    // goes unnamed are done by someone where they happen. (Not military force: "Kiev was shelled" names
    // no Ukrainian shelling.)
    if (!sources.length && passive && /^1[78]/.test(p.code ?? "") && !this.lex.words.mishap.has(this.v.words[i].lemma)) sources = this.sceneOf(i) ?? this.homeCountry(i);
    // What a statement reports is done by the speaker when its own subject is missing or a pronoun; not when
    // it is a passive, whose doer goes unsaid ("Kyrgyzstan said its border posts were shelled").
    if (!sources.length && p.pos === "verb" && p.source.includes("subj") && !passive) {
      const subject = this.subjectChild(i);
      const speaker = subject === undefined || this.v.words[subject].upos === "PRON" ? this.speechGovernor(i) : undefined;
      if (speaker !== undefined) sources = this.actorsAt(this.subjectOf(speaker, 0), false, depth);
    }
    let targets: ActorRef[] = [];
    for (const slot of p.target) {
      targets = this.fill(i, p, slot, passive, "target", depth).filter((t) => !sources.some((s) => s.word === t.word));
      // The story's country is where a foreign actor acts, not where its own people do.
      if (slot === "home" && sources.some((s) => s.actor.country === targets[0]?.actor.country)) targets = [];
      if (targets.length) break;
    }
    if (!targets.length && p.pos === "verb" && p.code && !isStatement(p.code) && depth === 0 && !this.options.petrarch) targets = this.complementTargets(i, sources, depth);
    // "les rassemblements qui ont dénoncé la réforme": what a relative clause on an event noun acts on.
    if (!targets.length && p.pos === "noun" && p.target.length) {
      const relative = this.v.children[i].find((c) => this.v.words[c].deprel.startsWith("acl:relcl") && this.predicates[c]?.code);
      if (relative !== undefined) targets = this.actorsAt(this.v.children[relative].find((c) => this.v.words[c].deprel.startsWith("obj")), true, depth + 1);
    }
    return { sources, targets, syntactic: true };
  }

  private fill(i: number, p: Predicate, slot: Slot, passive: boolean, role: "source" | "target", depth: number): ActorRef[] {
    const descend = role === "target";
    switch (slot) {
      case "subj": {
        if (passive) return this.actorsAt(this.agentOf(i), false, depth);
        const subject = this.subjectOf(i, 0);
        const found = this.actorsAt(subject, false, depth);
        // "La Chine, la Corée du Sud et la Russie ont proposé": a parse may give the verb a second subject
        // where the last conjunct is.
        const more = subject !== undefined && this.v.words[subject].head === i
          ? this.v.children[i].filter((c) => c > subject && c < i && /^nsubj$/.test(this.v.words[c].deprel) && this.v.words.slice(subject, c).some((w) => w.upos === "CCONJ")).flatMap((c) => this.actorsAt(c, false, depth))
          : [];
        if (found.length) return dedupe([...found, ...more]);
        const owner = subject === undefined ? undefined : this.ownerOf(subject);
        if (owner) return [owner];
        if (p.pos !== "verb" || (subject !== undefined && subject < i) || this.isInfinitive(i)) return found;
        // A finite verb whose subject the parse lost or put after it ("a, quant à lui, protesté"): the actor just before it.
        return this.scan(i, -1);
      }
      case "obj": {
        const rel = passive ? /^nsubj:pass/ : /^obj/;
        const kids = this.v.children[i];
        // "accused the United States of violating…": a parse may call the only object an indirect one.
        const object =
          kids.find((c) => rel.test(this.v.words[c].deprel)) ??
          (passive ? this.qualifyingParticiple(i) : undefined) ??
          (passive ? undefined : kids.find((c) => this.v.words[c].deprel.startsWith("iobj")) ?? kids.find((c) => this.articleOblique(c)) ?? this.bareOblique(i));
        const found = this.actorsAt(object, descend, depth);
        return found.length || role !== "target" ? found : this.placeAsTarget(object);
      }
      case "iobj":
        return this.actorsAt(this.v.children[i].find((c) => this.v.words[c].deprel.startsWith("iobj")), descend, depth);
      case "amod": {
        const mods = this.v.children[i].filter((c) => /^(amod|compound|nmod:poss|flat)/.test(this.v.words[c].deprel) || (this.v.words[c].deprel.startsWith("acl") && this.v.entityAt[c] !== undefined));
        for (const c of mods) {
          const found = this.actorsAt(c, false, depth);
          if (found.length) return found;
        }
        return [];
      }
      case "gov-subj": {
        const head = this.v.words[i].head;
        if (head < 0) return [];
        return this.actorsAt(this.subjectOf(head, 0), true, depth);
      }
      case "home":
        return this.homeCountry(i);
      default: {
        // "travelled to Moscow", "s'est rendu à Moscou": a visit's target is the country of where it goes.
        if (slot.endsWith(PLACE_SLOT)) {
          const base = slot.slice(0, -PLACE_SLOT.length);
          const introduced = base === "obj" ? (k: number) => this.v.words[k].deprel.startsWith("obj") : (k: number) => this.prepositionOf(k) === base || this.multiwordPreposition(k, base);
          return this.sceneOf(i, introduced) ?? [];
        }
        for (const c of this.slotCandidates(i, p)) {
          if (this.prepositionOf(c) !== slot && !this.multiwordPreposition(c, slot)) continue;
          // "fired a missile on Monday, Japan said": a time fills no actor's slot.
          if (this.inTime(c)) continue;
          const found = this.actorsAt(c, descend, depth);
          // "l'accord entre le Mali et la CEDEAO": a parse may hang the second conjunct on the event noun.
          if (found.length === 1 && p.pos === "noun") {
            for (const k of this.v.children[i]) if (k > c && this.v.words[k].deprel.startsWith("conj") && this.prepositionOf(k) === undefined) found.push(...this.conjoined(k));
          }
          if (found.length) return dedupe(found);
          if (role === "target") {
            const place = this.placeAsTarget(c);
            if (place.length) return place;
          }
        }
        return [];
      }
    }
  }

  /** "will release Prime Minister X": a name with no preposition that a parse calls an oblique is the object. */
  private bareOblique(i: number): number | undefined {
    return this.v.children[i].find((c) => this.v.words[c].deprel.startsWith("obl") && this.prepositionOf(c) === undefined && this.v.entityAt[c] !== undefined && this.v.words[c].upos === "PROPN") ?? this.objectHungOnModifier(i);
  }

  /**
   * "a condamné mardi l'Iran", "met en garde le Japon": a parse may hang the object on the day or on the
   * idiom's noun between the verb and it. An actor right after either, with no preposition of its own, is
   * the verb's object.
   */
  private objectHungOnModifier(i: number): number | undefined {
    for (const c of this.v.children[i]) {
      if (c < i) continue;
      const time = this.inTime(c);
      const idiom = !time && this.v.words[c].deprel.startsWith("obl") && this.v.words[c].upos === "NOUN" && this.v.entityAt[c] === undefined;
      if (!time && !idiom) continue;
      const relation = time ? /^(nmod|appos|obj|dep)/ : /^(nmod|obj|dep)/;
      const object = this.v.children[c].find((g) => g > c && relation.test(this.v.words[g].deprel) && this.prepositionOf(g) === undefined && this.v.entityAt[g] !== undefined);
      if (object !== undefined) return object;
    }
    return undefined;
  }

  /**
   * "the invasion of South Lebanon", "shelled Aleppo": a place the event acts on, not one it happens in,
   * stands for its country as the target.
   */
  private placeAsTarget(j: number | undefined): ActorRef[] {
    const e = j === undefined ? undefined : this.v.entityAt[j];
    if (j === undefined || !e?.country || !e.id.startsWith("place:") || this.lex.words.locative.has(this.prepositionOf(j) ?? "")) return [];
    return [{ actor: { actor: e.country, country: e.country }, word: j }];
  }

  /**
   * The country the clause itself places the event in ("arrêté au Liban", "tué à Gao"), as its actor: a
   * place under the predicate after a locative preposition, or after one that `introduced` accepts.
   */
  private sceneOf(i: number, introduced = (k: number) => this.lex.words.locative.has(this.prepositionOf(k) ?? "")): ActorRef[] | undefined {
    for (let k = 0; k < this.v.words.length; k++) {
      const e = this.v.entityAt[k];
      if (!e?.country || (!e.id.startsWith("place:") && !e.id.startsWith("country:"))) continue;
      if (this.v.words[k].head !== i || !introduced(k)) continue;
      return [{ actor: { actor: e.country, country: e.country }, word: i }];
    }
    return undefined;
  }

  /** Where the story happens, as the place of an event ("retirer ses troupes" in a story set in Afghanistan). */
  private homeCountry(i: number): ActorRef[] {
    const home = this.options.sceneCountry ?? this.options.domesticCountry;
    return home ? [{ actor: { actor: home, country: home }, word: i }] : [];
  }

  /**
   * "la direction de l'entreprise", "the head of the agency": a nominal that names no actor stands for the
   * one it belongs to, named in its complement ("de", "of"); an event noun does not ("la libération de X").
   */
  private ownerOf(j: number): ActorRef | undefined {
    for (let k = j, hops = 0; hops < 3; hops++) {
      if (this.predicates[k]?.code) return undefined;
      const owner = this.v.children[k].find((c) => this.v.words[c].deprel.startsWith("nmod") && this.lex.words.of.has(this.prepositionOf(c) ?? ""));
      if (owner === undefined) return undefined;
      const found = this.conjoined(owner);
      if (found.length) return found[0];
      k = owner;
    }
    return undefined;
  }

  /** Words under the predicate, nearest first, that may carry a prepositional slot. */
  private slotCandidates(i: number, p: Predicate): number[] {
    const out: number[] = [];
    const subject = p.pos === "verb" ? this.subjectChild(i) : undefined;
    let frontier = [i];
    for (let depth = 0; depth < (p.pos === "noun" ? 3 : 2) && frontier.length; depth++) {
      const next: number[] = [];
      for (const f of frontier) {
        for (const c of this.v.children[f]) {
          if (c === subject || !OBLIQUES.test(this.v.words[c].deprel)) continue;
          // A nested clause has its own frame.
          if (depth > 0 && this.v.words[c].upos === "VERB" && !this.v.words[c].deprel.startsWith("acl")) continue;
          out.push(c);
          next.push(c);
        }
      }
      frontier = next;
    }
    // A light verb's prepositional complements belong to its event noun ("adresser une demande à X").
    const head = this.v.words[i].head;
    if (p.pos === "noun" && head >= 0 && this.lex.light.has(this.v.words[head].lemma)) {
      for (const c of this.v.children[head]) if (c !== i && OBLIQUES.test(this.v.words[c].deprel)) out.push(c);
    }
    return out;
  }

  /** "à", "de", "auprès de": the case marker(s) of a nominal. */
  private prepositionOf(j: number): string | undefined {
    const mark = this.v.children[j].find((c) => this.v.words[c].deprel === "case");
    if (mark === undefined) return undefined;
    const fixed = this.v.children[mark].filter((c) => this.v.words[c].deprel === "fixed").map((c) => this.v.words[c].lemma);
    return [this.v.words[mark].lemma, ...fixed].join(" ");
  }

  /** "de la part de X": X's own preposition is the last word, its head noun one of the others. */
  private multiwordPreposition(j: number, slot: string): boolean {
    const parts = slot.split(" ");
    if (parts.length < 3) return false;
    const head = this.v.words[j].head;
    return head >= 0 && this.prepositionOf(j) === parts[parts.length - 1] && parts.slice(0, -1).includes(this.v.words[head].lemma);
  }

  private subjectChild(i: number): number | undefined {
    const passive = this.isPassive(i);
    const subjects = this.v.children[i].filter((c) => SUBJECTS.test(this.v.words[c].deprel) && (this.v.words[c].deprel !== "nsubj:pass" || !passive));
    // Of two subjects the parse gave, one that names an actor, else one without a preposition
    // ("De son côté, le syndicat … a protesté": "côté" is no subject).
    const subject = subjects.length < 2 ? subjects[0] : subjects.find((c) => this.named(c)) ?? subjects.find((c) => this.prepositionOf(c) === undefined) ?? subjects[0];
    if (subject === undefined) return undefined;
    // "Le parti, dont l'une des exigences était le report …, a refusé": a nominal with its own copula is a clause of
    // its own, and its subject the one the parse meant for the verb.
    if (!this.v.children[subject].some((c) => this.v.words[c].deprel === "cop")) return subject;
    return this.v.children[subject].find((c) => SUBJECTS.test(this.v.words[c].deprel)) ?? subject;
  }

  /** "to return", "de participer": an infinitive has no subject of its own to look for by word order. */
  private isInfinitive(i: number): boolean {
    const w = this.v.words[i];
    return (w.feats ?? "").split("|").includes("VerbForm=Inf") || this.v.children[i].some((c) => this.v.words[c].deprel === "mark");
  }

  /**
   * "le préfet Claude Érignac, tué en 1998", "the hostages released on Thursday": a past participle with
   * no auxiliary and no subject qualifies the noun before it, which is what was done. The noun's word, if
   * so: the parse's head where it reads the participle so, else the noun before the comma.
   */
  private qualifyingParticiple(i: number): number | undefined {
    const w = this.v.words[i];
    if (w.upos !== "VERB" || !/VerbForm=Part/.test(w.feats ?? "") || !/Tense=Past/.test(w.feats ?? "")) return undefined;
    if (this.v.children[i].some((c) => /^(aux|cop|nsubj|expl)/.test(this.v.words[c].deprel))) return undefined;
    // An auxiliary earlier in the clause makes a tense whatever the parse says ("a de son côté dénoncé").
    for (let k = i - 1; k >= 0 && this.v.words[k].upos !== "PUNCT"; k--) if (this.v.words[k].upos === "AUX") return undefined;
    if (w.deprel === "acl" && w.head >= 0) return w.head;
    // A parse that reads it otherwise is trusted only for an apposition after a comma: English past tenses
    // look like participles ("an official today praised…").
    if (i < 2 || this.v.words[i - 1].form !== ",") return undefined;
    let k = i - 2;
    while (k > 0 && this.v.words[k].upos === "ADJ") k--; // "le journaliste équatorien, arrêté…"
    if (!/^(NOUN|PROPN)$/.test(this.v.words[k].upos ?? "")) return undefined;
    // The name's head word: "Érignac" hangs on "Claude" (flat), which the entity starts at.
    while (/^flat/.test(this.v.words[k].deprel) && this.v.words[k].head >= 0 && this.v.words[k].head < k) k = this.v.words[k].head;
    return k;
  }

  /** A passive verb; a pronominal one ("se sont félicités") is not, whatever relation its subject got. */
  private isPassive(i: number): boolean {
    if (this.qualifyingParticiple(i) !== undefined) return true;
    const kids = this.v.children[i];
    if (kids.some((c) => this.v.words[c].deprel === "aux:pass")) return true;
    // "est arrivé" takes "être" as its tense auxiliary: a subject the parse calls passive is still the actor.
    return kids.some((c) => PASSIVE_MARKS.test(this.v.words[c].deprel)) && !kids.some((c) => this.v.words[c].deprel.startsWith("expl") || this.v.words[c].deprel === "aux:tense");
  }

  /** The subject of a verb: its own, the controller's (xcomp), the first conjunct's, or a relative's antecedent. */
  private subjectOf(i: number, hops: number): number | undefined {
    const w = this.v.words[i];
    const conjunct = w.deprel.startsWith("conj") && w.head >= 0;
    let own = this.subjectChild(i);
    // "a dénoncé « une provocation » et a menacé": a quoted phrase before a second verb is the first one's object.
    if (own !== undefined && conjunct && this.quotedBefore(own, i) && !this.actorOfWord(own)) own = undefined;
    if (own !== undefined) {
      // "qui" in a relative clause stands for the noun the clause hangs on.
      if (this.v.words[own].upos === "PRON" && w.deprel.startsWith("acl:relcl") && w.head >= 0) return w.head;
      return own;
    }
    // "Le pays n'ayant pas signé le traité, l'association a demandé": a finite verb shares no subject with a participle clause.
    if (conjunct && this.isFinite(i) && !this.isFinite(w.head)) return this.nominalJustBefore(i);
    if (hops <= 2 && w.head >= 0) {
      if (/^(xcomp|conj|advcl)/.test(w.deprel)) return this.subjectOf(w.head, hops + 1);
      if (w.deprel.startsWith("acl:relcl")) return w.head;
    }
    // A mis-labelled subject: the first bare nominal before the verb ("L'inclusion …, a suscité"), or one
    // the parse hung under a phrase before it ("Face au silence du gouvernement, l'Union africaine a convoqué").
    const bare = (c: number) => c < i && /^(NOUN|PROPN)$/.test(this.v.words[c].upos ?? "") && /^(obl|nmod|dep)/.test(this.v.words[c].deprel) && this.prepositionOf(c) === undefined && !this.inTime(c);
    const before = this.v.children[i].filter((c) => c < i);
    return before.find(bare) ?? before.flatMap((c) => this.v.children[c]).find(bare);
  }

  /** "today", "on Monday": a word of a time expression names no actor. */
  private inTime(k: number): boolean {
    return this.v.times.some((t) => t.first <= k && k <= t.last);
  }

  /** A verb with a finite form, itself or through its auxiliary ("a demandé", not "ayant ratifié"). */
  private isFinite(i: number): boolean {
    const finite = (k: number) => (this.v.words[k].feats ?? "").split("|").includes("VerbForm=Fin");
    const auxiliaries = this.v.children[i].filter((c) => this.v.words[c].deprel.startsWith("aux"));
    return auxiliaries.length ? auxiliaries.some(finite) : finite(i);
  }

  /** The bare nominal that ends right before a verb and its auxiliaries: a subject the parse hung elsewhere. */
  private nominalJustBefore(i: number): number | undefined {
    const first = this.v.children[i].filter((c) => this.v.words[c].deprel.startsWith("aux")).reduce((m, c) => Math.min(m, c), i);
    const k = first - 1;
    if (k < 0 || !/^(NOUN|PROPN|PRON)$/.test(this.v.words[k].upos ?? "") || this.prepositionOf(k) !== undefined) return undefined;
    return k;
  }

  /** True when word j lies in a quotation that closes before word i. */
  private quotedBefore(j: number, i: number): boolean {
    const words = this.v.words;
    let opened = false;
    for (let k = j - 1; k >= 0; k--) {
      if (CLOSING_QUOTES.has(words[k].form)) break;
      if (OPENING_QUOTES.has(words[k].form)) {
        opened = true;
        break;
      }
    }
    if (!opened) return false;
    for (let k = j + 1; k < i; k++) if (CLOSING_QUOTES.has(words[k].form)) return true;
    return false;
  }

  private agentOf(i: number): number | undefined {
    const kids = this.v.children[i];
    return kids.find((c) => this.v.words[c].deprel === "obl:agent") ?? kids.find((c) => this.lex.words.agent.has(this.prepositionOf(c) ?? ""));
  }

  // ---- actors ---------------------------------------------------------------------------------

  /**
   * The actors a nominal names: its entity, those of the words naming the same thing and of its
   * conjuncts; for a target, failing those, the actors of an event noun it is or of its complements.
   */
  private actorsAt(j: number | undefined, descend: boolean, depth: number): ActorRef[] {
    if (j === undefined) return [];
    const out = this.conjoined(j);
    if (out.length || !descend || depth > 1) return out;
    const nested = this.predicates[j];
    if (nested?.code) {
      const frame = this.frame(j, nested, depth + 1);
      if (frame.targets.length) return frame.targets;
      if (frame.sources.length) return frame.sources;
    }
    for (const c of this.v.children[j]) {
      if (!/^(nmod|obl)/.test(this.v.words[c].deprel)) continue;
      const found = this.conjoined(c);
      if (found.length) return found;
    }
    return [];
  }

  private conjoined(j: number): ActorRef[] {
    const out: ActorRef[] = [];
    const seen = new Set<number>();
    const visit = (k: number, hops: number) => {
      if (seen.has(k) || hops > 6) return;
      seen.add(k);
      const a = this.named(k);
      if (a) out.push(a);
      for (const c of this.v.children[k]) if (this.v.words[c].deprel.startsWith("conj")) visit(c, hops + 1);
    };
    visit(j, 0);
    return dedupe(out);
  }

  /**
   * The actor a single nominal names, looking at the words that name the same thing; failing those, what
   * it takes up ("Elle", "l'ONG") or, for a thing someone has, its possessor ("sa réélection": his).
   */
  private named(j: number): ActorRef | undefined {
    const direct = this.actorOfWord(j);
    if (direct) return direct;
    for (const c of this.v.children[j]) {
      if (NAME_PARTS.test(this.v.words[c].deprel) || this.isNameOf(c)) {
        const a = this.actorOfWord(c);
        if (a) return a;
      }
    }
    if (this.v.entityAt[j]) return undefined;
    const own = this.coreferent(j);
    if (own) return own;
    const determiner = this.v.children[j].find((c) => this.v.words[c].upos === "DET" && c < j);
    const possessor = determiner === undefined ? undefined : this.coreferent(determiner);
    // "L'OTAN prévoit de retirer ses forces": a possessive in a clause whose subject is an actor is that actor's.
    return possessor && (this.clauseSubjectActor(j) ?? possessor);
  }

  private clauseSubjectActor(j: number): ActorRef | undefined {
    let k = this.v.words[j].head;
    for (let hops = 0; k >= 0 && this.v.words[k].upos !== "VERB" && hops < 4; hops++) k = this.v.words[k].head;
    const subject = k >= 0 && this.v.words[k].upos === "VERB" ? this.subjectOf(k, 0) : undefined;
    return subject === undefined || subject === j ? undefined : this.actorOfWord(subject);
  }

  private coreferent(j: number): ActorRef | undefined {
    const e = this.options.coreferent?.(this.v.index, j);
    const code = e && (e.actor ?? e.country);
    if (!e || !code || e.type === "LOC") return undefined;
    return { actor: actorOf(e, code, this.v.words[j].form), word: j };
  }

  /**
   * "le président Poutine", "le groupe Ansar Dine": a name right under a common noun names the same one;
   * a thing's name ("le système Oreshnik") does not make the thing an actor.
   */
  private isNameOf(c: number): boolean {
    const w = this.v.words[c];
    return w.deprel === "nmod" && w.upos === "PROPN" && this.prepositionOf(c) === undefined && this.v.entityAt[c]?.type !== "MISC";
  }

  private actorOfWord(j: number): ActorRef | undefined {
    const e = this.v.entityAt[j];
    if (!e) return this.domesticAgent(j);
    const code = e.actor ?? e.country;
    if (!code) return undefined;
    // A place named after a locative preposition is where, not who (kept for places with a country code only);
    // a thing no list knows ("l'ATV", "le pont Mathilde") is no actor, while a people ("les Maliens") is.
    if (e.id.startsWith("place:") && e.actor === undefined) return undefined;
    if (e.type === "MISC" && e.actor === undefined) return undefined;
    return { actor: actorOf(e, code, this.mentionText(j)), word: j };
  }

  /**
   * "les manifestants", "les rebelles", "l'opposition" without a country: in a story about one country,
   * that country's group (GDELT's convention for domestic actors). Only nouns, so "manifestant" as an
   * adjective or a verb form never becomes an actor.
   */
  private domesticAgent(j: number): ActorRef | undefined {
    const country = this.options.domesticCountry;
    const w = this.v.words[j];
    if (!country || (w.upos !== undefined && w.upos !== "NOUN")) return undefined;
    const next = this.v.words[j + 1];
    // Two words name some agents: "hommes armés", "armed men" (the head is the second word in English).
    const pair = next ? this.options.agents?.get(`${w.lower} ${next.lower}`) : undefined;
    const before = j > 0 ? this.options.agents?.get(`${this.v.words[j - 1].lower} ${w.lower}`) : undefined;
    const agent = pair ?? before ?? this.options.agents?.get(w.lemma) ?? this.options.agents?.get(w.lower);
    if (!agent) return undefined;
    return { actor: { actor: `${country}${agent.code}`, country, text: w.form }, word: j };
  }

  private mentionText(j: number): string {
    const first = this.v.mentionStart[j] >= 0 ? this.v.mentionStart[j] : j;
    let last = first;
    while (last + 1 < this.v.words.length && this.v.entityAt[last + 1] === this.v.entityAt[j] && this.v.mentionStart[last + 1] === first) last++;
    return this.v.words.slice(first, last + 1).map((w) => w.form).join(" ");
  }

  // ---- word-order fallback --------------------------------------------------------------------

  private orderFrame(i: number, p: Predicate): Frame {
    const words = this.v.words;
    const passive = p.pos === "verb" && [i - 1, i - 2].some((k) => k >= 0 && this.lex.words.passive.has(words[k].lower));
    const left = this.scan(i, -1).sort((a, b) => a.word - b.word);
    const right = this.scan(i, +1);
    const afterPrep = (preps: readonly string[]) => right.filter((r) => preps.some((prep) => this.precededBy(r.word, prep, i)));
    let sources: ActorRef[];
    let targets: ActorRef[];
    if (p.pos === "verb") {
      const agent = afterPrep([...this.lex.words.agent]);
      sources = passive ? agent.slice(0, 1) : left;
      const wanted = p.target.filter((s) => !["obj", "iobj", "subj", "amod", "gov-subj"].includes(s));
      const byPrep = wanted.length ? afterPrep(wanted) : [];
      targets = passive ? left : byPrep.length ? byPrep : p.target.some((s) => s === "obj" || s === "iobj") ? right.filter((r) => !agent.includes(r)).slice(0, 1) : [];
    } else {
      const adjacent = [...left, ...right].filter((r) => Math.abs(r.word - i) <= 2);
      const sourcePreps = p.source.filter((s) => s !== "amod");
      sources = p.source.includes("amod") && adjacent.length ? adjacent.slice(0, 1) : afterPrep(sourcePreps).slice(0, 1);
      targets = afterPrep(p.target).filter((t) => !sources.includes(t)).slice(0, 1);
    }
    return { sources: expandOrder(sources, left, right), targets, syntactic: false };
  }

  /** Actors in the clause on one side of the predicate, nearest first. */
  private scan(i: number, step: 1 | -1): ActorRef[] {
    const out: ActorRef[] = [];
    for (let k = i + step; k >= 0 && k < this.v.words.length; k += step) {
      const w = this.v.words[k];
      if (this.lex.words.clause.has(w.lower) || (step === 1 && k > i + 1 && this.predicates[k]?.pos === "verb")) break;
      const a = this.actorOfWord(k);
      if (a && !out.some((o) => o.actor.actor === a.actor.actor)) {
        // Conjoined actors are kept together; anything else ends the search on the left.
        const joined = out.length === 0 || this.joinedTo(out[out.length - 1].word, k);
        if (!joined) break;
        out.push(a);
      }
    }
    return out;
  }

  private joinedTo(a: number, b: number): boolean {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    for (let k = lo + 1; k < hi; k++) {
      const w = this.v.words[k];
      if (this.v.entityAt[k] !== undefined && (this.v.entityAt[k] === this.v.entityAt[a] || this.v.entityAt[k] === this.v.entityAt[b])) continue;
      if (this.lex.words.and.has(w.lower) || w.form === "," || w.upos === "DET" || w.upos === "CCONJ") continue;
      return false;
    }
    return true;
  }

  private precededBy(k: number, prep: string, floor: number): boolean {
    const parts = prep.split(" ");
    const first = this.v.mentionStart[k] >= 0 ? this.v.mentionStart[k] : k;
    for (let back = 1; back <= 3; back++) {
      const end = first - back + 1;
      const from = end - parts.length;
      if (from <= floor) break;
      if (parts.every((p, n) => this.v.words[from + n].lemma === p || this.v.words[from + n].lower === p)) return true;
    }
    return false;
  }

  // ---- mentions: pairs, date, place, modality ----------------------------------------------------

  private mentions(i: number, p: Predicate, frame: Frame, obliged = false): EventMention[] {
    // "les manifestations de masse": a protest nobody is named for is the people of the story's country,
    // else of the country of whom it targets.
    const root = p.code!.slice(0, 2);
    const home = this.options.domesticCountry ?? (root === "14" ? frame.targets[0]?.actor.country : undefined);
    // "Young Algerians blocked roads": a people that protests is the country's civilians.
    const protesters = (refs: ActorRef[]) => (root !== "14" ? refs : refs.map((r) =>
      r.actor.entity?.startsWith("people:") && r.actor.actor === r.actor.country ? { ...r, actor: { ...r.actor, actor: `${r.actor.actor}CVL` } } : r));
    // "le pont est toujours bloqué": a state, not a protest; the people protest only where they act.
    const stateOnly = p.pos === "verb" && this.isPassive(i);
    const modality = this.modalityOf(i);
    // "a interdit la manifestation de l'opposition", "unable to return the artefacts": the event is the
    // ban, or none; what was stopped did not happen.
    if (modality === "negated" && this.stopped(i)) return [];
    // "aucune manifestation": what did not happen was done by no one to be presumed.
    const sources = frame.sources.length || !home || modality === "negated" ? protesters(frame.sources)
      : root === "14" ? (stateOnly ? [] : [{ actor: { actor: `${home}CVL`, country: home }, word: i }])
      // "la libération de prisonniers", "la destruction des mausolées": done at home by someone at home.
      : p.pos === "noun" && ["08", "17", "18"].includes(root) ? [{ actor: { actor: home, country: home }, word: i }]
      : frame.sources;
    const { targets } = frame;
    const { date, dateSource } = this.dateOf(i);
    const code = this.announcedCode(i, p.code!, modality, obliged);
    if (!sources.length) {
      // No actor here: merge.ts may read it as an anaphor of an earlier event ("le déploiement est prévu…").
      return [{ predicate: p, code, sentence: this.v.index, word: i, symmetric: p.symmetric, ...(date && { date }), ...(dateSource && { dateSource }), modality, background: false, confidence: 0.3 }];
    }
    const pairs: Array<[ActorRef, ActorRef | undefined]> = [];
    if (targets.length) {
      for (const s of sources) for (const t of targets) if (s.actor.actor !== t.actor.actor || s.actor.entity !== t.actor.entity) pairs.push([s, t]);
    } else if (p.symmetric && sources.length > 1) {
      // "Le Chili et l'Argentine ont signé": one event between the two, coded both ways by `symmetric`.
      for (let k = 1; k < sources.length; k++) pairs.push([sources[0], sources[k]]);
    } else {
      for (const s of sources) pairs.push([s, undefined]);
    }
    // "La CFE-CGC, l'UNSA et la CGT ont dénoncé le plan": actors that code alike do one thing together.
    const codedAlike = new Set<string>();
    const distinct = pairs.filter(([s, t]) => {
      const key = `${s.actor.actor}>${t?.actor.actor ?? ""}`;
      if (codedAlike.has(key)) return false;
      codedAlike.add(key);
      return true;
    });
    if (!distinct.length) return [];
    const place = this.placeOf(i, [...sources, ...targets]);
    const background = this.isBackground(i, date);
    const confidence = Math.min(1, Math.max(0.05,
      (frame.syntactic ? 0.55 : 0.35) + (targets.length ? 0.2 : 0) + (dateSource === "clause" ? 0.1 : 0) + (p.object ? 0.1 : 0) - (this.v.role === "headline" ? 0.1 : 0)));
    const out: EventMention[] = [];
    for (const [source, target] of distinct) {
      out.push({
        predicate: p, code, sentence: this.v.index, word: i, source, ...(target && { target }), symmetric: p.symmetric,
        ...(date && { date }), ...(dateSource && { dateSource }), ...(place && { place }), modality, background, confidence,
      });
      if (p.reverseCode && target) {
        out.push({
          predicate: p, code: p.reverseCode, sentence: this.v.index, word: i, source: target, target: source, symmetric: false,
          ...(date && { date }), ...(dateSource && { dateSource }), ...(place && { place }), modality, background, confidence,
        });
      }
    }
    return out;
  }

  /**
   * CAMEO codes what an actor says it will do, not the deed: "will send aid" is an intent (033), "would
   * attack" a threat (138), "will not accept" a rejection (120), a statement that another must act a
   * demand; a commitment verb takes the reading of what it commits to ("vowed to fight" is a threat).
   * A "would" is the future of a report ("said they would"), else a mere conjecture that changes nothing.
   */
  private announcedCode(i: number, code: string, modality: Modality, obliged: boolean): string {
    const intents = this.lex.intents;
    if (!intents.size || this.options.petrarch) return code;
    // "if GM cannot negotiate with its unions": what an actor cannot do, it has not refused.
    if (modality === "negated" && this.deniedAbility(i)) return code;
    if (obliged) return intents.get(`obligation:${code.slice(0, 2)}`) ?? code;
    const committed = code.startsWith("03") ? this.complementCode(i) : undefined;
    const promised = committed && intents.get(`planned:${committed.slice(0, 2)}`);
    if (promised) return promised;
    if (modality === "hypothetical" && this.speechGovernor(i) === undefined) return code;
    return intents.get(`${modality}:${code.slice(0, 2)}`) ?? code;
  }

  /** An auxiliary of ability on the predicate ("cannot", "could not"), or a governor of failure above it. */
  private deniedAbility(i: number): boolean {
    const { abilities } = this.lex.modality;
    const words = this.v.words;
    return this.v.children[i].some((c) => /^aux/.test(words[c].deprel) && (abilities.has(words[c].lemma) || abilities.has(words[c].lower))) || this.stopped(i);
  }

  /** A governor of failure above the predicate: "unable to return", "banned the march", "pour éviter le blocage". */
  private stopped(i: number): boolean {
    const { failures } = this.lex.modality;
    const words = this.v.words;
    for (let k = i, hops = 0; hops < 3 && words[k].head >= 0 && GOVERNED.test(words[k].deprel); hops++) {
      k = words[k].head;
      if (failures.has(words[k].lemma)) return true;
    }
    return false;
  }

  private dateOf(i: number): { date?: string; dateSource?: DateSource } {
    const dated = this.v.times.filter((t) => t.time.type === "DATE" || t.time.type === "TIME");
    if (this.v.parsed) {
      const inClause = dated.filter((t) => this.datesClause(i, t.first) || this.datesClause(i, t.last));
      const best = nearest(inClause, i);
      if (best) return { date: best.time.value, dateSource: "clause" };
    } else {
      const inClause = dated.filter((t) => this.sameClause(i, t.first));
      const best = nearest(inClause, i);
      if (best) return { date: best.time.value, dateSource: "clause" };
    }
    const best = nearest(this.v.parsed ? dated.filter((t) => this.timeReaches(i, t.first, t.last)) : dated, i);
    if (best) return { date: best.time.value, dateSource: "sentence" };
    if (this.options.publishedAt) return { date: this.options.publishedAt.slice(0, 10), dateSource: "document" };
    return {};
  }

  /**
   * A time outside the predicate's clause still dates it when it hangs on a verb whose clause holds
   * the predicate ("vendredi, la Russie a annoncé la signature"), not when another event or another
   * clause owns it ("après la destruction … depuis le 30 juin", "le scrutin en novembre").
   */
  private timeReaches(i: number, first: number, last: number): boolean {
    let k = first;
    let relation = "";
    for (let hops = 0; hops < 40 && k >= first && k <= last; hops++) {
      relation = this.v.words[k].deprel;
      k = this.v.words[k].head;
    }
    // A time on a noun dates what the noun names ("le scrutin en novembre"), not the clause around it,
    // unless the predicate is part of that noun's phrase ("les étapes de l'invasion … en février 2022").
    if (k >= 0 && relation.startsWith("nmod") && this.v.words[k].upos === "NOUN" && !this.dominates(k, i)) return false;
    for (let hops = 0; k >= 0 && hops < 40; k = this.v.words[k].head, hops++) {
      if (k === i) return true;
      // Another event's time is its own, unless that event is the light verb of this one ("appelé à une grève à partir de lundi").
      if (this.predicates[k]?.code && !(this.v.words[i].head === k && this.inLightSlot(i))) return false;
      // The clause's head: its verb, or the root of a verbless or copular sentence ("a été cruciale pendant…").
      if (this.v.words[k].upos === "VERB" || this.v.words[k].head < 0) return this.dominates(k, i);
    }
    return false;
  }

  /**
   * Whether a time word hangs on the predicate's own clause: not inside a clause of its own on the way
   * ("Machado, who was barred last year, condemned…"; "warned it could reimpose sanctions by April").
   */
  private datesClause(i: number, j: number): boolean {
    for (let k = j, hops = 0; k >= 0 && hops < 40; k = this.v.words[k].head, hops++) {
      if (k === i) return true;
      const { deprel, head } = this.v.words[k];
      // "les manifestations qui ont contesté sa réélection en 2020": a relative clause on the event noun tells of it.
      if (CLAUSE_RELATION.test(deprel) && !(head === i && deprel.startsWith("acl") && this.v.words[i].upos === "NOUN")) return false;
    }
    return false;
  }

  private dominates(anc: number, j: number): boolean {
    for (let k = j, hops = 0; k >= 0 && hops < 40; k = this.v.words[k].head, hops++) if (k === anc) return true;
    return false;
  }

  private sameClause(i: number, j: number): boolean {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    for (let k = lo + 1; k < hi; k++) if (this.lex.words.clause.has(this.v.words[k].lower)) return false;
    return true;
  }

  private placeOf(i: number, actors: readonly ActorRef[]): EventPlace | undefined {
    const taken = new Set(actors.map((a) => a.word));
    let best: { k: number; distance: number; e: Entity } | undefined;
    for (let k = 0; k < this.v.words.length; k++) {
      const e = this.v.entityAt[k];
      if (!e || taken.has(k) || !e.id.startsWith("place:") || e.lat === undefined) continue;
      const near = this.v.parsed ? this.depthBelow(i, k) : this.sameClause(i, k) ? Math.abs(k - i) : undefined;
      if (near === undefined || near > MAX_DEPTH + 2) continue;
      if (!best || near < best.distance) best = { k, distance: near, e };
    }
    if (!best) return undefined;
    const e = best.e;
    return { name: e.name, ...(e.country && { country: e.country }), ...(e.lat !== undefined && { lat: e.lat }), ...(e.lon !== undefined && { lon: e.lon }), entity: e.id };
  }

  private depthBelow(anc: number, j: number): number | undefined {
    for (let k = j, hops = 0; k >= 0 && hops < 12; k = this.v.words[k].head, hops++) if (k === anc) return hops;
    return undefined;
  }

  private modalityOf(i: number): Modality {
    const m = this.lex.modality;
    const words = this.v.words;
    if (!this.v.parsed) {
      for (let k = Math.max(0, i - 4); k < i; k++) {
        if (m.negations.has(words[k].lower) || m.negations.has(words[k].lemma)) return "negated";
      }
      if (m.negations.has(words[i + 1]?.lower ?? "")) return "negated";
      for (let k = Math.max(0, i - 3); k < i; k++) {
        const aux = m.auxiliaries.get(words[k].lower) ?? m.auxiliaries.get(words[k].lemma);
        if (aux) return aux;
        const gov = m.governors.get(words[k].lemma);
        if (gov) return gov;
      }
      return this.featureModality(i) ?? "occurred";
    }
    const eventVerb = this.eventVerbOf(i);
    if (eventVerb !== undefined) return this.modalityOf(eventVerb);
    // "said it would hold talks", "doit engager des négociations": an event noun in a light verb's slot
    // has the light verb's modality.
    if (this.predicates[i]?.pos === "noun" && this.inLightSlot(i)) {
      const light = this.modalityOf(words[i].head);
      if (light !== "occurred") return light;
    }
    const kids = this.v.children[i];
    const negation = (c: number) => m.negations.has(words[c].lemma) || m.negations.has(words[c].lower);
    if (this.denies(i) && kids.some((c) => /^(advmod|det|neg)/.test(words[c].deprel) && negation(c))) return "negated";
    // "ne cédera à aucune menace", "n'a rien signé", "signed no agreement": an argument that is none.
    if (this.denies(i) && kids.some((c) => /^(obj|iobj|obl:arg|nsubj)/.test(words[c].deprel) && (negation(c) || this.v.children[c].some((d) => words[d].deprel === "det" && negation(d))))) return "negated";
    for (const c of kids) {
      if (!/^aux/.test(words[c].deprel)) continue;
      const aux = m.auxiliaries.get(words[c].lemma) ?? m.auxiliaries.get(words[c].lower);
      // A conditional that a statement reports is its future (below), unless a condition opens its clause.
      if (aux && !(m.conditionals.has(words[c].lower) && this.speechGovernor(i) !== undefined && !this.underCondition(i))) return aux;
    }
    if (kids.some((c) => words[c].deprel.startsWith("mark") && m.conditions.has(words[c].lower))) return "hypothetical";
    // "le déploiement prévu", "le retrait envisagé"
    for (const c of kids) {
      if (/^(acl|amod)/.test(words[c].deprel) && m.governors.has(words[c].lemma)) return m.governors.get(words[c].lemma)!;
    }
    // A governor above the predicate: "prévoit de retirer", "son approbation pour la construction".
    for (let k = i, hops = 0; hops < 3; hops++) {
      const w = words[k];
      if (w.head < 0 || !GOVERNED.test(w.deprel)) break;
      const g = words[w.head];
      // A verb governs a plan through its complement clause or object, not a prepositional phrase ("compter sur
      // le soutien"), unless it is a light verb's ("appeler à une grève").
      if (g.upos === "VERB" && /^(obl|nmod)/.test(w.deprel) && !this.inLightSlot(k)) break;
      const negated = this.denies(w.head) && this.v.children[w.head].some((c) => /^(advmod|neg)/.test(words[c].deprel) && m.negations.has(words[c].lemma));
      if (m.auxiliaries.has(g.lemma) && w.deprel.startsWith("xcomp")) return negated ? "negated" : m.auxiliaries.get(g.lemma)!;
      const gov = m.governors.get(g.lemma);
      if (gov) return negated && gov !== "negated" ? "negated" : gov;
      if (negated && w.deprel.startsWith("xcomp")) return "negated";
      k = w.head;
    }
    // "Selon la police, ils ont pillé le magasin et l'ont incendié": conjoined verbs share what opens the clause.
    const shared = words[i].deprel.startsWith("conj") && words[i].head >= 0 ? this.v.children[words[i].head].filter((c) => c < words[i].head) : [];
    if ([...kids, ...shared].some((c) => m.reported.has(this.prepositionOf(c) ?? "") || m.reported.has(words[c].lemma))) return "reported";
    const feature = this.featureModality(i);
    // "a annoncé qu'il rencontrerait le président": a conditional reported by a statement is its future.
    if (this.speechGovernor(i) !== undefined && this.isConditional(i) && !this.underCondition(i)) return "planned";
    return feature ?? "occurred";
  }

  /**
   * The verb of an event noun's own event, whose modality the noun takes: the verb that has the noun as
   * its object ("l'accord sera signé"), or the complement of the verb it is the subject of ("l'accord
   * devrait être signé").
   */
  private eventVerbOf(i: number): number | undefined {
    const words = this.v.words;
    const code = this.predicates[i]?.code;
    if (this.predicates[i]?.pos !== "noun" || !code || words[i].head < 0) return undefined;
    const sameEvent = (k: number) => this.predicates[k]?.pos === "verb" && this.predicates[k]!.code?.slice(0, 2) === code.slice(0, 2);
    const head = words[i].head;
    if (/^(obj|nsubj:pass)/.test(words[i].deprel) && sameEvent(head)) return head;
    if (/^nsubj/.test(words[i].deprel)) return this.v.children[head].find((c) => words[c].deprel.startsWith("xcomp") && sameEvent(c));
    return undefined;
  }

  /** The morphological features of the predicate and of its auxiliaries. */
  private featuresOf(i: number): string[] {
    return [this.v.words[i].feats ?? "", ...this.v.children[i].filter((c) => /^aux/.test(this.v.words[c].deprel)).map((c) => this.v.words[c].feats ?? "")].flatMap((f) => f.split("|"));
  }

  /**
   * Whether a negative word on a verb denies it: always, unless the language negates with a clitic, which
   * must then be there ("n'a rien signé", not "a critiqué plus de dix pays").
   */
  private denies(verb: number): boolean {
    const { clitics } = this.lex.modality;
    return clitics.size === 0 || this.v.children[verb].some((c) => clitics.has(this.v.words[c].lower) || clitics.has(this.v.words[c].lemma));
  }

  /** "would impose tariffs if talks failed": a clause of condition hangs on the predicate. */
  private underCondition(i: number): boolean {
    const { words, children } = this.v;
    const opens = (c: number) => children[c].some((d) => words[d].deprel.startsWith("mark") && this.lex.modality.conditions.has(words[d].lower));
    return children[i].some((c) => words[c].deprel.startsWith("advcl") && opens(c));
  }

  /** A conditional, by its features or, where the tagger read an imperfect, by its form. */
  private isConditional(i: number): boolean {
    const auxiliary = (c: number) => /^aux/.test(this.v.words[c].deprel) && this.lex.modality.conditionals.has(this.v.words[c].lower);
    return this.featuresOf(i).includes("Mood=Cnd") || conditionalForm(this.v.words[i]) || this.v.children[i].some(auxiliary);
  }

  private featureModality(i: number): Modality | undefined {
    const feats = this.featuresOf(i);
    for (const [feature, modality] of this.lex.modality.features) if (feats.includes(feature)) return modality;
    return undefined;
  }

  private isBackground(i: number, date: string | undefined): boolean {
    const cues = this.lex.modality.background;
    const aux = this.v.parsed
      ? this.v.children[i].filter((c) => this.v.words[c].deprel === "aux:tense" || this.v.words[c].deprel === "aux")
      : [i - 1, i - 2].filter((k) => k >= 0);
    if (aux.some((c) => cues.some((cue) => (this.v.words[c].feats ?? "").split("|").includes(cue) || this.v.words[c].lower === cue))) return true;
    return date !== undefined && this.options.publishedAt !== undefined && endsLongBefore(date, this.options.publishedAt);
  }
}

/** CAMEO 010, "make statement": the code of say-verbs, which report other events more than they are one. */
function isStatement(code: string): boolean {
  return code === "010";
}

function actorOf(e: Entity, code: string, text: string): Actor {
  return { entity: e.id, actor: code, ...(e.country && { country: e.country }), text };
}

function dedupe(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.actor.entity ?? r.actor.actor;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Conjoined actors found by word order stay together ("la Russie et le Belarus"). */
function expandOrder(chosen: ActorRef[], left: ActorRef[], right: ActorRef[]): ActorRef[] {
  if (!chosen.length) return chosen;
  const side = left.includes(chosen[0]) ? left : right.includes(chosen[0]) ? right : [];
  return side.length && side[0] === chosen[0] ? dedupe(side) : chosen;
}

function nearest<T extends { first: number }>(list: readonly T[], i: number): T | undefined {
  let best: T | undefined;
  for (const t of list) if (!best || Math.abs(t.first - i) < Math.abs(best.first - i)) best = t;
  return best;
}

/** True when a TIMEX3 value's period ends more than a month before the reference date. */
export function endsLongBefore(value: string, reference: string): boolean {
  const ref = Date.parse(reference.slice(0, 10));
  if (Number.isNaN(ref)) return false;
  const m = /^(?<y>\d{4})(?:-(?<part>\d{2}|H[12]|Q[1-4]|W\d{2}))?(?:-(?<d>\d{2}))?/.exec(value);
  if (!m?.groups) return false;
  const y = Number(m.groups.y);
  const part = m.groups.part;
  let end: number;
  if (!part) end = Date.UTC(y + 1, 0, 1);
  else if (part.startsWith("H")) end = Date.UTC(y, part === "H1" ? 6 : 12, 1);
  else if (part.startsWith("Q")) end = Date.UTC(y, Number(part.slice(1)) * 3, 1);
  else if (part.startsWith("W")) end = Date.UTC(y, 0, 1) + Number(part.slice(1)) * 7 * 86400000;
  else if (m.groups.d) end = Date.UTC(y, Number(part) - 1, Number(m.groups.d) + 1);
  else end = Date.UTC(y, Number(part), 1);
  return end < ref - 31 * 86400000;
}

export type { Word };

/**
 * A French conditional the tagger may read as an imperfect: the infinitive (without the final e of
 * "-re") followed by an imperfect ending ("rencontrerait", "prendraient"); the imperfect drops the "r"
 * ("rencontrait").
 */
function conditionalForm(w: { lower: string; lemma: string }): boolean {
  const stem = w.lemma.endsWith("re") ? w.lemma.slice(0, -1) : w.lemma;
  return stem.endsWith("r") && w.lower.startsWith(stem) && /^(ais|ait|aient|ions|iez)$/.test(w.lower.slice(stem.length));
}
