import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { convertibleCharacters, normalize } from "../src/tone/normalize.js";
import { patternAnchors } from "../src/tone/pattern-anchors.js";
import type { PreparedTone } from "../src/tone/prepared.js";

const core = fileURLToPath(new URL("..", import.meta.url));
const built = join(core, "dist");
const table = (): PreparedTone => JSON.parse(readFileSync(join(built, "generated", "tone.json"), "utf8")) as PreparedTone;

/** What the built modules, copied with a table of this content, make of a term, a pattern and a text holding one convertible character. */
function derivedWith(content: (prepared: PreparedTone) => PreparedTone): { form: string; anchors: unknown; simplified: string } {
  // Inside the package, so that its dependencies resolve from the copy.
  const copy = mkdtempSync(join(core, ".prepared-"));
  try {
    cpSync(built, copy, { recursive: true });
    writeFileSync(join(copy, "generated", "tone.json"), JSON.stringify(content(table())));
    const script = `
      const { preparedForm, preparedAnchors } = await import("./tone/prepared.js");
      const { normalize } = await import("./tone/normalize.js");
      const form = preparedForm("上门", "zh", () => "derived");
      const anchors = preparedAnchors(/上门(?:催收|拜访)/giu, () => ["derived"]) ?? null;
      console.log(JSON.stringify({ form, anchors, simplified: normalize("還款", { language: "zh" }).text }));`;
    return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: copy, encoding: "utf8" })) as ReturnType<typeof derivedWith>;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("what the build derives from the built-in packs' strings", () => {
  it("holds what the normaliser and the anchor reader give, and the characters OpenCC can change", () => {
    const prepared = table();
    expect(Object.keys(prepared.forms.zh).length).toBeGreaterThan(1000);
    expect(Object.keys(prepared.forms.en).length).toBeGreaterThan(1000);
    for (const language of ["zh", "en"] as const) {
      for (const [text, form] of Object.entries(prepared.forms[language])) expect(form, text).toBe(normalize(text, { language }).text);
    }
    for (const [key, anchors] of Object.entries(prepared.anchors)) {
      const slash = key.indexOf("/");
      expect(anchors ?? undefined, key).toEqual(patternAnchors(new RegExp(key.slice(slash + 1), key.slice(0, slash))));
    }
    expect(prepared.convertible).toEqual([...convertibleCharacters()!].sort());
  });

  it("is used by the code that derived it", () => {
    const found = derivedWith((prepared) => ({ ...prepared, forms: { ...prepared.forms, zh: { 上门: "from the table" } }, anchors: { "giu/上门(?:催收|拜访)": ["from the table"] }, convertible: ["说"] }));
    // Trusted as it stands: a table that said 還 cannot convert would leave it unconverted.
    expect(found).toEqual({ form: "from the table", anchors: ["from the table"], simplified: "還款" });
  });

  it("is not used by other code (a changed normaliser, OpenCC, regexpp or Unicode version): everything is derived at run time", () => {
    // A table that says 還 cannot convert, under another key: were it used, 還款 would stay as it is.
    const found = derivedWith((prepared) => ({ ...prepared, key: "0".repeat(64), forms: { zh: { 上门: "stale" }, en: {} }, anchors: { "giu/上门(?:催收|拜访)": ["stale"] }, convertible: ["说"] }));
    expect(found).toEqual({ form: "derived", anchors: ["derived"], simplified: "还款" });
  });
});
