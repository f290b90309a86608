/**
 * Every error a user can see, in one catalogue: a code, a sentence and a hint.
 * Callers throw `gazetteError("E101", { path })`; the CLI prints `error E101: … (hint: …)` on one line.
 */
const catalogue = {
  E100: { message: "no such file: {path}", hint: "check the path, or pass - to read standard input" },
  E101: { message: "{path} is a directory", hint: "pass the files inside it, e.g. {path}/*.txt" },
  E102: { message: "cannot read {path}: {reason}", hint: "check the file's permissions" },
  E110: { message: "the input is empty", hint: "give gazette a news article as text or HTML" },
  E111: { message: "the input looks binary ({kind}), not text", hint: "give gazette text or HTML; convert PDFs and images to text first" },
  E112: { message: "the input is {size} bytes, over the limit of {limit}", hint: "split it into articles, or raise the limit with --max-bytes" },
  E113: { message: "the HTML holds no readable text", hint: "pass the article page itself, not a script or an app shell" },
  E114: { message: "the input has no readable text after cleaning", hint: "check that the file is an article in a human language" },
  E120: { message: "unknown language '{lang}'", hint: "use an ISO 639-1 code such as fr or en" },
  E121: { message: "invalid date '{value}' for {option}", hint: "use an ISO date such as 2024-12-07 or 2024-12-07T10:30:00Z" },
  E122: { message: "invalid value '{value}' for {option}", hint: "{expected}" },
  E130: { message: "the pipeline is mis-ordered: stage '{stage}' needs '{layer}', which no earlier stage assigns", hint: "list the stage that assigns '{layer}' before '{stage}'" },
  E131: { message: "resource {file} line {line}: {reason}", hint: "fix the data file; every row needs the columns its header names" },
  E132: { message: "missing resource {file}", hint: "reinstall gazette, or add the file for this language" },
  E133: { message: "no trained model for '{lang}' at {file}", hint: "reinstall gazette, or train one with npm run train -- syntax --lang {lang}" },
  E140: { message: "the data folder {path} was not found", hint: "put shared/ beside the checkout or set GAZETTE_DATA" },
  E200: { message: "cannot open the database {path}: {reason}", hint: "check the path and its folder's permissions, or choose another with --db or GAZETTE_DB" },
  E201: { message: "the database {path} is read-only", hint: "make the file and its folder writable, or write elsewhere with --db; nothing already stored was lost" },
  E202: { message: "the disk is full while writing {path}", hint: "free some space and run the same command again: stored articles are kept and the rest is picked up" },
  E203: { message: "{path} is not a gazette database ({reason})", hint: "pass --db with a gazette database, or a new file name to start one" },
  E204: { message: "the database {path} has schema version {found}, newer than this gazette knows ({known})", hint: "upgrade gazette to read it" },
  E205: { message: "the database {path} is locked by another process", hint: "wait for the other gazette command to finish, then run this one again" },
  E206: { message: "unsupported database '{url}'", hint: "use a file path such as ./gazette.db or sqlite:PATH; PostgreSQL support is planned" },
  E210: { message: "{url} refused: {host} is a private or loopback address ({address})", hint: "pass --allow-private to read from your own network" },
  E211: { message: "{url}: more than {limit} redirects", hint: "open the URL in a browser to see where it leads, and pass the final address" },
  E212: { message: "{url}: the answer is over the size limit of {limit} bytes", hint: "raise the limit with --max-bytes if this really is one article" },
  E213: { message: "{url}: no answer within {seconds} s", hint: "try again later, or raise the limit with --timeout" },
  E214: { message: "{url}: unexpected content type '{type}'", hint: "gazette reads HTML pages, plain text and RSS/Atom feeds" },
  E215: { message: "{url}: the server answered HTTP {status}", hint: "check the URL in a browser" },
  E216: { message: "{url}: {reason}", hint: "check the address and the network connection" },
  E217: { message: "unsupported URL '{url}'", hint: "use an http:// or https:// address" },
  E220: { message: "cannot read the feed {url}: {reason}", hint: "check that the address is an RSS or Atom feed" },
  E221: { message: "{path} line {line}: {reason}", hint: "each line must be a JSON object with \"text\" or \"html\", and optionally id, title, url, publishedAt, lang, source" },
  E222: { message: "no such file, folder or URL: {path}", hint: "check the path; URLs start with http:// or https://" },
  E223: { message: "invalid interval '{value}'", hint: "use a duration such as 30s, 5m or 1h" },
  E224: { message: "{path} holds no article gazette can read", hint: "gazette reads .txt, .html, .jsonl, RSS/Atom .xml files and their .gz forms" },
  E230: { message: "cannot write {path}: {reason}", hint: "check the folder exists and is writable, or leave out --out to write to standard output" },
  E400: { message: "invalid {where} '{name}': {reason}", hint: "see /api/openapi.json for every parameter and its allowed values" },
  E401: { message: "this endpoint needs the server's token", hint: "send the token set in GAZETTE_TOKEN as 'Authorization: Bearer TOKEN'" },
  E404: { message: "no {kind} '{id}'", hint: "list what is stored with GET /api/{list}" },
  E405: { message: "no endpoint {method} {path}", hint: "see /api/openapi.json for the endpoints" },
  E413: { message: "the request body is over the limit of {limit} bytes", hint: "send one article at a time, or start the server with a larger --max-bytes" },
  E415: { message: "unsupported content type '{type}'", hint: "send a JSON body with 'Content-Type: application/json'" },
  E420: { message: "the request body is not valid JSON: {reason}", hint: "send a JSON object such as {\"text\": \"…\"}" },
  E430: { message: "cannot listen on {host}:{port}: {reason}", hint: "choose another port with --port, or stop the program that uses it" },
  E431: { message: "the web app is not built ({path} is missing)", hint: "run npm run build, or serve the API alone with --no-web" },
  E499: { message: "internal error: {reason}", hint: "this is a bug in gazette; please report it with the request that caused it" },
} as const;

export type ErrorCode = keyof typeof catalogue;

export class GazetteError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  constructor(code: ErrorCode, message: string, hint: string) {
    super(message);
    this.name = "GazetteError";
    this.code = code;
    this.hint = hint;
  }
  /** The one line a user sees. */
  toLine(): string {
    return `error ${this.code}: ${this.message} (hint: ${this.hint})`;
  }
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));

export function gazetteError(code: ErrorCode, params: Record<string, string | number> = {}): GazetteError {
  const entry = catalogue[code];
  return new GazetteError(code, fill(entry.message, params), fill(entry.hint, params));
}

export function isGazetteError(error: unknown): error is GazetteError {
  return error instanceof GazetteError;
}
