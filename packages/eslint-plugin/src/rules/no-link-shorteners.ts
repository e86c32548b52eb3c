import { PLACEHOLDER, type Catalog } from "@tactful/core";
import { citationText } from "@tactful/policies";
import { isRecord, pointer } from "../util/front-matter-values.js";
import { sectionSourcesOf } from "../util/pack-sources.js";
import { docsUrl, policyVisitor, type TemplateRule } from "../util/rule.js";
import { ruleMessages } from "../util/report.js";

/**
 * A link: `https://host/path`, or a bare `host/path` (a bare host needs a path to count as a
 * link). Not inside an ASCII word, an email address or another link's path (CJK text may
 * touch it). An output (U+FFFC) may
 * stand in the path: `https://bit.ly/{{ code }}`.
 */
const LINK = new RegExp(
  String.raw`(?<![a-z0-9@._\-/])(?:(https?):\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?)(?::[0-9]{1,5})?((?:[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%${PLACEHOLDER}]*)?)`,
  "giu",
);

/** Punctuation that ends a sentence or a Markdown construct rather than the link. */
const TRAILING = /[.,;:!?'"*_]+$/u;

export interface FoundLink {
  index: number;
  text: string;
  host: string;
}

/** The links in a text, each with where it is and its host (lower case). */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const [whole, scheme, host, path = ""] = match;
    if (!scheme && !path.startsWith("/")) continue;
    let link = whole;
    for (;;) {
      const trimmed = link.replace(TRAILING, "");
      // A `)` closes the link only when the link has no `(` of its own (Markdown `[x](url)`).
      const unbalanced = trimmed.endsWith(")") && (trimmed.match(/\(/gu)?.length ?? 0) < (trimmed.match(/\)/gu)?.length ?? 0);
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
      if (next === link) break;
      link = next;
    }
    links.push({ index: match.index, text: link, host: host!.toLowerCase() });
  }
  return links;
}

/** The shortener domain a host is, or is under, or null. */
export function shortenerOf(host: string, domains: readonly string[]): string | null {
  for (const domain of domains) {
    const wanted = domain.toLowerCase();
    if (host === wanted || host.endsWith(`.${wanted}`)) return domain;
  }
  return null;
}

const MESSAGES = {
  inText: {
    en: "`{{ link }}` is a link on the public shortener {{ domain }}: use a link on your own domain.\nCarriers reject or filter public short links, and a link that hides where it leads looks like phishing. Source: {{ source }}.",
    "zh-CN": "“{{ link }}”使用了公共短链接服务 {{ domain }}：请改用自有域名的链接。\n运营商会拦截或过滤公共短链接，隐藏真实去向的链接也容易被当作钓鱼链接。依据：{{ source }}。",
    "zh-TW": "「{{ link }}」使用了公共短網址服務 {{ domain }}：請改用自有網域的連結。\n電信業者會攔截或過濾公共短網址，隱藏真實去向的連結也容易被視為釣魚連結。依據：{{ source }}。",
  },
  inValue: {
    en: "{{ what }} of `{{ name }}` is a link on the public shortener {{ domain }}: use your own domain.\nMessages rendered with `{{ link }}` would carry a short link that carriers filter and borrowers cannot tell from phishing. Source: {{ source }}.",
    "zh-CN": "变量 `{{ name }}` 的示例值使用了公共短链接服务 {{ domain }}：请改用自有域名。\n用“{{ link }}”生成的消息会带有短链接，易被运营商过滤，也难与钓鱼链接区分（{{ what }}）。依据：{{ source }}。",
    "zh-TW": "變數 `{{ name }}` 的範例值使用了公共短網址服務 {{ domain }}：請改用自有網域。\n以「{{ link }}」產生的訊息會帶有短網址，易遭電信業者過濾，也難與釣魚連結區分（{{ what }}）。依據：{{ source }}。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "inText" | "inValue" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "No links on public URL shorteners",
      descriptions: { "zh-CN": "不得使用公共短链接服务的链接", "zh-TW": "不得使用公共短網址服務的連結" },
      url: docsUrl("no-link-shorteners"),
      get source() {
        return sectionSourcesOf("linkShorteners", (pack) => pack.linkShorteners.sources);
      },
      recommended: "error",
      group: "channel",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const { document } = sourceCode;
    return policyVisitor(sourceCode, (pack) => {
      if (pack.linkShorteners.domains.length === 0) return;
      const { domains } = pack.linkShorteners;
      const source = citationText(pack, pack.linkShorteners.sources);

      // Links in the subject, title and body.
      for (const segment of document.prose) {
        for (const link of findLinks(segment.text)) {
          const domain = shortenerOf(link.host, domains);
          if (!domain) continue;
          context.report({
            loc: document.lines.locOf(segment.sourceRange(link.index, link.index + link.text.length)),
            messageId: "inText",
            data: { link: link.text, domain, source },
          });
        }
      }

      // Values the message would be rendered with: variables' examples and allowed values, personas' data.
      const checkValue = (value: unknown, path: string, what: string, name: string): void => {
        if (Array.isArray(value)) {
          value.forEach((item, index) => checkValue(item, `${path}/${index}`, what, name));
        } else if (isRecord(value)) {
          for (const [key, item] of Object.entries(value)) checkValue(item, `${path}${pointer(key)}`, what, name);
        } else if (typeof value === "string") {
          for (const link of findLinks(value)) {
            const domain = shortenerOf(link.host, domains);
            if (!domain) continue;
            const located = document.locate(path);
            if (!located) continue;
            context.report({ loc: document.lines.locOf(located.value), messageId: "inValue", data: { what, name, link: link.text, domain, source } });
            return;
          }
        }
      };
      const checkSchema = (schema: unknown, path: string, name: string): void => {
        if (!isRecord(schema)) return;
        if ("example" in schema) checkValue(schema["example"], `${path}/example`, "The example", name);
        if (Array.isArray(schema["examples"])) schema["examples"].forEach((value, index) => checkValue(value, `${path}/examples/${index}`, `Example #${index + 1}`, name));
        if (Array.isArray(schema["enum"])) schema["enum"].forEach((value, index) => checkValue(value, `${path}/enum/${index}`, `Allowed value #${index + 1}`, name));
        if ("const" in schema) checkValue(schema["const"], `${path}/const`, "The constant value", name);
        if ("default" in schema) checkValue(schema["default"], `${path}/default`, "The default value", name);
        checkSchema(schema["items"], `${path}/items`, `${name}[]`);
        checkSchema(schema["additionalProperties"], `${path}/additionalProperties`, `${name}.*`);
        if (isRecord(schema["properties"])) {
          for (const [key, child] of Object.entries(schema["properties"])) checkSchema(child, `${path}/properties${pointer(key)}`, `${name}.${key}`);
        }
      };
      for (const variable of document.variables.values()) checkSchema(variable.schema, pointer("variables", variable.name), variable.name);

      const data = document.data;
      const personas = isRecord(data) && Array.isArray(data["examples"]) ? data["examples"] : [];
      personas.forEach((persona: unknown, index) => {
        if (!isRecord(persona) || !isRecord(persona["data"])) return;
        const label = typeof persona["name"] === "string" ? `In persona \`${persona["name"]}\`, the value` : `In persona #${index + 1}, the value`;
        for (const [key, value] of Object.entries(persona["data"])) checkValue(value, `${pointer("examples", index, "data", key)}`, label, key);
      });
    });
  },
};

export default rule;
