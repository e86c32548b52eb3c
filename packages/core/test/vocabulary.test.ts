import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIENCES, CATEGORIES, CHANNELS, ROLES, SENDER_ROLES } from "../src/index.js";

/**
 * The template schema is where channels, categories, audiences and roles are listed; the code
 * reads them from it. The other published schemas must stand alone (an editor loads one file),
 * so they write the lists again: each must be the template schema's, whole and in its order,
 * or a pack, a release or a report would accept a value templates do not (or refuse one they do).
 */

const VOCABULARIES = { channel: CHANNELS, category: CATEGORIES, audience: AUDIENCES, "sender role": SENDER_ROLES, role: ROLES } as const;

/** Every `enum` of a schema, with its JSON pointer. */
function enumsOf(schema: unknown, pointer = ""): Array<{ pointer: string; values: unknown[] }> {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => enumsOf(item, `${pointer}/${index}`));
  if (typeof schema !== "object" || schema === null) return [];
  const own = Array.isArray((schema as { enum?: unknown }).enum) ? [{ pointer, values: (schema as { enum: unknown[] }).enum }] : [];
  return [...own, ...Object.entries(schema).flatMap(([key, value]) => enumsOf(value, `${pointer}/${key}`))];
}

const schema = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../schemas/${name}`, import.meta.url), "utf8"));

describe("the lists of channels, categories, audiences and roles", () => {
  for (const name of ["policy.schema.json", "release.schema.json", "lint-report.schema.json"]) {
    it(`are the template schema's wherever ${name} lists them`, () => {
      const found: string[] = [];
      for (const { pointer, values } of enumsOf(schema(name))) {
        for (const [vocabulary, words] of Object.entries(VOCABULARIES)) {
          // Two words in common make it that list: "email" alone is also a kind of personal number.
          if (values.filter((value) => (words as readonly unknown[]).includes(value)).length < 2) continue;
          expect(values, `${name}#${pointer} lists the ${vocabulary}s`).toEqual([...words]);
          found.push(vocabulary);
        }
      }
      if (name === "policy.schema.json") expect(new Set(found)).toEqual(new Set(Object.keys(VOCABULARIES)));
    });
  }
});
