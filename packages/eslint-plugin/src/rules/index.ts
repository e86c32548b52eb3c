import aprDisclosure from "./apr-disclosure.js";
import debtCollectorDisclosure from "./debt-collector-disclosure.js";
import noLinkShorteners from "./no-link-shorteners.js";
import noMarketingOptOutInService from "./no-marketing-opt-out-in-service.js";
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
import validExamples from "./valid-examples.js";
import validFrontMatter from "./valid-front-matter.js";

/** Every rule, by name. */
export const rules = {
  "apr-disclosure": aprDisclosure,
  "debt-collector-disclosure": debtCollectorDisclosure,
  "no-link-shorteners": noLinkShorteners,
  "no-marketing-opt-out-in-service": noMarketingOptOutInService,
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
  "valid-examples": validExamples,
  "valid-front-matter": validFrontMatter,
};
