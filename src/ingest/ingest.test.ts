import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { isGazetteError } from "../errors.js";
import { storeContent } from "../store/conformance.js";
import { openStore } from "../store/open-store.js";
import { isPrivateAddress } from "./address-policy.js";
import { fetchUrl } from "./fetch-url.js";
import { ingest, parseInterval, type IngestOptions } from "./ingest.js";
import { keywordAnalyze } from "./test-analyzer.js";

const dir = mkdtempSync(join(tmpdir(), "gazette-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempDb = () => join(dir, `db-${++n}.db`);
const code = (error: unknown) => (isGazetteError(error) ? error.code : String(error));
const fake: IngestOptions = { analyze: keywordAnalyze };

const sentences = [
  "Vladimir Poutine a signé un traité de défense avec Alexandre Loukachenko à Minsk.",
  "Le parlement européen a voté une résolution sur la pêche en Atlantique Nord.",
  "Une tempête a privé d'électricité des milliers de foyers en Bretagne.",
  "Le Kremlin affirme que Loukachenko menace désormais les intérêts de Poutine.",
  "Les marchés asiatiques ont clôturé en hausse après l'annonce de la banque centrale.",
  "Un nouveau musée consacré à la photographie ouvre ses portes à Lyon.",
];
const vocabulary = (
  "gouvernement ministre accord frontière sommet armée élection opposition parlement sanctions économie gaz pétrole " +
  "négociations réunion capitale président conflit réfugiés manifestation police tribunal journaliste presse budget " +
  "hôpital école usine récolte tempête inondation incendie séisme vaccin épidémie marché banque monnaie inflation " +
  "chômage grève syndicat port aéroport train autoroute pont barrage centrale réacteur satellite fusée lancement"
).split(" ");
/** Article k: its own words (a seeded draw), so no two articles are near-duplicates. */
const article = (k: number) => {
  let seed = k * 2654435761 + 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % vocabulary.length;
  const words = Array.from({ length: 60 }, next).map((i) => vocabulary[i]);
  const chunks = Array.from({ length: 6 }, (_, j) => words.slice(j * 10, j * 10 + 10).join(" ") + ".");
  return `Dépêche ${k}. ${sentences[k % sentences.length]} ${chunks.join(" ")}`;
};

function writeCorpus(root: string): void {
  mkdirSync(join(root, "sub"), { recursive: true });
  writeFileSync(join(root, "a.txt"), article(0));
  writeFileSync(join(root, "sub", "b.html"), `<html lang="fr"><head><title>Page B</title></head><body><article><h1>Page B</h1><p>${article(1)}</p></article></body></html>`);
  writeFileSync(
    join(root, "c.jsonl"),
    [
      JSON.stringify({ id: "c1", text: article(2), title: "C1", url: "https://news.example/c1", publishedAt: "2024-12-06", lang: "fr", source: "Example" }),
      "{not json",
      JSON.stringify({ id: "c3", title: "no text" }),
      "",
    ].join("\n"),
  );
  writeFileSync(join(root, "d.txt.gz"), gzipSync(article(3)));
  const item = (k: number) =>
    `<item><title>Feed ${k}</title><link>https://feed.example/${k}</link><pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate>` +
    `<content:encoded><![CDATA[<p>${article(k)}</p><p>${article(k + 100)}</p>]]></content:encoded></item>`;
  writeFileSync(
    join(root, "feed.xml"),
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed Example</title>${item(4)}${item(5)}</channel></rss>`,
  );
  writeFileSync(join(root, "ignored.bin"), Buffer.from([0, 1, 2, 3]));
}

describe("ingest from files", () => {
  const corpus = join(dir, "corpus");
  before(() => writeCorpus(corpus));

  it("reads text, HTML, JSON lines, gzip and feeds, and reports failures with reasons", async () => {
    const store = await openStore(tempDb());
    const summary = await ingest(store, [corpus], fake);
    assert.equal(summary.read, 8);
    assert.equal(summary.new, 6);
    assert.equal(summary.failed, 2);
    assert.deepEqual(summary.failures.map((f) => f.code), ["E221", "E221"]);
    assert.match(summary.failures[0].label, /c\.jsonl:2$/);
    const docs = (await store.documents({ limit: 100 })).items;
    const c1 = docs.find((d) => d.title === "C1")!;
    assert.equal(c1.url, "https://news.example/c1");
    assert.equal(c1.publishedAt, "2024-12-06");
    assert.equal(c1.source, "Example");
    assert.ok(docs.find((d) => d.title === "Page B"));
    assert.equal(docs.find((d) => d.title === "Feed 4")?.source, "Feed Example");
    assert.equal((await store.search({ text: "Dépêche 3" })).total, 1);
    await store.close();
  });

  it("re-ingesting adds nothing", async () => {
    const store = await openStore(tempDb());
    await ingest(store, [corpus], fake);
    const before = await storeContent(store);
    const again = await ingest(store, [corpus], fake);
    assert.equal(again.new, 0);
    assert.equal(again.duplicate, 6);
    assert.deepEqual(await storeContent(store), before);
    await store.close();
  });

  it("links a near-duplicate into the story it repeats", async () => {
    const copies = join(dir, "copies");
    mkdirSync(copies);
    writeFileSync(join(copies, "1.txt"), article(7));
    writeFileSync(join(copies, "2.txt"), "MISE À JOUR. " + article(7) + " Ajouté à 12 h.");
    const store = await openStore(tempDb());
    const summary = await ingest(store, [copies], fake);
    assert.deepEqual([summary.new, summary.nearDuplicate], [1, 1]);
    assert.equal((await store.stats()).stories, 1);
    await store.close();
  });

  it("names missing sources and empty folders", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const store = await openStore(tempDb());
    const summary = await ingest(store, [join(dir, "nope.txt"), empty, "ftp://x.example/a"], fake);
    assert.deepEqual(summary.failures.map((f) => f.code), ["E222", "E224", "E217"]);
    await store.close();
  });

  it("a read-only database stops the run with a clear error and loses nothing", async () => {
    const path = tempDb();
    const writer = await openStore(path);
    await ingest(writer, [join(corpus, "a.txt")], fake);
    const before = await storeContent(writer);
    await writer.close();
    const reader = await openStore(`${path}?mode=ro`);
    await assert.rejects(ingest(reader, [corpus], fake), (e) => code(e) === "E201");
    assert.deepEqual(await storeContent(reader), before);
    await reader.close();
  });

  it("worker threads store what the calling thread stores", async () => {
    const small = join(dir, "small");
    mkdirSync(small);
    for (let k = 0; k < 4; k++) writeFileSync(join(small, `${k}.txt`), article(k));
    const one = await openStore(tempDb());
    const two = await openStore(tempDb());
    // The real analysis, whatever it finds today: both runs must agree on it.
    const a = await ingest(one, [small], { workers: 1, lang: "fr" });
    const b = await ingest(two, [small], { workers: 2, lang: "fr" });
    assert.deepEqual({ ...a, seconds: 0 }, { ...b, seconds: 0 });
    assert.equal(a.read, 4);
    assert.deepEqual(await storeContent(one), await storeContent(two));
    await one.close();
    await two.close();
  });
});

describe("ingest killed mid-run", () => {
  it("SIGKILL then a re-run ends with exactly the content of an uninterrupted run", async () => {
    const bulk = join(dir, "bulk");
    mkdirSync(bulk);
    const lines = Array.from({ length: 300 }, (_, k) =>
      JSON.stringify({
        text: article(k) + (k % 3 === 0 ? " Poutine et Loukachenko ont signé un traité à Minsk." : "") + (k % 5 === 0 ? " Loukachenko menace Poutine." : ""),
        url: `https://bulk.example/${k}`,
        publishedAt: `2024-12-${String(1 + (k % 9)).padStart(2, "0")}`,
        source: `source-${k % 4}`,
      }),
    );
    // Every 50th article twice over: duplicates inside one run, too.
    for (let k = 0; k < 300; k += 50) lines.push(lines[k]);
    writeFileSync(join(bulk, "bulk.jsonl"), lines.join("\n") + "\n");

    const child = fileURLToPath(new URL("./test-ingest-child.ts", import.meta.url));
    // tsx by its resolved address, so the test runs from any working directory.
    const tsx = import.meta.resolve("tsx");
    const run = (db: string) => spawnSync(process.execPath, ["--import", tsx, child, db, bulk], { encoding: "utf8", timeout: 60_000 });

    const reference = tempDb();
    const full = run(reference);
    assert.equal(full.status, 0, full.stderr);
    assert.equal(JSON.parse(full.stdout).new, 300);

    const killed = tempDb();
    const proc = spawn(process.execPath, ["--import", tsx, child, killed, bulk], { stdio: "ignore" });
    const exited = new Promise((resolve) => proc.on("exit", resolve));
    let stored = 0;
    for (let tries = 0; tries < 400 && stored < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      try {
        const db = new Database(killed, { readonly: true, fileMustExist: true });
        stored = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
        db.close();
      } catch {
        // not created yet
      }
    }
    proc.kill("SIGKILL");
    await exited;
    assert.ok(stored >= 60 && stored < 300, `killed after ${stored} articles`);

    const rerun = run(killed);
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout);
    assert.ok(summary.new > 0 && summary.new < 300);

    const a = await openStore(reference);
    const b = await openStore(killed);
    assert.deepEqual(await storeContent(b), await storeContent(a));
    assert.ok((await a.stats()).clusters > 0);
    await a.close();
    await b.close();
  });
});

describe("ingest from URLs", () => {
  let server: Server;
  let base = "";
  const hits = new Map<string, number>();
  const page = (k: number) => `<html lang="fr"><head><title>Web ${k}</title></head><body><article><p>${article(k)}</p></article></body></html>`;

  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? "/";
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path.startsWith("/page/")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(Number(path.slice(6))));
      } else if (path === "/gzip") {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(page(9)));
      } else if (path.startsWith("/loop")) {
        res.writeHead(302, { location: `/loop${Number(path.slice(5) || 0) + 1}` }).end();
      } else if (path === "/huge") {
        res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 ** 3) });
        res.write("<html>");
        setTimeout(() => res.destroy(), 200);
      } else if (path === "/endless") {
        // No length given: the client must count. Bounded, so a broken client cannot hang the test.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, 97);
        let sent = 0;
        const pump = () => {
          while (sent < 64 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
      } else if (path === "/hang") {
        // Answers nothing; the socket is closed when the server closes.
      } else if (path === "/pdf") {
        res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      } else if (path === "/feed.xml") {
        const items = [10, 11].map((k) => `<item><title>Item ${k}</title><link>${base}/page/${k}</link><description>short teaser</description></item>`).join("");
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>${items}</channel></rss>`);
      } else res.writeHead(404).end("not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const local = { allowPrivate: true, timeoutMs: 2000, maxBytes: 1024 * 1024 };

  it("refuses loopback and private addresses without --allow-private", async () => {
    await assert.rejects(fetchUrl(`${base}/page/1`), (e) => code(e) === "E210");
    const port = (server.address() as AddressInfo).port;
    await assert.rejects(fetchUrl(`http://localhost:${port}/page/1`), (e) => code(e) === "E210");
    await assert.rejects(fetchUrl(`http://[::1]:${port}/page/1`), (e) => code(e) === "E210");
    for (const address of ["10.1.2.3", "192.168.0.1", "172.20.0.1", "169.254.169.254", "::ffff:127.0.0.1", "fd00::1", "0.0.0.0"]) {
      assert.ok(isPrivateAddress(address), address);
    }
    assert.ok(!isPrivateAddress("93.184.216.34"));
    const store = await openStore(tempDb());
    const summary = await ingest(store, [`${base}/page/1`], fake);
    assert.deepEqual(summary.failures.map((f) => f.code), ["E210"]);
    await store.close();
  });

  it("refuses cleanly a server that redirects forever, answers 10 GB, or hangs", async () => {
    await assert.rejects(fetchUrl(`${base}/loop`, local), (e) => code(e) === "E211");
    await assert.rejects(fetchUrl(`${base}/huge`, local), (e) => code(e) === "E212");
    await assert.rejects(fetchUrl(`${base}/endless`, local), (e) => code(e) === "E212");
    const started = Date.now();
    await assert.rejects(fetchUrl(`${base}/hang`, { ...local, timeoutMs: 300 }), (e) => code(e) === "E213");
    assert.ok(Date.now() - started < 2000);
    await assert.rejects(fetchUrl(`${base}/pdf`, local), (e) => code(e) === "E214");
    await assert.rejects(fetchUrl(`${base}/missing`, local), (e) => code(e) === "E215");
    await assert.rejects(fetchUrl("http://127.0.0.1:1/x", local), (e) => code(e) === "E216");
    const gz = await fetchUrl(`${base}/gzip`, local);
    assert.match(gz.body.toString(), /Web 9/);
  });

  it("reads pages and feeds, and never fetches a stored article again", async () => {
    const store = await openStore(tempDb());
    const sources = [`${base}/page/1`, `${base}/feed.xml`, `${base}/loop`];
    const first = await ingest(store, sources, { ...fake, ...local });
    assert.equal(first.new, 3);
    assert.deepEqual(first.failures.map((f) => f.code), ["E211"]);
    const docs = (await store.documents()).items;
    const item = docs.find((d) => d.url === `${base}/page/10`)!;
    assert.equal(item.title, "Item 10");
    assert.equal(item.source, "Loopback News");
    const before = hits.get("/page/10");
    const second = await ingest(store, sources, { ...fake, ...local });
    assert.equal(second.new, 0);
    assert.equal(second.duplicate, 3);
    assert.equal(hits.get("/page/10"), before);
    await store.close();
  });
});

describe("intervals", () => {
  it("reads durations and refuses nonsense", () => {
    assert.equal(parseInterval("30s"), 30_000);
    assert.equal(parseInterval("5m"), 300_000);
    assert.equal(parseInterval("1h30m"), 5_400_000);
    assert.equal(parseInterval("90"), 90_000);
    for (const bad of ["soon", "5x", "0s", "-1m"]) assert.throws(() => parseInterval(bad), (e) => code(e) === "E223");
  });
});
