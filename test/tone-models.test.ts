import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("the learned readers of the shipped packs", () => {
  // Training again cross-validates over folds of whole corpora: minutes, not seconds.
  it.each([
    ["us", "US-TONE-THREAT-READER"],
    ["cn", "CN-TONE-THREAT-READER"],
  ])("%s: hold the weights their corpora train, none edited by hand, none left behind when a corpus changed", (pack, reader) => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/train-tone-model.mjs"), `packages/policies/packs/${pack}.yaml`, "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Each reader says how it did on the corpora it did not see.
    expect(run.stdout).toMatch(new RegExp(`${reader}: \\d+ messages .*\\n(?: {2}unseen .*\\n)+ {2}pooled: P 0\\.\\d\\d R 0\\.\\d\\d`, "u"));
  }, 600_000);
});
