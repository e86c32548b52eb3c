import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../src/json-error.js";

describe("jsonErrorOffset", () => {
  it.each([
    ["not json", 1],
    ['{"a":1', 6],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['{"text":"x"} extra', 13],
    ['{"text":"x\u0001"}', 10],
    ['{"a":tru}', 8],
    ['"unterminated', 13],
    ['{"text":"\\q"}', 10],
    ['{"a":"\\u12g4"}', 10],
    ["01", 1],
    ["", 0],
  ])("finds where %j stops being JSON: %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("finds nothing wrong with JSON, and does not guess for nesting deeper than the stack", () => {
    expect(jsonErrorOffset('{"text":"好","n":[1,2.5e3,-0,true,null,{}],"s":"\\u4F60\\n"}')).toBeUndefined();
    expect(jsonErrorOffset(`${"[".repeat(200_000)}x`)).toBeUndefined();
  });
});
