import { stringify } from "yaml";
import { translator, type Catalog, type Locale, type VariableDeclaration } from "@tactful/core";
import { enumMeaning, schemaAt } from "./schema.js";

const roles = schemaAt(["variables", "*", "role"]);

/** The words around a variable's summary, by id (its type, role and schema are as declared). */
export const MESSAGES = {
  anyType: { en: "any type", "zh-CN": "任意类型", "zh-TW": "任意型別" },
  role: { en: "role {role}", "zh-CN": "角色 {role}", "zh-TW": "角色 {role}" },
  personalData: { en: "personal data", "zh-CN": "个人信息", "zh-TW": "個人資料" },
  carries: { en: "Carries {meaning}.", "zh-CN": "内容：{meaning}。", "zh-TW": "內容：{meaning}。" },
} as const satisfies Catalog;

/** A variable as a writer wants to see it: a one-line summary and its whole declaration. */
export function describeVariable(variable: VariableDeclaration, locale: Locale = "en"): { summary: string; markdown: string } {
  const say = translator(MESSAGES, locale);
  const { schema, role, pii } = variable;
  const type = Array.isArray(schema["type"]) ? (schema["type"] as string[]).join(" | ") : typeof schema["type"] === "string" ? schema["type"] : say("anyType");
  const parts = [type, ...(role ? [say("role", { role })] : []), ...(pii ? [say("personalData")] : [])];
  const summary = parts.join(" · ");
  const lines = [`**${variable.name}** — ${summary}`];
  const meaning = role ? enumMeaning(roles, role, locale) : undefined;
  if (meaning) lines.push("", say("carries", { meaning }));
  if (typeof schema["description"] === "string") lines.push("", schema["description"]);
  lines.push("", "```yaml", stringify({ [variable.name]: schema }).trimEnd(), "```");
  return { summary, markdown: lines.join("\n") };
}
