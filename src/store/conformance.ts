/**
 * The conformance suite every Store adapter passes: written against the interface only, so the
 * SQLite adapter and a future PostgreSQL one are held to the same behaviour.
 * Usage, in an adapter's test file: `storeConformance("sqlite", () => openStore(tempFile()))`.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DocumentRecord } from "../model/record.js";
import { textHash } from "./keys.js";
import { packRecord, slimRecord } from "./pack.js";
import type { Store } from "./store.js";
import { laterRecord, makeRecord, secondReport, seedRecord } from "./test-records.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Everything a store holds, in a canonical order and without the times of insertion. */
export async function storeContent(store: Store): Promise<unknown> {
  const records = await collect(store.records());
  const documents = (await store.documents({ limit: 10_000 })).items.map(({ addedAt: _, ...d }) => d);
  const events = (await collect(store.allEvents())).map(({ addedAt: _, ...e }) => e);
  const mentions = (await collect(store.mentions())).map(({ addedAt: _, eventAddedAt: __, ...m }) => m);
  const actors = (await store.actors({ limit: 10_000 })).items;
  const quotes = (await store.quotes({ limit: 10_000 })).items;
  return { records, documents, events, mentions, actors, quotes, stats: await store.stats() };
}

export function storeConformance(name: string, open: () => Promise<Store>): void {
  const withFreshStore = async <T>(body: (store: Store) => Promise<T>): Promise<T> => {
    const store = await open();
    try {
      return await body(store);
    } finally {
      await store.close();
    }
  };
  const withStore = (title: string, body: (store: Store) => Promise<void>) => it(title, () => withFreshStore(body));

  describe(`Store conformance: ${name}`, () => {
    withStore("stores a record and gives it back unchanged", async (store) => {
      const seed = seedRecord();
      const result = await store.add(seed);
      assert.equal(result.status, "new");
      assert.equal(result.id, seed.id);
      assert.deepEqual(await store.get(seed.id), seed);
      assert.equal(await store.get("nope"), undefined);
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.events, 3);
      assert.equal(stats.clusters, 3);
      assert.equal(stats.quotes, 2);
      assert.equal(stats.entities, 4);
    });

    withStore("stores the packed record a worker sends with its slim copy, whole", async (store) => {
      const seed = seedRecord();
      await store.add(slimRecord(seed), { packed: packRecord(seed) });
      assert.deepEqual(await store.get(seed.id), seed);
      assert.equal((await store.stats()).events, 3);
    });

    withStore("never stores an article twice: same record, same text, same URL", async (store) => {
      const seed = seedRecord();
      await store.add(seed);
      const before = await storeContent(store);
      assert.equal((await store.add(seed)).status, "duplicate");
      const reflowed = seedRecord({ text: seed.text.replace(/ /g, "  "), url: "https://elsewhere.example/x" });
      assert.deepEqual(await store.add(reflowed), { status: "duplicate", id: seed.id, story: seed.id });
      const sameUrl = makeRecord({ text: "Un tout autre texte.", url: seed.url + "#comments" });
      assert.equal((await store.add(sameUrl)).status, "duplicate");
      assert.deepEqual(await storeContent(store), before);
    });

    withStore("stores several articles at once as one by one, duplicates within the batch included", async (store) => {
      const seed = seedRecord();
      const other = makeRecord({ text: "Un tout autre texte, sur un autre sujet.", url: "https://other.example/1" });
      const results = await store.addMany([{ record: seed }, { record: other, options: { inputHash: "def456" } }, { record: seed }]);
      assert.deepEqual(results.map((r) => r.status), ["new", "new", "duplicate"]);
      assert.equal(await store.find({ inputHash: "def456" }), other.id);
      const oneByOne = await withFreshStore(async (fresh) => {
        await fresh.add(seed);
        await fresh.add(other, { inputHash: "def456" });
        return storeContent(fresh);
      });
      assert.deepEqual(await storeContent(store), oneByOne);
    });

    withStore("finds a stored article by URL, text hash or input hash", async (store) => {
      const seed = seedRecord();
      await store.add(seed, { inputHash: "abc123" });
      assert.equal(await store.find({ url: seed.url }), seed.id);
      assert.equal(await store.find({ url: seed.url + "?utm_source=feed" }), seed.id);
      assert.equal(await store.find({ textHash: textHash(seed.text) }), seed.id);
      assert.equal(await store.find({ inputHash: "abc123" }), seed.id);
      assert.equal(await store.find({ inputHash: "other" }), undefined);
      assert.equal(await store.find({}), undefined);
    });

    withStore("links a near-duplicate into the story of the article it repeats", async (store) => {
      const seed = seedRecord();
      await store.add(seed);
      const copy = seedRecord({
        url: "https://wire.example/copy",
        source: "Wire",
        title: "Traité à Minsk",
        text: seed.text + " La cérémonie a duré une heure.",
      });
      const result = await store.add(copy);
      assert.equal(result.status, "near-duplicate");
      assert.equal(result.story, seed.id);
      assert.equal(result.similarTo, seed.id);
      assert.ok(result.similarity! >= 0.6 && result.similarity! < 1);
      const unrelated = await store.add(laterRecord());
      assert.equal(unrelated.status, "new");
      assert.equal((await store.documents({ story: seed.id })).total, 2);
      assert.equal((await store.stats()).stories, 2);
    });

    withStore("clusters reports of one event across articles, with mentions, articles and sources", async (store) => {
      await store.add(seedRecord());
      await store.add(secondReport());
      await store.add(laterRecord());
      const stats = await store.stats();
      assert.equal(stats.events, 5);
      assert.equal(stats.clusters, 4);
      const signing = (await store.events({ code: "057" })).items;
      assert.equal(signing.length, 1);
      assert.equal(signing[0].numArticles, 2);
      assert.equal(signing[0].numSources, 2);
      assert.equal(signing[0].numMentions, 2);
      assert.equal(signing[0].document, seedRecord().id);
      assert.equal(signing[0].source?.actor, "RUSGOV");
      assert.equal(signing[0].source?.name, "Vladimir Putin");
      assert.equal(signing[0].place?.name, "Minsk");
      assert.equal(signing[0].day, "2024-12-06");
      const meeting = (await store.events({ code: "040" })).items[0];
      assert.equal(meeting.numArticles, 1);
      assert.equal(meeting.isRoot, true);
    });

    withStore("filters events by actor, country, code, root, QuadClass, dates, place, text and article", async (store) => {
      const seed = seedRecord();
      await store.add(seed);
      await store.add(secondReport());
      await store.add(laterRecord());
      const codes = async (query: Parameters<Store["events"]>[0]) => (await store.events(query)).items.map((e) => e.code).sort();
      assert.deepEqual(await codes({}), ["040", "057", "111", "138"]);
      assert.deepEqual(await codes({ actor: "RUS" }), ["040", "057"]);
      assert.deepEqual(await codes({ actor: "BLROPP" }), ["111", "138"]);
      assert.deepEqual(await codes({ actor: "person:vladimir-putin" }), ["040", "057"]);
      assert.deepEqual(await codes({ actor: "lukash" }), ["040", "057", "111", "138"]);
      assert.deepEqual(await codes({ country: "rus" }), ["040", "057"]);
      assert.deepEqual(await codes({ code: "05" }), ["057"]);
      assert.deepEqual(await codes({ code: "057" }), ["057"]);
      assert.deepEqual(await codes({ root: "13" }), ["138"]);
      assert.deepEqual(await codes({ quadClass: 3 }), ["111"]);
      assert.deepEqual(await codes({ from: "2025-01-01" }), ["138"]);
      assert.deepEqual(await codes({ to: "2024-12-31", quadClass: 1 }), ["040", "057"]);
      assert.deepEqual(await codes({ place: "minsk" }), ["040", "057"]);
      assert.deepEqual(await codes({ text: "traite securite" }), ["040", "057", "111"]);
      assert.deepEqual(await codes({ text: "\"(" }), []);
      assert.deepEqual(await codes({ document: secondReport().id }), ["057"]);
      const page = await store.events({ limit: 2, offset: 1 });
      assert.equal(page.total, 4);
      assert.equal(page.items.length, 2);
      assert.deepEqual(page.items.map((e) => e.day), ["2024-12-06", "2024-12-06"]);
      assert.equal((await store.events({ limit: 2 })).items[0].code, "138");
    });

    withStore("lists every reporting sentence of the events with the actors' offsets", async (store) => {
      const seed = seedRecord();
      await store.add(seed);
      await store.add(secondReport());
      const mentions = await collect(store.mentions({ code: "057" }));
      assert.equal(mentions.length, 2);
      const first = mentions[0];
      assert.equal(first.document, seed.id);
      assert.equal(first.text, seed.text.slice(first.start, first.end));
      assert.equal(first.sentence, 1);
      const second = mentions[1];
      assert.equal(second.sourceOffset, secondReport().text.indexOf("Poutine"));
      assert.equal(second.targetOffset, secondReport().text.indexOf("Loukachenko"));
      assert.equal(second.documentLength, secondReport().text.length);
      assert.equal(second.source, "Le Quotidien");
    });

    withStore("aggregates actors and quotes across articles", async (store) => {
      await store.add(seedRecord());
      await store.add(secondReport());
      await store.add(laterRecord());
      const actors = await store.actors();
      assert.equal(actors.total, 4);
      const lukashenko = actors.items.find((a) => a.entity === "person:alexander-lukashenko")!;
      assert.equal(lukashenko.documents, 3);
      assert.equal(lukashenko.actor, "BLRGOV");
      assert.equal(lukashenko.events, 5);
      assert.deepEqual((await store.actors({ name: "Putin" })).items.map((a) => a.entity), ["person:vladimir-putin"]);
      assert.deepEqual((await store.actors({ type: "GPE" })).items.map((a) => a.entity), ["place:minsk-BY"]);
      const quotes = await store.quotes({ speaker: "person:vladimir-putin" });
      assert.deepEqual(quotes.items.map((q) => q.text), ["plus solide que jamais"]);
      assert.equal((await store.quotes({ speaker: "Tikhanov" })).total, 1);
      assert.equal((await store.quotes({ text: "MOSCOU" })).total, 1);
    });

    withStore("searches titles and texts, accents and case folded", async (store) => {
      const seed = seedRecord();
      await store.add(seed);
      await store.add(laterRecord());
      const hits = await store.search({ text: "bielorusse" });
      assert.equal(hits.total, 1);
      assert.equal(hits.items[0].id, seed.id);
      assert.match(hits.items[0].snippet, /\[biélorusse\]/);
      assert.equal((await store.search({ text: "LOUKACHENKO" })).total, 2);
      assert.equal((await store.search({ text: "Loukachenko", lang: "en" })).total, 0);
      assert.equal((await store.search({ text: "AND OR NOT \" ( *" })).total, 0);
      assert.equal((await store.search({ text: "" })).total, 0);
    });

    withStore("lists documents with filters and paging", async (store) => {
      const records: DocumentRecord[] = [seedRecord(), secondReport(), laterRecord()];
      for (const r of records) await store.add(r);
      const all = await store.documents();
      assert.equal(all.total, 3);
      assert.deepEqual(all.items.map((d) => d.id), [laterRecord().id, secondReport().id, seedRecord().id]);
      assert.equal(all.items[2].events, 3);
      assert.equal(all.items[2].source, "La Gazette");
      assert.equal((await store.documents({ source: "La Gazette" })).total, 2);
      assert.equal((await store.documents({ from: "2024-12-08", to: "2024-12-31" })).total, 1);
      assert.equal((await store.documents({ text: "menace" })).total, 1);
      assert.equal((await store.documents({ lang: "en" })).total, 0);
      const page = await store.documents({ limit: 1, offset: 2 });
      assert.deepEqual(page.items.map((d) => d.id), [seedRecord().id]);
      assert.deepEqual((await collect(store.records({ source: "La Gazette" }))).map((r) => r.id), [seedRecord().id, laterRecord().id]);
    });

    withStore("stores records without events, entities or metadata", async (store) => {
      const bare = makeRecord({ text: "Un texte sans rien de particulier." });
      assert.equal((await store.add(bare)).status, "new");
      assert.deepEqual(await store.get(bare.id), bare);
      assert.equal((await store.events()).total, 0);
      assert.equal((await store.documents()).items[0].url, undefined);
    });
  });
}
