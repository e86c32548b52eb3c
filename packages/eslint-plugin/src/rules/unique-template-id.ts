import type { Catalog } from "@tactful/core";
import { idLocation } from "../library.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { libraryMember } from "../util/library-member.js";
import { ruleMessages } from "../util/report.js";

const MESSAGES = {
  duplicate: {
    en: "Another template has the same id `{{ id }}`, locale {{ locale }} and channel {{ channel }}: {{ others }}.\nA release serves templates by (id, locale, channel), so one of them would never be sent.",
    "zh-CN": "另一模板的 id `{{ id }}`、语言 {{ locale }} 和渠道 {{ channel }} 与此相同：{{ others }}。\n发布时按（id、语言、渠道）选取模板，其中一个将永远不会被发送。",
    "zh-TW": "另一範本的 id `{{ id }}`、語言 {{ locale }} 和管道 {{ channel }} 與此相同：{{ others }}。\n發布時依（id、語言、管道）選取範本，其中一個將永遠不會被發送。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "duplicate" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Each (id, locale, channel) names one template in a library",
      descriptions: { "zh-CN": "模板库中每组（id、语言、渠道）只对应一个模板", "zh-TW": "範本庫中每組（id、語言、管道）只對應一個範本" },
      url: docsUrl("unique-template-id"),
      source: "template format v1: (id, locale, channel) is unique in a library; a release bundle serves templates by it",
      recommended: "error",
      group: "structure",
      scope: "library",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    return {
      Template() {
        const member = libraryMember(context);
        if (!member) return;
        const { id, locale, channel } = member.identity;
        const same = member.peers.filter((peer) => peer.identity.locale === locale && peer.identity.channel === channel).map((peer) => peer.path);
        if (same.length === 0) return;
        context.report({ loc: idLocation(member.document), messageId: "duplicate", data: { id, locale, channel, others: same.sort().join(", ") } });
      },
    };
  },
};

export default rule;
