/**
 * The web app in a real browser (Debian's headless Chromium through playwright-core), against a real
 * server on loopback: every view at 1280 px and 390 px, light and dark; from a map point and from a
 * graph edge to the evidence sentence; hostile article text that must never run. Screenshots go to
 * test-artifacts/web/. Skipped, with the reason, where /usr/bin/chromium is not installed.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../resources/paths.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { startServer, type RunningServer } from "./server.js";
import { fillStore, hostileRecord, HOSTILE_TITLE, showcaseRecords } from "./test-corpus.js";
import type { Browser, BrowserContext, Page } from "playwright-core";

declare global {
  interface Window {
    /** The app's cytoscape instance (web/src/views/network.tsx), to find where an edge is drawn. */
    gazetteGraph?: import("cytoscape").Core;
  }
}

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const WEB = join(packageRoot, "dist", "web");
const SHOTS = join(packageRoot, "test-artifacts", "web");
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium fonts-dejavu-core), so the browser tests are skipped`;

/** The newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the app when dist/web is missing or older than its sources, so the tests never run a stale build. */
async function ensureBuilt(): Promise<void> {
  const index = join(WEB, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(packageRoot, "web", "src"))) return;
  const { build } = await import("vite");
  await build({ configFile: join(packageRoot, "web", "vite.config.ts"), logLevel: "warn" });
}

describe("the web app in Chromium", { skip, timeout: 240_000 }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    await ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "gazette-web-"));
    const db = join(dir, "web.db");
    store = await openStore(db);
    await fillStore(store, { events: 150, hostile: true });
    server = await startServer({ store, port: 0, host: "127.0.0.1", webRoot: WEB, openReader: () => openStore(db, { readonly: true }), log: (line) => problems.push(line) });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that fails the test on any script error, failed request or console error. */
  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => problems.push(`${path}: page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${path}: console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      problems.push(`${path}: a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    return page;
  }

  const seedId = () => showcaseRecords()[0].id;

  async function firstEventId(): Promise<number> {
    const answer = (await (await fetch(`${server.url}/api/events?place=Minsk&code=057`)).json()) as { items: Array<{ id: number }> };
    return answer.items[0].id;
  }

  test("every view renders at 1280 px and 390 px, in light and dark, without errors", async () => {
    const views: Array<[string, string, string]> = [
      ["events", "/", "Events"],
      ["events-filtered", "/?country=BLR&interval=day", "Events"],
      ["network", "/network", "Actor network"],
      ["map", "/map", "Map"],
      ["articles", "/documents", "Articles"],
      ["article", `/documents/${seedId()}`, "Poutine et Loukachenko"],
      ["event", `/events/${await firstEventId()}`, "CAMEO 057"],
      ["actors", "/actors", "Actors"],
      ["quotes", "/quotes", "Quotes"],
      ["analyze", "/analyze", "Analyse an article"],
    ];
    const layouts = [
      { name: "1280-light", width: 1280, height: 900, colorScheme: "light" as const },
      { name: "390-dark", width: 390, height: 844, colorScheme: "dark" as const },
      { name: "1280-dark", width: 1280, height: 900, colorScheme: "dark" as const, only: ["events", "network", "map", "article"] },
      { name: "390-light", width: 390, height: 844, colorScheme: "light" as const, only: ["events", "article", "map"] },
    ];
    for (const layout of layouts) {
      const context = await browser.newContext({ viewport: { width: layout.width, height: layout.height }, colorScheme: layout.colorScheme });
      for (const [name, path, heading] of views) {
        if (layout.only && !layout.only.includes(name)) continue;
        const page = await open(context, path);
        await page.locator("h1").first().waitFor();
        assert.match((await page.locator("h1").first().textContent()) ?? "", new RegExp(heading), `${name}: heading`);
        if (name === "network") await page.waitForFunction(() => Boolean(window.gazetteGraph));
        if (name === "map") await page.locator("circle.dot").first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${name} at ${layout.name}: the page is ${overflow} px wider than the window`);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const dark = Number(/rgb\((\d+)/.exec(background)?.[1] ?? 255) < 100;
        assert.equal(dark, layout.colorScheme === "dark", `${name} at ${layout.name}: background ${background}`);
        await page.screenshot({ path: join(SHOTS, `${name}-${layout.name}.png`), fullPage: name !== "network" && layout.width > 500 });
        await page.close();
      }
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  test("from a map point to the evidence sentence", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, "/map");
    await page.locator('circle.dot[data-place="Minsk"]').click();
    await page.locator(".evidence-list .evidence-link").first().waitFor();
    await page.screenshot({ path: join(SHOTS, "map-point-selected.png") });
    const sentence = (await page.locator(".evidence-list .evidence-link q").first().textContent())!;
    await page.locator(".evidence-list .evidence-link").first().click();
    await page.waitForURL(/\/documents\/[^?]+\?hl=\d+-\d+/, { waitUntil: "commit" });
    const evidence = page.locator("#evidence");
    await evidence.waitFor();
    assert.ok(await evidence.isVisible(), "the evidence is scrolled into view");
    const marked = await page.locator(".ann.evidence").allTextContents();
    assert.equal(marked.join(""), sentence, "the marked passage is the sentence the map listed");
    await page.screenshot({ path: join(SHOTS, "map-evidence.png") });
    await context.close();
    assert.deepEqual(problems, []);
  });

  test("from a graph edge to the evidence sentence", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, "/network?actor=person:alexander-lukashenko");
    await page.waitForFunction(() => Boolean(window.gazetteGraph) && window.gazetteGraph!.edges().length > 0);
    // The graph is a canvas: ask cytoscape where it drew the edge, and click there as a user would.
    const point = await page.evaluate(() => {
      const cy = window.gazetteGraph!;
      const edge = cy.edges().filter((e) => e.source().id() === "person:vladimir-putin" && e.target().id() === "person:alexander-lukashenko")[0];
      const mid = edge.renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.locator("#edge-title", { hasText: "Vladimir Putin → Alexander Lukashenko" }).waitFor();
    await page.locator(".evidence-list .evidence-link").first().waitFor();
    await page.screenshot({ path: join(SHOTS, "network-edge-selected.png") });
    const sentence = (await page.locator(".evidence-list .evidence-link q").first().textContent())!;
    assert.match(sentence, /Poutine|Loukachenko|présidents/);
    await page.locator(".evidence-list .evidence-link").first().click();
    await page.locator("#evidence").waitFor();
    assert.equal((await page.locator(".ann.evidence").allTextContents()).join(""), sentence);
    await page.screenshot({ path: join(SHOTS, "network-evidence.png") });
    await context.close();
    assert.deepEqual(problems, []);
  });

  test("hostile titles and texts are shown as text and never run", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const hostile = hostileRecord();
    const cluster = ((await (await fetch(`${server.url}/api/events?document=${hostile.id}`)).json()) as { items: Array<{ id: number }> }).items[0].id;
    for (const path of [`/documents/${hostile.id}`, "/documents?text=communiqué", `/events/${cluster}`, "/quotes?speaker=person:claire-martin", "/?place=Minsk"]) {
      const page = await open(context, path);
      await page.locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `${path}: injected code ran`);
      assert.equal(await page.locator("main img, main script, main svg[onload], main [onerror]").count(), 0, `${path}: markup from the article became elements`);
      if (path.startsWith("/documents/")) {
        assert.equal(await page.locator("h1.article-title").textContent(), HOSTILE_TITLE);
        assert.match((await page.locator(".article-text").textContent())!, /<script>__pwned='text'<\/script>/);
        await page.screenshot({ path: join(SHOTS, "hostile-article.png"), fullPage: true });
      }
      if (path.startsWith("/documents?")) assert.ok((await page.locator(".doc-title").allTextContents()).includes(HOSTILE_TITLE));
      await page.close();
    }
    // The same through the Analyse page: pasted markup is analysed and shown, never run.
    const page = await open(context, "/analyze");
    await page.locator("textarea[name=text]").fill(`Un communiqué <img src=x onerror="__pwned='pasted'"> a été publié lundi à Paris.`);
    await page.locator("input[name=title]").fill(`<script>__pwned='pasted-title'</script>`);
    await page.getByRole("button", { name: "Analyse", exact: true }).click();
    await page.locator(".article-title").waitFor();
    assert.equal(await page.locator(".article-title").textContent(), `<script>__pwned='pasted-title'</script>`);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    await context.close();
    assert.deepEqual(problems, []);
  });

  test("filters live in the URL, and the keyboard reaches the explanations", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, "/");
    await page.getByLabel("Actor").fill("person:vladimir-putin");
    await page.getByLabel("QuadClass").selectOption("1");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/actor=person%3Avladimir-putin/, { waitUntil: "commit" });
    assert.match(page.url(), /quad=1/);
    await page.reload({ waitUntil: "networkidle" });
    assert.equal(await page.getByLabel("Actor").inputValue(), "person:vladimir-putin");
    const rows = await page.locator(".event-row .actors").allTextContents();
    assert.ok(rows.length >= 2 && rows.every((r) => r.includes("Vladimir Putin")), rows.join(" | "));
    // The network keeps the filters.
    await page.getByRole("link", { name: "Network" }).click();
    await page.waitForURL(/\/network\?.*actor=person%3Avladimir-putin/, { waitUntil: "commit" });

    const article = await open(context, `/documents/${seedId()}`);
    await article.locator(".article-text").waitFor();
    await article.locator(".article-text .ann").first().focus();
    await article.keyboard.press("Tab");
    const why = (await article.locator(".explain").textContent())!;
    assert.match(why, /produced by/);
    const focused = await article.evaluate(() => document.activeElement?.className ?? "");
    assert.match(focused, /\bann\b/);
    await article.locator(".article-text .ann.k-time").first().hover();
    assert.match((await article.locator(".explain").textContent())!, /DATE 2024-12-06.*produced by fr\/times\/weekday/s);
    await article.screenshot({ path: join(SHOTS, "article-explained.png") });
    await context.close();
    assert.deepEqual(problems, []);
  });
});
