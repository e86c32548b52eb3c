import { RE2JS } from "re2js";

/**
 * The regular expressions of schemas (`pattern`, `patternProperties`) are written by template
 * authors and run on examples and on data that may come from anyone, so they run on RE2, whose
 * matching takes linear time: no pattern can make the linter or a renderer hang (`^(a+)+$` on
 * "aaa…!" takes exponential time in JavaScript's engine). RE2 has no lookaround and no
 * backreferences; a pattern that uses them is reported as not compiling.
 */
export const linearRegExp = Object.assign(
  (pattern: string, flags: string) => {
    // The syntax is JavaScript's, as JSON Schema says (this throws on an invalid pattern); only the matching is RE2's.
    new RegExp(pattern, flags);
    // RE2 writes `\p{Script=Han}` and `\p{General_Category=L}` as `\p{Han}` and `\p{L}`.
    const source = RE2JS.translateRegExp(pattern).replace(/\\([pP])\{(?:Script|sc|General_Category|gc)=(\w+)\}/gu, "\\$1{$2}");
    const compiled = RE2JS.compile(source, flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
    // ajv keys compiled patterns by their string form.
    return { test: (text: string): boolean => compiled.test(text), toString: () => `/${pattern}/${flags}` };
  },
  // What code compiled at build time calls it: the validator's module receives it under this name.
  { code: "linearRegExp" },
);
