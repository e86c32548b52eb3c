import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };

/** The parts of the template schema an editor reads. */
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
  examples?: unknown[];
  "x-enumDescriptions"?: Record<string, string>;
  "x-hint"?: string;
}

const root = templateSchema as Schema & { $defs: Record<string, Schema> };

function resolve(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 8; depth++) current = root.$defs[current.$ref.replace("#/$defs/", "")];
  return current;
}

/** The schema of the front matter at a key path (`[]` for a sequence item), or undefined. */
export function schemaAt(path: readonly string[]): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const key of path) {
    schema = resolve(schema);
    if (!schema) return undefined;
    if (key === "[]") schema = schema.items;
    else schema = schema.properties?.[key] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
  }
  return resolve(schema);
}
