import { fileURLToPath } from "node:url";
import { RuleTester } from "eslint";
import { builtInPacks, citationText, type Citation, type PolicyPack } from "@tactful/policies";
import { describe, it } from "vitest";
import plugin from "../src/index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * A RuleTester for the template language. Test cases need a `.msg.njk` filename (see `template`).
 * The strict processor restores the rules' messageIds from the level marker findings carry.
 */
export function ruleTester(): RuleTester {
  return new RuleTester({ plugins: { tactful: plugin }, language: "tactful/template", processor: "tactful/strict-severity" });
}

export const FILENAME = "message.msg.njk";

/** A small pack for tests (IE, en-IE): its one tone entry, IE-TONE-BAILIFF, reports “bailiff squad”, which no built-in pack knows. */
export const ACME_PACK = fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url));

export interface TemplateSpec {
  channel?: "sms" | "email" | "push";
  locale?: string;
  jurisdiction?: string;
  category?: "collection" | "reminder" | "marketing" | "transactional";
  audience?: "borrower" | "third-party" | "customer";
  sender?: string;
  subject?: string;
  title?: string;
  send?: string;
  /** Lines under `variables:`, e.g. `name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }`. */
  variables?: string[];
  /** Lines under `examples:`. */
  examples?: string[];
  body: string;
}

/** A template's text from its parts, with defaults for a zh-CN creditor SMS reminder. */
export function template(spec: TemplateSpec): string {
  const lines = [
    "---",
    "id: test.message",
    "version: 1",
    `channel: ${spec.channel ?? "sms"}`,
    `locale: ${spec.locale ?? "zh-CN"}`,
    ...(spec.jurisdiction ? [`jurisdiction: ${spec.jurisdiction}`] : []),
    `category: ${spec.category ?? "reminder"}`,
    `audience: ${spec.audience ?? "borrower"}`,
    `sender: ${spec.sender ?? "{ name: 示例金融, role: creditor }"}`,
    ...(spec.subject !== undefined ? [`subject: ${JSON.stringify(spec.subject)}`] : []),
    ...(spec.title !== undefined ? [`title: ${JSON.stringify(spec.title)}`] : []),
    ...(spec.send ? [`send: ${spec.send}`] : []),
    ...(spec.variables && spec.variables.length > 0 ? ["variables:", ...spec.variables.map((line) => `  ${line}`)] : []),
    ...(spec.examples && spec.examples.length > 0 ? ["examples:", ...spec.examples.map((line) => `  ${line}`)] : []),
    "---",
    spec.body,
  ];
  return `${lines.join("\n")}\n`;
}

/** The line of the body's first line in a template built by `template`. */
export function bodyLine(text: string): number {
  const lines = text.split("\n");
  return lines.indexOf("---", 1) + 2;
}

/** A boolean variable for branches. */
export const FLAG = "flag: { type: boolean, example: true }";

/** Ten `if`s that change nothing: 1,024 ways through the message that all read alike. */
export const TEN_EMPTY_IFS = "{% if flag %}{% endif %}".repeat(10);

/** Where the last `{% if flag %}` of a one-line body starts, as a finding reports it. */
export function lastFlagIf(code: string): { line: number; column: number } {
  const line = bodyLine(code);
  return { line, column: code.split("\n")[line - 1]!.lastIndexOf("{% if flag %}") + 1 };
}

/** The `entry`, `summary` and `source` a finding quotes from a policy pack's entry. */
export function entryData(jurisdiction: string, section: keyof PolicyPack, id: string): { entry: string; summary: string; source: string } {
  const pack = builtInPacks.packFor(jurisdiction)!;
  const entry = (pack[section] as Array<{ id: string; summary: string; sources: Citation[] }>).find((candidate) => candidate.id === id)!;
  return { entry: entry.id, summary: entry.summary, source: citationText(pack, entry.sources) };
}
