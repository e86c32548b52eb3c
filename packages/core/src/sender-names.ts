import { compilePattern, type PolicyPack, type Recognizer } from "@tactful/policies";

/**
 * A name and, when it is a Chinese name and an English one side by side (富駿財務 Fortune Jun
 * Finance), each of the two: a bilingual sender signs with either, in either order; or a firm and
 * its writer (麦穗分期 小桑), the firm alone; or an English abbreviation run into the Chinese name it
 * heads (HVB海灣商業銀行, DBS星展銀行), each of the two. Not the parts of one name that mixes scripts
 * otherwise (乐分期App: "App" alone names no one).
 */
export function nameForms(name: string): string[] {
  const bilingual =
    /^(\p{Script=Han}[^\p{Script=Latin}]*?)\s+(\p{Script=Latin}[^\p{Script=Han}]*)$|^(\p{Script=Latin}[^\p{Script=Han}]*?)\s+(\p{Script=Han}[^\p{Script=Latin}]*)$|^(\p{Lu}{2,6})(\p{Script=Han}{2,}[^\p{Script=Latin}]*)$/u.exec(name.trim());
  const parts = bilingual?.slice(1).filter((part): part is string => part !== undefined) ?? [];
  if (parts.length === 2 && parts.every((part) => [...part.replace(/\s/gu, "")].length >= 2)) return [name, ...parts];
  // A firm and the staff member who writes for it (麦穗分期 小桑): the firm alone names the sender, the person alone does not.
  const firm = /^(\p{Script=Han}{2,})\s+\p{Script=Han}{1,3}$/u.exec(name.trim())?.[1];
  return firm ? [name, firm] : [name];
}

/**
 * The sender's name with its trailing trade words left off one at a time, as the pack lets it
 * (Meadowlark Credit and Meadowlark for Meadowlark Credit Union, 好周轉 for 好周轉股份有限公司), as
 * long as what is left is long enough to tell the sender by (not Quick for Quick Cash).
 */
export function shortNamesOf(name: string, { drop, minLength }: NonNullable<Recognizer["shortName"]>): string[] {
  // Words of a language written without spaces (乐橙分期) are left off with no space before them.
  const trailing = compilePattern(`(?:,?\\s+|(?<=\\p{Script=Han}))(?:${drop})$`, true);
  const names: string[] = [];
  for (let rest = name; ; ) {
    const short = rest.replace(trailing, "");
    if (short === rest || short.length < minLength) return names;
    names.push((rest = short));
  }
}

/** The short names of a sender's name, as the pack's recognizer of the creditor's name shortens it (德衡信貸管理 for 德衡信貸管理有限公司). */
export function packShortNames(name: string, pack: PolicyPack): string[] {
  const shortName = pack.recognizers.creditor?.find((recognizer) => recognizer.senderName && recognizer.shortName)?.shortName;
  return shortName ? [...new Set(nameForms(name).flatMap((form) => shortNamesOf(form, shortName)))] : [];
}
