import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv/dist/2020.js";
import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearRegExp } from "../src/linear-regexp.js";
import { createAjv, TEMPLATE_VALIDATOR_OPTIONS, templateValidatorDigest } from "../src/schema.js";

/** The template schema's validator is compiled at build time; it must judge front matter exactly as one compiled at run time. */
const built = createRequire(import.meta.url)("../dist/generated/template-validator.cjs") as { digest: string; default: (regExp: typeof linearRegExp) => ValidateFunction };
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
