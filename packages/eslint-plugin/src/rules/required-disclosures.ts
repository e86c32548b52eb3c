import { entrySummary, AUDIENCES, CATEGORIES, CHANNELS, ROLES, SENDER_ROLES, type Catalog } from "@tactful/core";
import { citationText, type Disclosure, type Role } from "@tactful/policies";
import { applicable, disclosureOf, frontMatterUsable, LIMIT_MESSAGE, messageCoverage, messageLocation } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf, describeRole } from "../util/roles.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";

export interface Options {
  /** Roles an organisation requires on top of its policy pack. */
  require?: Array<{ roles: Role[]; category?: string[]; audience?: string[]; channel?: string[]; senderRole?: string[]; reason?: string }>;
}

const MESSAGES = {
  missing: {
    en: "Missing disclosure: {{ what }}.\nRole `{{ role }}`: no output of a variable with that role and no text that states it. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "缺少必要披露：{{ what }}。\n角色 `{{ role }}`：既没有输出该角色的变量，也没有写明它的文字。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "缺少必要揭露事項：{{ what }}。\n角色 `{{ role }}`：既沒有輸出該角色的變數，也沒有寫明它的文字。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  missingInBranch: {
    en: "{{ what }} is disclosed in some branches of this `if` but not in all.\nRole `{{ role }}`. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "此 `if` 只有部分分支披露了{{ what }}。\n角色 `{{ role }}`。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "此 `if` 只有部分分支揭露了{{ what }}。\n角色 `{{ role }}`。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: "missing" | "missingInBranch" | "tooComplex" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "The disclosures the policy requires for the template's category, audience and channel appear on every path through the message",
      descriptions: { "zh-CN": "政策对模板类别、受众和渠道要求的披露内容，须出现在信息的每一条分支中", "zh-TW": "政策對範本類別、對象和管道要求的揭露內容，須出現在訊息的每一條分支中" },
      url: docsUrl("required-disclosures"),
      get source() {
        return sourcesOf((pack) => pack.disclosures);
      },
      recommended: "error",
      group: "disclosure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          require: {
            description: "Roles your organisation requires on top of the policy pack, for the templates the conditions select.",
            type: "array",
            items: {
              type: "object",
              required: ["roles"],
              additionalProperties: false,
              properties: {
                roles: { type: "array", items: { enum: ROLES }, minItems: 1 },
                category: { type: "array", items: { enum: CATEGORIES } },
                audience: { type: "array", items: { enum: AUDIENCES } },
                channel: { type: "array", items: { enum: CHANNELS } },
                senderRole: { type: "array", items: { enum: SENDER_ROLES } },
                reason: { type: "string" },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ require: [] }],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const locale = localeOf(context);
    const [options] = context.options;
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const pack = sourceCode.policy;
        const organisation: Disclosure[] = (options.require ?? []).map((entry, index) => ({
          id: `organisation-${index + 1}`,
          summary: entry.reason ?? "required by your organisation's configuration.",
          when: { category: entry.category, audience: entry.audience, channel: entry.channel, senderRole: entry.senderRole } as Disclosure["when"],
          roles: entry.roles,
          sources: [],
          confidence: "high",
          severity: "block",
        }));
        const entries = [...(pack ? applicable(sourceCode, pack.disclosures) : []), ...applicable(sourceCode, organisation)];
        const checked = new Set<string>();
        for (const entry of entries) {
          const source = pack && entry.sources.length > 0 ? citationText(pack, entry.sources) : "organisation configuration";
          for (const required of entry.roles) {
            // Alternatives: disclosing any one of them is enough.
            const roles: readonly Role[] = Array.isArray(required) ? required : [required];
            const key = roles.join("|");
            if (checked.has(key)) continue;
            checked.add(key);
            const result = messageCoverage(sourceCode, roles.flatMap((role) => disclosureOf(sourceCode, role)));
            if (result.always) continue;
            const what = anyOf(roles.map((role) => describeRole(role, locale)), locale);
            // The first alternative names the role: a finding's data keeps one role, as readers of reports expect.
            const data = { what, role: roles[0]!, entry: entry.id, summary: entrySummary(entry, locale), source };
            if (result.limit) {
              context.report({ loc: result.limit.loc, messageId: "tooComplex" });
            } else if (result.partial.length > 0) {
              for (const node of result.partial) reportForEntry(context, { loc: node.loc, messageId: "missingInBranch", data }, entry);
            } else {
              reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missing", data }, entry);
            }
          }
        }
      },
    };
  },
};

export default rule;
