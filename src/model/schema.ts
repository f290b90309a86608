/** Runtime schema of the DocumentRecord, checked in tests and at the edges (API input, store read-back). */
import { z } from "zod";
import { SCHEMA_VERSION, type DocumentRecord } from "./record.js";

const offset = z.number().int().nonnegative();
const span = { start: offset, end: offset, text: z.string() };

const token = z.object({
  ...span,
  form: z.string().optional(),
  part: z.number().int().nonnegative().optional(),
  lemma: z.string().optional(),
  upos: z.string().optional(),
  feats: z.string().optional(),
  head: z.number().int().min(-1).optional(),
  deprel: z.string().optional(),
});

const sentence = z.object({
  ...span,
  tokens: z.array(token),
  paragraph: z.number().int().nonnegative().optional(),
  role: z.enum(["headline", "dateline", "body"]).optional(),
});

const mention = z.object({
  ...span,
  sentence: z.number().int().nonnegative(),
  kind: z.enum(["name", "title", "pronoun", "nominal"]).optional(),
  producedBy: z.string().optional(),
});

const entity = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.enum(["PER", "ORG", "GPE", "LOC", "MISC"]),
  country: z.string().length(3).optional(),
  actor: z.string().optional(),
  role: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  mentions: z.array(mention),
  producedBy: z.string().optional(),
});

const time = z.object({
  ...span,
  sentence: z.number().int().nonnegative(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  value: z.string(),
  mod: z.string().optional(),
  anchor: z.string().optional(),
  producedBy: z.string().optional(),
});

const actor = z.object({
  entity: z.string().optional(),
  actor: z.string(),
  country: z.string().optional(),
  text: z.string().optional(),
});

const quote = z.object({
  ...span,
  sentence: z.number().int().nonnegative(),
  kind: z.enum(["direct", "indirect"]),
  speaker: z.string().optional(),
  speakerText: z.string().optional(),
  cue: z.object(span).optional(),
  producedBy: z.string().optional(),
});

const event = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{2,4}$/),
  rootCode: z.string().regex(/^\d{2}$/),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number().min(-10).max(10),
  plover: z.string().optional(),
  source: actor.optional(),
  target: actor.optional(),
  date: z.string().optional(),
  place: z
    .object({
      name: z.string(),
      country: z.string().optional(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      entity: z.string().optional(),
    })
    .optional(),
  modality: z.enum(["occurred", "planned", "intended", "negated", "hypothetical", "reported"]),
  background: z.boolean().optional(),
  confidence: z.number().min(0).max(1),
  mentions: z.array(mention),
  producedBy: z.string().optional(),
});

export const documentRecordSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2,3}$/),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  dateline: z
    .object({ ...span, place: z.string().optional(), source: z.string().optional(), date: z.string().optional() })
    .optional(),
  text: z.string(),
  sentences: z.array(sentence),
  entities: z.array(entity),
  times: z.array(time),
  quotes: z.array(quote),
  events: z.array(event),
  producedBy: z.record(z.string(), z.string()),
});

/** Checks shape and the invariant that every span's text is the slice of `text` it points to. */
export function validateRecord(value: unknown): DocumentRecord {
  const record = documentRecordSchema.parse(value) as DocumentRecord;
  const problems: string[] = [];
  const check = (where: string, s: { start: number; end: number; text: string }, exact = true) => {
    if (s.end < s.start || s.end > record.text.length) problems.push(`${where}: span ${s.start}-${s.end} out of range`);
    else if (exact && record.text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text does not match its span`);
  };
  record.sentences.forEach((s, i) => {
    check(`sentence ${i}`, s);
    s.tokens.forEach((t, j) => {
      check(`sentence ${i} token ${j}`, t);
      if (t.start < s.start || t.end > s.end) problems.push(`sentence ${i} token ${j}: outside its sentence`);
      if (t.head !== undefined && t.head >= s.tokens.length) problems.push(`sentence ${i} token ${j}: head out of range`);
    });
  });
  record.entities.forEach((e) => e.mentions.forEach((m, j) => check(`entity ${e.id} mention ${j}`, m)));
  record.times.forEach((t, i) => check(`time ${i}`, t));
  record.quotes.forEach((q, i) => check(`quote ${i}`, q));
  record.events.forEach((e) => e.mentions.forEach((m, j) => check(`event ${e.id} mention ${j}`, m)));
  if (problems.length) throw new Error(`invalid record: ${problems.slice(0, 5).join("; ")}`);
  return record;
}
