import { CHANNELS } from "@tactful/core";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkProperty, runs, suiteTimeout } from "./support/fuzz.js";
import { arbitraryBody, arbitraryFrontMatter, mutatedTemplate, SEEDS, tokenSoup } from "./support/inputs.js";
import { checkFixes, checkMessages, lint, type ConfigName } from "./support/lint-invariants.js";

/**
 * The ESLint language and every rule, with the `recommended` and `strict` configs, on hostile
 * input: whatever the file, linting ends in findings (a parse error among them) whose positions,
 * fixes and suggestions lie inside the file, and never throws.
 */

const config = fc.constantFrom<ConfigName>("recommended", "strict");
const channel = fc.constantFrom(...CHANNELS);

/** Linting a case is about 200 times the cost of parsing one. */
const LINT_RUNS = runs(200, 8);

function channelOf(seed: string): string {
  return /\.(sms|email|push)\.msg\.njk$/.exec(seed)?.[1] ?? "sms";
}

function lintAndCheck(text: string, filename: string, configName: ConfigName): void {
  checkMessages(text, lint(text, filename, configName));
}

describe("linting hostile templates", () => {
  it("mutated templates of the library and the fixtures", { timeout: suiteTimeout(LINT_RUNS) }, () => {
    checkProperty(
      "lint mutated templates",
      fc.record({ template: mutatedTemplate, config }),
      ({ template, config: configName }) => lintAndCheck(template.text, `fuzz.${channelOf(template.seed)}.msg.njk`, configName),
      LINT_RUNS,
    );
  });

  it("arbitrary front matter and bodies", { timeout: suiteTimeout(LINT_RUNS) }, () => {
    checkProperty(
      "lint arbitrary front matter",
      fc.record({ head: arbitraryFrontMatter, body: arbitraryBody, channel, config }),
      ({ head, body, channel: name, config: configName }) => lintAndCheck(head + body, `fuzz.${name}.msg.njk`, configName),
      LINT_RUNS,
    );
  });

  it("token soup under a valid front matter", { timeout: suiteTimeout(LINT_RUNS) }, () => {
    const heads = SEEDS.filter((seed) => seed.name.startsWith("templates/")).map((seed) => ({ name: seed.name, head: seed.text.slice(0, seed.text.indexOf("\n---", 3) + 5) }));
    checkProperty(
      "lint token soup",
      fc.record({ head: fc.constantFrom(...heads), body: tokenSoup, config }),
      ({ head, body, config: configName }) => lintAndCheck(head.head + body, `fuzz.${channelOf(head.name)}.msg.njk`, configName),
      LINT_RUNS,
    );
  });
});

describe("fixing hostile templates", () => {
  it("settles, keeps the BOM, never breaks a file that parsed, and leaves nothing to fix", { timeout: suiteTimeout(LINT_RUNS) }, () => {
    checkProperty(
      "fix mutated templates",
      fc.record({ template: mutatedTemplate, config }),
      ({ template, config: configName }) => checkFixes(template.text, `fuzz.${channelOf(template.seed)}.msg.njk`, configName),
      LINT_RUNS,
    );
  });

  it("on every template of the library and every fixture", { timeout: suiteTimeout(SEEDS.length) }, () => {
    SEEDS.forEach((seed, index) => checkFixes(seed.text, `fuzz.${channelOf(seed.name)}.msg.njk`, index % 2 === 0 ? "recommended" : "strict"));
  });
});
