import type { PreviewResult } from "@tactful/language-server/protocol";

/** What the status bar shows for a template: its text (with a codicon) and a tooltip. */
export interface Summary {
  text: string;
  tooltip: string;
  /** The worst case is over the segment budget: the item shows as a warning. */
  warning?: boolean;
}

const CHANNEL_ICONS = { sms: "$(comment)", email: "$(mail)", push: "$(bell)" } as const;

/**
 * An SMS template's worst case — the longest message it can produce, as it would be sent —
 * as `encoding · segments · length`; an email or push template's channel and examples; a
 * template that cannot be rendered, how many problems stop it.
 */
export function summarize(result: PreviewResult): Summary {
  const open = "Click to open the preview.";
  if (result.channel === null) {
    const count = result.problems.length;
    return { text: "$(warning) Cannot render", tooltip: `The template cannot be rendered: ${count} ${count === 1 ? "problem" : "problems"}.\n\n${open}` };
  }
  const examples = `${result.examples.length} ${result.examples.length === 1 ? "example" : "examples"}`;
  const worst = result.worstCase;
  if (result.channel !== "sms" || !worst) {
    const name = result.channel === "sms" ? "SMS" : result.channel === "email" ? "Email" : "Push";
    return { text: `${CHANNEL_ICONS[result.channel]} ${name} · ${examples}`, tooltip: `${name} template with ${examples}.\n\n${open}` };
  }
  const segments = `${worst.segments} ${worst.segments === 1 ? "segment" : "segments"}`;
  const bound = worst.bounded
    ? "Every output is bounded (by maxLength, maximum or enum), so no message can be longer."
    : "Some outputs have no bound (no maxLength, maximum or enum): for those, the figure uses the longest example, and a real message may be longer.";
  return {
    text: `${worst.overBudget ? "$(warning)" : CHANNEL_ICONS.sms} ${worst.encoding} · ${segments} · ${worst.length} chars`,
    ...(worst.overBudget ? { warning: true } : {}),
    tooltip: [
      ...(worst.overBudget ? [worst.overBudget] : []),
      `Worst case of this SMS: the longest message the template can produce is ${worst.length} characters in ${worst.encoding}, sent as ${segments} (${worst.perSegment} characters per segment).`,
      bound,
      open,
    ].join("\n\n"),
  };
}
