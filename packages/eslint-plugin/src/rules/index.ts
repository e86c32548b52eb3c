import aprDisclosure from "./apr-disclosure.js";
import consistentLocaleVariants from "./consistent-locale-variants.js";
import debtCollectorDisclosure from "./debt-collector-disclosure.js";
import noAbusiveLanguage from "./no-abusive-language.js";
import noFalseCreditClaims from "./no-false-credit-claims.js";
import noFalseLegalClaims from "./no-false-legal-claims.js";
import noHiddenText from "./no-hidden-text.js";
import noLinkShorteners from "./no-link-shorteners.js";
import noMarketingOptOutInService from "./no-marketing-opt-out-in-service.js";
import noMisleadingMarketing from "./no-misleading-marketing.js";
import noPressureTactics from "./no-pressure-tactics.js";
import noThirdPartyDisclosure from "./no-third-party-disclosure.js";
import noThreats from "./no-threats.js";
import noUndeclaredVariables from "./no-undeclared-variables.js";
import noUnsafeTemplateCode from "./no-unsafe-template-code.js";
import noUnusedVariables from "./no-unused-variables.js";
import optOutInstruction from "./opt-out-instruction.js";
import piiMasking from "./pii-masking.js";
import recipientIdentification from "./recipient-identification.js";
import requiredDisclosures from "./required-disclosures.js";
import sendWindow from "./send-window.js";
import senderIdentification from "./sender-identification.js";
import smsEncoding from "./sms-encoding.js";
import smsLength from "./sms-length.js";
import uniqueTemplateId from "./unique-template-id.js";
import validExamples from "./valid-examples.js";
import validFrontMatter from "./valid-front-matter.js";
import { speakingLocale, withAdvisoryMessages } from "../util/report.js";

/** Every rule, by name. */
export const rules = {
  "apr-disclosure": aprDisclosure,
  "consistent-locale-variants": consistentLocaleVariants,
  "debt-collector-disclosure": debtCollectorDisclosure,
  "no-abusive-language": noAbusiveLanguage,
  "no-false-credit-claims": noFalseCreditClaims,
  "no-false-legal-claims": noFalseLegalClaims,
  "no-hidden-text": noHiddenText,
  "no-link-shorteners": noLinkShorteners,
  "no-marketing-opt-out-in-service": noMarketingOptOutInService,
  "no-misleading-marketing": noMisleadingMarketing,
  "no-pressure-tactics": noPressureTactics,
  "no-third-party-disclosure": noThirdPartyDisclosure,
  "no-threats": noThreats,
  "no-undeclared-variables": noUndeclaredVariables,
  "no-unsafe-template-code": noUnsafeTemplateCode,
  "no-unused-variables": noUnusedVariables,
  "opt-out-instruction": optOutInstruction,
  "pii-masking": piiMasking,
  "recipient-identification": recipientIdentification,
  "required-disclosures": requiredDisclosures,
  "send-window": sendWindow,
  "sender-identification": senderIdentification,
  "sms-encoding": smsEncoding,
  "sms-length": smsLength,
  "unique-template-id": uniqueTemplateId,
  "valid-examples": validExamples,
  "valid-front-matter": validFrontMatter,
};

// Any finding may carry the advisory marker of its level and the locale it speaks (see util/report.ts).
for (const rule of Object.values(rules)) {
  if (rule.meta) Object.assign(rule.meta, { messages: withAdvisoryMessages(rule.meta.messages ?? {}) });
  speakingLocale(rule as unknown as Parameters<typeof speakingLocale>[0]);
}
