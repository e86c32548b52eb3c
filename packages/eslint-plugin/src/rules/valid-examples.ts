import { closest, compileVariableSchema, type CompiledSchema, type Range, type VariableDeclaration, type Catalog } from "@tactful/core";
import { hasSchemaProblemIn, isRecord, pointer, showValue } from "../util/front-matter-values.js";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { ruleMessages } from "../util/report.js";

type Validate = Extract<CompiledSchema, { ok: true }>["validate"];
type AjvError = NonNullable<Validate["errors"]>[number];

/** ajv's errors in words: "must be >= 1", "at `.name`: must be string". */
function reasonOf(errors: readonly AjvError[] | null | undefined): string {
  const reasons = new Set<string>();
  for (const error of errors ?? []) {
    const where = error.instancePath ? `at \`${error.instancePath.slice(1).split("/").join(".")}\`: ` : "";
    const params = error.params as Record<string, unknown>;
    let what = error.message ?? "is not valid";
    if (error.keyword === "enum") what = `must be one of ${(params["allowedValues"] as unknown[]).map((value) => showValue(value)).join(", ")}`;
    else if (error.keyword === "const") what = `must be ${showValue(params["allowedValue"])}`;
    else if (error.keyword === "additionalProperties") what = `has the key \`${String(params["additionalProperty"])}\`, which the schema does not allow`;
    else if (error.keyword === "type") what = `must be ${[params["type"]].flat().join(" or ")}`;
    reasons.add(`${where}${what}`);
  }
  return [...reasons].join("; ") || "it does not match";
}

type MessageIds = "missing" | "invalid" | "uncompilable" | "personaUnknown" | "personaInvalid" | "personaDuplicate";

const MESSAGES = {
  missing: {
    en: "`{{ name }}` has no `example` or `examples`.\nPreviews, the SMS length check and the release's render-time checks need a realistic value for it.",
    "zh-CN": "`{{ name }}` 没有 `example` 或 `examples`。\n预览、短信长度检查和发布时的渲染检查都需要一个真实的示例值。",
    "zh-TW": "`{{ name }}` 沒有 `example` 或 `examples`。\n預覽、簡訊長度檢查和發布時的產生檢查都需要一個貼近真實的範例值。",
  },
  invalid: {
    en: "The {{ which }} {{ value }} of `{{ name }}` does not validate against its own schema: {{ reason }}.",
    "zh-CN": "`{{ name }}` 的示例 {{ value }} 不符合其 schema：{{ reason }}（{{ which }}）。",
    "zh-TW": "`{{ name }}` 的範例 {{ value }} 不符合其 schema：{{ reason }}（{{ which }}）。",
  },
  uncompilable: {
    en: "The schema of `{{ name }}` cannot be compiled: {{ reason }}.\nThe renderer could never validate data for it.",
    "zh-CN": "`{{ name }}` 的 schema 无法编译：{{ reason }}。\n渲染器将无法校验它的数据。",
    "zh-TW": "`{{ name }}` 的 schema 無法編譯：{{ reason }}。\n產生器將無法驗證它的資料。",
  },
  personaUnknown: {
    en: "Persona `{{ persona }}` sets `{{ key }}`, which is not a declared variable.{{ hint }}",
    "zh-CN": "示例数据集 `{{ persona }}` 设置了未声明的变量 `{{ key }}`。{{ hint }}",
    "zh-TW": "範例資料集 `{{ persona }}` 設定了未宣告的變數 `{{ key }}`。{{ hint }}",
  },
  personaInvalid: {
    en: "In persona `{{ persona }}`, the value {{ value }} of `{{ name }}` does not validate against its schema: {{ reason }}.",
    "zh-CN": "示例数据集 `{{ persona }}` 中，`{{ name }}` 的值 {{ value }} 不符合其 schema：{{ reason }}。",
    "zh-TW": "範例資料集 `{{ persona }}` 中，`{{ name }}` 的值 {{ value }} 不符合其 schema：{{ reason }}。",
  },
  personaDuplicate: {
    en: "Persona name `{{ persona }}` is already used on line {{ line }}: each persona needs its own name.",
    "zh-CN": "示例数据集名称 `{{ persona }}` 已在第 {{ line }} 行使用：每个数据集需要唯一的名称。",
    "zh-TW": "範例資料集名稱 `{{ persona }}` 已在第 {{ line }} 行使用：每個資料集需要唯一的名稱。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Every variable has an example, and every example and persona validates against the variables' schemas",
      descriptions: { "zh-CN": "每个变量都有示例值，每个示例和画像都符合变量的 schema", "zh-TW": "每個變數都有範例值，每個範例和角色設定都符合變數的 schema" },
      url: docsUrl("valid-examples"),
      source: "template format v1: examples feed previews, worst-case SMS length and the release's render-time checks",
      recommended: "error",
      group: "structure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const { document } = sourceCode;
    const at = (range: Range): ReturnType<typeof document.lines.locOf> => document.lines.locOf(range);

    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const validators = new Map<string, Validate>();

        const checkVariable = (variable: VariableDeclaration): void => {
          // A definition the template schema rejects is valid-front-matter's finding.
          if (hasSchemaProblemIn(sourceCode, () => [variable.key[0], variable.range[1]])) return;
          const { schema, name } = variable;
          const base = pointer("variables", name);
          const hasExamples = Array.isArray(schema["examples"]) && schema["examples"].length > 0;
          if (!("example" in schema) && !hasExamples) {
            context.report({ loc: at(variable.key), messageId: "missing", data: { name } });
          }
          const result = compileVariableSchema(schema);
          if (!result.ok) {
            context.report({ loc: at(variable.key), messageId: "uncompilable", data: { name, reason: result.reason } });
            return;
          }
          validators.set(name, result.validate);
          const values: Array<{ value: unknown; path: string; which: string }> = [];
          if ("example" in schema) values.push({ value: schema["example"], path: `${base}/example`, which: "example" });
          if (Array.isArray(schema["examples"])) {
            schema["examples"].forEach((value, index) => values.push({ value, path: `${base}/examples/${index}`, which: `example #${index + 1}` }));
          }
          for (const { value, path, which } of values) {
            if (result.validate(value)) continue;
            const located = document.locate(path);
            context.report({
              loc: at(located?.value ?? variable.key),
              messageId: "invalid",
              data: { which, value: showValue(value), name, reason: reasonOf(result.validate.errors) },
            });
          }
        };
        for (const variable of document.variables.values()) checkVariable(variable);

        const data = document.data;
        const personas = isRecord(data) && Array.isArray(data["examples"]) ? data["examples"] : [];
        const declared = [...document.variables.keys()];
        const seen = new Map<string, number>();
        personas.forEach((persona: unknown, index) => {
          if (!isRecord(persona)) return;
          const base = pointer("examples", index);
          const label = typeof persona["name"] === "string" ? persona["name"] : `#${index + 1}`;
          if (typeof persona["name"] === "string") {
            const nameAt = document.locate(`${base}/name`);
            const first = seen.get(persona["name"]);
            if (first !== undefined && nameAt) {
              const firstLine = at(document.locate(`${pointer("examples", first)}/name`)!.value).start.line;
              context.report({ loc: at(nameAt.value), messageId: "personaDuplicate", data: { persona: persona["name"], line: String(firstLine) } });
            } else if (nameAt) {
              seen.set(persona["name"], index);
            }
          }
          const values = persona["data"];
          if (!isRecord(values)) return;
          for (const [key, value] of Object.entries(values)) {
            const located = document.locate(`${base}/data${pointer(key)}`);
            if (!located) continue;
            const variable = document.variables.get(key);
            if (!variable) {
              const guess = closest(key, declared);
              context.report({
                loc: at(located.key ?? located.value),
                messageId: "personaUnknown",
                data: { persona: label, key, hint: guess ? ` Did you mean \`${guess}\`?` : declared.length > 0 ? ` Declared: ${declared.join(", ")}.` : "" },
              });
              continue;
            }
            const validate = validators.get(key);
            if (!validate || validate(value)) continue;
            context.report({
              loc: at(located.value),
              messageId: "personaInvalid",
              data: { persona: label, value: showValue(value), name: key, reason: reasonOf(validate.errors) },
            });
          }
        });
      },
    };
  },
};

export default rule;
