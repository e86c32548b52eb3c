import policySchema from "@tactful/schemas/policy.schema.json" with { type: "json" };
import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import { inWritersLanguage, type Locale } from "@tactful/core";
import type { Translations } from "@tactful/policies";

/** The parts of a JSON Schema (the template's, a policy pack's) an editor reads. */
export interface Schema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  examples?: unknown[];
  /** The `title` and the `description` in Chinese. */
  "x-titles"?: Translations;
  "x-descriptions"?: Translations;
  "x-enumDescriptions"?: Record<string, string>;
  "x-enumDescriptions-zh-CN"?: Record<string, string>;
  "x-enumDescriptions-zh-TW"?: Record<string, string>;
  "x-hint"?: string;
}

export type SchemaRoot = Schema & { $defs: Record<string, Schema> };

/** The template format's front matter, and a policy pack file. */
export const TEMPLATE_SCHEMA = templateSchema as SchemaRoot;
export const POLICY_SCHEMA = policySchema as unknown as SchemaRoot;

/** The schema a reference names, with the properties of the schemas it is `allOf` merged in (a pack entry's id, summary, sources). */
function resolve(schema: Schema | undefined, root: SchemaRoot): Schema | undefined {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 8; depth++) current = root.$defs[current.$ref.replace("#/$defs/", "")];
  if (!current?.allOf) return current;
  const properties = Object.assign({}, ...current.allOf.map((part) => resolve(part, root)?.properties ?? {}), current.properties) as Record<string, Schema>;
  return { ...current, properties };
}

/** The schema at a key path (`[]` for a sequence item) of a document the root describes (the front matter by default), or undefined. */
export function schemaAt(path: readonly string[], root: SchemaRoot = TEMPLATE_SCHEMA): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const key of path) {
    schema = resolve(schema, root);
    if (!schema) return undefined;
    if (key === "[]") schema = schema.items;
    else schema = schema.properties?.[key] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
  }
  return resolve(schema, root);
}

/** A schema's title in the writer's language (`x-titles`), else in English; undefined when it has none. */
export function titleOf(schema: Schema | undefined, locale: Locale): string | undefined {
  return schema?.title === undefined ? undefined : inWritersLanguage(schema.title, schema["x-titles"], locale);
}

/** A schema's description in the writer's language (`x-descriptions`), else in English; undefined when it has none. */
export function descriptionOf(schema: Schema | undefined, locale: Locale): string | undefined {
  return schema?.description === undefined ? undefined : inWritersLanguage(schema.description, schema["x-descriptions"], locale);
}

/** What an enum value means, in the writer's language (`x-enumDescriptions-<locale>`), else in English; undefined when the schema does not say. */
export function enumMeaning(schema: Schema | undefined, value: string, locale: Locale): string | undefined {
  const english = schema?.["x-enumDescriptions"]?.[value];
  if (english === undefined) return undefined;
  const translations: Translations = {};
  for (const chinese of ["zh-CN", "zh-TW"] as const) {
    const text = schema?.[`x-enumDescriptions-${chinese}`]?.[value];
    if (text !== undefined) translations[chinese] = text;
  }
  return inWritersLanguage(english, translations, locale);
}
