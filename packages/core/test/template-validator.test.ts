import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv/dist/2020.js";
import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearRegExp } from "../src/linear-regexp.js";
import { createAjv, TEMPLATE_VALIDATOR_OPTIONS, templateValidatorDigest, validatorDigest } from "../src/schema.js";
import { META_SCHEMA, VARIABLE_SCHEMA_OPTIONS } from "../src/variable-schema.js";

/**
 * The template schema's validator and the meta-schema variables' schemas are checked against
 * are compiled at build time; each must judge exactly as one compiled at run time.
 */
type Built = { digest: string; default: (regExp: typeof linearRegExp) => ValidateFunction };
const builtValidator = (name: string): Built => createRequire(import.meta.url)(`../dist/generated/${name}.cjs`) as Built;
const built = builtValidator("template-validator");
const precompiled = built.default(linearRegExp);
const compiled = createAjv(TEMPLATE_VALIDATOR_OPTIONS).compile(templateSchema);

const errorsOf = (validate: ValidateFunction, data: unknown): unknown => (validate(data) ? [] : validate.errors);

/** Front matter near the schema: its keys with values of every kind, some right and many wrong. */
const value = fc.oneof(
  fc.constantFrom("sms", "email", "push", "zh-CN", "en-US", "CN", "collection", "borrower", "creditor", "09:00-20:00", "notice.due", "Bad Id", ""),
  fc.integer({ min: -2, max: 5 }),
  fc.boolean(),
  fc.constant(null),
);
const variable = fc.dictionary(fc.constantFrom("type", "maxLength", "minimum", "pattern", "format", "role", "pii", "example", "enum", "unknown"), fc.oneof(value, fc.constantFrom("string", "number", "^[0-9]+$", "date", "(", "amount-due"), fc.array(value, { maxLength: 3 })));
const frontMatter = fc.dictionary(
  fc.constantFrom("id", "version", "channel", "locale", "jurisdiction", "category", "audience", "sender", "subject", "title", "send", "variables", "examples", "description", "extra"),
  fc.oneof(
    value,
    fc.record({ name: value, role: value, onBehalfOf: value }, { requiredKeys: [] }),
    fc.record({ window: value, maxPerDay: value }, { requiredKeys: [] }),
    fc.dictionary(fc.constantFrom("name", "amount", "due_date", "Bad-Name"), variable),
    fc.array(fc.record({ name: value, data: fc.dictionary(fc.constantFrom("name", "amount"), value) }, { requiredKeys: [] }), { maxLength: 2 }),
  ),
);

describe("the template schema's validator compiled at build time", () => {
  it("was compiled from this schema, with this ajv", () => {
    expect(built.digest).toBe(templateValidatorDigest());
  });

  it("reports exactly what a validator compiled at run time reports", () => {
    fc.assert(
      fc.property(frontMatter, (data) => {
        expect(errorsOf(precompiled, data)).toEqual(errorsOf(compiled, data));
      }),
      { numRuns: 500 },
    );
  });
});

/** Schemas as a template's variables write them, right and wrong, nested. */
const keyword = fc.constantFrom("type", "maxLength", "minimum", "pattern", "format", "enum", "const", "items", "properties", "required", "additionalProperties", "$id", "$anchor", "$ref", "allOf", "not", "role", "x-hint");
const schemaValue = fc.oneof(value, fc.constantFrom("string", "integer", "strin", "#/x", "a#b", "1bad", "^[0-9]+$"), fc.array(fc.oneof(value, fc.constantFrom("string", "number")), { maxLength: 3 }));
const { schema: variableSchema } = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof({ depthSize: "small" }, fc.boolean(), fc.dictionary(keyword, fc.oneof(schemaValue, tie("schema"), fc.dictionary(fc.constantFrom("a", "b"), tie("schema"), { maxKeys: 2 })), { maxKeys: 4 })),
}));

describe("the meta-schema of variables' schemas compiled at build time", () => {
  const builtMeta = builtValidator("variable-meta-schema-validator");
  const precompiledMeta = builtMeta.default(linearRegExp);
  const compiledMeta = createAjv(VARIABLE_SCHEMA_OPTIONS).getSchema(META_SCHEMA)!;

  it("was compiled from ajv's draft 2020-12 meta-schema, with the options variables' schemas are compiled with", () => {
    expect(builtMeta.digest).toBe(validatorDigest(META_SCHEMA, VARIABLE_SCHEMA_OPTIONS));
  });

  it("reports exactly what ajv's meta-schema check reports", () => {
    fc.assert(
      fc.property(variableSchema, (schema) => {
        expect(errorsOf(precompiledMeta, schema)).toEqual(errorsOf(compiledMeta, schema));
      }),
      { numRuns: 500 },
    );
  });
});
