/** The OpenAPI 3.1 document, generated from the routes' own zod schemas (JSON Schema 2020-12, as 3.1 uses). */
import { z } from "zod";
import { analyzeBody } from "./request-schemas.js";
import { namedSchemas } from "./response-schemas.js";
import type { AnyRoute } from "./route.js";

type JsonSchema = Record<string, unknown>;

const COMPONENT = "#/components/schemas/";

function components(): { schemas: Record<string, JsonSchema>; names: Map<z.ZodType, string> } {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodType, string>();
  for (const [id, schema] of [...namedSchemas, ["AnalyzeRequest", analyzeBody] as [string, z.ZodType]]) {
    registry.add(schema, { id });
    names.set(schema, id);
  }
  const generated = z.toJSONSchema(registry, { uri: (id) => COMPONENT + id, target: "draft-2020-12", io: "output", unrepresentable: "any" }).schemas;
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(generated)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    schemas[id] = rest;
  }
  // Request bodies are described as clients send them (before defaults and coercion).
  const { $schema: _s, ...input } = z.toJSONSchema(analyzeBody, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  schemas.AnalyzeRequest = input;
  return { schemas, names };
}

const inline = (schema: z.ZodType) => {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = inline(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description !== undefined && { description }), schema: rest };
  });
}

export function openApiDocument(routes: AnyRoute[], version: string): JsonSchema {
  const { schemas, names } = components();
  const ref = (schema: z.ZodType) => (names.has(schema) ? { $ref: COMPONENT + names.get(schema) } : inline(schema));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, JsonSchema> = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      const types = spec.contentTypes ?? ["application/json"];
      responses[status] = {
        description: spec.description,
        content: Object.fromEntries(types.map((type) => [type, spec.schema ? { schema: ref(spec.schema) } : { schema: { type: "string" } }])),
      };
    }
    (paths[path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description && { description: route.description }),
      tags: [route.tag],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body && { requestBody: { required: true, content: { "application/json": { schema: ref(route.body) } } } }),
      ...(route.write && { security: [{ token: [] }, {}] }),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "gazette",
      version,
      description: "Who did what to whom, when and where: the events, actors, quotes and articles of a gazette corpus. Errors are JSON: {\"error\": {\"code\", \"message\", \"hint\"}}.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas,
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "the value of GAZETTE_TOKEN, needed by write endpoints when the server has one" } },
    },
  };
}
