import { describe, expect, it } from "vitest";
import { yamlContext } from "../src/yaml-context.js";

/** The context at the `|` in `source` (which is removed). */
function at(source: string): ReturnType<typeof yamlContext> {
  const lines = source.split("\n");
  const line = lines.findIndex((text) => text.includes("|"));
  const character = lines[line]!.indexOf("|");
  lines[line] = lines[line]!.replace("|", "");
  return yamlContext(lines, line, character);
}

describe("yamlContext", () => {
  it("reads a top-level key or value being typed", () => {
    expect(at("id: x\nchan|")).toEqual({ path: [], kind: "key", prefix: "chan", siblings: ["id"] });
    expect(at("id: x\nchannel: s|\nlocale: zh-CN")).toEqual({ path: [], kind: "value", key: "channel", prefix: "s", siblings: ["id", "locale"] });
  });

  it("follows block mappings by indentation", () => {
    expect(at("send:\n  window: x\n  max|")).toMatchObject({ path: ["send"], kind: "key", prefix: "max", siblings: ["window"] });
    expect(at("variables:\n  amount:\n    type: number\n    role: |")).toMatchObject({ path: ["variables", "amount"], kind: "value", key: "role", prefix: "" });
  });

  it("follows flow mappings on the line", () => {
    expect(at("sender: { name: 示例金融, role: c| }")).toMatchObject({ path: ["sender"], kind: "value", key: "role", prefix: "c" });
    expect(at("variables:\n  amount: { type: number, r| }")).toMatchObject({ path: ["variables", "amount"], kind: "key", prefix: "r", siblings: ["type"] });
    expect(at('sender: { name: "a, b: c", |')).toMatchObject({ path: ["sender"], kind: "key", siblings: ["name"] });
  });

  it("reads sequence items, block or flow", () => {
    expect(at("examples:\n  - { name: typical, data: { days: 3, | } }")).toMatchObject({ path: ["examples", "[]", "data"], kind: "key", siblings: ["days"] });
    expect(at("examples:\n  - name: typical\n    data:\n      days: 3\n      |")).toMatchObject({ path: ["examples", "[]", "data"], kind: "key", siblings: ["days"] });
    expect(at("examples:\n  - name: typical\n    desc|\n  - name: longest")).toMatchObject({ path: ["examples", "[]"], kind: "key", prefix: "desc", siblings: ["name"] });
    expect(at("examples:\n  - name: a\n  - |")).toMatchObject({ path: ["examples", "[]"], kind: "key", siblings: [] });
  });
});
