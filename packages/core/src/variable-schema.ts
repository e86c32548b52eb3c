import type { FuncKeywordDefinition, ValidateFunction } from "ajv/dist/2020.js";
import type { DataValidateFunction, RegExpEngine } from "ajv/dist/types/index.js";
import { createAjv, precompiledValidator, validatorDigest } from "./schema.js";

/**
 * Variables' JSON Schemas, compiled the one way the linter and the renderer share: draft
 * 2020-12 with formats; unknown keywords are errors except Tactful's annotations (`role`,
 * `pii`, `example`); a keyword without its `type` and union types are allowed, as JSON Schema
 * allows them.
 */
export type CompiledSchema = { ok: true; validate: ValidateFunction } | { ok: false; reason: string };

const TACTFUL_KEYWORDS = [{ keyword: "role", schemaType: "string" }, { keyword: "pii", schemaType: "boolean" }, { keyword: "example" }] as const;

/** The longest string a `pattern` is matched against when its schema gives no `maxLength`. */
export const PATTERN_INPUT_LIMIT = 1000;

/** How variables' schemas are compiled, and the meta-schema they are checked against first. */
export const VARIABLE_SCHEMA_OPTIONS = { strictTypes: false, allowUnionTypes: true } as const;

/** The meta-schema a variable's schema is checked against: draft 2020-12, as ajv ships it. */
export const META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

let ajv: ReturnType<typeof createAjv> | undefined;

/** Compiles without checking against the meta-schema: `checkMetaSchema` did, with a validator compiled at build time. */
function variableAjv(): ReturnType<typeof createAjv> {
  if (!ajv) {
    ajv = createAjv({ ...VARIABLE_SCHEMA_OPTIONS, validateSchema: false });
    for (const definition of TACTFUL_KEYWORDS) ajv.addKeyword({ ...definition });
    ajv.removeKeyword("pattern");
    ajv.addKeyword(boundedPattern(ajv.opts.code.regExp));
  }
  return ajv;
}

/** Whether a string has more than `limit` code points (what `maxLength` counts), counting no further than needed. */
function longerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (const _character of text) if (++count > limit) return true;
  return false;
}

/**
 * `pattern` for data that may come from anyone. Matching costs the string's length times the
 * pattern's size (RE2 is linear, not free: `[a-z]{1,1000}$` on 100 KB takes seconds), so a
 * string longer than its schema's `maxLength` is not matched (`maxLength` already fails it),
 * and without a `maxLength` one longer than `PATTERN_INPUT_LIMIT` fails unmatched.
 */
function boundedPattern(regExp: RegExpEngine): FuncKeywordDefinition {
  return {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    errors: true,
    compile(pattern: string, parentSchema) {
      const expression = regExp(pattern, "u");
      const maxLength = typeof parentSchema["maxLength"] === "number" ? (parentSchema["maxLength"] as number) : undefined;
      const limit = maxLength ?? PATTERN_INPUT_LIMIT;
      const validate: DataValidateFunction = (data) => {
        const text = data as string;
        if (longerThan(text, limit)) {
          if (maxLength !== undefined) return true;
          validate.errors = [{ keyword: "pattern", message: `must NOT have more than ${PATTERN_INPUT_LIMIT} characters to be matched against pattern "${pattern}"`, params: { pattern, limit } }];
          return false;
        }
        if (expression.test(text)) return true;
        validate.errors = [{ keyword: "pattern", message: `must match pattern "${pattern}"`, params: { pattern } }];
        return false;
      };
      return validate;
    },
  };
}

/**
 * Compiled schemas by what they validate: an editor relinting a file, a renderer serving many
 * messages, or a lint of a library whose variables differ only in their examples and
 * descriptions compiles each once.
 */
const cache = new Map<string, CompiledSchema>();
const MAX_CACHED = 1000;

/**
 * Keywords of a variable's schema that only annotate it. Their values never change what the
 * schema accepts, only their JSON types can (ajv refuses a `description` that is not a
 * string): the cache key keeps the type and drops the value.
 */
const ANNOTATIONS = ["example", "examples", "description", "title", "role", "pii"];

function validationKey(schema: Record<string, unknown>): string {
  const keyed: Record<string, unknown> = { ...schema };
  for (const keyword of ANNOTATIONS) {
    if (!Object.prototype.hasOwnProperty.call(keyed, keyword)) continue;
    const value = keyed[keyword];
    keyed[keyword] = { annotation: value === null ? "null" : Array.isArray(value) ? "array" : typeof value };
  }
  return JSON.stringify(keyed);
}

let metaSchema: ValidateFunction | undefined;

/**
 * Throws as ajv does for a schema its meta-schema rejects. Compiling the meta-schema took longer
 * than the rest of a one-file lint's schema work: it is compiled at build time
 * (scripts/compile-validators.mjs) with these options, and at run time only when that
 * validator is missing or stale, by an ajv without Tactful's keywords: the meta-schema's own
 * patterns (on `$id` and anchors, which the template schema does not allow in a variable) are
 * matched by the linear engine without the input bound of `boundedPattern`. A schema that names
 * another meta-schema is ajv's to check.
 */
function checkMetaSchema(instance: ReturnType<typeof createAjv>, schema: Record<string, unknown>): void {
  if ("$schema" in schema) {
    instance.validateSchema(schema, true);
    return;
  }
  metaSchema ??= precompiledValidator("variable-meta-schema-validator", validatorDigest(META_SCHEMA, VARIABLE_SCHEMA_OPTIONS)) ?? createAjv(VARIABLE_SCHEMA_OPTIONS).getSchema(META_SCHEMA)!;
  if (!metaSchema(schema)) throw new Error(`schema is invalid: ${instance.errorsText(metaSchema.errors)}`);
}

export function compileVariableSchema(schema: Record<string, unknown>): CompiledSchema {
  const key = validationKey(schema);
  const cached = cache.get(key);
  if (cached) return cached;
  const instance = variableAjv();
  let result: CompiledSchema;
  try {
    checkMetaSchema(instance, schema);
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
