import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { isGazetteError } from "../errors.js";
import { checkIsoDate, prepareInput } from "./prepare.js";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (isGazetteError(error)) return error.code;
    throw error;
  }
  return undefined;
};

test("UTF-8 is read as such; Windows-1252 bytes are detected and decoded", () => {
  assert.equal(prepareInput(Buffer.from("Genève, déc.", "utf8")).encoding, "utf-8");
  const legacy = prepareInput(readFileSync("fixtures/fr-windows-1252.txt"));
  assert.equal(legacy.encoding, "windows-1252");
  assert.match(legacy.text, /^Le président a signé l'accord à Genève le 3 décembre\./);
});

test("invalid UTF-8 falls back to Windows-1252 instead of failing", () => {
  const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x6f, 0x6b]); // "Café € ok" in cp1252
  assert.equal(prepareInput(bytes).text, "Café € ok");
});

test("text is NFC with LF line ends, and every kind of space is kept", () => {
  const { text } = prepareInput("Cafe\u0301 \r\n1\u202f084 et 2\u00a0000\u2009km");
  assert.equal(text, "Café \n1\u202f084 et 2\u00a0000\u2009km");
});

test("empty, blank and binary inputs are refused with their own error", () => {
  assert.equal(code(() => prepareInput("")), "E110");
  assert.equal(code(() => prepareInput(" \n\t ")), "E110");
  assert.equal(code(() => prepareInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))), "E111");
  assert.equal(code(() => prepareInput(Buffer.from([0x41, 0x00, 0x42, 0x00]))), "E111");
});

test("inputs over the size limit are refused", () => {
  assert.equal(code(() => prepareInput("x".repeat(101), {}, 100)), "E112");
});

test("HTML: main text with paragraphs, and title, author, date and language from the page", () => {
  const html = `<!doctype html><html lang="fr"><head><title>Accord signé | Le Journal</title>
    <meta property="og:title" content="Accord signé à Santiago">
    <meta property="article:published_time" content="2024-12-06T18:30:00+01:00">
    <meta name="author" content="Jeanne Martin">
    <script>var tracking = "ignore me";</script></head>
    <body><nav><a href="/">Accueil</a></nav><article><h1>Accord signé à Santiago</h1>
    <p>Le Chili et l'Argentine ont signé un accord de sécurité. Le texte prévoit une assistance mutuelle en cas d'attaque contre l'un des deux pays.</p>
    <p>Le président a salué « une étape historique » lors de la cérémonie, devant les délégations réunies au palais de La Moneda.</p>
    <p>L'Union européenne a dénoncé l'accord dans un communiqué publié le soir même à Bruxelles.</p>
    </article><footer>© Le Journal</footer></body></html>`;
  const prepared = prepareInput(html);
  assert.equal(prepared.format, "html");
  assert.equal(prepared.meta.title, "Accord signé à Santiago");
  assert.equal(prepared.meta.lang, "fr");
  assert.equal(prepared.meta.byline, "Jeanne Martin");
  assert.equal(prepared.meta.publishedAt, "2024-12-06T17:30:00.000Z");
  assert.match(prepared.text, /^Accord signé à Santiago\n\nLe Chili et l'Argentine ont signé/);
  assert.match(prepared.text, /attaque contre l'un des deux pays\.\n\nLe président a salué/);
  assert.doesNotMatch(prepared.text, /tracking|Accueil/);
});

test("HTML that is all script has no text to analyse", () => {
  assert.equal(code(() => prepareInput("<html><head><script>alert(1)</script></head><body><script>document.write('x')</script></body></html>")), "E113");
});

test("malformed HTML is still read", () => {
  const prepared = prepareInput("<html><body><p>Le sommet s'est tenu à Paris.<p>Il a duré deux jours.<div><b>Fin");
  assert.match(prepared.text, /Le sommet s'est tenu à Paris\.\n\nIl a duré deux jours\./);
});

test("publication dates are checked as real calendar dates", () => {
  assert.equal(checkIsoDate("2024-12-07"), "2024-12-07");
  assert.equal(checkIsoDate("2024-12-07T10:30:00Z"), "2024-12-07T10:30:00Z");
  assert.equal(code(() => checkIsoDate("2024-02-30")), "E121");
  assert.equal(code(() => checkIsoDate("7 décembre")), "E121");
});
