import type { ValidateFunction } from "ajv/dist/2020.js";
import { createAjv } from "./schema.js";

/**
 * Variables' JSON Schemas, compiled the one way the linter and the renderer share: draft
 * 2020-12 with formats; unknown keywords are errors except Tactful's annotations (`role`,
 * `pii`, `example`); a keyword without its `type` and union types are allowed, as JSON Schema
 * allows them.
 */
export type CompiledSchema = { ok: true; validate: ValidateFunction } | { ok: false; reason: string };

const TACTFUL_KEYWORDS = [{ keyword: "role", schemaType: "string" }, { keyword: "pii", schemaType: "boolean" }, { keyword: "example" }] as const;

let ajv: ReturnType<typeof createAjv> | undefined;

function variableAjv(): ReturnType<typeof createAjv> {
  if (!ajv) {
    ajv = createAjv({ strictTypes: false, allowUnionTypes: true });
    for (const definition of TACTFUL_KEYWORDS) ajv.addKeyword({ ...definition });
  }
  return ajv;
}

/** Compiled schemas by their text: an editor relinting a file, or a renderer serving many messages, compiles each once. */
const cache = new Map<string, CompiledSchema>();
const MAX_CACHED = 1000;

export function compileVariableSchema(schema: Record<string, unknown>): CompiledSchema {
  const key = JSON.stringify(schema);
  const cached = cache.get(key);
  if (cached) return cached;
  const instance = variableAjv();
  let result: CompiledSchema;
  try {
    result = { ok: true, validate: instance.compile(schema) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, reason: message.replace(/^strict mode: /u, "").replace(/ at "#[^"]*"/u, "").replace(/ \(strict\w*\)$/u, "") };
  }
  // ajv keeps every schema it compiled; the cache above is what should grow, within bounds.
  instance.removeSchema(schema);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
