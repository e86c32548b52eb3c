import { describe, expect, it } from "vitest";
import * as guardModule from "@tactful/guard";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readmeBlock, root } from "../../../test/support/tools.js";

describe("the README's guard section", () => {
  it("imports only what @tactful/guard exports", () => {
    const block = readmeBlock("## At send time: the guard", "ts", "createGuard");
    const imported = /import \{([^}]+)\} from "@tactful\/guard"/.exec(block)![1]!.split(",").map((name) => name.trim());
    for (const name of imported) expect(guardModule, name).toHaveProperty(name);
  });

  it("lists every refusal code, and only those", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## At send time: the guard"), readme.indexOf("\n## Editor"));
    const listed = [...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!));
    expect(new Set(listed)).toEqual(new Set(Object.keys(guardModule.REASONS)));
  });
});
