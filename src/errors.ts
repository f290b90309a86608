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
  E140: { message: "the data folder {path} was not found", hint: "put shared/ beside the checkout or set GAZETTE_DATA" },
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
