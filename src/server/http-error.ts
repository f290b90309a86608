/**
 * Errors as JSON: `{ "error": { "code", "message", "hint" } }`, with the HTTP status that fits the
 * catalogue code. Anything that is not a GazetteError is a bug: logged whole, answered without details.
 */
import { z } from "zod";
import { gazetteError, isGazetteError, type GazetteError } from "../errors.js";

const STATUS: Record<string, number> = {
  E400: 400, E401: 401, E404: 404, E405: 404, E413: 413, E415: 415, E420: 400,
  // Input the library refuses: the client's to fix.
  E110: 400, E111: 400, E112: 413, E113: 422, E114: 422, E120: 400, E121: 400, E122: 400,
  // A URL to analyse: refused by the address rules, or the remote side failed.
  E210: 400, E211: 502, E212: 413, E213: 504, E214: 422, E215: 502, E216: 502, E217: 400, E220: 422,
  // The store.
  E201: 503, E202: 507, E205: 503,
};

export function statusOf(error: GazetteError): number {
  return STATUS[error.code] ?? 500;
}

export function errorBody(error: GazetteError) {
  return { error: { code: error.code, message: error.message, hint: error.hint } };
}

export function errorResponse(error: unknown, log: (line: string) => void = (line) => console.error(line)): Response {
  let known: GazetteError;
  if (isGazetteError(error)) known = error;
  else {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    known = gazetteError("E499", { reason: "see the server's log" });
  }
  return Response.json(errorBody(known), { status: statusOf(known) });
}

/** The first problem zod found, as the catalogue's E400 sentence. */
export function validationError(error: z.ZodError, where: string, value: unknown): GazetteError {
  const issue = error.issues[0];
  if (issue.code === "unrecognized_keys") {
    return gazetteError("E400", { where, name: issue.keys[0], reason: "unknown parameter" });
  }
  const name = issue.path.length ? issue.path.join(".") : "(body)";
  const given = issue.path.length && value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[issue.path[0]] : value;
  const reason = given === undefined && issue.code !== "custom" ? "required" : issue.message;
  return gazetteError("E400", { where, name, reason });
}
