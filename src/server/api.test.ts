import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { validateRecord } from "../model/schema.js";
import { makeRecord } from "../store/test-records.js";
import type { AnalyzeFunction } from "./analyze-request.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";
import { addResultSchema } from "./response-schemas.js";
import { routes } from "./routes.js";
import { startServer } from "./server.js";
import { fillStore, HOSTILE_TITLE, hostileRecord } from "./test-corpus.js";

const TOKEN = "s3cret-token";
let dir: string;
let store: Store;
let app: Hono;
/** The write path and URL fetching are the server's; the analysis is the library's, so most tests stand it in. */
let stubbed: Hono;

const stubAnalyze: AnalyzeFunction = async (input, options) => {
  const raw = "text" in input ? input.text : "html" in input ? input.html : new TextDecoder().decode(input.bytes);
  return makeRecord({
    text: raw.replace(/<[^>]*>/g, " ").trim(),
    lang: options.lang ?? "en",
    ...(options.title && { title: options.title }),
    ...(options.url && { url: options.url }),
    ...(options.publishedAt && { publishedAt: options.publishedAt }),
  });
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "gazette-api-"));
  const db = join(dir, "api.db");
  store = await openStore(db);
  await fillStore(store, { events: 90, hostile: true });
  app = createApp({ store, token: TOKEN, openReader: () => openStore(db, { readonly: true }), maxBytes: 64 * 1024, log: () => {} });
  stubbed = createApp({ store, token: TOKEN, analyze: stubAnalyze, maxBytes: 64 * 1024, log: () => {} });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string, init?: RequestInit) => app.request(path, init);
const postJson = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** Every answer is checked against the schema the OpenAPI document publishes for it. */
async function checked(path: string, init?: RequestInit, status = 200): Promise<any> {
  const response = await get(path, init);
  const body = await response.json();
  assert.equal(response.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  const pathname = new URL(path, "http://x").pathname;
  const route = routes.find((r) => r.method === (init?.method ?? "GET").toLowerCase() && new RegExp("^" + r.path.replace(/:\w+/g, "[^/]+") + "$").test(pathname));
  assert.ok(route, `no route for ${path}`);
  const schema = route.responses[status]?.schema;
  assert.ok(schema, `${route.operationId} publishes no schema for ${status}`);
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, `${path}: the answer does not match its published schema: ${parsed.success ? "" : parsed.error.message.slice(0, 500)}`);
  return body;
}

async function expectError(path: string, status: number, code: string, mention?: string, init?: RequestInit) {
  const response = await get(path, init);
  const body = (await response.json()) as { error: { code: string; message: string; hint: string } };
  assert.equal(response.status, status, `${path}: ${JSON.stringify(body)}`);
  assert.equal(body.error.code, code, `${path}: ${body.error.message}`);
  assert.ok(body.error.message.length > 10 && body.error.hint.length > 5);
  if (mention) assert.match(body.error.message, new RegExp(mention), `${path}: ${body.error.message}`);
}

describe("the OpenAPI document", () => {
  test("is OpenAPI 3.1, lists every endpoint with its parameters and schemas", async () => {
    const doc = await (await get("/api/openapi.json")).json();
    assert.equal(doc.openapi, "3.1.0");
    for (const route of routes) {
      const operation = doc.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.[route.method];
      assert.ok(operation, `${route.method} ${route.path} missing`);
      assert.equal(operation.operationId, route.operationId);
    }
    const events = doc.paths["/api/events"].get;
    const quad = events.parameters.find((p: { name: string }) => p.name === "quad");
    assert.deepEqual([quad.in, quad.schema.type, quad.schema.minimum, quad.schema.maximum], ["query", "integer", 1, 4]);
    assert.equal(events.responses["200"].content["application/json"].schema.$ref, "#/components/schemas/EventPage");
    assert.ok(doc.components.schemas.EventCluster.properties.quadClass);
    assert.ok(doc.components.schemas.DocumentRecord.properties.events);
    assert.equal(doc.paths["/api/documents"].post.requestBody.content["application/json"].schema.$ref, "#/components/schemas/AnalyzeRequest");
    assert.deepEqual(doc.paths["/api/documents"].post.security, [{ token: [] }, {}]);
    assert.equal(doc.paths["/api/events/{id}"].get.parameters[0].in, "path");
  });
});

describe("reading the corpus", () => {
  test("stats", async () => {
    const stats = await checked("/api/stats");
    assert.ok(stats.documents >= 30 && stats.clusters >= 80);
    assert.equal(stats.tokenRequired, true);
  });

  test("events: a page, then the next ones by cursor, each event once", async () => {
    const first = await checked("/api/events?limit=40");
    assert.equal(first.items.length, 40);
    const seen = new Set<number>(first.items.map((e: { id: number }) => e.id));
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await checked(`/api/events?limit=40&cursor=${cursor}`);
      for (const e of page.items) {
        assert.ok(!seen.has(e.id), `event ${e.id} twice`);
        seen.add(e.id);
      }
      cursor = page.nextCursor;
    }
    assert.equal(seen.size, first.total);
    const days = first.items.map((e: { day: string }) => e.day);
    assert.deepEqual(days, [...days].sort().reverse(), "newest day first");
  });

  test("events: filters as in the CLI", async () => {
    const conflict = await checked("/api/events?quad=4&limit=500");
    assert.ok(conflict.items.length > 0 && conflict.items.every((e: { quadClass: number }) => e.quadClass === 4));
    const blr = await checked("/api/events?country=blr&limit=500");
    assert.ok(blr.items.length > 0);
    for (const e of blr.items) assert.ok([e.source?.country, e.target?.country, e.place?.country].includes("BLR"));
    const putin = await checked("/api/events?actor=person:vladimir-putin");
    assert.ok(putin.items.length >= 2);
    const range = await checked("/api/events?from=2024-12-01&to=2024-12-31&root=05");
    assert.ok(range.items.length >= 1 && range.items.every((e: { day: string; rootCode: string }) => e.day.startsWith("2024-12") && e.rootCode === "05"));
    const words = await checked("/api/events?text=traité");
    assert.ok(words.items.some((e: { code: string }) => e.code === "057"));
    const none = await checked("/api/events?place=Atlantis");
    assert.equal(none.total, 0);
    assert.equal(none.nextCursor, undefined);
  });

  test("one event with every mention across articles", async () => {
    const signing = (await checked("/api/events?code=057&place=Minsk")).items.find((e: { numArticles: number }) => e.numArticles === 2);
    assert.ok(signing, "the treaty signing is reported by two articles");
    const detail = await checked(`/api/events/${signing.id}`);
    assert.equal(detail.event.id, signing.id);
    assert.equal(new Set(detail.mentions.map((m: { document: string }) => m.document)).size, 2);
    assert.ok(detail.mentions.every((m: { cluster: number }) => m.cluster === signing.id));
    assert.ok(detail.mentions.some((m: { text: string }) => /traité/.test(m.text)));
  });

  test("documents, one document with the cluster of each event, search", async () => {
    const page = await checked("/api/documents?limit=5&lang=fr");
    assert.ok(page.items.length > 0 && page.items.every((d: { lang: string }) => d.lang === "fr"));
    const seed = (await checked("/api/documents?text=Tikhanovskaïa")).items.find((d: { title?: string }) => d.title?.startsWith("Poutine et"));
    assert.ok(seed);
    const detail = await checked(`/api/documents/${seed.id}`);
    validateRecord(detail.record);
    assert.deepEqual(Object.keys(detail.clusters).sort(), detail.record.events.map((e: { id: string }) => e.id).sort());
    const hits = await checked("/api/search?q=minsk%20traite");
    assert.ok(hits.items.length >= 1 && hits.items[0].snippet.includes("["));
  });

  test("actors and quotes", async () => {
    const actors = await checked("/api/actors?name=Lukashenko");
    assert.ok(actors.items.some((a: { entity: string }) => a.entity === "person:alexander-lukashenko"));
    const typed = await checked("/api/actors?type=GPE&limit=3");
    assert.ok(typed.items.every((a: { type: string }) => a.type === "GPE"));
    const quotes = await checked("/api/quotes?speaker=person:vladimir-putin");
    assert.ok(quotes.items.some((q: { text: string }) => q.text === "plus solide que jamais"));
  });

  test("graph: edges coloured by QuadClass, with the events behind them", async () => {
    const graph = await checked("/api/graph?maxEdges=5");
    assert.ok(graph.edges.length > 0 && graph.edges.length <= 5);
    assert.ok(graph.totalEdges >= graph.edges.length);
    const ids = new Set(graph.nodes.map((n: { id: string }) => n.id));
    for (const edge of graph.edges) {
      assert.ok(ids.has(edge.source) && ids.has(edge.target));
      assert.equal(edge.quad.reduce((a: number, b: number) => a + b, 0), edge.weight);
      assert.equal(edge.quad[edge.quadClass - 1], Math.max(...edge.quad));
      assert.ok(edge.events.length >= 1 && edge.events.length <= Math.min(50, edge.weight));
    }
    const minsk = await checked("/api/graph?actor=person:alexander-lukashenko");
    assert.ok(minsk.edges.some((e: { source: string; target: string }) => e.source === "person:vladimir-putin" && e.target === "person:alexander-lukashenko"));
  });

  test("timeline per day and per week, by QuadClass", async () => {
    const days = await checked("/api/timeline");
    const weeks = await checked("/api/timeline?interval=week");
    assert.equal(days.interval, "day");
    assert.equal(days.total, weeks.total);
    const sum = (t: { buckets: Array<{ counts: number[] }> }) => t.buckets.reduce((n, b) => n + b.counts.reduce((x, y) => x + y, 0), 0);
    assert.equal(sum(days), days.total);
    assert.equal(sum(weeks), weeks.total);
    assert.ok(weeks.buckets.every((b: { period: string }) => new Date(b.period + "T00:00:00Z").getUTCDay() === 1), "weeks start on Monday");
    const conflict = await checked("/api/timeline?quad=3");
    assert.ok(conflict.buckets.every((b: { counts: number[] }) => b.counts[0] === 0 && b.counts[1] === 0 && b.counts[3] === 0));
  });

  test("places with coordinates, and a sample of their events", async () => {
    const places = await checked("/api/places");
    const minsk = places.places.find((p: { name: string }) => p.name === "Minsk");
    assert.ok(minsk && Math.abs(minsk.lat - 53.9) < 0.1);
    assert.ok(minsk.sample.length >= 1);
    const event = await checked(`/api/events/${minsk.sample[0]}`);
    assert.equal(event.event.place.name, "Minsk");
  });

  test("exports: each format with its type, GDELT rows with 61 columns", async () => {
    const csv = await get("/api/export?format=csv&quad=1");
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get("content-type")!, /^text\/csv/);
    assert.match(csv.headers.get("content-disposition")!, /attachment; filename="gazette-csv\.csv"/);
    assert.match(await csv.text(), /^id,day,/);
    const gdelt = await (await get("/api/export?format=gdelt-events")).text();
    const rows = gdelt.trimEnd().split("\n");
    assert.equal(rows.length, (await checked("/api/stats")).clusters);
    assert.ok(rows.every((row) => row.split("\t").length === 61));
    const jsonl = (await (await get("/api/export?format=jsonl&lang=fr")).text()).trimEnd().split("\n");
    assert.ok(jsonl.length >= 3 && jsonl.every((line) => JSON.parse(line).lang === "fr"));
    const graphml = await get("/api/export?format=graphml");
    assert.match(graphml.headers.get("content-type")!, /xml/);
    assert.match(await graphml.text(), /<graphml/);
  });

  test("an export streams on its own connection while other requests run", async () => {
    const [exported, ...pages] = await Promise.all([
      get("/api/export?format=gdelt-mentions").then((r) => r.text()),
      ...Array.from({ length: 10 }, () => get("/api/events?limit=5").then((r) => r.status)),
    ]);
    assert.ok(exported.split("\n").length > 90);
    assert.deepEqual(pages, Array(10).fill(200));
  });
});

describe("invalid requests: 400 with a code and a message that names the parameter", () => {
  const cases: Array<[string, number, string, string]> = [
    ["/api/events?quad=5", 400, "E400", "'quad': expected 1, 2, 3 or 4"],
    ["/api/events?quad=two", 400, "E400", "'quad'"],
    ["/api/events?from=2024-13-01", 400, "E400", "'from': no such day"],
    ["/api/events?to=yesterday", 400, "E400", "'to': expected a day as YYYY-MM-DD"],
    ["/api/events?limit=0", 400, "E400", "'limit': must be at least 1"],
    ["/api/events?limit=100000", 400, "E400", "'limit': at most 500"],
    ["/api/events?limit=1.5", 400, "E400", "'limit'"],
    ["/api/events?cursor=not-a-cursor", 400, "E400", "'cursor'"],
    ["/api/events?cursor=%3Cscript%3E", 400, "E400", "'cursor'"],
    ["/api/events?country=France", 400, "E400", "'country'"],
    ["/api/events?code=5x", 400, "E400", "'code'"],
    ["/api/events?root=123", 400, "E400", "'root'"],
    ["/api/events?colour=red", 400, "E400", "'colour': unknown parameter"],
    ["/api/events?actor=a&actor=b", 400, "E400", "'actor': given more than once"],
    [`/api/events?text=${"x".repeat(201)}`, 400, "E400", "'text': at most 200"],
    ["/api/events?actor=", 400, "E400", "'actor': must not be empty"],
    ["/api/events/abc", 400, "E400", "'id'"],
    ["/api/events/0", 400, "E400", "'id'"],
    ["/api/events/999999", 404, "E404", "no event '999999'"],
    ["/api/documents/ffffffffffffffff", 404, "E404", "no document"],
    ["/api/documents/%3Cimg%3E", 400, "E400", "'id'"],
    ["/api/documents?lang=French", 400, "E400", "'lang'"],
    ["/api/actors?type=ALIEN", 400, "E400", "'type'"],
    ["/api/quotes?from=2024-02-30", 400, "E400", "'from': no such day"],
    ["/api/search", 400, "E400", "'q': required"],
    ["/api/graph?maxEdges=99999", 400, "E400", "'maxEdges'"],
    ["/api/timeline?interval=month", 400, "E400", "'interval': expected day or week"],
    ["/api/places?limit=-1", 400, "E400", "'limit'"],
    ["/api/export", 400, "E400", "'format': required"],
    ["/api/export?format=pdf", 400, "E400", "'format'"],
    ["/api/stats?verbose=1", 400, "E400", "'verbose': unknown parameter"],
    ["/api/nothing-here", 404, "E405", "no endpoint GET /api/nothing-here"],
  ];
  for (const [path, status, code, mention] of cases) {
    test(`${path.slice(0, 70)} → ${status}`, () => expectError(path, status, code, mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
});

describe("analysing and storing", () => {
  test("POST /api/analyze: text → a valid record, not stored", async () => {
    const before = (await checked("/api/stats")).documents;
    const response = await postJson("/api/analyze", {
      text: "PARIS, 3 mars (Gazette) - Le ministre des Affaires étrangères a reçu lundi son homologue allemand à Paris.",
      lang: "fr",
      publishedAt: "2025-03-03",
      title: "Une visite",
    });
    assert.equal(response.status, 200);
    const record = validateRecord(await response.json());
    assert.equal(record.lang, "fr");
    assert.equal(record.title, "Une visite");
    assert.ok(record.sentences.length >= 1);
    assert.equal((await checked("/api/stats")).documents, before);
  });

  test("POST /api/analyze: HTML → its main text and title", async () => {
    const html = `<!doctype html><html lang="fr"><head><title>Fin de la grève au port</title></head><body><article><h1>Fin de la grève au port</h1>
      <p>Les dockers d'Anvers ont repris le travail vendredi après une semaine de grève sur les salaires, a indiqué le syndicat dans un communiqué.</p>
      <p>Les négociations avec l'autorité portuaire reprendront le mois prochain, selon des responsables proches du dossier.</p></article></body></html>`;
    const response = await postJson("/api/analyze", { html });
    const body = await response.json();
    assert.equal(response.status, 200, JSON.stringify(body).slice(0, 300));
    const record = validateRecord(body);
    assert.match(record.text, /Les dockers d'Anvers/);
    assert.doesNotMatch(record.text, /<p>/);
  });

  test("POST /api/analyze refuses bad bodies with a message", async () => {
    const cases: Array<[unknown, string, string]> = [
      [{}, "E400", "exactly one of text, html or url"],
      [{ text: "a", url: "https://example.org/" }, "E400", "exactly one of text, html or url"],
      [{ text: "" }, "E400", "'text': must not be empty"],
      [{ text: 42 }, "E400", "'text'"],
      [{ text: "Hello.", lang: "klingon" }, "E400", "'lang'"],
      [{ text: "Hello.", extra: true }, "E400", "'extra': unknown parameter"],
      [{ url: "file:///etc/passwd" }, "E400", "'url': expected an http:// or https:// URL"],
      [{ url: "javascript:alert(1)" }, "E400", "'url'"],
      [[1, 2], "E400", "body"],
    ];
    for (const [body, code, mention] of cases) {
      const response = await stubbed.request("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const answer = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(answer.error.code, code, `${JSON.stringify(body)}: ${answer.error.message}`);
      assert.ok(answer.error.message.includes(mention), `${JSON.stringify(body)}: ${answer.error.message}`);
    }
  });

  test("a body that is not JSON, not declared as JSON, or too large", async () => {
    const notJson = await app.request("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: "{text:" });
    assert.equal(notJson.status, 400);
    assert.equal(((await notJson.json()) as any).error.code, "E420");
    const form = await app.request("/api/analyze", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "text=hi" });
    assert.equal(form.status, 415);
    assert.equal(((await form.json()) as any).error.code, "E415");
    const big = await postJson("/api/analyze", { text: "word ".repeat(20_000) });
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as any).error.code, "E413");
  });

  test("URL analysis follows the ingest rules: a loopback address is refused", async () => {
    const local = createServer((_, res) => res.end("<html><body><p>secret intranet page</p></body></html>"));
    await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
    try {
      const port = (local.address() as AddressInfo).port;
      for (const url of [`http://127.0.0.1:${port}/`, `http://[::1]:${port}/`, "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/"]) {
        const response = await postJson("/api/analyze", { url });
        const body = (await response.json()) as { error: { code: string; message: string } };
        assert.equal(response.status, 400, url);
        assert.equal(body.error.code, "E210", `${url}: ${body.error.message}`);
      }
      // A server started with --allow-private may read its own network.
      const open = createApp({ store, allowPrivate: true, analyze: stubAnalyze, log: () => {} });
      const allowed = await open.request("/api/analyze", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: `http://127.0.0.1:${port}/`, lang: "en" }),
      });
      assert.equal(allowed.status, 200);
      assert.match(((await allowed.json()) as { text: string }).text, /secret intranet page/);
    } finally {
      local.close();
    }
  });

  test("an invalid publication date is the library's error, as JSON", async () => {
    const response = await postJson("/api/analyze", { text: "Hello there.", publishedAt: "tomorrow" });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as any).error.code, "E121");
  });

  test("POST /api/documents needs the token, stores once, and the article reads back", async () => {
    const post = async (body: unknown, headers: Record<string, string> = {}) =>
      stubbed.request("/api/documents", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const article = { text: "ROME, 9 mai (Gazette) - Les syndicats italiens ont appelé à une grève générale vendredi.", lang: "fr", publishedAt: "2025-05-09" };
    assert.equal((await post(article)).status, 401);
    const wrong = await post(article, { authorization: "Bearer nope" });
    assert.equal(wrong.status, 401);
    assert.equal(((await wrong.json()) as any).error.code, "E401");
    const stored = await post(article, { authorization: `Bearer ${TOKEN}` }).then(async (r) => {
      assert.equal(r.status, 201);
      return addResultSchema.parse(await r.json());
    });
    assert.equal(stored.status, "new");
    const again = await post(article, { authorization: `Bearer ${TOKEN}` }).then(async (r) => {
      assert.equal(r.status, 200);
      return addResultSchema.parse(await r.json());
    });
    assert.equal(again.status, "duplicate");
    assert.equal(again.id, stored.id);
    const back = await checked(`/api/documents/${stored.id}`);
    assert.match(back.record.text, /grève générale/);
  });
});

describe("safety", () => {
  test("hostile titles and texts come back as JSON data, unchanged and never as HTML", async () => {
    const id = hostileRecord().id;
    const response = await get(`/api/documents/${id}`);
    assert.match(response.headers.get("content-type")!, /^application\/json/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    const { record } = (await response.json()) as { record: { title: string; text: string } };
    assert.equal(record.title, HOSTILE_TITLE);
    assert.match(record.text, /<script>/);
  });

  test("no CORS headers unless origins are configured, and then only for them", async () => {
    const plain = await get("/api/stats", { headers: { origin: "https://evil.example" } });
    assert.equal(plain.headers.get("access-control-allow-origin"), null);
    const configured = createApp({ store, corsOrigins: ["https://dashboard.example"], log: () => {} });
    const friend = await configured.request("/api/stats", { headers: { origin: "https://dashboard.example" } });
    assert.equal(friend.headers.get("access-control-allow-origin"), "https://dashboard.example");
    const stranger = await configured.request("/api/stats", { headers: { origin: "https://evil.example" } });
    assert.notEqual(stranger.headers.get("access-control-allow-origin"), "https://evil.example");
  });

  test("the web app is served with a strict content security policy, and nothing outside its folder", async () => {
    const web = join(dir, "web");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(web, "assets", "app.js"), "console.log(1)");
    writeFileSync(join(dir, "secret.txt"), "do not serve");
    const withWeb = createApp({ store, webRoot: web, log: () => {} });
    const index = await withWeb.request("/");
    assert.equal(index.status, 200);
    assert.match(index.headers.get("content-security-policy")!, /script-src 'self'/);
    assert.match(index.headers.get("content-security-policy")!, /object-src 'none'/);
    assert.match(await (await withWeb.request("/events/12?quad=1")).text(), /<title>app/);
    const asset = await withWeb.request("/assets/app.js");
    assert.match(asset.headers.get("content-type")!, /javascript/);
    assert.match(asset.headers.get("cache-control")!, /immutable/);
    assert.equal((await withWeb.request("/assets/missing.js")).status, 404);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"]) {
      assert.doesNotMatch(await (await withWeb.request(path)).text(), /do not serve/, path);
    }
  });

  test("a real loopback listener answers, and a port in use is a clear error", async () => {
    const running = await startServer({ store, port: 0, host: "127.0.0.1", log: () => {} });
    try {
      const response = await fetch(`${running.url}/api/events?limit=2`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { items: unknown[] }).items.length, 2);
      const bad = await fetch(`${running.url}/api/events?quad=9`);
      assert.equal(bad.status, 400);
      await assert.rejects(startServer({ store, port: running.port, host: "127.0.0.1" }), /E430|port is in use/);
    } finally {
      await running.close();
    }
  });
});
