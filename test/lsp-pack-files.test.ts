import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, uriOf } from "./support/lsp-client.js";

/**
 * A pack author in the editor: the language server checks a policy pack file as it is typed,
 * as `tactful pack check` does, and completes its fields from the policy schema; other YAML is
 * not Tactful's and gets nothing.
 */

const PACK = readFileSync(fileURLToPath(new URL("fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "utf8");

let workspace: string;
let client: LspClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "tactful-lsp-packs-"));
  mkdirSync(join(workspace, "policies"));
  client = await LspClient.start([workspace]);
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe("a policy pack file in the editor", () => {
  it("gets the problems `tactful pack check` finds, at their line, as it is typed, and none once they are mended", { timeout: 60_000 }, async () => {
    const uri = uriOf(join(workspace, "policies", "acme.yaml"));
    await client.open(uri, PACK.replace("      summary: Threatening a visit", "      sumary: Threatening a visit"));
    const problems = await client.diagnostics(uri);
    const line = PACK.split("\n").findIndex((text) => text.includes("summary: Threatening a visit"));
    expect(problems.map(({ code, range, message }) => ({ code, line: range.start.line, message }))).toEqual([
      { code: "missingField", line: line - 1, message: "`summary` is required here." },
      { code: "unknownFieldGuess", line, message: "Unknown field `sumary`. Did you mean `summary`?" },
    ]);
    const mended = await client.replace(uri, PACK);
    expect(await client.diagnostics(uri, mended)).toEqual([]);
    // A citation of a source the register lacks is found too, at its line.
    const miscited = await client.replace(uri, PACK.replace("        - { ref: IE-S1, articles: \"§4\" }", "        - { ref: IE-S9, articles: \"§4\" }"));
    expect((await client.diagnostics(uri, miscited)).map(({ code }) => code)).toEqual(["unknownSource"]);
    await client.close(uri);
  });

  it("completes the fields a mapping may have, from the policy schema, with what each means", { timeout: 60_000 }, async () => {
    const uri = uriOf(join(workspace, "policies", "market.yaml"));
    const text = PACK.replace("tone:\n  languages:", "tone:\n  \n  languages:");
    await client.open(uri, text);
    const line = text.split("\n").indexOf("tone:") + 1;
    const items = await client.complete(uri, { line, character: 2 });
    // The fields `tone` may have that it does not have yet.
    expect(items.map((item) => item.label)).toEqual(["adopt"]);
    expect(String(items.find((item) => item.label === "adopt")!.documentation)).toMatch(/^Another pack's tone entries of a language/u);
    await client.close(uri);
  });

  it("leaves other YAML alone: no diagnostics, no completion", { timeout: 60_000 }, async () => {
    const uri = uriOf(join(workspace, "ci.yml"));
    await client.open(uri, "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
    expect(await client.complete(uri, { line: 2, character: 0 })).toEqual([]);
    // A pack opened after it is checked: by then the server has read the YAML file, and said nothing of it.
    const pack = uriOf(join(workspace, "policies", "after.yaml"));
    await client.open(pack, PACK);
    await client.diagnostics(pack);
    expect(client.published.filter((params) => params.uri === uri)).toEqual([]);
    await client.close(uri);
    await client.close(pack);
  });
});
