import { idLocation } from "../library.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { libraryMember } from "../util/library-member.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "duplicate" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Each (id, locale, channel) names one template in a library",
      url: docsUrl("unique-template-id"),
      source: "template format v1: (id, locale, channel) is unique in a library; a release bundle serves templates by it",
      recommended: "error",
      group: "structure",
      scope: "library",
    },
    messages: {
      duplicate: "Another template has the same id `{{ id }}`, locale {{ locale }} and channel {{ channel }}: {{ others }}. A release serves templates by (id, locale, channel), so one of them would never be sent.",
    },
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
