import { createHash } from "node:crypto";
import type { ChangeObject } from "diff";
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { PUSH_LIMITS, type Message } from "@tactful/renderer";
import { EMAIL_STYLE, SCRIPT, STYLE } from "./assets.js";
import type { Report, ReportChanges, ReportExample, ReportFinding, ReportTemplate, TemplateChange } from "./collect.js";
import { textIn, type ReportLanguage, type TextId } from "./text.js";

/** A piece of the page: an element, text (escaped when written), or nothing. */
type Child = ElementContent | string | null | undefined;
type Text = (id: TextId, values?: Record<string, string | number>) => string;

/** Unchanged source lines shown around a change; longer unchanged runs are folded. */
const CONTEXT_LINES = 3;

function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * Nothing is loaded and nothing runs but the page's own style and script, allowed by hash; a
 * sandboxed email frame inherits the policy. Links still work when followed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${hashSource(SCRIPT)}`,
  `style-src ${hashSource(STYLE)} ${hashSource(EMAIL_STYLE)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The report as one HTML page. Every piece of template text and data is a text node or an
 * attribute value of a syntax tree, escaped when the tree is written: none is ever HTML but an
 * email's body, which is the renderer's sanitized HTML, shown in a sandboxed frame.
 */
export function reportHtml(report: Report, options: { language: ReportLanguage; generatedAt: Date }): string {
  const t = textIn(options.language);
  const anchors = new Map(report.templates.map((template, index) => [template.key, `template-${index + 1}`]));
  const release = report.identity.release;
  const title = release ? t("titleRelease", { sequence: release.sequence }) : t("titleDraft");
  const sections: Array<[string, string]> = [
    ["sign-off", t("signOff")],
    ["release", t("identity")],
    ...(report.changes ? [["changes", t("changes", { sequence: report.changes.since.sequence })] as [string, string]] : []),
    ["templates", t("templates")],
  ];
  const page = h("html", { lang: options.language }, [
    h("head", [
      h("meta", { charSet: "utf-8" }),
      h("meta", { httpEquiv: "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }),
      h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      h("meta", { name: "referrer", content: "no-referrer" }),
      h("title", `${title} — ${report.library}`),
      h("style", STYLE),
    ]),
    h("body", [
      h("a.skip", { href: "#templates" }, t("skip")),
      h("header.page", [h("h1", title), h("p", `${t("library")}: ${report.library} · ${t("generated")}: ${options.generatedAt.toISOString()}`)]),
      h("nav.contents", { ariaLabel: t("contents") }, [h("ul", sections.map(([id, label]) => h("li", [h("a", { href: `#${id}` }, label)])))]),
      h("main", [signOff(report, t), identity(report, t), report.changes ? changes(report.changes, anchors, t) : null, templates(report, anchors, t)]),
      h("footer.page", [h("p", t("footer", { tool: report.identity.tool.name, version: report.identity.tool.version }))]),
      h("script", SCRIPT),
    ]),
  ]);
  const root: Root = { type: "root", children: [{ type: "doctype" }, page] };
  return `${toHtml(root)}\n`;
}

function section(id: string, heading: string, children: Child[]): Element {
  return h("section", { id, ariaLabelledBy: `${id}-heading` }, [h("h2", { id: `${id}-heading` }, heading), ...children]);
}

function facts(entries: Array<[string, Child | Child[]]>): Element {
  return h(
    "dl.facts",
    entries.flatMap(([term, value]) => [h("dt", term), h("dd", Array.isArray(value) ? value : [value])]),
  );
}

function signOff(report: Report, t: Text): Element {
  const release = report.identity.release;
  if (!release) return section("sign-off", t("signOff"), [h("p.notice", t("draftNotice"))]);
  return section("sign-off", t("signOff"), [h("p", [h("strong", t("bundleHash"))]), h("p", [h("code.hash", { id: "bundle-hash" }, release.hash)]), h("p.meta", t("bundleHashHelp"))]);
}

function identity(report: Report, t: Text): Element {
  const { release, tool, plugin, policies, configs, errors, warnings } = report.identity;
  return section("release", t("identity"), [
    facts([
      [t("sequence"), release ? String(release.sequence) : t("notRelease")],
      [t("createdAt"), release ? release.createdAt : t("notRelease")],
      [t("keyId"), release ? (release.keyId ? h("code", release.keyId) : t("unsigned")) : t("notRelease")],
      [t("tool"), `${tool.name} ${tool.version} · ${plugin.name} ${plugin.version}`],
      [
        t("policies"),
        h(
          "ul",
          policies.map((pack) =>
            h("li", [
              [`${pack.id} ${pack.version}`, ...(pack.overlays ?? []).map((overlay) => t("overlay", { name: overlay.name, version: overlay.version }))].join(" · "),
              // What an overlay relaxed in the law, for the reviewer to approve with the release.
              ...(pack.overlays?.some((overlay) => overlay.waives.length > 0) ? [h("ul", pack.overlays.flatMap((overlay) => overlay.waives.map((waiver) => h("li", t("overlayWaives", { entry: waiver.entry, reason: waiver.reason })))))] : []),
            ]),
          ),
        ),
      ],
      [t("configurations"), h("ul", configs.map((use) => h("li", t("configUse", { config: use.config, count: use.templates }))))],
      [t("lintSummary"), t("lintCounts", { errors, warnings })],
    ]),
  ]);
}

function changes(report: ReportChanges, anchors: ReadonlyMap<string, string>, t: Text): Element {
  const { since } = report;
  const link = (key: string): Child => (anchors.has(key) ? h("a", { href: `#${anchors.get(key)!}` }, key) : key);
  const list = (keys: readonly string[], entry: (key: string) => Child): Child => (keys.length === 0 ? h("p", t("none")) : h("ul", keys.map((key) => h("li", [entry(key)]))));
  return section("changes", t("changes", { sequence: since.sequence }), [
    facts([
      [t("previousRelease"), `${since.name} · ${t("sequence")} ${since.sequence} · ${since.createdAt}`],
      [t("keyId"), since.keyId ? h("code", since.keyId) : t("unsigned")],
      [t("bundleHash"), h("code", since.hash)],
    ]),
    h("h3", t("added")),
    list(report.added, link),
    h("h3", t("removed")),
    list(report.removed, (key) => key),
    h("h3", t("changed")),
    list(
      report.changed.map((change) => change.key),
      (key) => h("a", { href: `#${changeAnchor(anchors, key)}` }, key),
    ),
    ...report.changed.map((change) => changeDetail(change, anchors, t)),
  ]);
}

function changeAnchor(anchors: ReadonlyMap<string, string>, key: string): string {
  return `change-${anchors.get(key) ?? "template"}`;
}

function changeDetail(change: TemplateChange, anchors: ReadonlyMap<string, string>, t: Text): Element {
  const id = changeAnchor(anchors, change.key);
  return h("section.change", { id, ariaLabelledBy: `${id}-heading` }, [
    h("h3", { id: `${id}-heading` }, [h("a", { href: `#${anchors.get(change.key)!}` }, change.key)]),
    h("h4", t("sourceDiff")),
    sourceDiff(change.source, t),
    ...change.examples.flatMap((example) => [
      h("h4", [t("exampleDiff", { name: example.name }), example.status === "changed" ? null : ` (${t(example.status === "added" ? "exampleNew" : "exampleGone")})`]),
      h("p.diff-text", { lang: change.locale }, inlineDiff(example.diff, t)),
    ]),
  ]);
}

/** A line diff, each line marked as in a unified diff; long unchanged runs are folded. */
function sourceDiff(parts: readonly ChangeObject<string>[], t: Text): Element {
  const lines: Child[] = [];
  for (const part of parts) {
    const text = part.value.endsWith("\n") ? part.value.slice(0, -1) : part.value;
    const partLines = text.split("\n");
    if (part.added || part.removed) {
      const [tag, mark, label] = part.added ? (["ins", "+", t("insertion")] as const) : (["del", "-", t("deletion")] as const);
      for (const line of partLines) lines.push(h(`${tag}.line`, [h("span.sr-only", `${label} `), `${mark} ${line}`]));
      continue;
    }
    const folded = partLines.length > CONTEXT_LINES * 2 + 1;
    const shown = folded ? [...partLines.slice(0, CONTEXT_LINES), undefined, ...partLines.slice(-CONTEXT_LINES)] : partLines;
    for (const line of shown) {
      lines.push(line === undefined ? h("span.line.skipped", t("unchangedLines", { count: partLines.length - CONTEXT_LINES * 2 })) : h("span.line", `  ${line}`));
    }
  }
  return h("pre.diff", lines);
}

function inlineDiff(parts: readonly ChangeObject<string>[], t: Text): Child[] {
  return parts.map((part) => {
    if (part.added) return h("ins", [h("span.sr-only", `${t("insertion")} `), part.value]);
    if (part.removed) return h("del", [h("span.sr-only", `${t("deletion")} `), part.value]);
    return part.value;
  });
}

function templates(report: Report, anchors: ReadonlyMap<string, string>, t: Text): Element {
  const changeOf = (template: ReportTemplate): string | undefined => {
    if (!report.changes) return undefined;
    if (report.changes.added.includes(template.key)) return t("added");
    return report.changes.changed.some((change) => change.key === template.key) ? t("changed") : t("unchanged");
  };
  const channels = [...new Set(report.templates.map((template) => template.channel).filter((channel) => channel !== undefined))].sort();
  const columns: TextId[] = ["id", "locale", "channel", "category", "audience", "sender", "version", "findings", "waivers", ...(report.changes ? (["change"] as const) : [])];
  const rows = report.templates.map((template) => {
    const anchor = anchors.get(template.key)!;
    const searchable = [template.id, template.locale, template.channel, template.category, template.audience, template.sender, template.path].filter(Boolean).join(" ").toLowerCase();
    const change = changeOf(template);
    return h("tr", { dataTemplate: anchor, dataChannel: template.channel ?? "", dataFlagged: String(template.findings.length + template.waivers.length > 0), dataSearch: searchable }, [
      h("th", { scope: "row" }, [h("a", { href: `#${anchor}` }, template.id ?? template.path)]),
      h("td", template.locale ?? ""),
      h("td", template.channel ?? ""),
      h("td", template.category ?? ""),
      h("td", template.audience ?? ""),
      h("td", template.sender ?? ""),
      h("td.number", template.version === undefined ? "" : String(template.version)),
      h("td.number", String(template.findings.length)),
      h("td.number", String(template.waivers.length)),
      change === undefined ? null : h("td", change),
    ]);
  });
  return section("templates", t("templates"), [
    h("form#filters.filters", { hidden: true, role: "search", ariaLabel: t("filter") }, [
      h("label", [t("search"), h("input#filter-words", { type: "search", autoComplete: "off" })]),
      h("label", [t("channel"), h("select#filter-channel", [h("option", { value: "" }, t("allChannels")), ...channels.map((channel) => h("option", { value: channel }, channel))])]),
      h("label.check", [h("input#filter-flagged", { type: "checkbox" }), t("flaggedOnly")]),
      h("p#filter-status", { role: "status", dataText: t("shownCount") }),
    ]),
    h("table#template-index", [
      h("caption.sr-only", t("templates")),
      h("thead", [h("tr", columns.map((column) => h("th", { scope: "col" }, t(column))))]),
      h("tbody", rows),
    ]),
    ...report.templates.map((template) => templateArticle(template, anchors.get(template.key)!, t)),
  ]);
}

function templateArticle(template: ReportTemplate, anchor: string, t: Text): Element {
  const heading = `${anchor}-heading`;
  const lang = template.locale;
  return h("article.template", { id: anchor, ariaLabelledBy: heading }, [
    h("h3", { id: heading }, template.id ? `${template.id} · ${template.locale ?? ""} · ${template.channel ?? ""}` : template.path),
    facts([
      [t("path"), h("code", template.path)],
      [t("category"), template.category ?? ""],
      [t("audience"), template.audience ?? ""],
      [t("sender"), template.sender ? h("span", { lang }, template.sender) : ""],
      [t("version"), template.version === undefined ? "" : String(template.version)],
      [t("sha256"), h("code", createHash("sha256").update(template.source, "utf8").digest("hex"))],
    ]),
    h("h4", t("findings")),
    findings(template.findings, t),
    h("h4", t("waivers")),
    template.waivers.length === 0
      ? h("p", t("noWaivers"))
      : h("table.waivers", [
          h("thead", [h("tr", [t("line"), t("directive"), t("rule"), t("reason"), t("suppressed")].map((label) => h("th", { scope: "col" }, label)))]),
          h(
            "tbody",
            template.waivers.map((waiver) =>
              h("tr", [
                h("td.number", String(waiver.line)),
                h("td", h("code", waiver.directive)),
                h("td", waiver.rules.length > 0 ? waiver.rules.join(", ") : t(waiver.refused === "needsRules" ? "noRules" : "allRules")),
                h("td", waiver.reason ? { lang } : {}, waiver.reason || t("noReason")),
                h("td.number", String(waiver.suppressed)),
              ]),
            ),
          ),
        ]),
    template.problems.length > 0 ? h("div", [h("p.error-text", t("notRendered")), h("ul", template.problems.map((problem) => h("li", problem)))]) : null,
    template.worstCase ? h("h4", t("worstCase")) : null,
    template.worstCase
      ? h("div.example.worst-case", [
          smsBubble(template.worstCase.text, lang),
          h("p.meta", smsMeasure(template.worstCase.measurement, t)),
          template.worstCase.bounded ? null : h("p.meta", t("worstCaseUnbounded")),
        ])
      : null,
    template.examples.length > 0 ? h("h4", t("examples")) : null,
    ...template.examples.map((example) => exampleBlock(example, lang, t)),
  ]);
}

function findings(list: readonly ReportFinding[], t: Text): Element {
  if (list.length === 0) return h("p", t("noFindings"));
  return h("table.findings", [
    h("thead", [h("tr", [t("line"), t("level"), t("reason"), t("rule"), t("legalSource")].map((label) => h("th", { scope: "col" }, label)))]),
    h(
      "tbody",
      list.map((finding) =>
        h("tr", [
          h("td.number", `${finding.line}:${finding.column}`),
          h("td", { className: finding.severity === 2 ? "level-error" : "level-warning" }, t(finding.severity === 2 ? "error" : "warning")),
          h("td", [h("p", finding.message), finding.description ? h("p.meta", finding.description) : null]),
          h("td", finding.ruleId === null ? "" : finding.url && /^https?:\/\//.test(finding.url) ? h("a", { href: finding.url, rel: "noreferrer" }, finding.ruleId) : finding.ruleId),
          h("td", finding.source ?? ""),
        ]),
      ),
    ),
  ]);
}

function exampleBlock(example: ReportExample, lang: string | undefined, t: Text): Element {
  return h("div.example", { dataExample: example.name }, [
    h("h5", example.name),
    example.description ? h("p.meta", { lang }, example.description) : null,
    ...(example.message ? rendered(example.message, example.name, lang, t) : [h("p.error-text", `${t("exampleFails")} ${example.error ?? ""}`)]),
  ]);
}

function smsBubble(text: string, lang: string | undefined): Element {
  return h("div.phone", [h("div.bubble", { lang }, text)]);
}

function smsMeasure(measurement: { encoding: string; segments: number; length: number; perSegment: number }, t: Text): string {
  return t("smsMeasure", { encoding: measurement.encoding, segments: measurement.segments, length: measurement.length, perSegment: measurement.perSegment });
}

/** A message as its customer sees it: an SMS bubble, an email's subject and body, a notification as the lock screen cuts it. */
function rendered(message: Message, name: string, lang: string | undefined, t: Text): Child[] {
  switch (message.channel) {
    case "sms":
      return [smsBubble(message.text, lang), h("p.meta.sms-measure", smsMeasure(message, t))];
    case "email":
      return [
        h("div.email", [
          h("div.subject", [h("strong", `${t("subject")}: `), h("span", { lang }, message.subject)]),
          h("iframe", { sandbox: "", srcDoc: emailDocument(message.html, lang), title: t("emailFrame", { name }) }),
        ]),
      ];
    case "push": {
      const cut = (text: string, limit: number): string => ([...text].length > limit ? `${[...text].slice(0, limit).join("")}…` : text);
      const parts = [message.truncated.title ? t("pushTitle") : "", message.truncated.body ? t("pushBody") : ""].filter(Boolean);
      return [
        h("div.lock", { role: "group", ariaLabel: t("lockScreen") }, [
          h("div.notification", { lang }, [h("div.title", cut(message.title, PUSH_LIMITS.title)), h("div.body", cut(message.body, PUSH_LIMITS.body))]),
        ]),
        parts.length === 0 ? h("p.meta", t("lockScreenWhole")) : h("p.meta", t("lockScreenCuts", { parts: parts.join(t("and")) })),
        parts.length === 0 ? null : h("div.full", { lang }, [h("strong", message.title), "\n", message.body]),
      ];
    }
  }
}

/** The frame's document: the renderer's sanitized HTML, as sent; the frame's sandbox lets nothing in it run. */
function emailDocument(html: string, lang: string | undefined): string {
  const body: Element = h("body", []);
  body.children.push({ type: "raw", value: html } as unknown as ElementContent);
  const document: Root = { type: "root", children: [{ type: "doctype" }, h("html", { lang }, [h("head", [h("meta", { charSet: "utf-8" }), h("style", EMAIL_STYLE)]), body])] };
  return toHtml(document, { allowDangerousHtml: true });
}
