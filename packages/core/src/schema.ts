import type * as Ajv2020Module from "ajv/dist/2020.js";
import type { Ajv2020, CodeOptions, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type formatsModule from "ajv-formats";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import { escapePointer } from "./front-matter.js";
import { linearRegExp } from "./linear-regexp.js";
import { hintMessage, PARSE_MESSAGES, type ParseMessage, type ParseMessageId } from "./parse-messages.js";

/** A front-matter value that does not satisfy `template.schema.json`, and where to show it. */
export interface SchemaIssue {
  message: ParseMessage;
  /** JSON Pointer of the key or value to report at; "" is the front matter as a whole. */
  pointer: string;
  /** Report at the key (unknown keys, missing children) or at the value. */
  part: "key" | "value";
  /** The known key or allowed value nearest to what is written there (a "did you mean"). */
  replacement?: string;
}

type SchemaObject = Record<string, unknown>;

/**
 * Annotation keywords the schemas carry for editors: hints, what each enum value means, and the
 * Chinese of a `title` and a `description` (`x-titles`, `x-descriptions`, by locale) and of the
 * enum values' meanings.
 */
export const ANNOTATION_KEYWORDS = ["x-hint", "x-enumDescriptions", "x-titles", "x-descriptions", "x-enumDescriptions-zh-CN", "x-enumDescriptions-zh-TW"] as const;

export interface AjvOptions {
  verbose?: boolean;
  strictTypes?: boolean;
  allowUnionTypes?: boolean;
  /** Check each schema against its meta-schema as it is compiled (ajv's default). */
  validateSchema?: boolean;
  code?: CodeOptions;
}

const requireHere = createRequire(import.meta.url);

/**
 * An ajv instance for draft 2020-12 with formats and Tactful's annotation keywords. ajv is
 * loaded on the first call: the validators compiled at build time need only its runtime.
 */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const { Ajv2020: Ajv } = requireHere("ajv/dist/2020.js") as typeof Ajv2020Module;
  // ajv-formats is CommonJS: `module.exports` is the plugin, and so is its `default` property.
  const formats = requireHere("ajv-formats") as typeof formatsModule;
  const ajv = new Ajv({
    code: { ...options.code, regExp: linearRegExp },
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: options.strictTypes ?? true,
    allowUnionTypes: options.allowUnionTypes ?? false,
    validateSchema: options.validateSchema ?? true,
    verbose: options.verbose ?? false,
  });
  formats.default(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["string", "object"] });
  return ajv;
}

/** How the template schema is compiled, at build time and, when that validator is missing or stale, at run time. */
export const TEMPLATE_VALIDATOR_OPTIONS = { verbose: true } as const;

/**
 * What a validator compiled at build time must have been compiled from: this schema (or the
 * key of a meta-schema ajv ships), with these options, with this ajv. A validator of another
 * schema (the schema changed, the build step did not run) is not used.
 */
export function validatorDigest(schema: unknown, options: AjvOptions): string {
  const ajvVersion = (requireHere("ajv/package.json") as { version: string }).version;
  return createHash("sha256").update(JSON.stringify([schema, options, ajvVersion])).digest("hex");
}

/** The digest the template schema's validator is compiled under. */
export const templateValidatorDigest = (): string => validatorDigest(templateSchema, TEMPLATE_VALIDATOR_OPTIONS);

/**
 * A validator compiled at build time (ajv's standalone code, written by
 * scripts/compile-validators.mjs into dist/generated/), when it was compiled from what the
 * digest says; undefined otherwise, and the caller compiles at run time. Compiling the template
 * schema and the meta-schema of variables' schemas was most of a one-file lint's start.
 */
export function precompiledValidator(name: string, digest: string): ValidateFunction | undefined {
  let module: { digest?: unknown; default?: unknown };
  try {
    module = requireHere(`./generated/${name}.cjs`) as typeof module;
  } catch {
    return undefined;
  }
  if (module.digest !== digest || typeof module.default !== "function") return undefined;
  return (module.default as (regExp: typeof linearRegExp) => ValidateFunction)(linearRegExp);
}

let validator: ValidateFunction | undefined;

function validateTemplate(data: unknown): ErrorObject[] {
  validator ??= precompiledValidator("template-validator", templateValidatorDigest()) ?? createAjv(TEMPLATE_VALIDATOR_OPTIONS).compile(templateSchema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** Validates front matter data against the template schema; every issue, each at its key or value. */
export function checkTemplateSchema(data: unknown): SchemaIssue[] {
  const errors = validateTemplate(data);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  // An anyOf that fails reports every branch; keep its most telling branch error only.
  const anyOfPaths = errors.filter((error) => error.keyword === "anyOf").map((error) => error.schemaPath);
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "propertyNames") continue;
    const under = anyOfPaths.find((path) => error.schemaPath.startsWith(`${path}/`));
    if (under) {
      const siblings = errors.filter((other) => other.schemaPath.startsWith(`${under}/`) && other.instancePath === error.instancePath);
      const best = siblings.find((other) => other.keyword === "enum") ?? siblings[0];
      if (best !== error) continue;
    } else if (error.keyword === "anyOf") {
      if (errors.some((other) => other.schemaPath.startsWith(`${error.schemaPath}/`))) continue;
    }
    const issue = describe(error);
    const key = `${issue.pointer}|${JSON.stringify(issue.message)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describe(error: ErrorObject): SchemaIssue {
  const path = error.instancePath;
  const name = fieldName(path);
  const parent = (error.parentSchema ?? {}) as SchemaObject;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(params["missingProperty"]);
      const condition = conditionOf(error.schemaPath);
      const missingName = fieldName(`${path}/${escapePointer(missing)}`);
      if (condition) {
        return { message: { id: "requiredWhen", data: { name: missingName, condition: condition.said } }, pointer: condition.pointer, part: "value" };
      }
      return { message: { id: "missingKey", data: { name: missingName } }, pointer: path, part: "key" };
    }
    case "additionalProperties": {
      const extra = String(params["additionalProperty"]);
      const known = Object.keys((parent["properties"] ?? {}) as SchemaObject);
      const guess = closest(extra, known);
      const hint: ParseMessage | string = guess ? { id: "didYouMean", data: { guess } } : known.length > 0 ? { id: "knownKeys", data: { keys: known.join(", ") } } : "";
      const message: ParseMessage = path === "" ? { id: "unknownKey", data: { key: extra, hint } } : { id: "unknownKeyIn", data: { key: extra, parent: name, hint } };
      return { message, pointer: `${path}/${escapePointer(extra)}`, part: "key", ...(guess ? { replacement: guess } : {}) };
    }
    case "false schema": {
      const condition = conditionOf(error.schemaPath);
      const message: ParseMessage = condition ? { id: "notAllowedWhen", data: { name, condition: condition.said } } : { id: "notAllowedHere", data: { name } };
      return { message, pointer: path, part: "key" };
    }
    case "enum": {
      const allowed = (params["allowedValues"] as unknown[]).map((value) => String(value));
      const guess = typeof error.data === "string" ? closest(error.data, allowed) : null;
      return { message: { id: "notOneOf", data: { name, allowed: allowed.join(", "), got: show(error.data) } }, pointer: path, part: "value", ...(guess ? { replacement: guess } : {}) };
    }
    case "const":
      return { message: { id: "notConst", data: { name, value: show(params["allowedValue"]) } }, pointer: path, part: "value" };
    case "type": {
      const expected = String(params["type"])
        .split(",")
        .map((type): ParseMessage | string => (Object.hasOwn(PARSE_MESSAGES, `type.${type}`) ? { id: `type.${type}` as ParseMessageId } : type))
        .reduce((first, second) => ({ id: "typeEither", data: { first, second } }));
      return { message: { id: "wrongType", data: { name, expected, got: show(error.data) } }, pointer: path, part: "value" };
    }
    case "pattern": {
      const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
      const hint = typeof parent["x-hint"] === "string" ? hintMessage(parent["x-hint"]) : ({ id: "textMatching", data: { pattern: String(params["pattern"]) } } as const);
      if (propertyName !== undefined) {
        return { message: { id: name === "variables" ? "variableNameInvalid" : "keyInvalid", data: { key: propertyName, hint } }, pointer: `${path}/${escapePointer(propertyName)}`, part: "key" };
      }
      return { message: { id: "patternMismatch", data: { name, hint, got: show(error.data) } }, pointer: path, part: "value" };
    }
    default:
      return { message: { id: "schemaOther", data: { name: name || { id: "theFrontMatter" }, detail: error.message ?? "is not valid" } }, pointer: path, part: "value" };
  }
}

/** `/variables/name/maxLength` → `variables.name.maxLength` */
function fieldName(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

/**
 * For an error inside `allOf/N/then` or `else`, the condition of its `if` in words
 * ("channel is email") and where the condition's value is, so the finding points at it.
 */
function conditionOf(schemaPath: string): { said: ParseMessage; pointer: string } | null {
  const match = /^#\/allOf\/(\d+)\/(then|else)\//.exec(schemaPath);
  if (!match) return null;
  const branch = (templateSchema.allOf as SchemaObject[])[Number(match[1])];
  const test = branch?.["if"] as SchemaObject | undefined;
  const found = findConst(test, "");
  if (!found) return null;
  return { said: { id: match[2] === "then" ? "conditionIs" : "conditionIsNot", data: { field: fieldName(found.pointer), value: String(found.value) } }, pointer: found.pointer };
}

function findConst(schema: SchemaObject | undefined, pointer: string): { pointer: string; value: unknown } | null {
  if (!schema) return null;
  if ("const" in schema) return { pointer, value: schema["const"] };
  const properties = (schema["properties"] ?? {}) as Record<string, SchemaObject>;
  for (const [key, child] of Object.entries(properties)) {
    const found = findConst(child, `${pointer}/${escapePointer(key)}`);
    if (found) return found;
  }
  return null;
}

function show(value: unknown): ParseMessage | string {
  if (value === undefined) return { id: "nothing" };
  return typeof value === "string" ? `\`${value}\`` : JSON.stringify(value) ?? String(value);
}

/** The known name nearest to a misspelt one (edit distance ≤ 2, or a case-insensitive match). */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === word.toLowerCase()) return candidate;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  // Optimal string alignment: an adjacent transposition (maxLenght → maxLength) is one edit.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current.push(value);
    }
    twoBack = previous;
    previous = current;
  }
  return previous[b.length]!;
}
