import policySchema from "@tactful/schemas/policy.schema.json" with { type: "json" };
import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };

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
  "x-enumDescriptions"?: Record<string, string>;
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
